import { describe, expect, it } from 'vitest';
import { cli, itemText, workspace } from '../helpers.js';

interface Problem {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  message: string;
}

async function validate(root: string, ...args: string[]) {
  const result = await cli(['validate', '--json', ...args], { cwd: root });
  return {
    code: result.code,
    report: JSON.parse(result.stdout) as { files: number; errors: Problem[]; warnings: Problem[] },
  };
}

describe('info validate', () => {
  it('reports every problem of every file, with file, line and column, and exits 1', async () => {
    const root = workspace({
      'items/good.md': itemText(),
      'items/enum.md': itemText({ id: '20261103-aaa1', category: 'urgent' }),
      'items/yaml.md': '---\nid: 20261103-aaa2\ntitle: [unclosed\n---\nbody\n',
      'items/missing.md': '---\nid: 20261103-aaa3\ntitle: 缺字段\n---\n正文。\n',
      'items/js.md':
        '---js\n{ title: (function(){ require("fs").writeFileSync("PWNED", "x"); return "t" })() }\n---\nbody\n',
      'items/none.md': '只有正文，没有文件头。\n',
    });
    const { code, report } = await validate(root);
    expect(code).toBe(1);
    expect(report.files).toBe(6);
    const at = (file: string, rule: string) => report.errors.find((p) => p.file === `items/${file}` && p.rule === rule);
    expect(at('enum.md', 'field-enum')).toMatchObject({ line: 4, column: 1 });
    expect(at('yaml.md', 'yaml-syntax')?.line).toBeGreaterThanOrEqual(3);
    expect(at('missing.md', 'field-required')).toBeDefined();
    expect(
      report.errors.filter((p) => p.file === 'items/missing.md' && p.rule === 'field-required').length,
    ).toBeGreaterThanOrEqual(6);
    expect(at('js.md', 'frontmatter-language')).toMatchObject({ line: 1 });
    expect(at('none.md', 'frontmatter-missing')).toBeDefined();
    expect(report.errors.some((p) => p.file === 'items/good.md')).toBe(false);
    const { existsSync } = await import('node:fs');
    expect(existsSync(`${root}/PWNED`)).toBe(false);
  });

  it('places a nested problem on the line and column of the offending key', async () => {
    const root = workspace({
      'items/a.md': itemText({
        status: 'submitted',
        history: [
          '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: draft}',
          '{at: 2026-11-04, by: 张三, from: draft, to: submitted}',
        ],
      }),
    });
    const { report } = await validate(root);
    expect(report.errors).toEqual([expect.objectContaining({ rule: 'date-format', line: 12, column: 6 })]);
  });

  it('checks the history chain against the status', async () => {
    const root = workspace({
      'items/a.md': itemText({ status: 'approved', history: ['{at: 2026-11-03T09:12:00+08:00, by: 张三, to: draft}'] }),
    });
    const { report } = await validate(root);
    expect(report.errors.map((p) => p.rule)).toEqual(['status-history']);
  });

  it('finds duplicate ids across files', async () => {
    const root = workspace({ 'items/a.md': itemText(), 'items/b.md': itemText({ title: '另一条' }) });
    const { report } = await validate(root);
    expect(
      report.errors
        .filter((p) => p.rule === 'id-duplicate')
        .map((p) => p.file)
        .sort(),
    ).toEqual(['items/a.md', 'items/b.md']);
  });

  it('reports an invalid config with the key, the value and the allowed values', async () => {
    const root = workspace({ 'items/a.md': itemText() }, 'lang: fr\nquotas: {department: many}\n');
    const result = await cli(['validate'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /info\.config\.yaml:1:1 +error +field-enum +lang: “fr” is not allowed; use one of: zh-CN, en/,
    );
    expect(result.stdout).toMatch(/info\.config\.yaml:2:\d+ +error +field-type +quotas\.department/);
    const list = await cli(['list'], { cwd: root });
    expect(list.code).toBe(1);
    expect(list.stderr).toContain('quotas.department');
  });

  it('limits itself to the paths given, and refuses paths outside the workspace', async () => {
    const root = workspace({
      'items/2026/10/a.md': itemText({ category: 'bad' }),
      'items/2026/11/b.md': itemText({ id: '20261103-bbbb' }),
    });
    expect((await validate(root, 'items/2026/11')).code).toBe(0);
    expect((await validate(root, 'items/2026/10/a.md')).code).toBe(1);
    expect((await cli(['validate', '/etc'], { cwd: root })).code).toBe(2);
  });

  it('fails on warnings only with --strict', async () => {
    const root = workspace({ 'items/a.md': itemText({ body: '' }) });
    expect((await validate(root)).code).toBe(0);
    expect((await validate(root, '--strict')).code).toBe(1);
  });

  it('prints file:line:col  severity  rule  message in text mode, in Chinese when asked', async () => {
    const root = workspace({ 'items/a.md': itemText({ category: '重点' }) });
    const result = await cli(['validate', '--lang', 'zh-CN'], { cwd: root });
    expect(result.stdout).toMatch(
      /^items\/a\.md:4:1 {2}error {2}field-enum {2}category 的值“重点”是中文名称，文件中应写代码 key$/m,
    );
  });
});

describe('history rules', () => {
  it('requires a note on a move to returned', async () => {
    const root = workspace({
      'items/a.md': itemText({
        status: 'returned',
        history: [
          '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted}',
          '{at: 2026-11-04T09:00:00+08:00, by: 陈编辑, from: submitted, to: returned}',
        ],
      }),
    });
    const { report } = await validate(root);
    expect(report.errors).toEqual([expect.objectContaining({ rule: 'status-history', line: 12 })]);
    expect(report.errors[0]!.message).toContain('note');
  });
});
