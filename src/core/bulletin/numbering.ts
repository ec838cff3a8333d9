/**
 * Issue numbers. A number is never reused: the next one is past every number the workspace
 * knows of, from the issue files under `bulletins/` and from the refs in items' `bulletins`
 * lists (so a deleted or lost issue file cannot free its number). A yearly series starts
 * again at 1 each year; a running one counts on across years.
 */
import type { Numbering } from './series-config.js';
import type { IssueRef } from './ref.js';

/** An issue of the series the workspace knows of; `total` when its record states one. */
export interface KnownIssue extends IssueRef {
  total?: number;
}

/** The highest number of a year (of every year when `year` is null). */
function highest(known: readonly IssueRef[], year: number | null, supplement: boolean): number {
  let max = 0;
  for (const ref of known)
    if ((year === null || ref.year === year) && ref.supplement === supplement) max = Math.max(max, ref.number);
  return max;
}

/**
 * The next number: in the year's sequence, or in the series' one running sequence.
 * Ordinary issues and supplements are counted apart.
 */
export function nextNumber(
  known: readonly IssueRef[],
  year: number,
  supplement: boolean,
  numbering: Numbering = 'yearly',
): number {
  return highest(known, numbering === 'running' ? null : year, supplement) + 1;
}

const before = (a: IssueRef, b: IssueRef) => a.year < b.year || (a.year === b.year && a.number < b.number);

/** Ordinary issues after `from` up to and including `to`; each year counts up to its highest number. */
function issuesBetween(known: readonly IssueRef[], from: IssueRef | null, to: IssueRef): number {
  const first = from?.year ?? Math.min(to.year, ...known.filter((r) => !r.supplement).map((r) => r.year));
  let count = 0;
  for (let year = first; year < to.year; year++) count += highest(known, year, false);
  return count + to.number - (from ? from.number : 0);
}

/**
 * The running total (总第N期) of an ordinary issue: its place among all ordinary issues of
 * the series across years. It continues from the latest earlier issue whose record states a
 * total, so an office that numbered issues before using this tool keeps its count.
 */
export function runningTotal(known: readonly KnownIssue[], ref: IssueRef): number {
  const base = known
    .filter((k) => !k.supplement && k.total !== undefined && before(k, ref))
    .sort((a, b) => (before(a, b) ? 1 : -1))[0];
  return (base?.total ?? 0) + issuesBetween(known, base ?? null, ref);
}
