/**
 * CSV for spreadsheet programs: UTF-8 with a BOM (so Chinese opens correctly), CRLF, and
 * text cells that a spreadsheet would take for a formula neutralised.
 */
import { stringify } from 'csv-stringify/sync';
import { stripControls } from './clean.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell beginning like a formula gets a leading apostrophe, shown as text. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Rows → CSV bytes as text. Only `text[i]` columns are neutralised: the others hold numbers
 * the tool computed (−2 is a number, not a formula).
 */
export function toCsv(head: readonly string[], rows: readonly (readonly string[])[], text: readonly boolean[]): string {
  const safe = (row: readonly string[]) => row.map((cell, i) => (text[i] ? neutralise(stripControls(cell)) : cell));
  return stringify([head.map(neutralise), ...rows.map(safe)], { bom: true, record_delimiter: 'windows' });
}
