/**
 * Writers credited rightly on import: the editor who runs `info import` is never taken for the
 * writer of a department's item (the notice would pay the editor for it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, testdir, workspace } from '../helpers.js';

const NOW = { INFO_NOW: '2026-11-03T10:00:00+08:00', INFO_USER: '陈编辑' };

interface Imported {
  title: string;
  departments: string[];
  authors: string[];
  path: string;
}

async function importing(files: Record<string, string>, ...flags: string[]) {
  const root = workspace();
  const inbox = testdir(files);
  const result = await cli(['import', inbox, '--json', ...flags], { cwd: root, env: NOW });
  const items = JSON.parse(result.stdout) as Imported[];
  return { root, result, byTitle: Object.fromEntries(items.map((i) => [i.title, i])) };
}

describe('who wrote an imported item', () => {
  it('the department’s writer when the config names exactly one, not the editor', async () => {
    const { byTitle, result } = await importing({ '财政局-设施农业.txt': '设施农业补贴资金拨付到位\n\n正文。\n' });
    expect(result.code).toBe(0);
    expect(byTitle['设施农业补贴资金拨付到位']).toMatchObject({ departments: ['财政局'], authors: ['李四'] });
  });

  it('else the file’s credit line, which leaves the body', async () => {
    const { root, byTitle } = await importing({
      '临江镇-人居环境.txt':
        '临江镇推进人居环境整治\n\n完成农村改厕1200户。\n\n（供稿单位：临江镇  供稿人：王五  审核人：赵六）\n',
    });
    const item = byTitle['临江镇推进人居环境整治']!;
    expect(item.authors).toEqual(['王五']);
    const text = readFileSync(join(root, item.path), 'utf8');
    expect(text.split('\n---\n')[1]).toBe('完成农村改厕1200户。\n');
  });

  it('--author wins over both', async () => {
    const { byTitle } = await importing(
      { '财政局-设施农业.txt': '设施农业\n\n正文。\n\n作者：王五\n' },
      '--author',
      '钱七',
    );
    expect(byTitle['设施农业']!.authors).toEqual(['钱七']);
  });

  it('else nobody yet: said at import, a warning in validate, and no writer is paid for it', async () => {
    const { root, byTitle, result } = await importing({ '临江镇-人居环境.txt': '临江镇推进人居环境整治\n\n正文。\n' });
    const item = byTitle['临江镇推进人居环境整治']!;
    expect(item.authors).toEqual([]);
    expect(result.stderr).toContain('no author found');
    const checked = await cli(['validate'], { cwd: root, env: NOW });
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain(`${item.path}:8:1  warning  author-missing  no author`);
    expect((await cli(['validate', '--strict'], { cwd: root, env: NOW })).code).toBe(1);
    const notice = JSON.parse((await cli(['report', '--month', '2026-11', '--json'], { cwd: root, env: NOW })).stdout);
    expect(notice.departments.find((d: { name: string }) => d.name === '临江镇')).toMatchObject({
      submitted: 1,
      points: 1,
    });
    expect(notice.writers.map((w: { name: string }) => w.name)).toEqual(['张三', '李四']);
  });
});
