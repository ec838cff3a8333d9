import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadYaml, splitFile } from '../../src/core/frontmatter.js';
import { isPlainObject } from '../../src/core/schema.js';
import type { Placed } from '../../src/core/analyze.js';
import { createUi } from '../../src/cli/ui.js';
import { analyzeText } from '../../src/core/analyze.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { itemText } from '../helpers.js';

const context = { config: DEFAULT_CONFIG, templateLines: new Set<string>() };

describe('splitFile', () => {
  it('keeps dates and timestamps as strings and finds where the body starts', () => {
    const split = splitFile('---\ncreated: 2026-11-03\nat: 2026-11-03T09:12:00+08:00\n---\n正文\n');
    expect(split.data).toEqual({ created: '2026-11-03', at: '2026-11-03T09:12:00+08:00' });
    expect(split.body).toBe('正文\n');
    expect(split.bodyLine).toBe(5);
    expect(split.findings).toEqual([]);
  });

  it('reads CRLF files', () => {
    const split = splitFile('---\r\ntitle: 标题\r\n---\r\n正文\r\n');
    expect(split.data).toEqual({ title: '标题' });
    expect(split.body).toBe('正文\r\n');
  });

  it.each(['js', 'javascript', 'coffee', 'toml', 'json', 'anything'])(
    'refuses ---%s front matter without evaluating it',
    (language) => {
      (globalThis as Record<string, unknown>).__infodeskRan = false;
      const split = splitFile(`---${language}\n{ title: (globalThis.__infodeskRan = true) }\n---\nbody\n`);
      expect(split.data).toBeNull();
      expect(split.findings.map((f) => f.rule)).toEqual(['frontmatter-language']);
      expect((globalThis as Record<string, unknown>).__infodeskRan).toBe(false);
    },
  );

  it('reports a YAML syntax error with its line in the file', () => {
    const split = splitFile('---\nid: 1\ntitle: [oops\n---\n');
    expect(split.findings[0]).toMatchObject({ rule: 'yaml-syntax' });
    expect(split.findings[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['title: a\n  b: c', 'indent-mapping', '缩进与上下文对不齐'],
    ['tags:\n- a\n- b\n c: d', 'indent-sequence', '列表项'],
    ['title: a\n\tb: c', 'indent-tab', 'Tab'],
    ['title: a\ntitle: b', 'duplicate-key', '写了两次'],
    ['title a\nstatus: draft', 'stray', '无法识别'],
    ['title: a\nb', 'no-colon', '缺少冒号'],
    ['title: [a b\nstatus: draft', 'flow-comma', '缺少逗号'],
    ['title: [a, b', 'flow-unclosed', '没有闭合'],
    ['title: "a', 'double-quote', '双引号'],
    ["title: 'a", 'single-quote', '单引号'],
    ['title: "a\\q"', 'escape', '反斜杠'],
    ['title: *nowhere', 'alias', '锚点'],
    ['title: !custom a', 'tag', '标签'],
  ])('names the YAML error in %j (%s) and says it in Chinese, quoting js-yaml in English', (matter, detail, zh) => {
    const [found] = splitFile(`---\n${matter}\n---\n`).findings;
    expect(found).toMatchObject({ rule: 'yaml-syntax', params: { detail } });
    const sink = { write: () => true };
    const say = (lang: 'zh-CN' | 'en') =>
      createUi(lang, { stdout: sink, stderr: sink, stdin: {} }, {}, false).problem('a.md', found as Placed).message;
    expect(say('zh-CN')).toContain(zh);
    expect(say('zh-CN')).not.toMatch(/[a-z]{4}/);
    expect(say('en')).toBe(`YAML syntax error: ${found!.params.reason}`);
  });

  it('quotes a YAML reason it has no name for as js-yaml gives it', () => {
    const [found] = splitFile('---\n%YAML 1.2 x\ntitle: a\n---\n').findings;
    expect(found).toMatchObject({ rule: 'yaml-syntax' });
    expect(found!.params.detail).toBeUndefined();
    expect(found!.params.reason).toMatch(/[a-z]/);
  });

  it('reports duplicate keys as a YAML error', () => {
    expect(splitFile('---\ntitle: a\ntitle: b\n---\n').findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 3 });
  });

  it('reports missing and unterminated front matter', () => {
    expect(splitFile('正文\n').findings[0]!.params.detail).toBe('none');
    expect(splitFile('---\ntitle: x\n').findings[0]!.params.detail).toBe('unterminated');
  });

  it('bounds alias expansion', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    bomb.push('---', '');
    const split = splitFile(bomb.join('\n'));
    expect(split.data).toBeNull();
    expect(split.findings[0]).toMatchObject({ rule: 'yaml-syntax', params: { detail: 'too-large' } });
  });

  it('finds Git conflict markers with their lines', () => {
    const text = '---\n<<<<<<< HEAD\ntitle: a\n=======\ntitle: b\n>>>>>>> other\n---\n';
    expect(splitFile(text).findings.map((f) => [f.rule, f.line])).toEqual([
      ['conflict-marker', 2],
      ['conflict-marker', 4],
      ['conflict-marker', 6],
    ]);
  });

  it('refuses a front matter that is not a mapping', () => {
    expect(splitFile('---\n- a\n- b\n---\n').findings[0]).toMatchObject({ rule: 'field-type' });
  });
});

describe('analyzeText', () => {
  it('places top-level findings on the key line and nested ones on the nested key', () => {
    const text = itemText({ category: 'bad', history: ['{at: 2026-11-03T09:12:00+08:00, by: 张三, to: dreft}'] });
    const { problems } = analyzeText(text, 'items/a.md', 'item', context);
    expect(problems.map((p) => [p.rule, p.line, p.column])).toEqual([
      ['field-enum', 4, 1],
      ['field-enum', 11, 45],
    ]);
  });

  it('warns about configured departments only when departments are configured', () => {
    const config = { ...DEFAULT_CONFIG, departments: [{ name: '财政局' }] };
    const { problems } = analyzeText(itemText(), 'items/a.md', 'item', { ...context, config });
    expect(problems.map((p) => p.rule)).toEqual(['department-unknown']);
    expect(analyzeText(itemText(), 'items/a.md', 'item', context).problems).toEqual([]);
  });

  it('lets the config turn a content rule off or into an error', () => {
    const text = itemText({ body: '' });
    const off = { ...DEFAULT_CONFIG, lint: { titleMax: 40, rules: { 'body-empty': 'off' as const } } };
    const error = { ...DEFAULT_CONFIG, lint: { titleMax: 40, rules: { 'body-empty': 'error' as const } } };
    expect(analyzeText(text, 'a.md', 'item', { ...context, config: off }).problems).toEqual([]);
    expect(analyzeText(text, 'a.md', 'item', { ...context, config: error }).problems[0]!.severity).toBe('error');
  });

  it('flags lines left from the template', () => {
    const lines = new Set(['（导语：一句话写清何时、何地、何事、何效果。）']);
    const text = itemText({ body: '真实的导语。\n（导语：一句话写清何时、何地、何事、何效果。）\n' });
    const { problems } = analyzeText(text, 'a.md', 'item', { ...context, templateLines: lines });
    expect(problems).toEqual([expect.objectContaining({ rule: 'template-leftover', line: 14, column: 1 })]);
  });
});

describe('splitFile cuts a file as gray-matter does', () => {
  const require = createRequire(import.meta.url);
  const grayMatter = require('gray-matter') as (
    text: string,
    options: object,
  ) => { data: unknown; content: string; matter: string };
  // gray-matter with the same YAML engine: the oracle for where the matter and the body start and end.
  const engines = { yaml: { parse: (text: string) => loadYaml(text), stringify: () => '' } };
  const line = fc.constantFrom(
    'title: 标题',
    'tags: [a, b]',
    '# note',
    ' # 注释',
    '',
    '\u3000',
    '  - x',
    'x: "---"',
    'a: 1\r',
    'a: [',
    '- 1',
    'plain',
  );
  const opening = fc.constantFrom('---', '---yaml', '---yml ', '--- ', '---\r');
  const closing = fc.constantFrom('---', '---\r', '----', '--- trailing', '---yaml');
  const body = fc
    .array(fc.constantFrom('', '\r', '正文', '---', '- item', '<<<<<<< HEAD'), { maxLength: 5 })
    .map((lines) => lines.join('\n'));
  const file = fc
    .tuple(opening, fc.array(line, { maxLength: 6 }), closing, fc.constantFrom('', '\n', '\r\n', '\n\n'), body)
    .map(([open, lines, close, gap, rest]) => `${open}\n${lines.map((l) => `${l}\n`).join('')}${close}${gap}${rest}`);

  it('the same body, matter and data; a mapping only where gray-matter reads one; a syntax error where it throws', () => {
    fc.assert(
      fc.property(file, (text) => {
        const split = splitFile(text);
        if (split.findings.some((f) => f.rule === 'conflict-marker')) return;
        const read = () => grayMatter(text, { language: 'yaml', delimiters: '---', engines });
        if (split.findings.some((f) => f.rule === 'yaml-syntax')) return void expect(read).toThrow();
        const whole = read();
        expect(split.body).toBe(whole.content);
        expect(split.matter).toBe(whole.matter);
        const data = whole.data ?? {};
        expect(split.data).toEqual(isPlainObject(data) ? data : null);
      }),
      { numRuns: 1000 },
    );
  });
});
