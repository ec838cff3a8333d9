import { describe, expect, it } from 'vitest';
import { closeNames, explain } from '../../src/core/report/explain.js';
import { monthReport } from '../../src/core/report/month.js';
import { ratio, round2 } from '../../src/core/report/points.js';
import { ranks } from '../../src/core/report/rank.js';
import { monthData } from '../fixtures/month.js';

const report = () => monthReport({ ...monthData(), month: '2026-11', today: '2026-12-05' });

describe('--explain', () => {
  it('lists every event of a department with its share, adding up to the notice', () => {
    const x = explain(report(), '发改委')!;
    expect(x.kind).toBe('department');
    expect(x.lines.map((l) => [l.date, l.event, l.id.slice(-4), l.among, l.earned])).toEqual([
      ['2026-11-01', 'submitted', 'aaaa', 1, 1],
      ['2026-11-02', 'submitted', 'bbbb', 2, 0.5],
      ['2026-11-05', 'submitted', 'gggg', 3, 0.33],
      ['2026-11-06', 'published', 'bbbb', 2, 1],
      ['2026-11-07', 'reported', 'bbbb', 2, 0],
      ['2026-11-07', 'reported', 'gggg', 3, 0],
      ['2026-11-08', 'adoption', 'gggg', 3, 1.33],
      ['2026-11-10', 'published', 'aaaa', 1, 2],
      ['2026-11-11', 'reported', 'aaaa', 1, 0],
      ['2026-11-15', 'adoption', 'bbbb', 2, 1],
      ['2026-11-18', 'instruction', 'bbbb', 2, 0],
      ['2026-11-20', 'adoption', 'aaaa', 1, 10],
      ['2026-11-21', 'instruction', 'aaaa', 1, 10],
      ['2026-11-25', 'adoption', 'aaaa', 1, 20],
    ]);
    expect(x.points).toBe(47.17);
    expect(x.points).toBe(report().departments[0]!.points);
  });

  it('flags an instruction without a level, which scores nothing', () => {
    const line = explain(report(), '李四')!.lines.find((l) => l.event === 'instruction')!;
    expect(line).toMatchObject({ id: '20261102-bbbb', leader: '李副市长', level: null, points: 0, note: 'no-level' });
    expect(report().unleveled).toBe(1);
  });

  it('charges a missed solicitation to the unit, not to any writer', () => {
    const x = explain(report(), '临江镇')!;
    expect(x.lines.map((l) => [l.event, l.id, l.earned])).toEqual([
      ['submitted', '20261105-gggg', 0.33],
      ['reported', '20261105-gggg', 0],
      ['adoption', '20261105-gggg', 1.33],
      ['missed', '20261101-t001', -2],
    ]);
    expect(x.points).toBe(-0.33);
  });

  it('explains a writer, an author found only in items', () => {
    const x = explain(report(), '王五')!;
    expect(x.kind).toBe('writer');
    expect(x.lines.map((l) => [l.event, l.level, l.earned])).toEqual([
      ['submitted', null, 1],
      ['instruction', 'province', 50],
    ]);
    expect(x.points).toBe(51);
  });

  it('knows nothing of a name that is neither, and suggests close names', () => {
    expect(explain(report(), '发改')).toBeNull();
    const names = ['发改委', '财政局', '临江镇', '张三'];
    expect(closeNames('发改', names)).toEqual(['发改委']);
    expect(closeNames('财政所', names)).toEqual(['财政局']);
    expect(closeNames('水利', names)).toEqual([]);
  });
});

describe('ranks and rounding', () => {
  it.each([
    [
      [5, 3, 3, 1],
      [1, 2, 2, 4],
    ],
    [
      [0, 0, 0],
      [1, 1, 1],
    ],
    [
      [-1, 2, 2, 7],
      [4, 2, 2, 1],
    ],
  ])('ranks %j as %j', (scores, expected) => {
    expect(ranks(scores)).toEqual(expected);
  });

  it('rounds to two decimals without float noise or negative zero', () => {
    expect(round2(0.1 + 0.2)).toBe(0.3);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(-1 / 3)).toBe(-0.33);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
  });

  it('ratio is null when there is nothing to divide by', () => {
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(2, 3)).toBe(0.6667);
  });
});
