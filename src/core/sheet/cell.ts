/**
 * A ledger cell as the sheet reader hands it over: text, a number, a flag, a date the
 * spreadsheet stored as a date (`{date: 'YYYY-MM-DD'}`), or nothing.
 */
import { isDate } from '../schema.js';

export type Cell = string | number | boolean | { date: string } | null;

/** A cell as text, trimmed; a date cell as `YYYY-MM-DD`. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.date;
  return String(cell).trim();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Whole days from Excel's day 0 (1900 date system, its phantom 29 February 1900 included). */
export function fromSerial(serial: number): string | undefined {
  const days = Math.floor(serial);
  if (!Number.isFinite(serial) || days < 1 || days > 2958465 || days === 60) return undefined;
  const t = new Date(Date.UTC(1899, 11, days < 60 ? 31 : 30) + days * 86_400_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** `2026-01-05`, `2026/1/5`, `2026.1.5`, `2026年1月5日`, `20260105`; a time after it is passed over. */
const TEXT_DATE =
  /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)(?:[\sT].*)?$/;

/**
 * The date a cell holds, `YYYY-MM-DD`: a date cell, an Excel serial number, or text in the
 * forms above. Undefined for anything else, and for days no calendar has (`2026-13-40`).
 */
export function cellDate(cell: Cell | undefined): string | undefined {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return undefined;
  if (typeof cell === 'object') return isDate(cell.date) ? cell.date : undefined;
  if (typeof cell === 'number') return fromSerial(cell);
  const text = cell.normalize('NFKC').trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const m = compact ? [text, compact[1], compact[2], compact[3]] : TEXT_DATE.exec(text);
  if (!m) return undefined;
  const month = m[2] ?? m[4];
  const day = m[3] ?? m[5];
  const date = `${m[1]}-${pad(Number(month))}-${pad(Number(day))}`;
  return isDate(date) ? date : undefined;
}
