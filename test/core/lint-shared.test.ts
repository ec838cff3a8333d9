/**
 * The line rules share one split of the body (the last one is kept) and skip lines that
 * cannot match early: neither may change a finding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toItem } from '../../src/core/item.js';
import { docnumSpans } from '../../src/core/lint/docnum.js';
import { lintItem, type LintContext } from '../../src/core/lint/index.js';
import { isNoise } from '../../src/core/lint/noise.js';
import { proseLines } from '../../src/core/lint/text.js';
import { monthConfig } from '../fixtures/month.js';

const context: LintContext = { config: monthConfig(), templateLines: new Set() };
const item = toItem({ title: '标题' }, 'x.md');
const BODY = [
  '一、总体情况',
  'K# B: |0 v) B4 E$ j0',
  '全市完成投资3,000万元,同比增长',
  '三、下一步',
  '海政发[2026]12号',
].join('\n');

describe('line rules reading one shared split of the body', () => {
  it('place findings by the body line asked for, even for the same body just split at another line', () => {
    const at = (bodyLine: number) => lintItem({ item, body: BODY, bodyLine }, context).map((f) => [f.rule, f.line]);
    const first = at(5);
    expect(first.length).toBeGreaterThan(3);
    expect(at(9)).toEqual(first.map(([rule, line]) => [rule, (line as number) + 4]));
    expect(at(5)).toEqual(first);
  });

  it('give each body its own lines, whichever came before', () => {
    const other = '正文只有一行。';
    expect(proseLines(BODY, 1).map((l) => l.text)).toHaveLength(5);
    expect(proseLines(other, 1)).toEqual([{ text: other, line: 1 }]);
    expect(lintItem({ item, body: other, bodyLine: 1 }, context)).toEqual([]);
    expect(proseLines(`${BODY}`, 1)).toHaveLength(5);
  });
});

describe('early exits', () => {
  it('a run shorter than seven characters is never noise (four tokens need three gaps)', () => {
    const ascii = fc
      .array(fc.constantFrom('K', '#', ' ', '4', '|', '$', 'b', ')'), { maxLength: 6 })
      .map((a) => a.join(''));
    fc.assert(fc.property(ascii, (run) => !isNoise(run)));
    expect(isNoise('K# B4 ~')).toBe(false);
    expect(isNoise('K# B4 ~0 j$')).toBe(true);
  });

  it('a document number needs 号: without it nothing is found, with it the wrong brackets are', () => {
    expect(docnumSpans('海政发[2026]12')).toEqual([]);
    expect(docnumSpans('海政发[2026]12号').map((s) => s.found)).toEqual(['[2026]']);
  });
});
