/**
 * One file's line in the cache index, as a compact tuple (100,000 of them are parsed on every
 * run, so key names are not repeated):
 * `[path, size, mtimeMs, ctimeMs, ino, problems, layout, head, topic, blob]`.
 * Decoding checks every shape: a cache is input too, and a damaged one must not crash a run.
 */
import type { Placed } from '../core/analyze.js';
import { isPlainObject } from '../core/schema.js';
import type { Topic } from '../core/topic.js';
import type { Stamp } from './cache-record.js';
import type { ItemHead } from './head.js';

export interface Entry {
  path: string;
  stamp: Stamp;
  problems: Placed[];
  /** Index into the shared key-line layouts. */
  layout: number;
  head: ItemHead | null;
  topic: Topic | null;
  /** Byte range of the item's JSON in the blob. */
  blob: [number, number] | null;
}

export function encodeEntry(entry: Entry): unknown[] {
  const { path, stamp, problems, layout, head, topic, blob } = entry;
  const h = head && [head.id, head.title, head.topic, head.status, head.category, head.source, head.departments, head.authors, head.created, head.tags, head.updated, head.years, head.submitted];
  return [path, stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, problems, layout, h ?? 0, topic ?? 0, blob ?? 0];
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';

function isPlaced(value: unknown): value is Placed {
  return (
    isPlainObject(value) &&
    isString(value.rule) &&
    (value.severity === 'error' || value.severity === 'warning') &&
    isNumber(value.line) &&
    isNumber(value.column) &&
    isPlainObject(value.params) &&
    Object.values(value.params).every((v) => isString(v) || isNumber(v))
  );
}

function isTopic(value: unknown): value is Topic {
  return (
    isPlainObject(value) &&
    ['id', 'title', 'due', 'brief', 'created', 'path'].every((key) => isString(value[key])) &&
    Array.isArray(value.departments) &&
    value.departments.every(isString)
  );
}

const isNames = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

function head(value: unknown, path: string): ItemHead | null {
  if (value === 0) return null;
  if (!Array.isArray(value) || value.length !== 13) throw new TypeError('bad head');
  const [id, title, topic, status, category, source, departments, authors, created, tags, updated, years, submitted] = value as unknown[];
  const strings = isString(id) && isString(title) && isString(status) && isString(category) && isString(source) && isString(created) && isString(updated);
  if (!strings || !(topic === null || isString(topic)) || !isNames(departments) || !isNames(authors) || !isNames(tags) || !isNames(years) || !(submitted === null || isString(submitted))) {
    throw new TypeError('bad head');
  }
  return { id, title, topic, status, category, source, departments, authors, created, tags, updated, years, submitted, path } as ItemHead;
}

const isOffset = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;

/** The range as parsed (a fresh array of the index line's own, so it need not be copied). */
function range(value: unknown): [number, number] | null {
  if (value === 0) return null;
  if (!Array.isArray(value) || value.length !== 2 || !isOffset(value[0]) || !isOffset(value[1])) throw new TypeError('bad range');
  return value as [number, number];
}

/** Decodes one tuple; throws on anything out of shape. */
export function decodeEntry(raw: unknown, layouts: number): Entry {
  if (!Array.isArray(raw) || raw.length !== 10) throw new TypeError('bad entry');
  const [path, size, mtimeMs, ctimeMs, ino, problems, layout, rawHead, topic, blob] = raw as unknown[];
  if (!isString(path) || !isNumber(size) || !isNumber(mtimeMs) || !isNumber(ctimeMs) || !isNumber(ino)) throw new TypeError('bad stamp');
  if (!Array.isArray(problems) || (problems.length > 0 && !problems.every(isPlaced))) throw new TypeError('bad problems');
  if (!Number.isInteger(layout) || (layout as number) < 0 || (layout as number) >= layouts) throw new TypeError('bad layout');
  if (topic !== 0 && !isTopic(topic)) throw new TypeError('bad topic');
  return {
    path,
    stamp: { size, mtimeMs, ctimeMs, ino },
    problems,
    layout: layout as number,
    head: head(rawHead, path),
    topic: topic === 0 ? null : topic,
    blob: range(blob),
  };
}
