/** Checks of SPEC statements found broken in an audit: each test names the statement it holds to. */
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG, cli, itemText, testdir, workspace } from '../helpers.js';

describe('info init', () => {
  it('refuses a DIR that is a file with a clear error, in both languages (exit 1, no internal error)', async () => {
    const dir = testdir({ afile: 'text' });
    for (const lang of ['en', 'zh-CN']) {
      const result = await cli(['--lang', lang, 'init', 'afile'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('afile');
      expect(result.stderr).not.toMatch(/internal|ENOTDIR|内部/);
    }
    expect((await cli(['--lang', 'zh-CN', 'init', 'afile'], { cwd: dir })).stderr).toMatch(/不是目录|不是文件夹/);
    expect(readFileSync(join(dir, 'afile'), 'utf8')).toBe('text');
    const through = await cli(['init', 'afile/sub'], { cwd: dir });
    expect(through.code).toBe(1);
    expect(through.stderr).toContain('cannot create the workspace folders');
    expect(through.stderr).not.toMatch(/internal/);
  });
});

describe('info.config.yaml (SPEC 6: every key has a default)', () => {
  it('takes an empty config file as all defaults', async () => {
    const root = testdir({ 'info.config.yaml': '' });
    const list = await cli(['list', '--json'], { cwd: root });
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([]);
    const validate = await cli(['validate', '--json'], { cwd: root });
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout).errors).toEqual([]);
  });

  it('takes a config of only a BOM as all defaults', async () => {
    const root = testdir({ 'info.config.yaml': '\ufeff' });
    expect((await cli(['list'], { cwd: root })).code).toBe(0);
  });
});

describe('info validate messages (SPEC 1: every message exists in both languages)', () => {
  it('names the expected type in Chinese, not in English words', async () => {
    const root = workspace({
      'items/a.md': itemText({ authors: '123', extra: 'tags: 项目\nadoptions: {a: 1}\nbulletins: [5]' }),
    });
    const zh = await cli(['--lang', 'zh-CN', 'validate', '--json'], { cwd: root });
    expect(zh.code).toBe(1);
    const messages = JSON.parse(zh.stdout)
      .errors.filter((e: { rule: string }) => e.rule === 'field-type')
      .map((e: { message: string }) => e.message);
    expect(messages).toHaveLength(4);
    for (const message of messages) expect(message).not.toMatch(/names|list|text|mapping/);
    expect(messages.join('\n')).toContain('列表');
    const en = await cli(['--lang', 'en', 'validate', '--json'], { cwd: root });
    const english = JSON.parse(en.stdout)
      .errors.filter((e: { rule: string }) => e.rule === 'field-type')
      .map((e: { message: string }) => e.message);
    expect(english.join('\n')).toContain('expected a list');
  });
});

describe('info validate PATH (SPEC 5: the paths given)', () => {
  it('reports only the files named, not links elsewhere in the workspace', async () => {
    const outside = testdir({ 'x.md': itemText() });
    const root = workspace({
      'items/a.md': itemText(),
      'items/other/keep.md': itemText({ id: '20261103-b2b2', title: '海门市秋收秋种进展顺利' }),
    });
    symlinkSync(join(outside, 'x.md'), join(root, 'items/other/link.md'));
    const picked = await cli(['validate', 'items/a.md', '--json'], { cwd: root });
    expect(picked.code).toBe(0);
    expect(JSON.parse(picked.stdout)).toEqual({ files: 1, errors: [], warnings: [] });
    const folder = await cli(['validate', 'items/other', '--json'], { cwd: root });
    expect(
      JSON.parse(folder.stdout).warnings.map((w: { file: string; rule: string }) => `${w.file} ${w.rule}`),
    ).toEqual(['items/other/link.md symlink-outside']);
  });
});

describe('info new --body-file (SPEC 5: validate reads files up to 5 MiB)', () => {
  it('refuses a body that would make an item file the tool cannot read, and writes nothing', async () => {
    const root = workspace({ 'big.txt': '春'.repeat(1_800_000) });
    const args = [
      'new',
      '--title',
      '大文件',
      '--category',
      'key',
      '--source',
      'meeting',
      '--department',
      '发改委',
      '--body-file',
      'big.txt',
    ];
    const result = await cli(args, { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/5242880|5 MiB/);
    expect(result.stderr).not.toMatch(/internal/);
    expect(existsSync(join(root, 'items'))).toBe(false);
    const zh = await cli(['--lang', 'zh-CN', ...args, '--dry-run'], { cwd: root });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('过大');
  });
});

describe('info import of Markdown with front matter in another language (SPEC 3: rejected, never evaluated)', () => {
  it('reports the file by name, imports the others, exit 1', async () => {
    const root = workspace({
      'in/js.md': '---js\n{title: require("fs").readFileSync("/etc/passwd", "utf8")}\n---\n# 真标题\n正文。\n',
      'in/ok.md': '# 海门市秋收秋种进展顺利\n\n正文。\n',
    });
    const result = await cli(['import', 'in/js.md', 'in/ok.md', '--department', '发改委', '--json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).map((item: { title: string }) => item.title)).toEqual(['海门市秋收秋种进展顺利']);
    expect(result.stderr).toMatch(/in\/js\.md: .*js/);
    const zh = await cli(['--lang', 'zh-CN', 'import', 'in/js.md', '--department', '发改委', '--dry-run'], {
      cwd: root,
    });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('YAML');
  });
});

describe('labels the config renames (SPEC 4) are accepted wherever a label is (SPEC 1)', () => {
  it('takes a renamed status or category label in new and list', async () => {
    const config = `${CONFIG}labels: {status: {submitted: 待审核}, category: {key: 重点工作}}\n`;
    const root = workspace({}, config);
    const made = await cli(
      [
        'new',
        '--title',
        '海门市秋收秋种进展顺利',
        '--category',
        '重点工作',
        '--source',
        '会议',
        '--department',
        '发改委',
        '--status',
        '待审核',
        '--json',
      ],
      { cwd: root },
    );
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const item = JSON.parse(made.stdout);
    expect([item.status, item.category]).toEqual(['submitted', 'key']);
    const text = readFileSync(join(root, item.path), 'utf8');
    expect(text).toContain('status: submitted');
    expect(text).toContain('category: key');
    const listed = await cli(['list', '--category', '重点工作', '--status', '待审核', '--json'], { cwd: root });
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout).map((i: { id: string }) => i.id)).toEqual([item.id]);
  });
});

describe('bulletins in an item (SPEC 3: issue refs like 2026-12; SPEC 5: YYYY-NN, YYYY-sNN)', () => {
  it('reports a ref that is not an issue ref, naming the line and field', async () => {
    const root = workspace({
      'items/a.md': itemText({ status: 'draft', extra: 'bulletins: [2026-07, 2026-s01, 第3期]' }),
    });
    const result = await cli(['validate', '--json'], { cwd: root });
    expect(result.code).toBe(1);
    const errors = JSON.parse(result.stdout).errors;
    expect(errors.map((e: { line: number; rule: string; message: string }) => [e.line, e.rule])).toEqual([
      [12, 'field-format'],
    ]);
    expect(errors[0].message).toContain('bulletins[2]');
    expect(errors[0].message).toContain('2026-07');
    const zh = await cli(['--lang', 'zh-CN', 'validate', '--json'], { cwd: root });
    expect(JSON.parse(zh.stdout).errors[0].message).toContain('期号');
  });
});

describe('info review of a file whose front matter cannot be read (errors name file, line and field)', () => {
  it('lists the problems with their lines under the error, and leaves the file as it was', async () => {
    const text = '---\nid: 20261101-yerr\ntitle: [unclosed\n---\n正文。\n';
    const root = workspace({ 'items/y.md': text });
    const result = await cli(['review', 'items/y.md', '--to', 'submitted'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('items/y.md:4:1');
    expect(result.stderr).toContain('yaml-syntax');
    expect(readFileSync(join(root, 'items/y.md'), 'utf8')).toBe(text);
  });
});

describe('a REF path as --json prints it (SPEC 7: relative to the workspace root; SPEC 5: REF may be a path)', () => {
  it('is found from a subfolder and from outside the workspace with --dir', async () => {
    const root = workspace({ 'items/2026/11/a.md': itemText() });
    const listed = JSON.parse((await cli(['list', '--json'], { cwd: root })).stdout) as { path: string }[];
    const path = listed[0]!.path;
    expect(path).toBe('items/2026/11/a.md');
    const elsewhere = testdir();
    const shown = await cli(['--dir', root, 'show', path, '--json'], { cwd: elsewhere });
    expect(shown.stderr).toBe('');
    expect(JSON.parse(shown.stdout).id).toBe('20261103-k7f2');
    const inside = await cli(['show', path, '--json'], { cwd: join(root, 'items', '2026') });
    expect(inside.code).toBe(0);
    const moved = await cli(['--dir', root, 'review', path, '--to', 'submitted'], { cwd: elsewhere });
    expect(moved.code).toBe(0);
    expect(readFileSync(join(root, path), 'utf8')).toContain('status: submitted');
    const outside = await cli(['--dir', root, 'show', '../../etc/passwd'], { cwd: elsewhere });
    expect(outside.code).toBe(1);
  });
});

describe('info validate PATH with --dir from another folder', () => {
  it('takes a path relative to the workspace root, as --json prints it', async () => {
    const root = workspace({ 'items/a.md': itemText({ category: '重点' }) });
    const result = await cli(['--dir', root, 'validate', 'items/a.md', '--json'], { cwd: testdir() });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).errors.map((e: { file: string; rule: string }) => `${e.file} ${e.rule}`)).toEqual([
      'items/a.md field-enum',
    ]);
  });
});

describe('info review of an item whose history is broken', () => {
  it('names the lines at fault under the error, and changes nothing', async () => {
    const text = itemText({ status: 'edited', history: ['{at: 2026-11-03T09:12:00+08:00, by: 张三, to: draft}'] });
    const root = workspace({ 'items/h.md': text });
    const result = await cli(['review', '20261103-k7f2', '--to', 'approved'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/items\/h\.md:\d+:\d+ {2}error {2}status-history/);
    expect(readFileSync(join(root, 'items/h.md'), 'utf8')).toBe(text);
  });
});

describe('info new from a template whose front matter cannot be read', () => {
  it('says so, naming the template file and line, and still writes the item', async () => {
    const root = workspace({ 'templates/items/key.md': '---\ntitle: [broken\n---\n模板正文\n' });
    const args = [
      'new',
      '--title',
      '海门市秋收秋种进展顺利',
      '--category',
      'key',
      '--source',
      'meeting',
      '--department',
      '发改委',
    ];
    const result = await cli(args, { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/templates\/items\/key\.md:\d+:\d+ {2}error {2}yaml-syntax/);
    expect(existsSync(join(root, result.stdout.trim()))).toBe(true);
    const fine = workspace({ 'templates/items/key.md': '---\ncustom: 1\n---\n模板正文\n' });
    expect((await cli(args, { cwd: fine })).stderr).toBe('');
  });
});

describe('info import with a template whose front matter cannot be read', () => {
  it('names the template file and line once, and still imports every file', async () => {
    const root = workspace({ 'templates/items/key.md': '---\ntitle: [broken\n---\n模板正文\n' });
    const inbox = testdir({
      '发改委-项目早开工.txt': '项目早开工\n今年以来，全市重大项目加快推进。\n',
      '财政局-设施农业.txt': '设施农业\n财政资金支持设施农业发展。\n',
    });
    const result = await cli(['import', inbox, '--category', 'key'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stderr.match(/templates\/items\/key\.md:\d+:\d+ {2}error {2}yaml-syntax/g)).toHaveLength(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
  });
});
