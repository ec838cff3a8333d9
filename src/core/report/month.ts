/**
 * The notice of a period (月度、季度、年度通报): every unit's and writer's figures for whole
 * calendar months in the configured zone, with cumulative figures from 1 January of the
 * period's last year. Pure: items, topics, the ledger, the config and today's date in, the
 * finished model out. A month is the period of one (`period.ts`).
 */
import { quotaOf, type Config } from '../config.js';
import type { Item } from '../item.js';
import { byDate, type LedgerEntry } from '../ledger.js';
import { answerOf, type Topic, type TopicAnswer } from '../topic.js';
import { collectEvents, type ReportEvent } from './events.js';
import type { DepartmentRow, LedgerRow, Method, MonthReport, Totals, WriterRow } from './model.js';
import { awardsOf } from './awards.js';
import { cumulativeOf, inPeriod, monthPeriod, monthsOf, spanOf, type Period, type ReportPeriod } from './period.js';
import { ratio, round2 } from './points.js';
import { quotaEvents } from './quota.js';
import { ranks } from './rank.js';
import { adoptedRows, countBy, topicRows, trendOf, trendOver } from './sections.js';
import { tallyBy, tallyOf } from './tally.js';
import { departmentNames, writerUnits } from './units.js';

export interface PeriodInput {
  items: readonly Item[];
  topics: readonly Topic[];
  /**
   * What the items naming a topic say of it (their heads hold it): topic progress needs
   * these of every year, the rest only the items of the month's year. From `items` when absent.
   */
  answers?: readonly TopicAnswer[];
  /** The ledger's valid entries (of any date). */
  ledger?: readonly LedgerEntry[];
  config: Config;
  period: ReportPeriod;
  /** Today in the configured zone: a solicitation is missed only once its due date has passed. */
  today: string;
}

export interface MonthInput extends Omit<PeriodInput, 'period'> {
  /** `YYYY-MM`. */
  month: string;
}

export const inMonth = (month: string) => inPeriod(monthPeriod(month));

export function totalsOf(events: readonly ReportEvent[]): Totals {
  const count = (test: (e: ReportEvent) => boolean) => events.filter(test).length;
  const sum = (test: (e: ReportEvent) => boolean) =>
    round2(events.reduce((total, e) => total + (test(e) && e.departments.length ? e.points : 0), 0));
  return {
    submitted: count((e) => e.kind === 'submitted'),
    published: count((e) => e.kind === 'published'),
    reported: count((e) => e.kind === 'reported'),
    adoptions: count((e) => e.kind === 'adoption'),
    special: count((e) => e.kind === 'adoption' && e.form === 'special'),
    instructions: count((e) => e.kind === 'instruction'),
    points: sum(() => true),
    adjustments: sum((e) => e.kind === 'ledger'),
  };
}

/** Ranks within each group; departments without a group rank among themselves. */
function groupRanks(rows: readonly { group: string | null; points: number }[]): number[] {
  const out: number[] = [];
  for (const group of new Set(rows.map((r) => r.group))) {
    const members = rows.flatMap((r, i) => (r.group === group ? [i] : []));
    const rank = ranks(members.map((i) => rows[i]!.points));
    members.forEach((row, n) => {
      out[row] = rank[n]!;
    });
  }
  return out;
}

/** `months`: how many months the period has; a quota is monthly, so it counts that many times. */
export function departmentRows(
  config: Config,
  periodEvents: ReportEvent[],
  cumulativeEvents: ReportEvent[],
  months = 1,
): DepartmentRow[] {
  const period = tallyBy(periodEvents, 'department');
  const year = tallyBy(cumulativeEvents, 'department');
  const groupOf = new Map(config.departments.map((d) => [d.name, d.group ?? null]));
  const rows = departmentNames(config, cumulativeEvents).map((name) => {
    const m = tallyOf(period, name);
    const quota = quotaOf(config, 'department', name) * months;
    return {
      name,
      submitted: m.submitted,
      cumulativeSubmitted: tallyOf(year, name).submitted,
      adoptions: m.adoptions,
      special: m.special,
      instructions: m.instructions,
      rate: ratio(m.adoptedItems.size, m.submitted),
      points: round2(m.points),
      cumulativePoints: round2(tallyOf(year, name).points),
      rank: 0,
      quota,
      completion: ratio(m.submitted, quota),
      group: groupOf.get(name) ?? null,
      groupRank: 0,
      adjustments: round2(m.adjustments),
      quotaBonus: round2(m.quotaBonus),
      disqualified: tallyOf(year, name).disqualified,
    };
  });
  const rank = ranks(rows.map((r) => r.points));
  const inGroup = groupRanks(rows);
  return rows.map((row, i) => ({ ...row, rank: rank[i]!, groupRank: inGroup[i]! }));
}

export function writerRows(
  config: Config,
  periodEvents: ReportEvent[],
  cumulativeEvents: ReportEvent[],
  months = 1,
): WriterRow[] {
  const period = tallyBy(periodEvents, 'writer');
  return writerUnits(config, cumulativeEvents).map(({ name, department }) => {
    const m = tallyOf(period, name);
    const quota = quotaOf(config, 'writer', name) * months;
    const points = round2(m.points);
    return {
      name,
      department,
      quota,
      submitted: m.submitted,
      completion: ratio(m.submitted, quota),
      points,
      fee: round2(points * config.fees.perPoint),
    };
  });
}

function answersOf(items: readonly Item[]): TopicAnswer[] {
  return items.filter((item) => item.topic !== null).map(answerOf);
}

/**
 * Every event from the start of the cumulative span to the period's end, with the quota
 * bonus of each of those months (it depends on the month's submissions, so it comes last).
 */
export function scoredEvents(base: readonly ReportEvent[], config: Config, period: Period): ReportEvent[] {
  const span = spanOf(period, cumulativeOf(period));
  const events = base.filter(inPeriod(span));
  return [...events, ...quotaEvents(events, config, monthsOf(span), departmentNames(config, events))];
}

export function ledgerRows(entries: readonly LedgerEntry[], period: Period, items: readonly Item[]): LedgerRow[] {
  const titles = new Map(items.map((item) => [item.id, item.title]));
  return entries
    .filter(inPeriod(period))
    .sort(byDate)
    .map((entry) => ({ ...entry, itemTitle: entry.item ? (titles.get(entry.item) ?? null) : null }));
}

function methodOf(config: Config, ledger: readonly LedgerEntry[]): Method {
  return {
    groups: config.groups.map((g) => g.name),
    quotaBonus: config.scoring.quotaMet !== 0,
    ledger: ledger.length > 0,
  };
}

export function monthReport({ month, ...input }: MonthInput): MonthReport {
  return periodReport({ ...input, period: { ...monthPeriod(month), kind: 'month' } });
}

export function periodReport({
  items,
  topics,
  answers = answersOf(items),
  ledger = [],
  config,
  period,
  today,
}: PeriodInput): MonthReport {
  const events = scoredEvents(collectEvents(items, topics, answers, config, today, ledger), config, period);
  const yearEvents = events.filter(inPeriod(cumulativeOf(period)));
  const periodEvents = events.filter(inPeriod(period));
  const submittedItems = periodEvents.filter((e) => e.kind === 'submitted').map((e) => e.item!);
  const months = monthsOf(period);
  const departments = departmentRows(config, periodEvents, yearEvents, months.length);
  const writers = writerRows(config, periodEvents, yearEvents, months.length);
  const configured = new Set(config.departments.map((d) => d.name));
  const report: MonthReport = {
    month: period.to,
    period,
    zero: departments.filter((d) => configured.has(d.name) && d.submitted === 0).map((d) => d.name),
    office: config.office,
    issued: today,
    totals: totalsOf(periodEvents),
    departments,
    writers,
    categories: countBy(
      'category',
      submittedItems.map((i) => i.category),
    ),
    sources: countBy(
      'source',
      submittedItems.map((i) => i.source),
    ),
    adopted: adoptedRows(periodEvents),
    topics: topicRows(topics, answers, config.timezone, period, today),
    trend: period.kind === 'month' ? trendOf(yearEvents, period.to) : trendOver(events, months),
    events: periodEvents,
    unleveled: periodEvents.filter((e) => e.noLevel).length,
    ledger: ledgerRows(ledger, period, items),
    method: methodOf(config, ledger),
  };
  if (period.kind === 'year') report.awards = awardsOf(config, departments, writers, ledger, period.to.slice(0, 4));
  return report;
}
