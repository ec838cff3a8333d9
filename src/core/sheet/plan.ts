/**
 * A ledger row as an item: a history back-dated to its 报送日期 that reaches `submitted` that
 * day, then `approved` and `reported` that day and `adopted` on its first adoption when the
 * row records one (the moves the status table allows), the records, and its origin.
 */
import type { HistoryEntry } from '../item.js';
import type { NewItemInput } from '../new-item.js';
import { isoOnDate } from '../time.js';
import type { LedgerRow } from './row.js';

/** The hour a back-dated move is stamped with, in the office's zone: within the day it counts for. */
const HOUR = '09:00:00';

/** Rows are matched on title + department + date: the same row imported twice is one item. */
export function matchKey(title: string, departments: readonly string[], date: string): string {
  return [title.replace(/\s+/g, ' ').trim(), [...departments].sort().join('、'), date].join('\u0000');
}

export interface RowContext {
  sheet: string;
  row: number;
  by: string;
  zone: string;
}

/** Stamps by day and zone: a ledger's thousands of rows fall on a few hundred days. */
const stamps = new Map<string, string>();

function stamp(date: string, zone: string): string {
  const key = `${date} ${zone}`;
  let at = stamps.get(key);
  if (at === undefined) stamps.set(key, (at = isoOnDate(date, HOUR, zone)));
  return at;
}

function history(row: LedgerRow, c: RowContext): HistoryEntry[] {
  const at = stamp(row.date, c.zone);
  const entries: HistoryEntry[] = [{ at, by: c.by, to: 'submitted' }];
  if (!row.adoptions.length) return entries;
  const first = row.adoptions.map((a) => a.date).sort()[0]!;
  entries.push(
    { at, by: c.by, from: 'submitted', to: 'approved' },
    { at, by: c.by, from: 'approved', to: 'reported' },
    { at: stamp(first, c.zone), by: c.by, from: 'reported', to: 'adopted' },
  );
  return entries;
}

export function ledgerInput(row: LedgerRow, c: RowContext): NewItemInput {
  const entries = history(row, c);
  return {
    title: row.title,
    category: row.category,
    source: row.source,
    ...(row.nature ? { nature: row.nature } : {}),
    departments: row.departments,
    authors: row.authors,
    tags: [],
    status: 'submitted',
    body: row.body ? `${row.body}\n` : '',
    date: row.date,
    at: entries[0]!.at,
    by: c.by,
    ledger: {
      status: entries.at(-1)!.to,
      history: entries,
      adoptions: row.adoptions,
      instructions: row.instructions,
      origin: { sheet: c.sheet, row: c.row },
    },
  };
}
