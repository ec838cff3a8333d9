/** The notice's smaller sections: categories and sources, adopted items, solicitations, trend. */
import { answersByTopic, progressOf, type Topic, type TopicAnswer } from '../topic.js';
import { keysOf, type VocabKind } from '../vocab.js';
import type { ReportEvent } from './events.js';
import type { AdoptedRow, TopicRow, TrendPoint } from './model.js';
import type { Period } from './period.js';
import { round2 } from './points.js';

/** Every key of the vocabulary, with how many of `values` it has (zero included). */
export function countBy(kind: VocabKind, values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(keysOf(kind).map((k) => [k, 0]));
  for (const value of values) if (Object.hasOwn(out, value)) out[value]! += 1;
  return out;
}

export function adoptedRows(events: readonly ReportEvent[]): AdoptedRow[] {
  return events
    .filter((e) => e.kind === 'adoption' && e.item)
    .map((e) => ({
      id: e.item!.id,
      title: e.item!.title,
      level: e.level ?? '',
      form: e.form ?? 'bulletin',
      outlet: e.outlet ?? '',
      date: e.date,
      departments: e.departments,
      brief: e.brief === true,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/**
 * Solicitations open at some point of the period (created by its end, due on or after its
 * start), with who had answered by the period's end.
 */
export function topicRows(
  topics: readonly Topic[],
  answers: readonly TopicAnswer[],
  zone: string,
  { from, to }: Period,
  today: string,
): TopicRow[] {
  const first = `${from}-01`;
  const last = `${to}-31`;
  const byTopic = answersByTopic(answers);
  return topics
    .filter((t) => t.created <= last && t.due >= first)
    .sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id))
    .map((topic) => {
      const { answered, missing } = progressOf(topic, byTopic.get(topic.id) ?? [], zone, today, last);
      return { id: topic.id, title: topic.title, due: topic.due, asked: [...topic.departments], answered, missing };
    });
}

/** Month by month from January to `month`: submissions, adoption records, points. */
export function trendOf(yearEvents: readonly ReportEvent[], month: string): TrendPoint[] {
  const year = month.slice(0, 4);
  const last = Number(month.slice(5, 7));
  return trendOver(
    yearEvents,
    Array.from({ length: last }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`),
  );
}

/** The same, over the months given: one pass over the events. */
export function trendOver(events: readonly ReportEvent[], months: readonly string[]): TrendPoint[] {
  const points = new Map(months.map((month) => [month, { month, submitted: 0, adoptions: 0, points: 0 }]));
  for (const e of events) {
    const p = points.get(e.date.slice(0, 7));
    if (!p) continue;
    if (e.kind === 'submitted') p.submitted += 1;
    else if (e.kind === 'adoption') p.adoptions += 1;
    p.points += e.points;
  }
  return [...points.values()].map((p) => ({ ...p, points: round2(p.points) }));
}
