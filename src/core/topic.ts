/** A solicitation (约稿): the office asks departments for items on a topic by a date. */
import type { Item } from './item.js';
import type { Finding } from './problems.js';
import { check, scalarText, toNames, type Spec } from './schema.js';
import { localDate } from './local-date.js';
import { firstMoveInto } from './workflow.js';

export const TOPIC_SPEC = {
  type: 'object',
  fields: {
    id: { type: 'string', format: 'id', required: true },
    title: { type: 'string', required: true, nonEmpty: true },
    departments: { type: 'names', required: true },
    due: { type: 'string', format: 'date', required: true },
    brief: { type: 'string' },
    created: { type: 'string', format: 'date', required: true },
  },
} as const satisfies Spec;

export interface Topic {
  id: string;
  title: string;
  departments: string[];
  due: string;
  brief: string;
  created: string;
  path: string;
}

export function toTopic(data: Record<string, unknown>, path: string): Topic {
  const text = scalarText;
  return {
    id: text(data.id),
    title: text(data.title),
    departments: toNames(data.departments),
    due: text(data.due),
    brief: text(data.brief),
    created: text(data.created),
    path,
  };
}

export function checkTopicData(data: unknown): Finding[] {
  const out: Finding[] = [];
  check(TOPIC_SPEC, data, [], out);
  return out;
}

export interface TopicProgress {
  /** Asked departments with an answering item. */
  answered: string[];
  /** Asked departments without one. */
  missing: string[];
  /** Past due (in the configured zone) with a department still missing. */
  overdue: boolean;
}

/**
 * What topic progress reads of an item that names a topic: kept in the cache's item heads,
 * so that progress needs no item decoded. `submitted` is when it first went to submitted.
 */
export interface TopicAnswer {
  topic: string | null;
  departments: readonly string[];
  submitted: string | null;
}

export function answerOf(item: Item): TopicAnswer {
  const entry = firstMoveInto(item.history, 'submitted');
  return { topic: item.topic, departments: item.departments, submitted: entry ? String(entry.at) : null };
}

/**
 * Who has answered a topic: an asked department answers once one of its items with
 * `topic: ID` has been submitted (on or before `until`, a date, when given).
 */
export function topicProgress(
  topic: Topic,
  items: readonly Item[],
  zone: string,
  today: string,
  until?: string,
): TopicProgress {
  return progressOf(topic, items.filter((item) => item.topic === topic.id).map(answerOf), zone, today, until);
}

/**
 * The answers naming each topic, in their order: `progressOf` of a topic given only its own
 * answers says the same as given all of them, and a hundred topics need not each look
 * through thousands of answers.
 */
export function answersByTopic<A extends TopicAnswer>(answers: readonly A[]): Map<string, A[]> {
  const out = new Map<string, A[]>();
  for (const answer of answers) {
    if (answer.topic === null) continue;
    const group = out.get(answer.topic);
    if (group) group.push(answer);
    else out.set(answer.topic, [answer]);
  }
  return out;
}

/** `topicProgress` from the answers alone. */
export function progressOf(
  topic: Topic,
  answers: readonly TopicAnswer[],
  zone: string,
  today: string,
  until?: string,
): TopicProgress {
  const answering = new Set<string>();
  for (const answer of answers) {
    if (answer.topic !== topic.id || answer.submitted === null) continue;
    if (until && localDate(answer.submitted, zone) > until) continue;
    for (const name of answer.departments) answering.add(name);
  }
  const answered = topic.departments.filter((name) => answering.has(name));
  const missing = topic.departments.filter((name) => !answering.has(name));
  return { answered, missing, overdue: missing.length > 0 && topic.due < today };
}

/** The items that name the topic, whatever their status. */
export function answeringItems(topic: Topic, items: readonly Item[]): Item[] {
  return items.filter((item) => item.topic === topic.id);
}

/** Topics past due with a department still missing, soonest due first, with their progress (from the answers alone). */
export function overdueTopics(
  topics: readonly Topic[],
  answers: readonly TopicAnswer[],
  zone: string,
  today: string,
): { topic: Topic; progress: TopicProgress }[] {
  const byTopic = answersByTopic(answers);
  return sortTopics(topics)
    .map((topic) => ({ topic, progress: progressOf(topic, byTopic.get(topic.id) ?? [], zone, today) }))
    .filter(({ progress }) => progress.overdue);
}

/** Soonest due first; ties by id. */
export function sortTopics(topics: readonly Topic[]): Topic[] {
  return [...topics].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A topic as docs/cli.md 5.9 shows it, keys in that order. */
export function topicJson(topic: Topic, progress: TopicProgress): Record<string, unknown> {
  return {
    id: topic.id,
    title: topic.title,
    departments: topic.departments,
    due: topic.due,
    brief: topic.brief,
    created: topic.created,
    answered: progress.answered,
    missing: progress.missing,
    path: topic.path,
  };
}
