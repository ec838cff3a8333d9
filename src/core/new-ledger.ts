/**
 * Planning a ledger entry's file (docs/cli.md 3.6): its id, path and text. Pure: the date,
 * the clock's reading and the randomness are passed in.
 */
import { Document } from 'yaml';
import { makeId, slugify } from './id.js';
import { toLedgerEntry, type LedgerEntry } from './ledger.js';
import { YAML_OUTPUT } from './new-item.js';

export interface NewLedgerInput {
  department: string;
  author: string | null;
  kind: string;
  /** The kind's label, for the file name (迟报 → chi-bao). */
  kindLabel: string;
  points: number;
  /** `YYYY-MM-DD`: when it counts; also the id's date and the folder's year. */
  date: string;
  note: string;
  item: string | null;
  disqualify: boolean;
  by: string;
  /** When it was written, a timestamp in the configured zone. */
  at: string;
}

export interface PlannedLedgerEntry {
  entry: LedgerEntry;
  path: string;
  text: string;
}

/** `ledger/2026/20261120-k7f2-ying-ji-guan-li-ju-chi-bao.md` */
export function ledgerPath(id: string, department: string, kindLabel: string): string {
  return `ledger/${id.slice(0, 4)}/${id}-${slugify(`${department} ${kindLabel}`)}.md`;
}

export function planLedgerEntry(input: NewLedgerInput, random: () => number): PlannedLedgerEntry {
  const id = makeId(input.date, random);
  // Every key written, the empty ones too, so a reader sees what may be filled in.
  const doc = new Document({
    id,
    department: input.department,
    author: input.author,
    kind: input.kind,
    points: input.points,
    date: input.date,
    note: input.note,
    item: input.item,
    disqualify: input.disqualify,
    by: input.by,
    at: input.at,
  });
  const path = ledgerPath(id, input.department, input.kindLabel);
  return {
    entry: toLedgerEntry(doc.toJS() as Record<string, unknown>, path),
    path,
    text: `---\n${doc.toString({ ...YAML_OUTPUT, nullStr: '' })}---\n`,
  };
}
