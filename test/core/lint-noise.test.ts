import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNoise, noiseLine, noiseSpans } from '../../src/core/lint/noise.js';
import { toItem } from '../../src/core/item.js';
import { ROOT } from '../helpers.js';

const SEED = readFileSync(join(ROOT, 'test/fixtures/seed-article.zh.txt'), 'utf8');
const lint = (body: string, bodyLine = 1) => noiseLine({ item: toItem({}, 'x.md'), body, bodyLine });

/**
 * The seed article as copied from a web page. These lines carry watermark noise, on a line
 * of its own or stuck to a sentence; every other line is real text. Hand-checked.
 */
const NOISY_LINES = [2, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 26];

describe('noise-line on the seed article', () => {
  const found = lint(SEED);
  const lines = SEED.split('\n');

  it('flags exactly the lines with watermark noise', () => {
    expect([...new Set(found.map((f) => f.line))]).toEqual(NOISY_LINES);
  });

  it('flags none of the real sentences: every finding starts on ASCII noise, never on Chinese text', () => {
    for (const f of found) {
      const rest = lines[f.line! - 1]!.slice(f.column! - 1);
      expect(rest, `line ${f.line}`).toMatch(/^[\x21-\x7e]/);
      expect(String(f.params.text)).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('places noise stuck to the end of a sentence at its own column', () => {
    const line7 = lines[6]!;
    expect(found.filter((f) => f.line === 7)).toEqual([
      expect.objectContaining({ column: line7.indexOf('。( t(') + 2 }),
    ]);
  });

  it('counts lines from the body start', () => {
    expect(lint(SEED, 13)[0]!.line).toBe(2 + 12);
  });
});

describe('noise-line on ordinary text', () => {
  it.each([
    '春节假期刚过，全市42个重点项目集中开工，总投资186亿元。',
    '详见 https://www.example.gov.cn/a/b?c=1&d=2 的通知。',
    '| 单位 | 数量 |\n| --- | --- |\n| 发改委 | 3 |',
    '1. 加强领导\n2. 压实责任\n(1) (2) (3) (4)\nA. B. C. D.',
    '按 GB/T 9704-2012 执行，x = a + b; 1 + 2 = 3。',
    '```\n: K# B: |0 v) B4 E$ j0 W6 ~, r. r3\n```',
    'iPhone 15 Pro Max 在 9:30 发布, e.g. i.e. etc.',
  ])('finds nothing in %j', (body) => {
    expect(lint(body)).toEqual([]);
  });

  it('tells noise from lists and words', () => {
    expect(isNoise('2 J# k# V$ B p9 S')).toBe(true);
    expect(isNoise('X4 s8 z2 D! W! U')).toBe(true);
    expect(isNoise('a, b, c, d')).toBe(false);
    expect(isNoise('A1 B2 C3 D4')).toBe(false);
  });

  it('finds every run in a megabyte-long line in linear time', () => {
    const line = '正文。K# B: |0 v) B4 E$ '.repeat(40_000);
    expect(noiseSpans(line)).toHaveLength(40_000);
  });
});
