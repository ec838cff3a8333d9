/**
 * Planning a new solicitation (约稿) file: its id, path and text. Pure: the date and the
 * randomness are passed in.
 */
import { Document } from 'yaml';
import { makeId, slugify } from './id.js';
import { YAML_OUTPUT } from './new-item.js';
import { toTopic, type Topic } from './topic.js';

export interface NewTopicInput {
  title: string;
  departments: string[];
  /** `YYYY-MM-DD`. */
  due: string;
  brief: string;
  /** `YYYY-MM-DD` in the configured zone; also the id's date. */
  created: string;
}

export interface PlannedTopic {
  topic: Topic;
  path: string;
  text: string;
}

/** `topics/20261101-a9c3-she-shi-nong-ye.md` */
export function topicPath(id: string, title: string): string {
  return `topics/${id}-${slugify(title)}.md`;
}

export function planNewTopic(input: NewTopicInput, random: () => number): PlannedTopic {
  const id = makeId(input.created, random);
  const doc = new Document({
    id,
    title: input.title,
    departments: input.departments,
    due: input.due,
    brief: input.brief,
    created: input.created,
  });
  const departments = doc.get('departments', true) as { flow?: boolean };
  departments.flow = true;
  const path = topicPath(id, input.title);
  return {
    topic: toTopic(doc.toJS() as Record<string, unknown>, path),
    path,
    text: `---\n${doc.toString(YAML_OUTPUT)}---\n`,
  };
}

/** Names from repeated flags, each of which may hold several separated by commas or 、. */
export function splitNames(values: readonly string[]): string[] {
  const names = values
    .flatMap((value) => value.split(/[,，、]/))
    .map((name) => name.trim())
    .filter(Boolean);
  return [...new Set(names)];
}

/** `date` plus `days` calendar days; dates only, so no time zone plays a part. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
