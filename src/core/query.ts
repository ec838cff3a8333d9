/** Filtering and sorting items for `list` (and any command that selects items). */
import type { Item } from './item.js';

/**
 * What filtering and sorting look at: a whole item, or its head (the fields a list shows and
 * the time of its last move), which a cached workspace gives without decoding the item.
 */
export type Listed = Pick<
  Item,
  'id' | 'title' | 'category' | 'source' | 'status' | 'departments' | 'authors' | 'created' | 'topic' | 'tags' | 'path'
> &
  ({ updated: string } | { history: readonly { at: unknown }[] });

/** When an item last moved: its last history entry, else its creation. */
export function updatedOf(item: Listed): string {
  if ('updated' in item) return item.updated;
  const at = item.history.at(-1)?.at;
  return typeof at === 'string' ? at : item.created;
}

export interface ItemFilter {
  statuses?: readonly string[];
  category?: string;
  source?: string;
  department?: string;
  author?: string;
  /** `YYYY-MM`: items created in that month. */
  month?: string;
  topic?: string;
  /** Case-insensitive text in the title, tags or body. */
  search?: string;
}

/** A field filtering or sorting reads: a field of an item's head as well. */
export type ListedField =
  | 'id'
  | 'title'
  | 'category'
  | 'source'
  | 'status'
  | 'departments'
  | 'authors'
  | 'created'
  | 'topic'
  | 'tags'
  | 'updated';

/** The fields each part of a filter reads, when it is set (the search reads the bodies too, by path). */
const FILTER_READS: Record<keyof ItemFilter, readonly ListedField[]> = {
  statuses: ['status'],
  category: ['category'],
  source: ['source'],
  department: ['departments'],
  author: ['authors'],
  month: ['created'],
  topic: ['topic'],
  search: ['title', 'tags'],
};

export function filterItems<T extends Listed>(
  items: readonly T[],
  f: ItemFilter,
  bodies: ReadonlyMap<string, string> = new Map(),
): T[] {
  const needle = f.search?.trim().toLowerCase();
  return items.filter(
    (item) =>
      (!f.statuses?.length || f.statuses.includes(item.status)) &&
      (!f.category || item.category === f.category) &&
      (!f.source || item.source === f.source) &&
      (!f.department || item.departments.includes(f.department)) &&
      (!f.author || item.authors.includes(f.author)) &&
      (!f.month || item.created.startsWith(`${f.month}-`)) &&
      (!f.topic || item.topic === f.topic) &&
      (!needle ||
        [item.title, ...item.tags, bodies.get(item.path) ?? ''].some((text) => text.toLowerCase().includes(needle))),
  );
}

const SORT_KEYS: Record<string, (item: Listed) => string> = {
  created: (i) => i.created,
  id: (i) => i.id,
  title: (i) => i.title,
  status: (i) => i.status,
  category: (i) => i.category,
  source: (i) => i.source,
  department: (i) => i.departments[0] ?? '',
  updated: updatedOf,
};

/** The field each sort reads (`SORT_KEYS`). */
const SORT_READS: Record<string, ListedField> = {
  created: 'created',
  id: 'id',
  title: 'title',
  status: 'status',
  category: 'category',
  source: 'source',
  department: 'departments',
  updated: 'updated',
};

/**
 * The fields `filterItems` and `sortItems` read for this filter and sort, the id (ties)
 * included: items that have these (and their path) are filtered and sorted as whole ones.
 */
export function fieldsRead(filter: ItemFilter, sort: string): ListedField[] {
  const fields = new Set<ListedField>([SORT_READS[sort.replace(/^-/, '')] ?? 'created', 'id']);
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0))
      for (const field of FILTER_READS[key as keyof ItemFilter]) fields.add(field);
  }
  return [...fields];
}

/** `field` ascending, `-field` descending; ties keep id order. */
export function sortItems<T extends Listed>(items: readonly T[], field: string): T[] {
  const descending = field.startsWith('-');
  const key = SORT_KEYS[field.replace(/^-/, '')] ?? SORT_KEYS.created!;
  const sign = descending ? -1 : 1;
  return [...items].sort(
    (a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
