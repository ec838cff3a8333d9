/**
 * Records of the lists that only grow: what makes two records the same one, and the order in
 * which records added on two machines are laid out. The order depends only on the records, so
 * a merge gives the same list whichever side is "ours".
 */

/** The lists of a front matter that only grow (docs/cli.md 11): merged as unions, each record once. */
export const APPEND_ONLY: ReadonlySet<string> = new Set([
  'history',
  'adoptions',
  'instructions',
  'bulletins',
  'tags',
  'merged',
]);

/** A value's identity: JSON with the keys of every map sorted, so key order and layout do not count. */
export function recordKey(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** When a record happened: a history entry's `at`, an adoption's or instruction's `date`. */
function instant(value: unknown): number {
  if (!value || typeof value !== 'object') return Number.NaN;
  const { at, date } = value as { at?: unknown; date?: unknown };
  const when = typeof at === 'string' ? at : typeof date === 'string' ? date : undefined;
  return when === undefined ? Number.NaN : Date.parse(when);
}

export interface Keyed {
  value: unknown;
  key: string;
}

/**
 * Earlier records first; records without a time after those with one; the same time (or
 * none) by identity. Two different records never compare equal, which keeps merges symmetric.
 */
export function compareRecords(a: Keyed, b: Keyed): number {
  const [x, y] = [instant(a.value), instant(b.value)];
  const [hasX, hasY] = [!Number.isNaN(x), !Number.isNaN(y)];
  if (hasX && hasY && x !== y) return x - y;
  if (hasX !== hasY) return hasX ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
