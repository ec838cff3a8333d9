/**
 * Rules that look across files: the same id twice (after a merge), an item answering a
 * topic that does not exist, the same title twice in a month. Linear in the number of files.
 */
import type { Placed } from './analyze.js';
import type { Severity } from './problems.js';

export interface Entry {
  path: string;
  id: string;
  keyLines: Record<string, number>;
}

export interface ItemEntry extends Entry {
  topic: string | null;
}

export interface TitledEntry extends Entry {
  title: string;
  /** `created`, `YYYY-MM-DD`. */
  created: string;
}

export type CrossFindings = { path: string; problem: Placed }[];

function at(entry: Entry, key: string): { line: number; column: number } {
  return { line: entry.keyLines[key] ?? 1, column: 1 };
}

/**
 * The groups of two or more entries with the same key, entries in their order. Most keys are
 * unique: a key seen once keeps its entry alone, not a list (a list per key was most of the
 * cost of the rules across files in a large workspace).
 */
function repeated<T>(entries: readonly T[], key: (entry: T) => string | undefined): Map<string, T[]> {
  const first = new Map<string, T>();
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const k = key(entry);
    if (k === undefined) continue;
    const seen = first.get(k);
    if (seen === undefined) first.set(k, entry);
    else groups.get(k)?.push(entry) ?? groups.set(k, [seen, entry]);
  }
  return groups;
}

/**
 * A short list of the other files, for a message. Built from the first few of the group
 * only, so that a thousand copies neither make the message huge nor the rule quadratic.
 */
function othersOf(list: readonly Entry[], isSelf: (e: Entry) => boolean, total: number): string {
  const shown = list
    .slice(0, 6)
    .filter((e) => !isSelf(e))
    .slice(0, 5)
    .map((e) => e.path);
  return total > shown.length ? `${[...shown, '…'].join(', ')} (+${total - shown.length})` : shown.join(', ');
}

export function duplicateIds(entries: readonly Entry[]): CrossFindings {
  const byId = repeated(entries, (entry) => entry.id || undefined);
  const out: CrossFindings = [];
  for (const [id, list] of byId) {
    for (const entry of list) {
      out.push({
        path: entry.path,
        problem: {
          rule: 'id-duplicate',
          severity: 'error',
          ...at(entry, 'id'),
          params: { id, others: othersOf(list, (e) => e === entry, list.length - 1) },
        },
      });
    }
  }
  return out;
}

export function unknownTopics(items: readonly ItemEntry[], topicIds: ReadonlySet<string>): CrossFindings {
  return items
    .filter((item) => item.topic !== null && !topicIds.has(item.topic))
    .map((item) => ({
      path: item.path,
      problem: { rule: 'topic-unknown', severity: 'error', ...at(item, 'topic'), params: { topic: item.topic! } },
    }));
}

/**
 * The same title twice in one month (by `created`) is usually one item sent twice. Copies
 * of one item (the same id, after a merge) are left to `id-duplicate`.
 */
export function duplicateTitles(items: readonly TitledEntry[], severity: Severity = 'warning'): CrossFindings {
  // By month, then by title within each: no key made of both for each of 100,000 items.
  const months = new Map<string, TitledEntry[]>();
  for (const item of items) {
    if (!/^\d{4}-\d{2}/.test(item.created)) continue;
    const month = item.created.slice(0, 7);
    months.get(month)?.push(item) ?? months.set(month, [item]);
  }
  const groups = [...months.values()].flatMap((list) => [
    ...repeated(list, (item) => item.title.trim() || undefined).values(),
  ]);
  const out: CrossFindings = [];
  for (const list of groups) {
    const perId = new Map<string, number>();
    for (const e of list) perId.set(e.id, (perId.get(e.id) ?? 0) + 1);
    if (perId.size < 2) continue;
    for (const entry of list) {
      const others = othersOf(list, (e) => e.id === entry.id, list.length - perId.get(entry.id)!);
      const params = { month: entry.created.slice(0, 7), others };
      out.push({ path: entry.path, problem: { rule: 'duplicate-title', severity, ...at(entry, 'title'), params } });
    }
  }
  return out;
}
