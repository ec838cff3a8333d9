/**
 * The month notice of 2026-11 over test/fixtures/month.ts, every figure worked out by hand.
 * Points (default scoring): submitted 1, published 2, adoption county 2/4, city 5/10,
 * province 20/40, national 50/80 (bulletin/special), instruction county 5, city 10,
 * province 50; a missed solicitation −2.
 *   A 发改委/张三            submitted 1 + published 2 + city special 10 + province bulletin 20 + city instruction 10 = 43
 *   B 发改委+财政局/张三+李四  submitted 1 + published 2 + county bulletin 2 + instruction without level 0 = 5 (2.5 each)
 *   C 财政局/李四            submitted on 10-31 23:55 (October); province special 40 in November
 *   D 财政局/李四            submitted 11-30 23:55: 1
 *   E 临江镇/王五            submitted 12-01 00:05: nothing in November
 *   F 海永镇/王五            submitted 1 + province instruction 50 = 51 (a unit not in the config)
 *   G three units/three authors: submitted 1 + county special 4 = 5 (5/3 each)
 *   I 发改委/张三 in March: submitted 1 + published 2 = 3 (cumulative only); J is last year's
 *   Topic T1 (due 11-20) asked 发改委 (answered by A) and 临江镇 (missed: −2); T0 (due 10-15) missed by 水务局 in October
 */
import { describe, expect, it } from 'vitest';
import { monthReport } from '../../src/core/report/month.js';
import { reportJson } from '../../src/core/report/json.js';
import { monthData } from '../fixtures/month.js';

const report = () => monthReport({ ...monthData(), month: '2026-11', today: '2026-12-05' });

describe('month notice figures', () => {
  it('totals count each item once and every record', () => {
    expect(report().totals).toEqual({
      submitted: 5,
      published: 2,
      reported: 4,
      adoptions: 5,
      special: 3,
      instructions: 3,
      points: 143,
      adjustments: 0,
    });
  });

  it('departments: configured first (also with nothing), then found ones; joint points split', () => {
    const rows = reportJson(report(), '2026年11月').departments as Record<string, unknown>[];
    expect(rows.map((r) => r.name)).toEqual(['发改委', '财政局', '临江镇', '水务局', '教育局', '海永镇']);
    expect(rows[0]).toEqual({
      name: '发改委',
      submitted: 3,
      cumulativeSubmitted: 4,
      adoptions: { county: 2, city: 1, province: 1, national: 0 },
      special: 2,
      instructions: 2,
      rate: 1,
      points: 47.17,
      cumulativePoints: 50.17,
      rank: 2,
      group: null,
      groupRank: 2,
      adjustments: 0,
      disqualified: false,
    });
    expect(rows[1]).toEqual({
      name: '财政局',
      submitted: 3,
      cumulativeSubmitted: 4,
      adoptions: { county: 2, city: 0, province: 1, national: 0 },
      special: 2,
      instructions: 1,
      rate: 1,
      points: 45.17,
      cumulativePoints: 46.17,
      rank: 3,
      group: null,
      groupRank: 3,
      adjustments: 0,
      disqualified: false,
    });
    expect(rows[2]).toMatchObject({
      name: '临江镇',
      submitted: 1,
      cumulativeSubmitted: 1,
      special: 1,
      rate: 1,
      points: -0.33,
      cumulativePoints: -0.33,
      rank: 6,
    });
    expect(rows[3]).toMatchObject({
      name: '水务局',
      submitted: 0,
      rate: null,
      points: 0,
      cumulativePoints: -2,
      rank: 4,
    }); // T0 missed in October
    expect(rows[4]).toMatchObject({ name: '教育局', submitted: 0, rate: null, points: 0, rank: 4 });
    expect(rows[5]).toMatchObject({
      name: '海永镇',
      submitted: 1,
      instructions: 1,
      rate: 0,
      points: 51,
      cumulativePoints: 51,
      rank: 1,
    });
  });

  it('department quotas and completion', () => {
    const rows = report().departments;
    expect(rows.map((r) => [r.quota, r.completion])).toEqual([
      [4, 0.75],
      [6, 0.5],
      [6, 0.1667],
      [6, 0],
      [6, 0],
      [6, 0.1667],
    ]);
  });

  it('writers: configured, then authors found in items; points split between authors; fees', () => {
    expect(reportJson(report(), '2026年11月').writers).toEqual([
      { name: '张三', department: '发改委', quota: 2, submitted: 3, completion: 1.5, points: 47.17, fee: 471.7 },
      { name: '李四', department: '财政局', quota: 3, submitted: 3, completion: 1, points: 45.17, fee: 451.7 },
      { name: '王五', department: '海永镇', quota: 3, submitted: 1, completion: 0.3333, points: 51, fee: 510 },
      {
        name: '赵六',
        department: '发改委、财政局、临江镇',
        quota: 3,
        submitted: 1,
        completion: 0.3333,
        points: 1.67,
        fee: 16.7,
      },
    ]);
  });

  it('categories and sources of the items submitted in the month', () => {
    const json = reportJson(report(), '2026年11月');
    expect(json.categories).toEqual({ key: 2, highlight: 1, hot: 1, difficulty: 1 });
    expect(json.sources).toEqual({ document: 1, meeting: 1, research: 1, solicited: 1, grassroots: 1 });
  });

  it('adopted: every record dated in the month, in date order', () => {
    expect(reportJson(report(), '2026年11月').adopted).toEqual([
      {
        id: '20261031-cccc',
        title: '财政局十月末报送',
        level: 'province',
        form: 'special',
        outlet: '省政府专报',
        date: '2026-11-03',
      },
      {
        id: '20261105-gggg',
        title: '三家合报的调研',
        level: 'county',
        form: 'special',
        outlet: '',
        date: '2026-11-08',
      },
      {
        id: '20261102-bbbb',
        title: '合报：财政支持重大项目',
        level: 'county',
        form: 'bulletin',
        outlet: '区信息',
        date: '2026-11-15',
      },
      {
        id: '20261028-aaaa',
        title: '发改委答约稿：项目早开工',
        level: 'city',
        form: 'special',
        outlet: '市委信息专报',
        date: '2026-11-20',
      },
      {
        id: '20261028-aaaa',
        title: '发改委答约稿：项目早开工',
        level: 'province',
        form: 'bulletin',
        outlet: '江苏政务信息',
        date: '2026-11-25',
      },
    ]);
  });

  it('topics open during the month, with who answered by its end', () => {
    expect(reportJson(report(), '2026年11月').topics).toEqual([
      {
        id: '20261101-t001',
        title: '项目建设约稿',
        due: '2026-11-20',
        asked: ['发改委', '临江镇'],
        answered: ['发改委'],
        missing: ['临江镇'],
      },
      {
        id: '20261125-t002',
        title: '年终财政约稿',
        due: '2026-12-10',
        asked: ['财政局'],
        answered: ['财政局'],
        missing: [],
      },
    ]);
  });

  it('the year trend runs from January to the month', () => {
    const trend = report().trend;
    expect(trend).toHaveLength(11);
    expect(trend[2]).toEqual({ month: '2026-03', submitted: 1, adoptions: 0, points: 3 });
    expect(trend[9]).toEqual({ month: '2026-10', submitted: 1, adoptions: 0, points: -1 }); // C's 1, T0 missed −2
    expect(trend[10]).toEqual({ month: '2026-11', submitted: 5, adoptions: 5, points: 143 });
    expect(trend.filter((p) => p.submitted === 0)).toHaveLength(8);
  });

  it('keeps the SPEC key order', () => {
    const json = reportJson(report(), '2026年11月');
    expect(json.period).toEqual({ from: '2026-11', to: '2026-11', label: '2026年11月' });
    expect(Object.keys(json)).toEqual([
      'month',
      'period',
      'office',
      'totals',
      'departments',
      'writers',
      'categories',
      'sources',
      'adopted',
      'topics',
      'ledger',
    ]);
    expect(Object.keys(json.totals as object)).toEqual([
      'submitted',
      'published',
      'reported',
      'adoptions',
      'special',
      'instructions',
      'points',
      'adjustments',
    ]);
    expect(Object.keys((json.departments as object[])[0]!)).toEqual([
      'name',
      'submitted',
      'cumulativeSubmitted',
      'adoptions',
      'special',
      'instructions',
      'rate',
      'points',
      'cumulativePoints',
      'rank',
      'group',
      'groupRank',
      'adjustments',
      'disqualified',
    ]);
  });

  it('does not charge a missed solicitation before its due date has passed', () => {
    const early = monthReport({ ...monthData(), month: '2026-11', today: '2026-11-20' });
    expect(early.departments.find((d) => d.name === '临江镇')!.points).toBe(1.67);
  });

  it('December: what fell after midnight on 30 November, and the year so far', () => {
    const dec = monthReport({ ...monthData(), month: '2026-12', today: '2027-01-05' });
    expect(dec.totals).toMatchObject({ submitted: 1, adoptions: 1, special: 1, points: 81 });
    const lj = dec.departments.find((d) => d.name === '临江镇')!;
    expect([lj.submitted, lj.cumulativeSubmitted, lj.points, lj.cumulativePoints]).toEqual([1, 2, 1, 0.67]);
    // The national special report on B (80) is split between its two units.
    expect(dec.departments.find((d) => d.name === '发改委')!.points).toBe(40);
  });

  it('January starts a new year: last year is not cumulative', () => {
    const jan = monthReport({ ...monthData(), month: '2026-01', today: '2026-02-01' });
    expect(jan.departments.find((d) => d.name === '发改委')!.cumulativeSubmitted).toBe(0);
    const dec25 = monthReport({ ...monthData(), month: '2025-12', today: '2026-01-01' });
    expect(dec25.departments.find((d) => d.name === '发改委')!).toMatchObject({
      submitted: 1,
      cumulativeSubmitted: 1,
      points: 1,
    });
  });
});
