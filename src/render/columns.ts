/** A table as every format lays it out: labelled columns, optionally grouped, and text cells. */

export interface Column {
  label: string;
  /** The label where there is only one header row and no group above it (csv). */
  flat: string;
  /** A label shared with neighbouring columns in a two-row header (采用 over 县/区 市 省 国家). */
  group?: string;
  /** Figures: right-aligned or centred, never neutralised as text. */
  numeric: boolean;
  /** What the column holds (`points`), for a layout that sizes columns by their content. */
  key?: string;
  /** Its values are fractions shown as percentages (a spreadsheet formats them so). */
  percent?: boolean;
}

/** A cell as a spreadsheet keeps it: a number stays a number; null is an empty cell. */
export type RawCell = string | number | null;

export interface TextTable {
  columns: Column[];
  rows: string[][];
  /** The same cells unformatted, for a spreadsheet (absent: the text cells). */
  values?: RawCell[][];
}

/** How many columns from `start` on share its group. */
export function groupSpan(columns: readonly Column[], start: number): number {
  const group = columns[start]?.group;
  let span = 0;
  while (group !== undefined && columns[start + span]?.group === group) span++;
  return span;
}
