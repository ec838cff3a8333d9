/**
 * The office's own 考核办法 (docs/cli.md 3.5, 3.6), each rule alone and all together, every
 * figure worked out by hand in the comments. One unit of November 2026 unless said.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze.js';
import { readConfig, type Config } from '../../src/core/config.js';
import type { Item } from '../../src/core/item.js';
import { toLedgerEntry, type LedgerEntry } from '../../src/core/ledger.js';
import { explain } from '../../src/core/report/explain.js';
import { reportJson } from '../../src/core/report/json.js';
import { monthReport, scoredEvents } from '../../src/core/report/month.js';
import { collectEvents } from '../../src/core/report/events.js';
import { itemText } from '../helpers.js';

const h = (at: string, to: string, from?: string) => `{at: ${at}, by: 编辑, ${from ? `from: ${from}, ` : ''}to: ${to}}`;

function configOf(extra: Record<string, unknown>): Config {
  const base = {
    departments: [{ name: '发改委' }, { name: '财政局' }],
    writers: [
      { name: '张三', department: '发改委' },
      { name: '李四', department: '财政局' },
    ],
    quotas: { department: 1, writer: 1 },
  };
  const { config, findings } = readConfig({ ...base, ...extra });
  expect(findings).toEqual([]);
  return config;
}

/** An item submitted on 11-03, reported on 11-04 and adopted with `adoptions`; `instructions` as YAML lines. */
function item(
  config: Config,
  o: { id: string; department?: string; authors?: string; adoptions?: string[]; instructions?: string[] },
): Item {
  const text = itemText({
    id: o.id,
    status: o.adoptions?.length ? 'adopted' : 'reported',
    department: o.department ?? '发改委',
    authors: o.authors ?? '[张三]',
    created: '2026-11-03',
    history: [
      h('2026-11-03T09:00:00+08:00', 'submitted'),
      h('2026-11-03T10:00:00+08:00', 'approved', 'submitted'),
      h('2026-11-04T09:00:00+08:00', 'reported', 'approved'),
      ...(o.adoptions?.length ? [h('2026-11-05T09:00:00+08:00', 'adopted', 'reported')] : []),
    ],
    extra: [
      ...(o.adoptions ? ['adoptions:', ...o.adoptions.map((a) => `  - ${a}`)] : []),
      ...(o.instructions ? ['instructions:', ...o.instructions.map((i) => `  - ${i}`)] : []),
    ].join('\n'),
  });
  const analysis = analyzeText(text, `items/${o.id}.md`, 'item', { config, templateLines: new Set() });
  expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return analysis.item!;
}

function entry(o: Partial<LedgerEntry> & { id: string; department: string; points: number }): LedgerEntry {
  return toLedgerEntry({ kind: 'late', date: '2026-11-20', note: '迟报', ...o }, `ledger/2026/${o.id}.md`);
}

const month = (config: Config, items: Item[], ledger: LedgerEntry[] = [], m = '2026-11') =>
  monthReport({ items, topics: [], ledger, config, month: m, today: '2026-12-05' });

const unit = (r: ReturnType<typeof month>, name: string) => r.departments.find((d) => d.name === name)!;
const writer = (r: ReturnType<typeof month>, name: string) => r.writers.find((w) => w.name === name)!;

describe('points per named publication (outlets)', () => {
  const config = configOf({
    outlets: [
      { name: '南通信息', level: 'city', form: 'bulletin', points: 6 },
      { name: '江苏政务信息专报', level: 'province', form: 'special' },
    ],
  });

  it('an outlet’s own points replace the level × form table', () => {
    // submitted 1 + 《南通信息》 6 (the table would give city bulletin 5) = 7
    const r = month(config, [
      item(config, { id: '20261103-aaaa', adoptions: ['{outlet: 《南通信息》, date: 2026-11-05}'] }),
    ]);
    expect(unit(r, '发改委').points).toBe(7);
    expect(unit(r, '发改委').adoptions.city).toBe(1);
  });

  it('an outlet without points scores by the table; an unconfigured outlet too', () => {
    // submitted 1 + province special 40 = 41; submitted 1 + city bulletin 5 (《海门信息》 is not configured) = 6
    const a = item(config, { id: '20261103-aaaa', adoptions: ['{outlet: 江苏政务信息专报, date: 2026-11-05}'] });
    const b = item(config, {
      id: '20261103-bbbb',
      department: '财政局',
      authors: '[李四]',
      adoptions: ['{level: city, outlet: 海门信息, date: 2026-11-05}'],
    });
    const r = month(config, [a, b]);
    expect(a.adoptions[0]).toMatchObject({ level: 'province', form: 'special' });
    expect([unit(r, '发改委').points, unit(r, '财政局').points]).toEqual([41, 6]);
  });

  it('a record of another level than the outlet of that name scores by the table', () => {
    // The record says province bulletin: not the city's 《南通信息》 → submitted 1 + province bulletin 20 = 21
    const r = month(config, [
      item(config, { id: '20261103-aaaa', adoptions: ['{level: province, outlet: 南通信息, date: 2026-11-05}'] }),
    ]);
    expect(unit(r, '发改委').points).toBe(21);
    const text = itemText({
      id: '20261103-aaaa',
      status: 'adopted',
      history: [h('2026-11-03T09:00:00+08:00', 'submitted'), h('2026-11-04T09:00:00+08:00', 'adopted', 'submitted')],
      extra: 'adoptions:\n  - {level: province, outlet: 南通信息, date: 2026-11-05}',
    });
    const { problems } = analyzeText(text, 'items/a.md', 'item', { config, templateLines: new Set() });
    expect(problems.filter((p) => p.rule === 'outlet-mismatch').map((p) => [p.severity, p.params.key])).toEqual([
      ['warning', 'adoptions[0]'],
    ]);
  });

  it('an adoption without a level is an error unless its outlet is configured', () => {
    const text = itemText({
      id: '20261103-aaaa',
      status: 'adopted',
      history: [h('2026-11-03T09:00:00+08:00', 'submitted'), h('2026-11-04T09:00:00+08:00', 'adopted', 'submitted')],
      extra: 'adoptions:\n  - {outlet: 人民日报内参, date: 2026-11-05}\n  - {outlet: 南通信息, date: 2026-11-06}',
    });
    const { problems } = analyzeText(text, 'items/a.md', 'item', { config, templateLines: new Set() });
    expect(problems.filter((p) => p.rule === 'field-required').map((p) => [p.rule, p.params.key])).toEqual([
      ['field-required', 'adoptions[0].level'],
    ]);
  });
});

describe('简讯, reporting upward, instructions once per level', () => {
  it('a 简讯 earns scoring.brief of its points (default 0.5)', () => {
    const config = configOf({});
    // submitted 1 + city bulletin 5 × 0.5 = 3.5
    const r = month(config, [
      item(config, { id: '20261103-aaaa', adoptions: ['{level: city, date: 2026-11-05, brief: true}'] }),
    ]);
    expect(unit(r, '发改委').points).toBe(3.5);
    const configured = configOf({ scoring: { brief: 0.2 } });
    const again = month(configured, [
      item(configured, { id: '20261103-aaaa', adoptions: ['{level: city, date: 2026-11-05, brief: true}'] }),
    ]);
    expect(unit(again, '发改委').points).toBe(2); // 1 + 5 × 0.2
  });

  it('scoring.reported pays each item reported upward, adopted or not', () => {
    const config = configOf({ scoring: { reported: 3 } });
    // submitted 1 + reported 3 = 4
    const r = month(config, [item(config, { id: '20261103-aaaa' })]);
    expect(unit(r, '发改委').points).toBe(4);
    expect(r.totals.reported).toBe(1);
  });

  it('instructionOncePerLevel: several 批示 of one level on one item count once, each level once', () => {
    const instructions = [
      '{leader: 王市长, level: city, date: 2026-11-07, text: 阅}',
      '{leader: 李副市长, level: city, date: 2026-11-06, text: 好}',
      '{leader: 赵副省长, level: province, date: 2026-11-08, text: 推广}',
    ];
    const once = configOf({ scoring: { instructionOncePerLevel: true } });
    const every = configOf({});
    // once: submitted 1 + city 10 + province 50 = 61; every: 1 + 10 + 10 + 50 = 71
    const r = month(once, [item(once, { id: '20261103-aaaa', instructions })]);
    expect(unit(r, '发改委')).toMatchObject({ points: 61, instructions: 3 });
    expect(unit(month(every, [item(every, { id: '20261103-aaaa', instructions })]), '发改委').points).toBe(71);
    // The earlier 批示 of the level is the one that scores, whatever the order in the file.
    const lines = explain(r, '发改委')!.lines.filter((l) => l.event === 'instruction');
    expect(lines.map((l) => [l.date, l.earned, l.note])).toEqual([
      ['2026-11-06', 10, null],
      ['2026-11-07', 0, 'repeat-level'],
      ['2026-11-08', 50, null],
    ]);
  });

  it('a repeat of one level in a later month earns nothing there either', () => {
    const config = configOf({ scoring: { instructionOncePerLevel: true } });
    const a = item(config, {
      id: '20261103-aaaa',
      instructions: [
        '{leader: 甲, level: city, date: 2026-11-07, text: 阅}',
        '{leader: 乙, level: city, date: 2026-12-02, text: 阅}',
      ],
    });
    expect(unit(month(config, [a], [], '2026-12'), '发改委')).toMatchObject({ points: 0, instructions: 1 });
  });
});

describe('quota bonus', () => {
  it('a unit that submits its quota earns quotaMet once that month; below it, nothing', () => {
    const config = configOf({
      scoring: { quotaMet: 10 },
      departments: [{ name: '发改委', quota: 2 }, { name: '财政局' }],
    });
    const items = [
      item(config, { id: '20261103-aaaa' }),
      item(config, { id: '20261103-bbbb' }),
      item(config, { id: '20261103-cccc', department: '财政局', authors: '[李四]' }),
    ];
    // 发改委: 2 submitted of 2 → 2 + 10 = 12; 财政局: 1 of the default 1 → 1 + 10 = 11
    const r = month(config, items);
    expect([unit(r, '发改委'), unit(r, '财政局')].map((d) => [d.points, d.quotaBonus])).toEqual([
      [12, 10],
      [11, 10],
    ]);
    // Writers are scored as before: no bonus
    expect(writer(r, '张三').points).toBe(2);
    const short = month(config, items.slice(1));
    expect(unit(short, '发改委')).toMatchObject({ points: 1, quotaBonus: 0 });
  });

  it('a unit’s quota comes from its group when it has none, and quota 0 earns no bonus for nothing', () => {
    const config = configOf({
      scoring: { quotaMet: 5 },
      groups: [
        { name: '一类', quota: 3 },
        { name: '二类', quota: 0 },
      ],
      departments: [
        { name: '发改委', group: '一类' },
        { name: '财政局', group: '二类' },
      ],
    });
    const r = month(config, [item(config, { id: '20261103-aaaa' })]);
    expect(unit(r, '发改委')).toMatchObject({ quota: 3, quotaBonus: 0 });
    expect(unit(r, '财政局')).toMatchObject({ quota: 0, quotaBonus: 0 });
  });

  it('counts in the cumulative figures month by month', () => {
    const config = configOf({ scoring: { quotaMet: 10 } });
    const october = itemText({
      id: '20261010-oooo',
      created: '2026-10-10',
      status: 'submitted',
      history: [h('2026-10-10T09:00:00+08:00', 'submitted')],
    });
    const items = [
      analyzeText(october, 'items/o.md', 'item', { config, templateLines: new Set() }).item!,
      item(config, { id: '20261103-aaaa' }),
    ];
    // October 1 + 10, November 1 + 10: cumulative 22
    expect(unit(month(config, items), '发改委')).toMatchObject({ points: 11, cumulativePoints: 22 });
    const bonus = scoredEvents(collectEvents(items, [], [], config, '2026-12-05'), config, {
      from: '2026-10',
      to: '2026-11',
    }).filter((e) => e.kind === 'quota');
    expect(bonus.map((e) => [e.date, e.departments[0]])).toEqual([
      ['2026-10-31', '发改委'],
      ['2026-11-30', '发改委'],
    ]);
  });
});

describe('the ledger', () => {
  const config = configOf({});

  it('adds its points to the department and to the writer it names; totals say how much', () => {
    const items = [item(config, { id: '20261103-aaaa' })];
    const ledger = [
      entry({ id: '20261120-l001', department: '发改委', author: '张三', points: -5 }),
      entry({ id: '20261125-l002', department: '财政局', kind: 'commended', points: 5, date: '2026-11-25' }),
      entry({ id: '20261205-l003', department: '财政局', points: -10, date: '2026-12-05' }), // not this month
    ];
    const r = month(config, items, ledger);
    // 发改委: submitted 1 − 5 = −4; 张三 likewise; 财政局: + 5
    expect(unit(r, '发改委')).toMatchObject({ points: -4, adjustments: -5, rank: 2 });
    expect(unit(r, '财政局')).toMatchObject({ points: 5, adjustments: 5, rank: 1 });
    expect(writer(r, '张三')).toMatchObject({ points: -4, fee: -40 });
    expect(writer(r, '李四').points).toBe(0);
    expect(r.totals).toMatchObject({ points: 1, adjustments: 0 });
    expect(reportJson(r, '').ledger).toEqual([
      {
        id: '20261120-l001',
        department: '发改委',
        author: '张三',
        kind: 'late',
        points: -5,
        date: '2026-11-20',
        note: '迟报',
        item: null,
      },
      {
        id: '20261125-l002',
        department: '财政局',
        author: null,
        kind: 'commended',
        points: 5,
        date: '2026-11-25',
        note: '迟报',
        item: null,
      },
    ]);
    expect(explain(r, '发改委')!.lines.map((l) => [l.event, l.id, l.earned, l.kind])).toEqual([
      ['submitted', '20261103-aaaa', 1, null],
      ['reported', '20261103-aaaa', 0, null],
      ['ledger', '20261120-l001', -5, 'late'],
    ]);
  });

  it('取消评优 bars the department from the date on, for the rest of the year', () => {
    const barred = [
      entry({ id: '20261108-l001', department: '发改委', points: -10, date: '2026-11-08', disqualify: true }),
    ];
    expect(unit(month(config, [], barred), '发改委').disqualified).toBe(true);
    expect(unit(month(config, [], barred, '2026-12'), '发改委').disqualified).toBe(true);
    expect(unit(month(config, [], barred, '2026-10'), '发改委').disqualified).toBe(false);
    expect(unit(month(config, [], barred, '2027-01'), '发改委').disqualified).toBe(false);
  });
});

describe('groups', () => {
  it('ranks each group on its own, ties sharing, the ungrouped among themselves', () => {
    const config = configOf({
      groups: [{ name: '一类' }, { name: '二类' }],
      departments: [
        { name: '甲', group: '一类' },
        { name: '乙', group: '一类' },
        { name: '丙', group: '二类' },
        { name: '丁', group: '一类' },
        { name: '戊' },
      ],
    });
    const ledger = [
      entry({ id: '20261101-l001', department: '甲', kind: 'commended', points: 5 }),
      entry({ id: '20261101-l002', department: '乙', kind: 'commended', points: 5 }),
      entry({ id: '20261101-l003', department: '丁', kind: 'commended', points: 2 }),
      entry({ id: '20261101-l004', department: '丙', kind: 'commended', points: 1 }),
    ];
    const r = month(config, [], ledger);
    expect(r.departments.map((d) => [d.name, d.group, d.points, d.rank, d.groupRank])).toEqual([
      ['甲', '一类', 5, 1, 1],
      ['乙', '一类', 5, 1, 1],
      ['丙', '二类', 1, 4, 1],
      ['丁', '一类', 2, 3, 3],
      ['戊', null, 0, 5, 1],
    ]);
    expect(r.method.groups).toEqual(['一类', '二类']);
  });
});

describe('every rule at once', () => {
  /*
   * A joint item of 发改委 and 财政局 (张三, 李四), adopted as a 简讯 by 《南通信息》 (6 points),
   * with two city 批示, counted once; each unit met its quota (1) and 发改委 has a deduction.
   *   item: submitted 1 + reported 0 + 南通信息 6 × 0.5 = 3 + city 批示 10 + second city 批示 0 = 14 → 7 each
   *   quota bonus 3 each; ledger 发改委 (张三) −5
   *   发改委 7 + 3 − 5 = 5; 财政局 7 + 3 = 10; 张三 7 − 5 = 2; 李四 7; total 14 + 6 − 5 = 15
   */
  const config = configOf({
    outlets: [{ name: '南通信息', level: 'city', form: 'bulletin', points: 6 }],
    scoring: { brief: 0.5, instructionOncePerLevel: true, quotaMet: 3 },
  });
  const joint = item(config, {
    id: '20261103-jjjj',
    department: '[发改委, 财政局]',
    authors: '[张三, 李四]',
    adoptions: ['{outlet: 南通信息, date: 2026-11-05, brief: true}'],
    instructions: [
      '{leader: 王市长, level: city, date: 2026-11-06, text: 阅}',
      '{leader: 李副市长, level: city, date: 2026-11-07, text: 阅}',
    ],
  });
  const ledger = [entry({ id: '20261120-l001', department: '发改委', author: '张三', points: -5 })];
  const r = month(config, [joint], ledger);

  it('gives each unit and writer the hand-computed points', () => {
    expect(unit(r, '发改委')).toMatchObject({ points: 5, quotaBonus: 3, adjustments: -5, rank: 2, instructions: 2 });
    expect(unit(r, '财政局')).toMatchObject({ points: 10, quotaBonus: 3, adjustments: 0, rank: 1 });
    expect([writer(r, '张三').points, writer(r, '李四').points]).toEqual([2, 7]);
    expect(r.totals).toMatchObject({ submitted: 1, adoptions: 1, instructions: 2, points: 15, adjustments: -5 });
  });

  it('explains every point of 发改委, ledger and bonus lines included, summing to its figure', () => {
    const x = explain(r, '发改委')!;
    expect(x.lines.map((l) => [l.date, l.event, l.points, l.earned, l.note, l.outlet])).toEqual([
      ['2026-11-03', 'submitted', 1, 0.5, null, null],
      ['2026-11-04', 'reported', 0, 0, null, null],
      ['2026-11-05', 'adoption', 3, 1.5, 'brief', '南通信息'],
      ['2026-11-06', 'instruction', 10, 5, null, null],
      ['2026-11-07', 'instruction', 0, 0, 'repeat-level', null],
      ['2026-11-20', 'ledger', -5, -5, null, null],
      ['2026-11-30', 'quota', 3, 3, null, null],
    ]);
    expect(x.lines.reduce((sum, l) => sum + l.earned, 0)).toBe(x.points);
  });
});
