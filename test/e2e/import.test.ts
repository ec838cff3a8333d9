import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, testdir, workspace } from '../helpers.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'import');
const GOOD = ['财政局-设施农业.docx', '发改委-项目早开工.txt', '临江镇-人居环境.txt', '张三-营商环境.md'];
const BROKEN = ['big5-通知.txt', '财政局-损坏.docx', 'empty.txt'];

/** A folder outside the workspace holding the named fixtures, dated in the past so a touch would show. */
function inbox(names: string[], extra: Record<string, string | Uint8Array> = {}): string {
  const files = Object.fromEntries(names.map((name) => [name, readFileSync(join(FIXTURES, name))]));
  const dir = testdir({ ...files, ...extra });
  for (const name of [...names, ...Object.keys(extra)])
    utimesSync(join(dir, name), new Date('2026-01-02T03:04:05Z'), new Date('2026-01-02T03:04:05Z'));
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((name) => {
      const abs = join(dir, name);
      return [name, `${createHash('sha256').update(readFileSync(abs)).digest('hex')} ${statSync(abs).mtimeMs}`];
    }),
  );
}

function itemFiles(root: string): string[] {
  return existsSync(join(root, 'items'))
    ? readdirSync(join(root, 'items'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.md'))
    : [];
}

interface ItemJson {
  id: string;
  title: string;
  departments: string[];
  authors: string[];
  status: string;
  category: string;
  source: string;
  topic: string | null;
  path: string;
}

describe('info import', () => {
  it('imports Word, GBK, UTF-8 with BOM and Markdown files, names the broken ones, and leaves the inputs untouched', async () => {
    const root = workspace();
    const dir = inbox([...GOOD, ...BROKEN]);
    const before = snapshot(dir);
    const result = await cli(['import', dir, '--json'], { cwd: root, env: { INFO_NOW: '2026-11-03T01:12:00Z' } });
    expect(result.code).toBe(1);
    const items = JSON.parse(result.stdout) as ItemJson[];
    const byTitle = Object.fromEntries(items.map((i) => [i.title, i]));
    expect(Object.keys(byTitle).sort()).toEqual(
      [
        '临江镇推进人居环境整治',
        '春节后我市重点项目集中开工',
        '我市设施农业补贴资金全部拨付到位',
        '海门市优化营商环境十条措施出台',
      ].sort(),
    );
    // 财政局 has one configured writer: the item is theirs, not the editor's who imported it.
    expect(byTitle['我市设施农业补贴资金全部拨付到位']).toMatchObject({
      departments: ['财政局'],
      authors: ['李四'],
      status: 'submitted',
      category: 'key',
      source: 'grassroots',
    });
    expect(byTitle['春节后我市重点项目集中开工']!.departments).toEqual(['发改委']);
    expect(byTitle['临江镇推进人居环境整治']!.departments).toEqual(['临江镇']);
    // A configured writer in the file name is the author and brings their department.
    expect(byTitle['海门市优化营商环境十条措施出台']).toMatchObject({ departments: ['发改委'], authors: ['张三'] });

    const body = (title: string) => readFileSync(join(root, byTitle[title]!.path), 'utf8').split('\n---\n')[1]!;
    const word = body('我市设施农业补贴资金全部拨付到位');
    expect(word).toContain('累计拨付设施农业补贴资金1200.5万元');
    expect(word).toContain('## 一、主要做法\n\n- 提前下达资金计划\n- 简化拨付流程');
    expect(word).toContain('1. 开展资金绩效评价\n2. 加强日常监管');
    expect(word).toContain('**一是**抓好落实。');
    expect(word).not.toMatch(/<|alert/);
    const gbk = body('春节后我市重点项目集中开工');
    expect(gbk).toBe(
      '春节假期刚过，全市42个重点项目集中开工，总投资186亿元。\n\n市发改委会同各区镇，倒排工期、挂图作战，确保项目早开工、早投产、早见效。\n',
    );
    expect(body('临江镇推进人居环境整治')).toBe('临江镇以“美丽庭院”创建为抓手，完成农村改厕1200户。\n');
    expect(body('海门市优化营商环境十条措施出台')).toContain('## 一、主要内容\n\n- 压缩企业开办时间至1个工作日');

    expect(result.stderr).toMatch(/big5-通知\.txt: its text encoding is not clear \(it looks like Big5\).*--encoding/);
    expect(result.stderr).toContain('财政局-损坏.docx: it is not a readable Word document');
    expect(result.stderr).toContain('empty.txt: it has no text');
    expect(result.stderr).toContain('Files: 7 — imported 4, skipped 0, failed 3');
    expect(snapshot(dir)).toEqual(before);
    expect((await cli(['validate'], { cwd: root })).code).toBe(0);
  });

  it('--dry-run shows what would be created and writes nothing', async () => {
    const root = workspace();
    const dir = inbox(GOOD);
    const result = await cli(['import', dir, '--dry-run'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/财政局-设施农业\.docx → items\/\d{4}\/\d{2}\/\d{8}-\w{4}-wo-shi-she-shi-nong-ye/);
    expect(result.stdout.trim().split('\n')).toHaveLength(4);
    expect(result.stderr).toContain('would import 4');
    expect(itemFiles(root)).toEqual([]);
    const json = await cli(['import', dir, '--dry-run', '--json'], { cwd: root });
    expect(JSON.parse(json.stdout)).toHaveLength(4);
    expect(itemFiles(root)).toEqual([]);
  });

  it('skips a file whose title an item already has, unless --force', async () => {
    const root = workspace();
    const dir = inbox(['发改委-项目早开工.txt']);
    expect((await cli(['import', dir], { cwd: root })).code).toBe(0);
    const again = await cli(['import', dir], { cwd: root });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('an item titled “春节后我市重点项目集中开工” already exists');
    expect(again.stderr).toContain('--force');
    expect(itemFiles(root)).toHaveLength(1);
    expect((await cli(['import', dir, '--force'], { cwd: root })).code).toBe(0);
    expect(itemFiles(root)).toHaveLength(2);
  });

  it('skips the second of two files with the same title in one run', async () => {
    const root = workspace();
    const dir = inbox([], { '财政局-a.txt': '同一标题\n甲', '财政局-b.md': '# 同一标题\n\n乙' });
    const result = await cli(['import', dir, '--json'], { cwd: root });
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    expect(result.stderr).toContain('skipped 1');
  });

  it('takes department, author, status, category, source and date from flags', async () => {
    const root = workspace();
    const dir = inbox([], { '稿件.txt': '标题\n正文' });
    const missing = await cli(['import', dir], { cwd: root });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no department: pass --department');
    const result = await cli(
      [
        'import',
        join(dir, '稿件.txt'),
        '--department',
        '临江镇',
        '--author',
        '王五',
        '--status',
        '草稿',
        '--category',
        '亮点',
        '--source',
        'research',
        '--date',
        '2026-10-30',
        '--json',
      ],
      { cwd: root, env: { INFO_NOW: '2026-11-03T01:12:00Z' } },
    );
    expect(result.code).toBe(0);
    const [item] = JSON.parse(result.stdout) as (ItemJson & { created: string; history: unknown[] })[];
    expect(item).toMatchObject({
      departments: ['临江镇'],
      authors: ['王五'],
      status: 'draft',
      category: 'highlight',
      source: 'research',
      created: '2026-10-30',
    });
    expect(item!.history).toEqual([{ at: '2026-10-30T09:12:00+08:00', by: 'tester', to: 'draft' }]);
    expect(result.stderr).not.toContain('were recorded');
  });

  it('takes the department from the folder name, and several from one file name for a joint item', async () => {
    const root = workspace();
    const dir = inbox([], {
      '临江镇/稿件.txt': '镇里的稿件\n正文',
      '发改委、财政局-联合调研.md': '# 联合调研\n\n正文',
    });
    const items = JSON.parse((await cli(['import', dir, '--json'], { cwd: root })).stdout) as ItemJson[];
    expect(Object.fromEntries(items.map((i) => [i.title, i.departments]))).toEqual({
      镇里的稿件: ['临江镇'],
      联合调研: ['发改委', '财政局'],
    });
  });

  it('decodes under a named encoding, warning about bytes that do not decode, and rejects an unknown one', async () => {
    const root = workspace();
    const dir = inbox(['发改委-项目早开工.txt']);
    const result = await cli(['import', dir, '--encoding', 'utf8', '--dry-run'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/characters could not be decoded as utf8/);
    expect((await cli(['import', dir, '--encoding', 'latin1'], { cwd: root })).code).toBe(2);
  });

  it('names missing paths and formats to convert first, and still imports the rest', async () => {
    const root = workspace();
    const dir = inbox(['临江镇-人居环境.txt'], {
      '财政局-旧格式.doc': 'x',
      'photo.jpg': 'x',
      '~$临江镇-锁.docx': 'x',
      '.hidden.txt': '隐藏\n',
    });
    const result = await cli(['import', dir, join(dir, 'nope.txt'), '--json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    expect(result.stderr).toContain('nope.txt: no such file or folder');
    expect(result.stderr).toContain('财政局-旧格式.doc: .doc files cannot be imported; save it as .docx');
    expect(result.stderr).not.toMatch(/photo|锁|hidden/);
    expect(result.stderr).toContain('Files: 3 — imported 1, skipped 0, failed 2');
  });

  it('refuses text over 5 MiB and removes HTML and control characters from what it imports', async () => {
    const root = workspace();
    const dir = inbox([], {
      '财政局-大.txt': Buffer.alloc(5 * 1024 * 1024 + 1, 0x61),
      '财政局-脏.md': '# 标题<img src=x onerror=alert(1)>\n\n正文\u0007含\u202E控制<script>alert(1)</script>字符\n',
    });
    const result = await cli(['import', dir, '--json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('财政局-大.txt: the file has 5242881 bytes, over the limit of 5242880');
    const [item] = JSON.parse(result.stdout) as ItemJson[];
    expect(item!.title).toBe('标题');
    expect(readFileSync(join(root, item!.path), 'utf8')).toMatch(/---\n正文含控制字符\n$/);
  });

  it("does not import the workspace's own items when given the workspace folder", async () => {
    const root = workspace({ '财政局-收稿.txt': '收到的稿件\n正文' });
    const result = await cli(['import', '.', '--json'], { cwd: root });
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    const again = await cli(['import', '.', '--json', '--force'], { cwd: root });
    expect(JSON.parse(again.stdout)).toHaveLength(1);
    expect(again.stderr).not.toContain('items/');
  });

  it('answers a solicitation with --topic: source solicited, the department counted as answered', async () => {
    const root = workspace();
    const asked = JSON.parse(
      (
        await cli(
          ['ask', 'new', '--title', '设施农业', '--department', '财政局,发改委', '--due', '2026-11-10', '--json'],
          { cwd: root, env: { INFO_NOW: '2026-11-01T02:00:00Z' } },
        )
      ).stdout,
    );
    expect(
      (await cli(['import', inbox(['财政局-设施农业.docx']), '--topic', '20260101-zzzz'], { cwd: root })).code,
    ).toBe(1);
    const result = await cli(['import', inbox(['财政局-设施农业.docx']), '--topic', asked.id, '--json'], {
      cwd: root,
      env: { INFO_NOW: '2026-11-05T02:00:00Z' },
    });
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ topic: asked.id, source: 'solicited' });
    const overdue = JSON.parse(
      (await cli(['ask', 'list', '--overdue', '--json'], { cwd: root, env: { INFO_NOW: '2026-11-12T02:00:00Z' } }))
        .stdout,
    );
    expect(overdue).toMatchObject([{ id: asked.id, answered: ['财政局'], missing: ['发改委'] }]);
  }, 60_000);
});
