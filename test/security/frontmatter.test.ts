/** Front matter is only ever YAML, parsed into bounded plain data; nothing in it runs. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYaml, splitFile } from '../../src/core/frontmatter.js';
import { locator, tooDeep } from '../../src/core/locate.js';
import { itemText, testdir } from '../helpers.js';
import { aliasBomb } from './hostile.js';

const MiB = 1024 * 1024;
const rules = (text: string) => splitFile(text).findings.map((f) => f.rule);

describe('front-matter languages', () => {
  const dir = testdir();
  const canary = join(dir, 'PWNED');
  const code = `(function(){ require("fs").writeFileSync(${JSON.stringify(canary)}, "x"); return {title: "t"} })()`;

  it.each(['js', 'javascript', 'JS', ' js', 'coffee', 'coffeescript', 'cson', 'json', 'toml', 'ruby', 'yaml2'])(
    'refuses ---%s before parsing anything',
    (language) => {
      const split = splitFile(`---${language}\n${code}\n---\nbody\n`);
      expect(split.data).toBeNull();
      expect(split.findings).toEqual([expect.objectContaining({ rule: 'frontmatter-language', line: 1, column: 4 })]);
      expect(existsSync(canary)).toBe(false);
    },
  );

  it.each(['', 'yaml', 'yml'])('reads ---%s as YAML', (language) => {
    const split = splitFile(`---${language}\ntitle: 标题\n---\n`);
    expect(split.data).toEqual({ title: '标题' });
  });
});

describe('YAML bounds', () => {
  it('refuses a billion-laughs alias bomb without expanding it', () => {
    const split = splitFile(`---\n${aliasBomb(9)}\ntitle: *a9\n---\n`);
    expect(split.data).toBeNull();
    expect(split.findings).toEqual([expect.objectContaining({ rule: 'yaml-syntax', params: { detail: 'too-large' } })]);
  });

  it('refuses a modest bomb whose expansion a walk or JSON.stringify would still pay for', () => {
    // 10^5 leaves: small on disk, shared in memory, a hundred thousand values once walked.
    expect(splitFile(`---\n${aliasBomb(5)}\ntitle: *a5\n---\n`).findings[0]).toMatchObject({
      params: { detail: 'too-large' },
    });
  });

  it('counts the characters an alias repeats: one 4 MiB string aliased 200 times is refused', () => {
    const text = `---\ntitle: &t "${'y'.repeat(4 * MiB)}"\ntags: [${Array(200).fill('*t').join(', ')}]\n---\n`;
    expect(splitFile(text).findings[0]).toMatchObject({ rule: 'yaml-syntax', params: { detail: 'too-large' } });
  });

  it('refuses depth built from aliases (each anchor one level deeper than the last)', () => {
    const lines = ['a0: &a0 [x]', ...Array.from({ length: 40 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]`)];
    expect(splitFile(`---\n${lines.join('\n')}\n---\n`).findings[0]).toMatchObject({ params: { detail: 'too-large' } });
  });

  it('accepts a large honest item: 2,000 history entries and a 1 MiB body', () => {
    const history = Array.from({ length: 2000 }, () => '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: draft}');
    const split = splitFile(itemText({ history, body: '正文。'.repeat(MiB / 3) }));
    expect(split.findings).toEqual([]);
    expect((split.data!.history as unknown[]).length).toBe(2000);
  });

  it.each([
    ['flow lists', `title: ${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['flow maps', `title: ${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}`],
    ['compact block lists', `title:\n${'- '.repeat(100_000)}x`],
    ['indented maps', Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')],
  ])('reports 100k-deep %s as too deep, with a place, without throwing', (_name, yamlText) => {
    const split = splitFile(`---\n${yamlText}\n---\n`);
    expect(split.data).toBeNull();
    expect(split.findings).toEqual([expect.objectContaining({ rule: 'yaml-syntax', params: { detail: 'too-deep' } })]);
    expect(split.findings[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('bounds the config the same way', () => {
    expect(readYaml(`${aliasBomb(9)}\noffice: *a9\n`).finding).toMatchObject({ params: { detail: 'too-large' } });
    expect(readYaml(`office: ${'['.repeat(100_000)}`).finding).toMatchObject({ params: { detail: 'too-deep' } });
  });

  it('knows no executable or custom tags', () => {
    for (const tag of [
      '!!js/function "function(){ return 1 }"',
      '!!js/undefined ""',
      '!!js/regexp /x/',
      '!<tag:yaml.org,2002:js/function> "x"',
      '!custom x',
      '!!binary AAAA',
    ]) {
      expect(splitFile(`---\ntitle: ${tag}\n---\n`).findings, tag).toEqual([
        expect.objectContaining({ rule: 'yaml-syntax', line: 2 }),
      ]);
    }
  });

  it('keeps dates as strings and merge keys as plain keys (core schema)', () => {
    const split = splitFile('---\ncreated: 2026-11-03\nbase: &b {x: 1}\nother:\n  <<: *b\n---\n');
    expect(split.data).toEqual({ created: '2026-11-03', base: { x: 1 }, other: { '<<': { x: 1 } } });
  });
});

describe('locating keys in deeply nested text', () => {
  it('flags text nested past the limit without parsing it', () => {
    expect(tooDeep(`title: ${'['.repeat(65)}`)).toBe(true);
    expect(tooDeep(`title:\n${'- '.repeat(65)}x`)).toBe(true);
    expect(tooDeep('title: [[a, b], {c: [d]}]\nhistory:\n  - - x\n')).toBe(false);
  });

  it('answers at once for a 2-million-deep text (the yaml parser would need minutes and all memory)', () => {
    const locate = locator(`\ntitle: ${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}\n`);
    expect(locate(['title'])).toEqual({ line: 1, column: 1 });
  });

  it('still places keys precisely in ordinary text', () => {
    expect(locator('\nid: x\nhistory:\n  - {at: 1, by: 2}\n')(['history', 0, 'by'])).toEqual({ line: 4, column: 13 });
  });
});

describe('keys that name prototypes', () => {
  it('stay plain own keys and change no prototype (js-yaml)', () => {
    const split = splitFile(
      '---\n__proto__: {polluted: yes, title: 假标题}\nconstructor: {prototype: {polluted: yes}}\nprototype: x\ntitle: 真标题\n---\n',
    );
    const data = split.data!;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'prototype', 'title']);
    expect(data.title).toBe('真标题');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stay plain keys for the position parser (the yaml package)', () => {
    const locate = locator('\n__proto__: {title: x}\nconstructor: y\ntitle: z\n');
    expect(locate(['title'])).toEqual({ line: 4, column: 1 });
    expect(locate(['__proto__', 'title'])).toEqual({ line: 2, column: 13 });
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });
});

describe('Git conflict markers', () => {
  it('are reported in the front matter, with every marker line', () => {
    const text = '---\nid: 20261103-k7f2\n<<<<<<< HEAD\ntitle: 甲\n=======\ntitle: 乙\n>>>>>>> other\n---\n正文\n';
    expect(splitFile(text).findings.map((f) => [f.rule, f.line])).toEqual([
      ['conflict-marker', 3],
      ['conflict-marker', 5],
      ['conflict-marker', 7],
    ]);
  });

  it('are reported in the body, on the body lines of the file', () => {
    const text = itemText({ body: '甲\n<<<<<<< HEAD\n乙\n=======\n丙\n>>>>>>> b' });
    const lines = text.split('\n');
    expect(splitFile(text).findings.map((f) => f.line)).toEqual(
      ['<<<<<<< HEAD', '=======', '>>>>>>> b'].map((m) => lines.indexOf(m) + 1),
    );
  });

  it('are reported where a marker replaced the opening delimiter', () => {
    expect(rules('<<<<<<< HEAD\n---\ntitle: a\n---\n=======\n---\ntitle: b\n---\n>>>>>>> x\n')).toEqual([
      'conflict-marker',
      'conflict-marker',
      'conflict-marker',
    ]);
  });

  it('are not confused with Markdown rules or setext headings', () => {
    expect(rules(itemText({ body: '标题\n=======\n\n========\n' }))).toEqual([]);
  });
});
