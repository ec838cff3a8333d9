/** A solicitation (约稿): the office asks departments for items on a topic by a date. */
import type { Item } from './item.js';
import type { Finding } from './problems.js';
import { check, toNames, type Spec } from './schema.js';
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
  const text = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
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
 * Who has answered a topic: an asked department answers once one of its items with
 * `topic: ID` has been submitted (on or before `until`, a date, when given).
 */
export function topicProgress(topic: Topic, items: readonly Item[], zone: string, today: string, until?: string): TopicProgress {
  const answering = new Set<string>();
  for (const item of items) {
    if (item.topic !== topic.id) continue;
    const entry = firstMoveInto(item.history, 'submitted');
    if (!entry || (until && localDate(String(entry.at), zone) > until)) continue;
    for (const name of item.departments) answering.add(name);
  }
  const answered = topic.departments.filter((name) => answering.has(name));
  const missing = topic.departments.filter((name) => !answering.has(name));
  return { answered, missing, overdue: missing.length > 0 && topic.due < today };
}

/** The items that name the topic, whatever their status. */
export function answeringItems(topic: Topic, items: readonly Item[]): Item[] {
  return items.filter((item) => item.topic === topic.id);
}

/** Topics past due with a department still missing, soonest due first, with their progress. */
export function overdueTopics(topics: readonly Topic[], items: readonly Item[], zone: string, today: string): { topic: Topic; progress: TopicProgress }[] {
  return sortTopics(topics)
    .map((topic) => ({ topic, progress: topicProgress(topic, items, zone, today) }))
    .filter(({ progress }) => progress.overdue);
}

/** Soonest due first; ties by id. */
export function sortTopics(topics: readonly Topic[]): Topic[] {
  return [...topics].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A topic as SPEC section 5 shows it, keys in that order. */
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
