/**
 * A notice as an Excel workbook, for offices that rework its tables in Excel or WPS: one
 * sheet per table (the units, one per group when there are groups; writers; adopted items;
 * the ledger; the year's awards), the title and date on top, a frozen header row, numbers as
 * numbers, rates as percentages, columns as wide as their Chinese text.
 */
import { createRequire } from 'node:module';
import type { Workbook, Worksheet } from 'exceljs';
import { displayWidth } from '../core/width.js';
import type { Column, TextTable } from './columns.js';
import type { NoticeText } from './notice-text.js';

const require = createRequire(import.meta.url);
/** The title, the office and date, an empty row: the header is the fourth row. */
const HEADER_ROW = 4;
const MAX_WIDTH = 60;

/** A sheet's name as Excel allows it: no []:*?/\, at most 31 characters, unique in the book. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = [...(wanted.replace(/[[\]:*?/\\\u0000-\u001f]/g, ' ').trim() || 'Sheet')].slice(0, 31).join('');
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${[...base].slice(0, 28).join('')}(${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** Rates as percentages, fees in yuan and fen; other figures as they are (General). */
function numberFormat(c: Column): string | undefined {
  if (c.percent) return '0.0%';
  return c.key === 'fee' ? '0.00' : undefined;
}

function addTable(book: Workbook, name: string, table: TextTable, n: NoticeText): Worksheet {
  // Printed on A4 landscape, one page wide: a notice's table is read across.
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const values = table.values ?? table.rows;
  const last = Math.max(table.columns.length, 1);
  sheet.getCell(1, 1).value = n.title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, last);
  sheet.getCell(2, 1).value = `${n.office}　${n.date}`.trim();
  sheet.mergeCells(2, 1, 2, last);
  const header = sheet.getRow(HEADER_ROW);
  table.columns.forEach((c, i) => {
    header.getCell(i + 1).value = c.flat;
  });
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  values.forEach((row, r) => {
    const line = sheet.getRow(HEADER_ROW + 1 + r);
    row.forEach((v, i) => {
      line.getCell(i + 1).value = v === null ? null : v;
    });
  });
  table.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    const format = numberFormat(c);
    if (format) column.numFmt = format;
    const widest = Math.max(displayWidth(c.flat), ...table.rows.map((row) => displayWidth(row[i] ?? '')));
    column.width = Math.min(MAX_WIDTH, Math.max(6, widest + 2));
  });
  return sheet;
}

export async function monthXlsx(n: NoticeText): Promise<Uint8Array> {
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = n.office;
  book.title = n.title;
  const taken = new Set<string>();
  const grouped = n.departmentTables.some((g) => g.name !== null);
  const units = grouped ? n.departmentTables : [{ name: null, table: n.departments }];
  for (const { name, table } of units) addTable(book, sheetName(name ?? n.sheetNames.departments, taken), table, n);
  addTable(book, sheetName(n.sheetNames.writers, taken), n.writers, n);
  addTable(book, sheetName(n.sheetNames.adopted, taken), n.sheets.adopted, n);
  if (n.sheets.ledger) addTable(book, sheetName(n.sheetNames.ledger, taken), n.sheets.ledger, n);
  if (n.sheets.awards) addTable(book, sheetName(n.sheetNames.awards, taken), n.sheets.awards, n);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
