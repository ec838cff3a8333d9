/** A solicitation (约稿): the office asks departments for items on a topic by a date. */
import type { Finding } from './problems.js';
import { check, toNames, type Spec } from './schema.js';

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

