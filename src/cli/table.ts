/** Plain text tables whose columns line up with Chinese text (two columns per character). */
import { clip } from '../core/printable.js';
import { displayWidth as stringWidth } from '../core/width.js';

export function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (stringWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/**
 * Rows of cells → lines. The last column is not padded and is cut to fit `maxWidth`
 * when one is given (the terminal's width).
 */
/** A cell holding a value from a file (a 4 MiB title) must not fill a pipe with megabytes. */
const MAX_CELL = 500;

export function table(head: string[], allRows: string[][], maxWidth?: number): string[] {
  const rows = allRows.map((r) => r.map((cell) => (cell.length > MAX_CELL ? clip(cell, MAX_CELL) : cell)));
  // A loop, not Math.max(...rows): spreading a hundred thousand rows overflows the stack.
  const widths = head.map((h, i) => rows.reduce((max, r) => Math.max(max, stringWidth(r[i] ?? '')), stringWidth(h)));
  const lastStart = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === cells.length - 1
          ? maxWidth && maxWidth - lastStart > 10
            ? truncate(cell, maxWidth - lastStart)
            : cell
          : pad(cell, widths[i]!),
      )
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)];
}
