/**
 * The events a month notice counts, each dated in the configured zone and carrying the
 * points it earns before any split. Everything the notice shows is a sum over these, so
 * `--explain` can list the very lines a total is made of.
 */
import type { Config } from '../config.js';
import type { Item } from '../item.js';
import { localDate } from '../local-date.js';
import { answersByTopic, progressOf, type Topic, type TopicAnswer } from '../topic.js';
import { firstMoveInto } from '../workflow.js';
import { adoptionPoints, instructionPoints } from './points.js';

export type EventKind = 'submitted' | 'published' | 'reported' | 'adoption' | 'instruction' | 'missed';

export interface ReportEvent {
  kind: EventKind;
  /** `YYYY-MM-DD` in the configured zone. */
  date: string;
  /** The item it concerns; null for a missed solicitation. */
  item: Item | null;
  /** The solicitation a `missed` event charges. */
  topic: Topic | null;
  /** Who shares the points: the item's departments, or the one asked department. */
  departments: readonly string[];
  authors: readonly string[];
  /** Points before the split between departments or authors. */
  points: number;
  level?: string;
  form?: string;
  outlet?: string;
  leader?: string;
  /** An instruction without a level scores nothing; the notice says so. */
  noLevel?: boolean;
}

const MOVES = ['submitted', 'published', 'reported'] as const;

/**
 * Every dated event of one item: first moves, adoption records, instruction records. Each
 * event is written out whole, keys in the same order as ever: a spread of shared fields
 * (`{ ...base, kind }`) is many times slower, which a year of a large workspace feels.
 */
export function itemEvents(item: Item, config: Config): ReportEvent[] {
  const zone = config.timezone;
  const { departments, authors } = item;
  const out: ReportEvent[] = [];
  for (const kind of MOVES) {
    const entry = firstMoveInto(item.history, kind);
    if (!entry) continue;
    const points = kind === 'reported' ? 0 : config.scoring[kind];
    out.push({ item, topic: null, departments, authors, kind, date: localDate(String(entry.at), zone), points });
  }
  for (const a of item.adoptions) {
    const points = adoptionPoints(config.scoring, a.level, a.form);
    const date = localDate(a.date, zone);
    out.push({
      item,
      topic: null,
      departments,
      authors,
      kind: 'adoption',
      date,
      points,
      level: a.level,
      form: a.form,
      outlet: a.outlet ?? '',
    });
  }
  for (const i of item.instructions) {
    const level = i.level ?? undefined;
    const points = instructionPoints(config.scoring, level);
    const date = localDate(i.date, zone);
    const event: ReportEvent = level
      ? { item, topic: null, departments, authors, kind: 'instruction', date, points, leader: i.leader, level }
      : { item, topic: null, departments, authors, kind: 'instruction', date, points, leader: i.leader, noLevel: true };
    out.push(event);
  }
  return out;
}

/**
 * A solicitation charges each asked department that had not answered by the due date,
 * in the month of that date, once the date has passed.
 */
export function missedEvents(
  topics: readonly Topic[],
  answers: readonly TopicAnswer[],
  config: Config,
  today: string,
): ReportEvent[] {
  const out: ReportEvent[] = [];
  const points = config.scoring.solicitationMissed;
  const byTopic = answersByTopic(answers);
  for (const topic of topics) {
    if (!(topic.due < today)) continue;
    const { missing } = progressOf(topic, byTopic.get(topic.id) ?? [], config.timezone, today, topic.due);
    for (const name of missing) {
      out.push({ kind: 'missed', date: topic.due, item: null, topic, departments: [name], authors: [], points });
    }
  }
  return out;
}

export function collectEvents(
  items: readonly Item[],
  topics: readonly Topic[],
  answers: readonly TopicAnswer[],
  config: Config,
  today: string,
): ReportEvent[] {
  return [...items.flatMap((item) => itemEvents(item, config)), ...missedEvents(topics, answers, config, today)];
}

/** The share of an event's points that falls to one department or one author. */
export function shareOf(event: ReportEvent, who: 'department' | 'writer'): number {
  const among = new Set(who === 'department' ? event.departments : event.authors).size;
  return among ? 1 / among : 0;
}
