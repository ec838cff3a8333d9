/**
 * Planning a run of `info report --issue`: either a new issue with the next number, or the
 * completion of an issue an earlier run wrote but did not finish (its file lists items that
 * are still approved and lack its ref). Finishing comes first, so a number is never handed
 * out twice for the same items.
 */
import { InfoError } from '../errors.js';
import type { Item } from '../item.js';
import { nextNumber, runningTotal, type KnownIssue } from './numbering.js';
import type { IssueRecord } from './record.js';
import { itemRefText, type IssueRef } from './ref.js';
import type { Numbering } from './series-config.js';
import { approvedItems, namedItems } from './select.js';

/** Where one item of an issue stands. */
export type ItemState =
  | { id: string; state: 'done'; item: Item }
  | { id: string; state: 'waiting'; item: Item }
  | { id: string; state: 'blocked'; item: Item }
  | { id: string; state: 'missing' };

export type Plan =
  | { kind: 'new'; ref: IssueRef; total: number | null; items: Item[] }
  /** `others`: items asked for that are not in the issue being finished. */
  | { kind: 'resume'; record: IssueRecord; states: ItemState[]; others: Item[] };

export interface PlanInput {
  /** Every item read without errors. */
  items: readonly Item[];
  /** Items named with `--items`, or null for every approved item. */
  named: readonly Item[] | null;
  /** The series' issue files. */
  records: readonly IssueRecord[];
  /** Every issue of the series the workspace knows of (files and items' refs). */
  known: readonly KnownIssue[];
  year: number;
  supplement: boolean;
  numbering: Numbering;
  /** How items name the series in their `bulletins` (null: the first series, plain refs). */
  label: string | null;
  /** Items other series' issue files list: an approved one among them waits for that issue. */
  reserved?: ReadonlySet<string>;
}

const carries = (item: Item, record: IssueRecord, label: string | null) =>
  item.bulletins.includes(itemRefText(record, label));

export function itemStates(record: IssueRecord, items: readonly Item[], label: string | null): ItemState[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return record.items.map((id): ItemState => {
    const item = byId.get(id);
    if (!item) return { id, state: 'missing' };
    if (carries(item, record, label)) return { id, state: 'done', item };
    return { id, state: item.status === 'approved' ? 'waiting' : 'blocked', item };
  });
}

/** The earliest issue that lists one of `candidates` while it is still approved and lacks the ref. */
export function unfinishedIssue(
  records: readonly IssueRecord[],
  candidates: readonly Item[],
  label: string | null,
): IssueRecord | null {
  const sorted = [...records].sort(
    (a, b) => a.year - b.year || Number(a.supplement) - Number(b.supplement) || a.number - b.number,
  );
  return (
    sorted.find((record) =>
      candidates.some(
        (item) => item.status === 'approved' && record.items.includes(item.id) && !carries(item, record, label),
      ),
    ) ?? null
  );
}

export function planIssue(input: PlanInput): Plan {
  const { items, named, records, known, year, supplement, numbering, label, reserved } = input;
  const candidates: Item[] = named ? [...named] : approvedItems(items).filter((item) => !reserved?.has(item.id));
  const record = unfinishedIssue(records, candidates, label);
  if (record) {
    const others = candidates.filter((item) => !record.items.includes(item.id));
    return { kind: 'resume', record, states: itemStates(record, items, label), others };
  }
  const chosen = named ? namedItems(named) : candidates;
  if (chosen.length === 0) throw new InfoError('issue-no-items', {});
  const ref = { year, number: nextNumber(known, year, supplement, numbering), supplement };
  // A running series' number is its running count: no 总第N期 beside it.
  const total = supplement || numbering === 'running' ? null : runningTotal(known, ref);
  return { kind: 'new', ref, total, items: chosen };
}
