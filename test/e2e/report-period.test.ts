/**
 * `info report --quarter | --year | --from/--to` over test/fixtures/periods.ts: the turn of
 * 2026 into 2027 counted in the office's zone, the year's awards, and the flags' usage errors.
 */
import { describe, expect, it } from 'vitest';
import { PERIOD_CONFIG, PERIOD_FILES } from '../fixtures/periods.js';
import { cli, spawnCli, workspace } from '../helpers.js';

const NOW = { INFO_NOW: '2027-04-02T10:00:00+08:00' };
const fixture = () => workspace(PERIOD_FILES, PERIOD_CONFIG);
const run = async (root: string, args: string[]) => cli(['report', '--dir', root, ...args], { env: NOW });
const json = async (root: string, args: string[]) => {
  const result = await run(root, [...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};
type Row = {
  name: string;
  submitted: number;
  points: number;
  cumulativePoints: number;
  groupRank: number;
  rate: number | null;
};
const figures = (rows: Row[]) =>
  Object.fromEntries(rows.map((d) => [d.name, [d.submitted, d.points, d.cumulativePoints]]));

describe('info report --year', () => {
  it('counts 31 December 23:50 in the old year, and an adoption dated 1 January in the new one', async () => {
    const y = await json(fixture(), ['--year', '2026']);
    expect(y.period).toEqual({ from: '2026-01', to: '2026-12', label: '2026年度' });
    expect(y.month).toBeUndefined();
    expect(y.totals).toMatchObject({ submitted: 6, adoptions: 3, points: 30, adjustments: -5 });
    // [submitted, points, cumulativePoints]: 乙局 1 + 1 + 5, 丙局 1 + 4 + 1 + 1, 甲局 1 + 20 − 5
    expect(figures(y.departments)).toEqual({
      甲局: [1, 16, 16],
      乙局: [2, 7, 7],
      丙局: [3, 7, 7],
      丁镇: [0, 0, 0],
      戊镇: [0, 0, 0],
    });
    expect(y.zero).toEqual(['丁镇', '戊镇']);
    expect(y.departments.find((d: Row) => d.name === '乙局').rate).toBe(0.5);
  });

  it('names the awards: the barred unit left out, its reason given, the tie at the cut-off both named', async () => {
    const { awards } = await json(fixture(), ['--year', '2026']);
    expect(awards.departments).toEqual([
      { name: '乙局', group: '一类', points: 7, rank: 1 },
      { name: '丙局', group: '一类', points: 7, rank: 1 },
    ]);
    expect(awards.writers).toEqual([
      { name: '李二', department: '乙局', points: 7, rank: 1 },
      { name: '王三', department: '丙局', points: 7, rank: 1 },
    ]);
    expect(awards.disqualified).toEqual([
      { name: '甲局', date: '2026-08-01', kind: 'missed', note: '瞒报重大突发事件' },
    ]);
    const text = (await run(fixture(), ['--year', '2026'])).stdout;
    expect(text).toContain('# 关于2026年度政务信息工作情况的通报');
    expect(text).toContain('## 三、年度先进单位和先进个人');
    expect(text).toContain('先进单位（一类）：乙局（7分）、丙局（7分）。');
    expect(text).toContain('先进单位（二类）：无。');
    expect(text).toContain('先进个人：李二（乙局，7分）、王三（丙局，7分）。');
    expect(text).toContain('甲局因漏报（8月1日，瞒报重大突发事件）取消年度评优资格，不参加评选。');
    expect(text).toContain('本年度零报送单位：丁镇、戊镇。');
  });

  it('the new year: the 1 January adoption and the item of 00:10 on 1 January', async () => {
    const y = await json(fixture(), ['--year', '2027']);
    expect(y.totals).toMatchObject({ submitted: 1, adoptions: 1, points: 6 });
    expect(figures(y.departments).乙局).toEqual([0, 5, 5]);
    expect(figures(y.departments).丁镇).toEqual([1, 1, 1]);
    expect(y.departments.find((d: Row) => d.name === '乙局').rate).toBeNull();
    expect(y.awards.departments).toEqual([
      { name: '乙局', group: '一类', points: 5, rank: 1 },
      { name: '丁镇', group: '二类', points: 1, rank: 1 },
    ]);
    expect(y.awards.disqualified).toEqual([]);
  });
});

describe('info report --quarter and --from/--to', () => {
  it('2026-Q4: October to December, cumulative from January', async () => {
    const q = await json(fixture(), ['--quarter', '2026-Q4']);
    expect(q.period).toEqual({ from: '2026-10', to: '2026-12', label: '2026年第四季度' });
    expect(q.awards).toBeUndefined();
    expect(figures(q.departments)).toMatchObject({ 甲局: [0, 0, 16], 乙局: [1, 1, 7], 丙局: [3, 7, 7] });
    expect(q.zero).toEqual(['甲局', '丁镇', '戊镇']);
    expect(q.adopted.map((a: { id: string }) => a.id)).toEqual(['20261010-ii04']);
  });

  it('2027-Q1 in a process whose TZ is Los Angeles: the same figures', async () => {
    const root = fixture();
    const result = await spawnCli(['report', '--quarter', '2027-q1', '--json', '--dir', root], {
      env: { ...NOW, TZ: 'America/Los_Angeles' },
    });
    expect(result.code).toBe(0);
    const q = JSON.parse(result.stdout);
    expect(q.period.label).toBe('2027年第一季度');
    expect(q.totals).toMatchObject({ submitted: 1, adoptions: 1, points: 6 });
    expect(q.adopted).toEqual([
      { id: '20261231-ii02', title: '乙局的信息ii02', level: 'city', form: 'bulletin', outlet: '', date: '2027-01-01' },
    ]);
  });

  it('a range across the new year: cumulative from January of its last year', async () => {
    const r = await json(fixture(), ['--from', '2026-12', '--to', '2027-01']);
    expect(r.period).toEqual({ from: '2026-12', to: '2027-01', label: '2026年12月至2027年1月' });
    expect(r.totals).toMatchObject({ submitted: 3, adoptions: 1, points: 8 });
    expect(figures(r.departments)).toMatchObject({ 乙局: [1, 6, 5], 丙局: [1, 1, 0], 丁镇: [1, 1, 1] });
    const zh = await run(fixture(), ['--from', '2026-12', '--to', '2027-01']);
    // Across two years a date in the text says its year.
    expect(zh.stdout).toContain('1. 《乙局的信息ii02》（乙局）：市刊物，2027年1月1日');
    const en = await run(fixture(), ['--from', '2026-12', '--to', '2027-01', '--lang', 'en']);
    expect(en.stdout).toContain('# Information work notice for December 2026 – January 2027');
  });

  it('--explain lists the period’s lines with the notice’s total', async () => {
    const result = await run(fixture(), ['--year', '2026', '--explain', '甲局']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('甲局（单位）2026年度得分明细');
    expect(result.stdout).toContain('合计 16 分');
    const x = JSON.parse((await run(fixture(), ['--quarter', '2026-Q4', '--explain', '丙局', '--json'])).stdout);
    expect(x.period).toEqual({ from: '2026-10', to: '2026-12' });
    expect(x.events.map((e: { earned: number }) => e.earned)).toEqual([1, 0, 4, 1, 1]); // its reported move scores 0
    // A name the notice does not hold: the names it does, whatever the period (not "this month").
    const unknown = await run(fixture(), ['--quarter', '2026-Q4', '--explain', '戊局']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('这份通报中的单位和信息员：');
    expect(unknown.stderr).not.toContain('本月');
  });

  it.each(['html', 'csv', 'docx'])('writes --format %s', async (format) => {
    const result = await run(fixture(), ['--quarter', '2026-Q4', '--format', format]);
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(100);
  });

  it('the HTML trend chart covers the period’s months', async () => {
    const html = (await run(fixture(), ['--quarter', '2026-Q4', '--format', 'html'])).stdout;
    expect(html).toContain('<title>关于2026年第四季度政务信息报送采用情况的通报</title>');
    expect(html).toContain('2026年第四季度逐月报送与采用');
    const trend = html.slice(html.indexOf('2026年第四季度逐月报送与采用'));
    expect(trend).toContain('10月');
    expect(trend).toContain('12月');
    expect(trend).not.toContain('>9月<');
  });
});

describe('info report: period flags that cannot work', () => {
  it.each([
    [['--quarter', '2026-Q5'], '--quarter'],
    [['--quarter', '2026-4'], '--quarter'],
    [['--year', '26'], '--year'],
    [['--from', '2026-12', '--to', '2026-10'], '--from 2026-12 is after --to 2026-10'],
    [['--from', '2026-10'], '--from needs --to'],
    [['--to', '2026-10'], '--to needs --from'],
    [['--year', '2026', '--month', '2026-11'], '--month, --year cannot be used together'],
    [['--quarter', '2026-Q1', '--from', '2026-01', '--to', '2026-02'], '--quarter, --from, --to'],
    [['--year', '2026', '--issue'], '--year and --issue'],
  ])('%j: exit 2 naming the flag', async (args, words) => {
    const result = await cli(['report', '--lang', 'en', '--dir', fixture(), ...args], { env: NOW });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(words);
    expect(result.stdout).toBe('');
  });
});
