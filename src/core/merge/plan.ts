/**
 * The three-way merge of two front matters, key by key, as data: which side each key is
 * taken from, which lists are unions, and where the two sides conflict. Laying the result
 * out as text is `matter-text.ts`'s business. Nothing here knows item, topic or ledger
 * schemas: lists that only grow are named in `records.ts`, every other key is a value.
 */
import { isDeepStrictEqual } from 'node:util';
import { mergeHistory, mergeList, type ListMerge, type Side } from './lists.js';
import { APPEND_ONLY } from './records.js';

export type Data = Record<string, unknown>;

export type Resolution =
  /** Ours as it stands (also when the key is absent from ours). */
  | { kind: 'ours' }
  /** Theirs as it stands: changed there only (absent there: removed there). */
  | { kind: 'theirs' }
  /** A value worked out from the rest: `status` following the merged history. */
  | { kind: 'value'; value: unknown }
  /** A list that only grows, changed on both sides. */
  | { kind: 'list'; merge: ListMerge }
  /** Both sides changed the value, differently. */
  | { kind: 'conflict' };

export interface MergePlan {
  /** Every key of either side or the base, in the order of ours, then those ours lacks in theirs' order. */
  keys: string[];
  resolutions: Map<string, Resolution>;
}

const ABSENT = Symbol('absent');
type Slot = unknown | typeof ABSENT;

const slot = (data: Data | null, key: string): Slot => (data && Object.hasOwn(data, key) ? data[key] : ABSENT);
const same = (a: Slot, b: Slot) => isDeepStrictEqual(a, b);
const asList = (value: Slot): unknown[] | null =>
  Array.isArray(value) ? value : value === ABSENT || value === null ? [] : null;

function threeWay(base: Slot, ours: Slot, theirs: Slot): Resolution {
  if (same(ours, theirs) || same(base, theirs)) return { kind: 'ours' };
  if (same(base, ours)) return { kind: 'theirs' };
  return { kind: 'conflict' };
}

function listResolution(key: string, base: Slot, ours: Slot, theirs: Slot): Resolution | null {
  const [b, o, t] = [asList(base), asList(ours), asList(theirs)];
  if (!b || !o || !t) return null;
  const merge = key === 'history' ? mergeHistory(b, o, t) : mergeList(o, t);
  if (merge.conflict) return { kind: 'list', merge };
  const values = merge.entries.map((e) => e.value);
  if (isDeepStrictEqual(values, o)) return { kind: 'ours' };
  if (Array.isArray(theirs) && isDeepStrictEqual(values, t)) return { kind: 'theirs' };
  return { kind: 'list', merge };
}

/** `status` follows the merged history once either side moved the item; otherwise it is a value like any other. */
function statusResolution(history: ListMerge | null, base: Slot, ours: Slot, theirs: Slot): Resolution {
  if (!history?.moved) return threeWay(base, ours, theirs);
  if (history.conflict) return same(ours, theirs) ? { kind: 'ours' } : { kind: 'conflict' };
  const last = history.entries[history.entries.length - 1]?.value as { to?: unknown } | undefined;
  if (typeof last?.to !== 'string') return threeWay(base, ours, theirs);
  if (same(ours, last.to)) return { kind: 'ours' };
  if (same(theirs, last.to)) return { kind: 'theirs' };
  return { kind: 'value', value: last.to };
}

function historyMerge(base: Data | null, ours: Data, theirs: Data): ListMerge | null {
  const [b, o, t] = [asList(slot(base, 'history')), asList(slot(ours, 'history')), asList(slot(theirs, 'history'))];
  return b && o && t ? mergeHistory(b, o, t) : null;
}

export function planMerge(base: Data | null, ours: Data, theirs: Data): MergePlan {
  const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base ?? {})])];
  const resolutions = new Map<string, Resolution>();
  for (const key of keys) {
    const [b, o, t] = [slot(base, key), slot(ours, key), slot(theirs, key)];
    if (same(o, t)) resolutions.set(key, { kind: 'ours' });
    else if (key === 'status') resolutions.set(key, statusResolution(historyMerge(base, ours, theirs), b, o, t));
    else resolutions.set(key, (APPEND_ONLY.has(key) && listResolution(key, b, o, t)) || threeWay(b, o, t));
  }
  return { keys, resolutions };
}

/**
 * The front matter a merge means, or, where it has conflicts, what it reads as once every
 * conflict is settled for `side`: for a list, its merged records followed by that side's
 * own moves.
 */
export function mergedData(plan: MergePlan, ours: Data, theirs: Data, side: Side = 'ours'): Data {
  const out: Data = {};
  for (const key of plan.keys) {
    const resolution = plan.resolutions.get(key)!;
    const from = resolution.kind === 'theirs' || (resolution.kind === 'conflict' && side === 'theirs') ? theirs : ours;
    if (resolution.kind === 'value') out[key] = resolution.value;
    else if (resolution.kind === 'list') {
      const rest = resolution.merge.conflict?.[side] ?? [];
      out[key] = [...resolution.merge.entries, ...rest].map((e) => e.value);
    } else if (Object.hasOwn(from, key)) out[key] = from[key];
  }
  return out;
}

/** The keys whose merge left a conflict. */
export function conflictKeys(plan: MergePlan): string[] {
  return plan.keys.filter((key) => {
    const r = plan.resolutions.get(key)!;
    return r.kind === 'conflict' || (r.kind === 'list' && r.merge.conflict !== undefined);
  });
}
