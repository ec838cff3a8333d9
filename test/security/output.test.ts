/**
 * What reaches the terminal: no raw control character from a file in any text output, JSON
 * that carries the exact values yet is safe to print, no value megabytes long in a table
 * or a message, and a stack trace only when asked for.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clip, printable, printableLine, safeJson, terminalSafe } from '../../src/core/printable.js';
import { cli, itemText, spawnCli, workspace } from '../helpers.js';

const ESC = '\u001b';
/** Clear the screen, turn text red, set the window title, a C1 CSI, a right-to-left override. */
const NASTY = `${ESC}[2J${ESC}[31m红${ESC}]0;pwned\u0007\u009b31m\u202e反`;
const NASTY_YAML = '"\\e[2J\\e[31m红\\e]0;pwned\\a\\x9b31m\\u202e反"';
/** Any character that acts on a terminal, other than newline. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('printable text', () => {
  it('shows controls as visible escapes, one line or several', () => {
    expect(printableLine(`a${ESC}[31mb\nc\td\u202e`)).toBe('a\\x1b[31mb\\nc d\\u202e');
    expect(printable(`a${ESC}[2J\nb\tc\r\nd\re`)).toBe('a\\x1b[2J\nb\tc\r\nd\\re');
    expect(printableLine('海门市 (2026)')).toBe('海门市 (2026)');
  });

  it('cuts long text without splitting a surrogate pair', () => {
    expect(clip('x'.repeat(10), 5)).toBe('xxxx…');
    expect(clip(`abc😀`, 4)).toBe('abc…');
    expect(clip('短', 5)).toBe('短');
  });

  it('the terminal guard lets only colour through, and only when colour is on', () => {
    expect(terminalSafe(`${ESC}[31m红${ESC}[0m ${ESC}[2J${ESC}]0;t\u0007`, true)).toBe(
      `${ESC}[31m红${ESC}[0m \\x1b[2J\\x1b]0;t\\x07`,
    );
    expect(terminalSafe(`${ESC}[31m红${ESC}[0m`, false)).toBe('\\x1b[31m红\\x1b[0m');
    expect(terminalSafe('甲\r\n乙\r丙\t丁', true)).toBe('甲\r\n乙\\r丙\t丁');
  });

  it('JSON keeps exact values and escapes what JSON.stringify leaves raw', () => {
    const text = safeJson({ title: NASTY });
    expect(RAW.test(text)).toBe(false);
    expect(JSON.parse(text)).toEqual({ title: NASTY });
  });
});

describe('output of list, show and validate', () => {
  let root: string;
  beforeAll(() => {
    root = workspace({
      'items/nasty.md': itemText({
        id: '20261103-bad1',
        title: NASTY_YAML,
        department: NASTY_YAML,
        body: `第一段${ESC}[8m隐藏\n第二段\u202e`,
      }),
      'items/long.md': itemText({ id: '20261104-long', title: 'x'.repeat(4 * 1024 * 1024), created: '2026-11-04' }),
      [`items/${ESC}[31mred\nfake.md:1:1  error  forged.md`]: '---\ntitle: [x\n---\n',
      'items/enum.md': itemText({ id: '20261105-enum', category: NASTY_YAML, status: `"${'s'.repeat(1_000_000)}"` }),
      // A value with a newline would split a problem line and could forge the next one.
      'items/newline.md': itemText({
        id: '20261106-newl',
        department: `"部门\\nitems/forged.md:1:1  error  yaml-syntax  ${'长'.repeat(3000)}"`,
      }),
    });
    symlinkSync('/nowhere', join(root, `items/${ESC}[2Jlink.md`));
  });

  it('list: a table with no control character and no megabytes; JSON exact', async () => {
    const text = await cli(['list'], { cwd: root });
    expect(text.code).toBe(0);
    expect(RAW.test(text.stdout)).toBe(false);
    expect(text.stdout).toContain('\\x1b[2J\\x1b[31m红');
    expect(text.stdout.length).toBeLessThan(2000);
    expect(text.stdout.trim().split('\n')).toHaveLength(4);
    // The warning about the skipped link names it: escaped too.
    expect(RAW.test(text.stderr)).toBe(false);
    expect(text.stderr).toContain('items/\\x1b[2Jlink.md');
    const json = await cli(['list', '--json'], { cwd: root });
    expect(RAW.test(json.stdout)).toBe(false);
    const items = JSON.parse(json.stdout) as { id: string; title: string; departments: string[] }[];
    expect(items.find((i) => i.id === '20261103-bad1')).toMatchObject({ title: NASTY, departments: [NASTY] });
  });

  it('show: fields and body escaped, lines kept', async () => {
    const { code, stdout } = await cli(['show', '20261103-bad1'], { cwd: root });
    expect(code).toBe(0);
    expect(RAW.test(stdout)).toBe(false);
    expect(stdout).toContain('第一段\\x1b[8m隐藏\n第二段\\u202e');
    const json = await cli(['show', '20261103-bad1', '--json'], { cwd: root });
    expect(RAW.test(json.stdout)).toBe(false);
    expect(JSON.parse(json.stdout)).toMatchObject({ title: NASTY });
  });

  it('validate: one line per problem, file names and values escaped and cut short', async () => {
    const { code, stdout } = await cli(['validate'], { cwd: root });
    expect(code).toBe(1);
    expect(RAW.test(stdout)).toBe(false);
    expect(stdout.length).toBeLessThan(4000);
    const lines = stdout.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^items\/\S.*:\d+:\d+ {2}(error|warning) {2}[a-z-]+ {2}\S/);
    expect(lines.filter((l) => l.includes('fake.md'))).toEqual([
      expect.stringMatching(/^items\/\\x1b\[31mred\\nfake\.md:1:1 {2}error {2}forged\.md:3:1 {2}error {2}yaml-syntax/),
    ]);
    expect(stdout).toContain('category: “\\x1b[2J\\x1b[31m红');
    expect(lines.filter((l) => l.startsWith('items/forged.md'))).toEqual([]);
    expect(lines.find((l) => l.startsWith('items/newline.md') && l.includes('department-unknown'))).toContain(
      '部门\\nitems/forged.md:1:1',
    );
  });

  it('validate --json: exact file names, messages cut short', async () => {
    const { stdout } = await cli(['validate', '--json'], { cwd: root });
    expect(RAW.test(stdout)).toBe(false);
    const report = JSON.parse(stdout) as {
      errors: { file: string; message: string }[];
      warnings: { message: string }[];
    };
    expect(report.errors.map((p) => p.file)).toContain(`items/${ESC}[31mred\nfake.md:1:1  error  forged.md`);
    for (const p of [...report.errors, ...report.warnings]) expect(p.message.length).toBeLessThan(400);
  });
});

describe('with colour on', () => {
  it("a file's own colour codes are escaped too: only the tool's colours reach the terminal", async () => {
    const CONCEAL = `${ESC}[8m`;
    const root = workspace({
      'items/a.md': itemText({
        id: '20261103-col1',
        title: '"标题\\e[8m隐藏"',
        department: '"单位\\e[8m"',
        status: 'submitted',
        history: [
          '{at: 2026-11-03T09:00:00+08:00, by: "张三\\e[8m", to: draft}',
          '{at: 2026-11-03T10:00:00+08:00, by: 张三, from: draft, to: submitted, note: "备注\\e[8m"}',
        ],
        extra:
          'instructions: [{leader: "领导\\e[8m", date: 2026-11-04, text: "批示\\e[8m"}]\nadoptions: [{level: city, date: 2026-11-05, outlet: "刊物\\e[8m"}]',
        body: `正文${CONCEAL}隐藏`,
      }),
    });
    const env = { NO_COLOR: '', FORCE_COLOR: '1' };
    for (const args of [['show', '20261103-col1'], ['list']]) {
      // A process of its own: colour decided by its environment, as a user's terminal sees it.
      const { stdout } = await spawnCli(args, { cwd: root, env });
      expect(stdout, args[0]).toMatch(/\u001b\[3\dm/);
      expect(stdout, args[0]).not.toContain(CONCEAL);
      expect(stdout, args[0]).toContain('\\x1b[8m');
    }
  });
});

describe('commands that print file text without escaping it themselves', () => {
  it('still put no control character on the terminal (ask list, ask show)', async () => {
    const topic = [
      '---',
      'id: 20261101-tp01',
      `title: ${NASTY_YAML}`,
      `departments: [${NASTY_YAML}]`,
      'due: 2026-11-20',
      `brief: ${NASTY_YAML}`,
      'created: 2026-11-01',
      '---',
      '',
    ].join('\n');
    const root = workspace({ 'topics/20261101-tp01-x.md': topic });
    for (const args of [
      ['ask', 'list'],
      ['ask', 'show', '20261101-tp01'],
    ]) {
      const { code, stdout, stderr } = await cli(args, { cwd: root, env: { INFO_NOW: '2026-11-02T00:00:00Z' } });
      expect(code, stderr).toBe(0);
      expect(stdout).toContain('\\x1b[2J');
      expect(RAW.test(stdout + stderr), args.join(' ')).toBe(false);
    }
  });
});

describe('errors', () => {
  it('a user mistake gets a message and a hint, no stack; DEBUG=infodesk adds the stack', async () => {
    const root = workspace({ 'items/a.md': itemText() });
    const plain = await cli(['show', 'nothing-like-this'], { cwd: root });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('no item nothing-like-this');
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    const debug = await cli(['show', 'nothing-like-this'], { cwd: root, env: { DEBUG: 'infodesk' } });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^\s+at .*ref\.js/m);
  });

  it('show on a file that is not a readable item names its problems, not an internal error', async () => {
    const root = workspace({ 'items/broken.md': '---\ntitle: [x\n---\n' });
    const { code, stderr } = await cli(['show', 'items/broken.md'], { cwd: root });
    expect(code).toBe(1);
    expect(stderr).toMatch(/items\/broken\.md cannot be read/);
    expect(stderr).toMatch(/items\/broken\.md:3:1 {2}error {2}yaml-syntax/);
    expect(stderr).not.toContain('internal error');
  });

  it('show refuses a path or link that leads out of the workspace', async () => {
    const root = workspace({ 'items/a.md': itemText() });
    const outside = workspace({ 'items/x.md': itemText({ id: '20261103-out1', title: 'TOP-SECRET' }) });
    symlinkSync(join(outside, 'items/x.md'), join(root, 'items/link.md'));
    for (const ref of ['../../../../etc/passwd', join(outside, 'items/x.md'), 'items/link.md']) {
      const { code, stdout, stderr } = await cli(['show', ref], { cwd: root });
      expect(code).toBe(1);
      expect(stderr).toContain('is outside the workspace');
      expect(stdout + stderr).not.toContain('TOP-SECRET');
    }
  });
});
