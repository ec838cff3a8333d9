/**
 * Merging the lists that only grow. Records both sides hold stay where they are; between two
 * of them, what each side added is interleaved in time order (`compareRecords`), so the
 * result does not depend on which side is "ours". In `history`, the same move made on both
 * sides is kept once, the earlier; moves from one state to two different states are the one
 * conflict such a list can have.
 */
import { compareRecords, recordKey, type Keyed } from './records.js';

export type Side = 'ours' | 'theirs';

export interface Entry extends Keyed {
  side: Side;
  /** Its index in that side's list. */
  index: number;
}

export interface ListMerge {
  /** The merged records, each once. */
  entries: Entry[];
  /** History only: the moves of each side after the two went different ways. */
  conflict?: { ours: Entry[]; theirs: Entry[] };
  /** History only: whether either side added a move. */
  moved: boolean;
}

/** A side's records, each once (the first time it appears). */
export function entriesOf(list: readonly unknown[], side: Side): Entry[] {
  const seen = new Set<string>();
  const out: Entry[] = [];
  list.forEach((value, index) => {
    const key = recordKey(value);
    if (!seen.has(key)) out.push({ value, key, side, index });
    seen.add(key);
  });
  return out;
}

/** Two runs of records, interleaved: at each step the earlier of the two heads. */
function interleave(a: readonly Entry[], b: readonly Entry[]): Entry[] {
  const out: Entry[] = [];
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) out.push(compareRecords(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  return [...out, ...a.slice(i), ...b.slice(j)];
}

/**
 * Every record of both lists once. Records both hold anchor the result (ours' entry stands
 * for them); the runs each side added between two anchors are interleaved. Should the
 * shared records stand in a different order on the two sides (a list reordered by hand),
 * the whole list is put in time order instead.
 */
export function unionOf(ours: readonly Entry[], theirs: readonly Entry[]): Entry[] {
  const ourKeys = new Set(ours.map((e) => e.key));
  const theirKeys = new Set(theirs.map((e) => e.key));
  const sharedOurs = ours.filter((e) => theirKeys.has(e.key));
  const sharedTheirs = theirs.filter((e) => ourKeys.has(e.key));
  if (sharedOurs.some((e, i) => e.key !== sharedTheirs[i]!.key)) {
    return [...ours, ...theirs.filter((e) => !ourKeys.has(e.key))].sort(compareRecords);
  }
  const out: Entry[] = [];
  let [i, j] = [0, 0];
  for (const anchor of [...sharedOurs, null]) {
    const runOurs: Entry[] = [];
    const runTheirs: Entry[] = [];
    while (i < ours.length && ours[i]!.key !== anchor?.key) runOurs.push(ours[i++]!);
    while (j < theirs.length && theirs[j]!.key !== anchor?.key) runTheirs.push(theirs[j++]!);
    out.push(...interleave(runOurs, runTheirs));
    if (anchor) out.push(anchor);
    i++;
    j++;
  }
  return out;
}

interface Move {
  from: unknown;
  to: unknown;
}

/** The move a history entry records; `from` defaults to where the entry before it ended. */
function moveOf(list: readonly unknown[], index: number): Move | null {
  const entry = list[index];
  if (!entry || typeof entry !== 'object' || typeof (entry as Move).to !== 'string') return null;
  const previous = list[index - 1] as Move | undefined;
  return { from: (entry as Move).from ?? previous?.to, to: (entry as Move).to };
}

const sameMove = (a: Move | null, b: Move | null) => a !== null && b !== null && a.from === b.from && a.to === b.to;

/**
 * `history`: the union of both sides, where the moves each side added are taken pairwise,
 * in order, while they are the same move (same `from` and `to`): of each pair only the
 * earlier entry is kept. When the sides then still both have moves, they went from one
 * state to two different states: those moves are the conflict.
 */
export function mergeHistory(
  base: readonly unknown[],
  ours: readonly unknown[],
  theirs: readonly unknown[],
): ListMerge {
  const baseKeys = new Set(base.map(recordKey));
  const o = entriesOf(ours, 'ours');
  const t = entriesOf(theirs, 'theirs');
  const oKeys = new Set(o.map((e) => e.key));
  const tKeys = new Set(t.map((e) => e.key));
  const newOurs = o.filter((e) => !tKeys.has(e.key) && !baseKeys.has(e.key));
  const newTheirs = t.filter((e) => !oKeys.has(e.key) && !baseKeys.has(e.key));
  const dropped = new Set<Entry>();
  let paired = 0;
  while (
    paired < Math.min(newOurs.length, newTheirs.length) &&
    sameMove(moveOf(ours, newOurs[paired]!.index), moveOf(theirs, newTheirs[paired]!.index))
  ) {
    const [a, b] = [newOurs[paired]!, newTheirs[paired]!];
    dropped.add(compareRecords(a, b) <= 0 ? b : a);
    paired++;
  }
  const restOurs = newOurs.slice(paired);
  const restTheirs = newTheirs.slice(paired);
  const moved = newOurs.length + newTheirs.length > 0;
  if (restOurs.length && restTheirs.length) {
    const apart = new Set([...dropped, ...restOurs, ...restTheirs]);
    const entries = unionOf(
      o.filter((e) => !apart.has(e)),
      t.filter((e) => !apart.has(e)),
    );
    return { entries, conflict: { ours: restOurs, theirs: restTheirs }, moved };
  }
  return {
    entries: unionOf(
      o.filter((e) => !dropped.has(e)),
      t.filter((e) => !dropped.has(e)),
    ),
    moved,
  };
}

/** Any other list that only grows: every record of both sides, once. */
export function mergeList(ours: readonly unknown[], theirs: readonly unknown[]): ListMerge {
  return { entries: unionOf(entriesOf(ours, 'ours'), entriesOf(theirs, 'theirs')), moved: false };
}
