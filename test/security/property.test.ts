/**
 * Properties over arbitrary input: no front matter or body makes the analysis throw, every
 * problem it reports is placed and has words; reading never changes a file, and the atomic
 * write puts exactly the given bytes on disk.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze.js';
import { readConfig } from '../../src/core/config.js';
import { has } from '../../src/i18n/index.js';
import { decode } from '../../src/store/files.js';
import { loadWorkspace } from '../../src/store/load.js';
import { writeAtomic, writeNew } from '../../src/store/write.js';
import { itemText, testdir, workspace } from '../helpers.js';

const freshContext = () => ({
  config: readConfig({}).config,
  templateLines: new Set(['用一两句话概括主要事实', '写清时间、地点、做法和成效']),
});
const context = freshContext();

/** Pieces that have broken YAML readers and Markdown tools before. */
const HOSTILE = [
  '&a',
  '*a',
  '&a [1, 2]',
  '*nope',
  '<<: *a',
  '? [a, b]',
  '!!js/function "x"',
  '!!binary AAAA',
  '%YAML 1.2',
  '---',
  '...',
  '[[[[[',
  ']]]',
  '{{{',
  '}',
  '"',
  "'",
  '|',
  '>-',
  '#',
  '\t',
  '\r',
  '\r\n',
  '\uFEFF',
  '\u0000',
  '\u001b[2J',
  '\u202e',
  '<<<<<<< HEAD',
  '=======',
  '>>>>>>> b',
  '__proto__:',
  'constructor:',
  'prototype:',
  'title:',
  'id: 20261103-k7f2',
  'history: [{at: x}]',
  '- ',
  ': ',
  '海政发[2026]12号',
  '一、',
  '（一）',
  '1.',
  '全市,共',
  ': K# B: |0 v)',
  '```',
  '<!--',
];

const fragment = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 12 }),
);
const messy = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));
const lines = fc.array(messy, { maxLength: 20 }).map((ls) => ls.join('\n'));
/** Well-formed YAML of arbitrary data, so the checks past the parser get exercised too. */
const dumped = fc
  .dictionary(
    fc.oneof(
      fc.constantFrom(
        'id',
        'title',
        'status',
        'history',
        'topic',
        'adoptions',
        '__proto__',
        'constructor',
        'toString',
        'valueOf',
        'toJSON',
        'department',
      ),
      fc.string(),
    ),
    fc.jsonValue({ maxDepth: 4 }),
  )
  .map((data) => yaml.dump(data, { schema: yaml.CORE_SCHEMA }));
const language = fc.constantFrom('', 'yaml', 'js', 'javascript', 'coffee', ' toml', 'JS');

function checkAnalysis(text: string): void {
  for (const kind of ['item', 'topic'] as const) {
    const analysis = analyzeText(text, 'items/x.md', kind, context);
    for (const p of analysis.problems) {
      expect(Number.isInteger(p.line) && p.line >= 1, JSON.stringify(p)).toBe(true);
      expect(Number.isInteger(p.column) && p.column >= 1, JSON.stringify(p)).toBe(true);
      const detailed = p.params.detail !== undefined && has(`rule.${p.rule}.${p.params.detail}`);
      expect(detailed || has(`rule.${p.rule}`), `no message for ${p.rule}/${p.params.detail}`).toBe(true);
    }
  }
}

describe('the analysis of arbitrary files', () => {
  it('never throws, and every problem has a place and a message (arbitrary text)', () => {
    fc.assert(
      fc.property(language, lines, lines, (lang, head, body) => checkAnalysis(`---${lang}\n${head}\n---\n${body}`)),
      { numRuns: 400 },
    );
  });

  it('never throws on well-formed YAML of any shape, with hostile bodies', () => {
    fc.assert(
      fc.property(dumped, lines, (head, body) => checkAnalysis(`---\n${head}---\n${body}`)),
      { numRuns: 300 },
    );
  });

  it('never throws on a valid item with arbitrary fragments spliced in anywhere', () => {
    const base = itemText({ body: '一、总体\n（一）情况\n全市共有42个项目。' });
    fc.assert(
      fc.property(fc.nat(base.length), messy, (at, insert) =>
        checkAnalysis(base.slice(0, at) + insert + base.slice(at)),
      ),
      { numRuns: 400 },
    );
  });

  it('is deterministic and changes neither its input nor its context', () => {
    const own = freshContext();
    fc.assert(
      fc.property(lines, (body) => {
        const text = itemText({ body });
        const copy = `${text}`;
        const first = analyzeText(text, 'items/x.md', 'item', own);
        expect(analyzeText(text, 'items/x.md', 'item', own)).toEqual(first);
        expect(text).toBe(copy);
        expect(own).toEqual(freshContext());
      }),
      { numRuns: 200 },
    );
  });
});

describe('bytes on disk', () => {
  it('decoding any bytes never throws; UTF-8 text comes back exactly, a BOM dropped', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => void decode(Buffer.from(bytes))));
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.string({ unit: 'binary', minLength: 1 }).filter((s) => !s.includes('\0') && !s.startsWith('\uFEFF')),
        (bom, text) => {
          const read = decode(Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf8'));
          if (read.problem?.params.detail === 'utf16') return;
          expect(read.text).toBe(text);
        },
      ),
    );
  });

  it('the atomic write puts exactly the given bytes on disk and leaves no temporary file', () => {
    const dir = testdir();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.oneof(fc.string({ unit: 'binary' }), lines), (bytes, text) => {
        writeAtomic(join(dir, 'a.md'), bytes);
        expect(new Uint8Array(readFileSync(join(dir, 'a.md')))).toEqual(bytes);
        writeAtomic(join(dir, 'a.md'), text);
        expect(readFileSync(join(dir, 'a.md'))).toEqual(Buffer.from(text, 'utf8'));
      }),
      { numRuns: 200 },
    );
    expect(writeNew(join(dir, 'a.md'), 'x')).toBe(false);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('reading and validating a workspace leaves every file byte for byte as it was', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.boolean(), lines), { minLength: 1, maxLength: 5 }), (files) => {
        const tree: Record<string, Uint8Array> = {};
        files.forEach(([bom, crlf, body], i) => {
          const text = itemText({ id: `20261103-aa${i}a`, body });
          tree[`items/${i}.md`] = Buffer.from(
            `${bom ? '\uFEFF' : ''}${crlf ? text.replaceAll('\n', '\r\n') : text}`,
            'utf8',
          );
        });
        const root = workspace(tree);
        const times = Object.keys(tree).map((p) => statSync(join(root, p)).mtimeMs);
        loadWorkspace({ root, config: readConfig({}).config }, { bodies: true });
        for (const [path, bytes] of Object.entries(tree))
          expect(readFileSync(join(root, path))).toEqual(Buffer.from(bytes));
        expect(Object.keys(tree).map((p) => statSync(join(root, p)).mtimeMs)).toEqual(times);
      }),
      { numRuns: 25 },
    );
  });
});
