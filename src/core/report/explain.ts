/**
 * `--explain NAME`: the lines one department's or one writer's monthly points are made of,
 * so a unit can check its score line by line. The total is the notice's own figure.
 */
import { distance } from 'fastest-levenshtein';
import { shareOf, type EventKind, type ReportEvent } from './events.js';
import type { MonthReport } from './model.js';
import type { ReportPeriod } from './period.js';
import { round2 } from './points.js';

export interface ExplainLine {
  date: string;
  event: EventKind;
  /** The item, or the solicitation a `missed` line charges. */
  id: string;
  title: string;
  level: string | null;
  form: string | null;
  leader: string | null;
  /** Points of the event before the split. */
  points: number;
  /** This unit's share of it: 1, or 1/N of a joint item. */
  share: number;
  /** Of how many units or authors the event is shared. */
  among: number;
  earned: number;
  /**
   * Why an event earned what it did: an instruction without a level (nothing), one of a
   * level the item already had (nothing, under `instructionOncePerLevel`), a 简讯 (the
   * `scoring.brief` share).
   */
  note: 'no-level' | 'repeat-level' | 'brief' | null;
  /** The configured outlet whose points an adoption earned (else the level × form table). */
  outlet: string | null;
  /** A ledger line's kind (`late`…). */
  kind: string | null;
  /** A quota line: the month's submissions and the quota they met. */
  quota: { submitted: number; quota: number } | null;
}

export interface Explanation {
  name: string;
  kind: 'department' | 'writer';
  month: string;
  period: ReportPeriod;
  lines: ExplainLine[];
  points: number;
}

const ORDER: EventKind[] = [
  'submitted',
  'published',
  'reported',
  'adoption',
  'instruction',
  'missed',
  'ledger',
  'quota',
];

/** What a line is about: the item, the solicitation, or the ledger entry (its note as title). */
function subjectOf(e: ReportEvent): { id: string; title: string } {
  if (e.item) return e.item;
  if (e.topic) return e.topic;
  if (e.entry) return { id: e.entry.id, title: e.entry.note };
  return { id: '', title: '' };
}

function noteOf(e: ReportEvent): ExplainLine['note'] {
  if (e.noLevel) return 'no-level';
  if (e.repeat) return 'repeat-level';
  return e.brief ? 'brief' : null;
}

function line(e: ReportEvent, who: 'department' | 'writer'): ExplainLine {
  const share = shareOf(e, who);
  const subject = subjectOf(e);
  return {
    date: e.date,
    event: e.kind,
    id: subject.id,
    title: subject.title,
    level: e.level ?? null,
    form: e.kind === 'adoption' ? (e.form ?? 'bulletin') : null,
    leader: e.leader ?? null,
    points: round2(e.points),
    share,
    among: new Set(who === 'department' ? e.departments : e.authors).size,
    earned: round2(e.points * share),
    note: noteOf(e),
    outlet: e.scoredBy ?? null,
    kind: e.entry?.kind ?? null,
    quota: e.quota ?? null,
  };
}

/** The explanation for `name`, a department first, else a writer; null when neither. */
export function explain(report: MonthReport, name: string): Explanation | null {
  const kind = report.departments.some((d) => d.name === name)
    ? 'department'
    : report.writers.some((w) => w.name === name)
      ? 'writer'
      : null;
  if (!kind) return null;
  const mine = report.events.filter((e) => (kind === 'department' ? e.departments : e.authors).includes(name));
  const lines = mine
    .map((e) => line(e, kind))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || ORDER.indexOf(a.event) - ORDER.indexOf(b.event) || a.id.localeCompare(b.id),
    );
  const row =
    kind === 'department'
      ? report.departments.find((d) => d.name === name)!
      : report.writers.find((w) => w.name === name)!;
  return { name, kind, month: report.month, period: report.period, lines, points: row.points };
}

/** Names close to what was typed: a part of it, or a few characters off. */
export function closeNames(wanted: string, names: readonly string[]): string[] {
  const limit = Math.max(1, Math.floor([...wanted].length / 2));
  return names.filter((name) => name.includes(wanted) || wanted.includes(name) || distance(name, wanted) <= limit);
}
