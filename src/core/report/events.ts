/**
 * The events a month notice counts, each dated in the configured zone and carrying the
 * points it earns before any split. Everything the notice shows is a sum over these, so
 * `--explain` can list the very lines a total is made of.
 */
import type { Config } from '../config.js';
import type { Instruction, Item } from '../item.js';
import type { LedgerEntry } from '../ledger.js';
import { localDate } from '../local-date.js';
import { outletOf } from '../outlets.js';
import { answersByTopic, progressOf, type Topic, type TopicAnswer } from '../topic.js';
import { firstMoveInto } from '../workflow.js';
import { adoptionPoints, instructionPoints } from './points.js';

export type EventKind =
  | 'submitted'
  | 'published'
  | 'reported'
  | 'adoption'
  | 'instruction'
  | 'missed'
  | 'quota'
  | 'ledger';

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
  /** An adoption recorded as a 简讯: scored at `scoring.brief` of its points. */
  brief?: boolean;
  /** The configured outlet whose points an adoption earned. */
  scoredBy?: string;
  /** An instruction of a level the item already had one of, under `instructionOncePerLevel`: counted, not scored. */
  repeat?: boolean;
  /** A `ledger` event's entry. */
  entry?: LedgerEntry;
  /** A `quota` event: the month's submissions against the quota met. */
  quota?: { submitted: number; quota: number };
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
    const points = config.scoring[kind];
    out.push({ item, topic: null, departments, authors, kind, date: localDate(String(entry.at), zone), points });
  }
  for (const a of item.adoptions) {
    const points = adoptionPoints(config, a);
    const date = localDate(a.date, zone);
    const event: ReportEvent = {
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
    };
    if (a.brief) event.brief = true;
    const outlet = outletOf(config.outlets, a);
    if (outlet) event.scoredBy = outlet.name;
    out.push(event);
  }
  const repeats = repeatedLevels(item.instructions, config);
  for (const i of item.instructions) {
    const level = i.level ?? undefined;
    const repeat = repeats.has(i);
    const points = repeat ? 0 : instructionPoints(config.scoring, level);
    const date = localDate(i.date, zone);
    const event: ReportEvent = level
      ? { item, topic: null, departments, authors, kind: 'instruction', date, points, leader: i.leader, level }
      : { item, topic: null, departments, authors, kind: 'instruction', date, points, leader: i.leader, noLevel: true };
    if (repeat) event.repeat = true;
    out.push(event);
  }
  return out;
}

/**
 * Under `instructionOncePerLevel`, the instructions after the first of their level on one
 * item (by date, then as listed): they count as instructions but earn nothing more.
 */
function repeatedLevels(instructions: readonly Instruction[], config: Config): Set<Instruction> {
  const repeats = new Set<Instruction>();
  if (!config.scoring.instructionOncePerLevel || instructions.length < 2) return repeats;
  const seen = new Set<string>();
  const byDate = instructions.map((i, n) => ({ i, n })).sort((a, b) => a.i.date.localeCompare(b.i.date) || a.n - b.n);
  for (const { i } of byDate) {
    if (!i.level) continue;
    if (seen.has(i.level)) repeats.add(i);
    seen.add(i.level);
  }
  return repeats;
}

/** A ledger entry counts on its date, for its department and the writer it names. */
export function ledgerEvents(entries: readonly LedgerEntry[]): ReportEvent[] {
  return entries.map((entry) => ({
    kind: 'ledger',
    date: entry.date,
    item: null,
    topic: null,
    departments: [entry.department],
    authors: entry.author ? [entry.author] : [],
    points: entry.points,
    entry,
  }));
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
  ledger: readonly LedgerEntry[] = [],
): ReportEvent[] {
  return [
    ...items.flatMap((item) => itemEvents(item, config)),
    ...missedEvents(topics, answers, config, today),
    ...ledgerEvents(ledger),
  ];
}

/** The share of an event's points that falls to one department or one author. */
export function shareOf(event: ReportEvent, who: 'department' | 'writer'): number {
  const among = new Set(who === 'department' ? event.departments : event.authors).size;
  return among ? 1 / among : 0;
}
