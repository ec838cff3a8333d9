/**
 * The month notice (月度通报): every unit's and writer's figures for one calendar month in
 * the configured zone, with cumulative figures from 1 January. Pure: items, topics, the
 * config and today's date in, the finished model out.
 */
import { quotaOf, type Config } from '../config.js';
import type { Item } from '../item.js';
import { answerOf, type Topic, type TopicAnswer } from '../topic.js';
import { collectEvents, type ReportEvent } from './events.js';
import type { DepartmentRow, MonthReport, Totals, WriterRow } from './model.js';
import { ratio, round2 } from './points.js';
import { ranks } from './rank.js';
import { adoptedRows, countBy, topicRows, trendOf } from './sections.js';
import { tallyBy, tallyOf } from './tally.js';
import { departmentNames, writerUnits } from './units.js';

export interface MonthInput {
  items: readonly Item[];
  topics: readonly Topic[];
  /**
   * What the items naming a topic say of it (their heads hold it): topic progress needs
   * these of every year, the rest only the items of the month's year. From `items` when absent.
   */
  answers?: readonly TopicAnswer[];
  config: Config;
  /** `YYYY-MM`. */
  month: string;
  /** Today in the configured zone: a solicitation is missed only once its due date has passed. */
  today: string;
}

export const inMonth = (month: string) => (e: ReportEvent) => e.date.slice(0, 7) === month;
const inYearTo = (month: string) => (e: ReportEvent) =>
  e.date.slice(0, 4) === month.slice(0, 4) && e.date.slice(0, 7) <= month;

function totalsOf(events: readonly ReportEvent[]): Totals {
  const count = (test: (e: ReportEvent) => boolean) => events.filter(test).length;
  return {
    submitted: count((e) => e.kind === 'submitted'),
    published: count((e) => e.kind === 'published'),
    reported: count((e) => e.kind === 'reported'),
    adoptions: count((e) => e.kind === 'adoption'),
    special: count((e) => e.kind === 'adoption' && e.form === 'special'),
    instructions: count((e) => e.kind === 'instruction'),
    points: round2(events.reduce((sum, e) => sum + (e.departments.length ? e.points : 0), 0)),
  };
}

function departmentRows(config: Config, monthEvents: ReportEvent[], yearEvents: ReportEvent[]): DepartmentRow[] {
  const month = tallyBy(monthEvents, 'department');
  const year = tallyBy(yearEvents, 'department');
  const rows = departmentNames(config, yearEvents).map((name) => {
    const m = tallyOf(month, name);
    const quota = quotaOf(config, 'department', name);
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
    };
  });
  const rank = ranks(rows.map((r) => r.points));
  return rows.map((row, i) => ({ ...row, rank: rank[i]! }));
}

function writerRows(config: Config, monthEvents: ReportEvent[], yearEvents: ReportEvent[]): WriterRow[] {
  const month = tallyBy(monthEvents, 'writer');
  return writerUnits(config, yearEvents).map(({ name, department }) => {
    const m = tallyOf(month, name);
    const quota = quotaOf(config, 'writer', name);
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

export function monthReport({
  items,
  topics,
  answers = answersOf(items),
  config,
  month,
  today,
}: MonthInput): MonthReport {
  const events = collectEvents(items, topics, answers, config, today);
  const yearEvents = events.filter(inYearTo(month));
  const monthEvents = yearEvents.filter(inMonth(month));
  const submittedItems = monthEvents.filter((e) => e.kind === 'submitted').map((e) => e.item!);
  return {
    month,
    office: config.office,
    issued: today,
    totals: totalsOf(monthEvents),
    departments: departmentRows(config, monthEvents, yearEvents),
    writers: writerRows(config, monthEvents, yearEvents),
    categories: countBy(
      'category',
      submittedItems.map((i) => i.category),
    ),
    sources: countBy(
      'source',
      submittedItems.map((i) => i.source),
    ),
    adopted: adoptedRows(monthEvents),
    topics: topicRows(topics, answers, config.timezone, month, today),
    trend: trendOf(yearEvents, month),
    events: monthEvents,
    unleveled: monthEvents.filter((e) => e.noLevel).length,
  };
}
