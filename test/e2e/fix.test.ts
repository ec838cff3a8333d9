import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { cli, itemText, workspace } from '../helpers.js';

const BODY = [
  '来源：海门日报  发布时间：2026-11-03 10:21',
  '',
  '今年以来,全市累计投入资金1.2亿元，，完成土方8万方。截止11月底，已布署项目14个。',
  '',
  '全部工程计划于xx月xx日前完工。',
  '',
  '责任编辑：王五',
  '',
].join('\n');
const FIXED_BODY = [
  '今年以来，全市累计投入资金1.2亿元，完成土方8万方。截至11月底，已部署项目14个。',
  '',
  '全部工程计划于xx月xx日前完工。',
  '',
].join('\n');

function item(id: string, status: string, place: string) {
  return itemText({
    id,
    status,
    title: `${place}冬季水利建设,成效明显`,
    history: [`{at: 2026-11-03T09:12:00+08:00, by: 张三, to: ${status}}`],
    extra: 'x-note: "保留,原样"   # 注释,不改',
    body: BODY,
  });
}

const A = '20261103-aaaa';
const B = '20261103-bbbb';
const PUB = '20261103-pppp';

function setup() {
  return workspace({
    'items/a.md': item(A, 'submitted', '临江镇'),
    'items/b.md': item(B, 'draft', '常乐镇').replace(/\n/g, '\r\n'),
    'items/p.md': item(PUB, 'published', '三厂街道'),
  });
}
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

describe('info fix', () => {
  it('mends the body and the title of the items named, and leaves every other byte of the front matter', async () => {
    const root = setup();
    const before = read(root, 'items/a.md');
    const result = await cli(['fix', A], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'items/a.md: 7 fixed (web-residue 2, halfwidth-punctuation 2, doubled-punctuation 1, misused-word 2)\n',
    );
    expect(result.stderr).toContain('Items: 1 — 7 fixes in 1, nothing to fix in 0, failed 0');
    const [head] = before.split('\n---\n') as [string, string];
    // The blank line the fixture ends with stays; the one the byline leaves goes.
    expect(read(root, 'items/a.md')).toBe(`${head.replace('建设,成效', '建设，成效')}\n---\n${FIXED_BODY}\n`);
    const again = await cli(['fix', A], { cwd: root });
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('Items: 1 — 0 fixes in 0, nothing to fix in 1, failed 0');
  });

  it('--dry-run prints a unified diff that makes the fixed file, and writes nothing', async () => {
    const root = setup();
    const before = read(root, 'items/b.md');
    const result = await cli(['fix', B, '--dry-run'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^--- a\/items\/b\.md\n\+\+\+ b\/items\/b\.md\n@@ /);
    expect(result.stderr).toContain('items/b.md: would fix 7');
    expect(read(root, 'items/b.md')).toBe(before);
    const patched = applyPatch(before, result.stdout);
    expect(patched).not.toBe(false);
    await cli(['fix', B], { cwd: root });
    expect(patched).toBe(read(root, 'items/b.md'));
    expect(read(root, 'items/b.md')).toContain('\r\n---\r\n今年以来，全市');
  });

  it('--all mends the items not yet published, and --json says what it did', async () => {
    const root = setup();
    const published = read(root, 'items/p.md');
    const result = await cli(['fix', '--all', '--json'], { cwd: root });
    expect(result.code).toBe(0);
    const fixes = { 'web-residue': 2, 'halfwidth-punctuation': 2, 'doubled-punctuation': 1, 'misused-word': 2 };
    expect(JSON.parse(result.stdout)).toEqual([
      { id: A, path: 'items/a.md', fixes },
      { id: B, path: 'items/b.md', fixes },
    ]);
    expect(read(root, 'items/p.md')).toBe(published);
    expect(await cli(['fix', PUB], { cwd: root })).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('items/p.md'),
    });
  });

  it('names an unknown item and still mends the others; refuses a run with no items or with both', async () => {
    const root = setup();
    const result = await cli(['fix', 'nosuch', A], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nosuch');
    expect(result.stderr).toContain('Items: 2 — 7 fixes in 1, nothing to fix in 0, failed 1');
    expect(read(root, 'items/a.md')).toContain(FIXED_BODY);
    expect((await cli(['fix'], { cwd: root })).code).toBe(2);
    expect((await cli(['fix', A, '--all'], { cwd: root })).code).toBe(2);
  });

  it('refuses an item whose front matter cannot be read, and leaves it as it is', async () => {
    const root = setup();
    writeFileSync(join(root, 'items/bad.md'), '---\nid: [oops\n---\n正文,内容。\n');
    const result = await cli(['fix', 'items/bad.md'], { cwd: root });
    expect(result.code).toBe(1);
    expect(read(root, 'items/bad.md')).toBe('---\nid: [oops\n---\n正文,内容。\n');
  });
});

describe('info validate, ranked for the editor', () => {
  it("puts what needs a person before what info fix mends, counts one file's findings by rule, and says how many can be fixed", async () => {
    const root = setup();
    const result = await cli(['validate', 'items/a.md'], { cwd: root });
    const rules = result.stdout
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/)[2]);
    expect(rules).toEqual([
      'placeholder',
      'misused-word',
      'misused-word',
      'web-residue',
      'web-residue',
      'doubled-punctuation',
      'halfwidth-punctuation',
      'halfwidth-punctuation',
    ]);
    expect(result.stderr).toContain(
      'items/a.md: placeholder 1 · misused-word 2 · web-residue 2 · doubled-punctuation 1 · halfwidth-punctuation 2',
    );
    expect(result.stderr).toContain('7 of them can be mended with info fix');
    const json = JSON.parse((await cli(['validate', 'items/a.md', '--json'], { cwd: root })).stdout);
    expect(json.warnings).toHaveLength(8);
  });
});
