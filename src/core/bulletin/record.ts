/**
 * The record an issue file keeps in its front matter: which issue it is and which items it
 * holds. Numbering reads the file names; recovery after an interrupted run and `info
 * validate` read the item lists. Written by the tool whatever layout template is used.
 */
import { printOrder, type Issue } from './issue.js';
import type { KnownIssue } from './numbering.js';
import type { IssueRef } from './ref.js';

export interface IssueRecord extends KnownIssue {
  /** The issue's Markdown file, relative to the workspace root. */
  path: string;
  /** The series its record names; null when it names none. */
  series: string | null;
  date: string | null;
  note: string | null;
  /** Item ids, in the issue's order. */
  items: string[];
}

/** What an issue's Markdown file records in its front matter, in this order. */
export function recordData(issue: Issue): Record<string, unknown> {
  return {
    series: issue.series,
    ref: issue.refText,
    supplement: issue.ref.supplement,
    ...(issue.total !== null ? { total: issue.total } : {}),
    date: issue.date,
    ...(issue.note ? { note: issue.note } : {}),
    items: printOrder(issue).map((item) => item.id),
  };
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);

/**
 * The record of the issue file at `path`, named for `ref`. The file name decides which
 * issue it is; a front matter that cannot be read still leaves the number taken.
 */
export function readRecord(path: string, ref: IssueRef, data: Record<string, unknown> | null): IssueRecord {
  const items = Array.isArray(data?.items) ? data.items.filter((id): id is string => typeof id === 'string') : [];
  const total = data?.total;
  return {
    ...ref,
    path,
    series: text(data?.series)?.trim() ?? null,
    ...(typeof total === 'number' && Number.isInteger(total) && total > 0 ? { total } : {}),
    date: text(data?.date),
    note: text(data?.note),
    items,
  };
}
