/** The month notice's departments table as CSV. */
import type { NoticeText } from './notice-text.js';
import { toCsv } from './csv.js';

export function monthCsv(n: NoticeText): string {
  const { columns, rows } = n.departments;
  return toCsv(
    columns.map((c) => c.flat),
    rows,
    columns.map((c) => !c.numeric),
  );
}
