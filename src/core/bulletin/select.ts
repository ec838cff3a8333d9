/**
 * Which items go into an issue, and in what order. By default every approved item, ordered
 * as an editor lays out an issue: key work first, then highlights, hot topics and
 * difficulties (the order of the categories), and within a category by the time each was
 * signed off, oldest first. Items named with `--items` keep the order they were named in:
 * the editor has arranged them.
 */
import { InfoError } from '../errors.js';
import type { Item } from '../item.js';
import { keysOf } from '../vocab.js';

const CATEGORY_ORDER: readonly string[] = keysOf('category');

/** When the item was last signed off (approved); its creation date when the history does not say. */
export function approvedAt(item: Item): number {
  const entry = [...item.history].reverse().find((h) => h.to === 'approved');
  const at = Date.parse(String(entry?.at ?? item.created));
  return Number.isNaN(at) ? 0 : at;
}

function categoryRank(item: Item): number {
  const rank = CATEGORY_ORDER.indexOf(item.category);
  return rank < 0 ? CATEGORY_ORDER.length : rank;
}

export function issueOrder(items: readonly Item[]): Item[] {
  return [...items].sort(
    (a, b) => categoryRank(a) - categoryRank(b) || approvedAt(a) - approvedAt(b) || a.id.localeCompare(b.id),
  );
}

/** The approved items, in issue order. */
export function approvedItems(items: readonly Item[]): Item[] {
  return issueOrder(items.filter((item) => item.status === 'approved'));
}

/** Items named by the editor: each must be approved; the same item named twice counts once. */
export function namedItems(items: readonly Item[]): Item[] {
  const seen = new Set<string>();
  const out: Item[] = [];
  for (const item of items) {
    if (item.status !== 'approved') throw new InfoError('issue-not-approved', { id: item.id, status: item.status });
    if (!seen.has(item.id)) out.push(item);
    seen.add(item.id);
  }
  return out;
}
