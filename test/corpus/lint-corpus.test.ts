/**
 * The editor's checks on the corpus of texts written for this project, in the shapes
 * departments send them (scripts/lint-corpus.mjs): every planted defect is found and
 * nothing else, import chooses the titles each text expects and says what it should, plain
 * text never turns into Markdown, and docs/editor-checks.md shows the figures as they are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mismatches, readCorpus, runCorpus, scoreByRule, table, type TextResult } from '../../scripts/lint-corpus.mjs';
import { ROOT } from '../helpers.js';

const EDITOR_RULES = [
  'web-residue',
  'sequence-gap',
  'placeholder',
  'missing-number',
  'doubled-punctuation',
  'title-echo',
  'repeated-paragraph',
  'misused-word',
];

describe('the corpus', () => {
  const corpus = readCorpus();

  it('holds at least 30 texts in every shape departments send, some with nothing planted', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    const shapes = new Set(corpus.map((t) => t.header.shape));
    expect([...shapes].sort()).toEqual(['gbk', 'markdown', 'speech', 'web', 'word']);
    expect(corpus.filter((t) => t.header.file.endsWith('.docx')).length).toBeGreaterThanOrEqual(6);
    expect(corpus.filter((t) => t.planted.length + t.titleFindings.length === 0).length).toBeGreaterThanOrEqual(8);
  });

  it('plants every rule of the editor’s checks in several texts', () => {
    for (const rule of EDITOR_RULES) {
      const texts = corpus.filter((t) => [...t.planted, ...t.titleFindings].some((p) => p.rule === rule));
      expect(texts.length, rule).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('the corpus through info import and info validate', () => {
  let results: TextResult[];
  beforeAll(async () => {
    ({ texts: results } = await runCorpus());
  }, 120_000);

  it('finds every planted defect and nothing else; titles, import notes and plain text as each text marks', () => {
    expect(mismatches(results)).toEqual([]);
    expect(results.reduce((n, r) => n + r.tp.length, 0)).toBeGreaterThan(100);
  });

  it('has its precision and recall written in docs/editor-checks.md as they are', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'editor-checks.md'), 'utf8');
    expect(doc).toContain(table(scoreByRule(results), true));
  });
});
