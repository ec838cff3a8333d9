/** Markdown pipe tables whose columns line up in a terminal, Chinese text included. */
import { displayWidth } from '../core/width.js';
import { stripControls } from './clean.js';

/** A cell's text safe inside a pipe table: one line, pipes escaped. */
export function mdCell(text: string): string {
  return stripControls(text.replace(/\r?\n|\r|\t/g, ' ')).replace(/\|/g, '\\|');
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** `numeric[i]` columns are right-aligned (and marked `---:` for Markdown viewers). */
export function pipeTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[],
): string[] {
  const cells = [head, ...rows].map((row) => row.map(mdCell));
  const widths = head.map((_, i) => Math.max(3, ...cells.map((row) => displayWidth(row[i] ?? ''))));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, i) => pad(cell, widths[i]!, numeric[i] ?? false)).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)];
}
