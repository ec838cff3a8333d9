/**
 * Rules that look across files: the same id twice (after a merge), an item answering a
 * topic that does not exist. Linear in the number of files.
 */
import type { Placed } from './analyze.js';

export interface Entry {
  path: string;
  id: string;
  keyLines: Record<string, number>;
}

export interface ItemEntry extends Entry {
  topic: string | null;
}

export type CrossFindings = { path: string; problem: Placed }[];

function at(entry: Entry, key: string): { line: number; column: number } {
  return { line: entry.keyLines[key] ?? 1, column: 1 };
}

export function duplicateIds(entries: readonly Entry[]): CrossFindings {
  const byId = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (!entry.id) continue;
    const list = byId.get(entry.id);
    if (list) list.push(entry);
    else byId.set(entry.id, [entry]);
  }
  const out: CrossFindings = [];
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const entry of list) {
      const others = list.filter((e) => e !== entry).map((e) => e.path).join(', ');
      out.push({ path: entry.path, problem: { rule: 'id-duplicate', severity: 'error', ...at(entry, 'id'), params: { id, others } } });
    }
  }
  return out;
}

export function unknownTopics(items: readonly ItemEntry[], topicIds: ReadonlySet<string>): CrossFindings {
  return items
    .filter((item) => item.topic !== null && !topicIds.has(item.topic))
    .map((item) => ({ path: item.path, problem: { rule: 'topic-unknown', severity: 'error', ...at(item, 'topic'), params: { topic: item.topic! } } }));
}
