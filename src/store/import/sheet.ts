/**
 * Reading an office's ledger (台账): an .xlsx workbook (exceljs, after its zip is read within
 * limits) or a .csv in UTF-8 (with or without BOM) or GBK/GB18030 (detected). Each worksheet
 * comes back as rows of cells, numbered as the spreadsheet numbers them.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Cell } from '../../core/sheet/cell.js';
import type { Params } from '../../core/problems.js';
import { decodeBytes, type EncodingChoice } from './decode.js';
import { readDocxZip } from './docx-zip.js';

export interface SheetRow {
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  cells: Cell[];
}

export interface Worksheet {
  name: string;
  rows: SheetRow[];
}

export type SheetRead = { sheets: Worksheet[] } | { failure: string; params: Params };

/** A ledger of ten thousand rows is a few megabytes; this leaves room for formatting and pictures. */
export const SHEET_MAX_BYTES = 50 * 1024 * 1024;
const SHEET_ZIP_LIMITS = { inflated: 200 * 1024 * 1024, parts: 5_000 };

const failure = (code: string, params: Params = {}): SheetRead => ({ failure: code, params });

const pad = (n: number) => String(n).padStart(2, '0');

/** exceljs hands dates as instants at UTC midnight of the day the cell shows. */
function dayOf(date: Date): Cell {
  if (Number.isNaN(date.getTime())) return null;
  return { date: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` };
}

/** An exceljs cell value as a plain cell: rich text joined, a formula's result, a link's text. */
function plain(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dayOf(value);
  if (typeof value !== 'object') return null;
  const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return plain(v.result);
  if (typeof v.text === 'string') return v.text;
  if (v.text && typeof v.text === 'object') return plain(v.text);
  return null;
}

async function readXlsx(bytes: Buffer): Promise<SheetRead> {
  const checked = await readDocxZip(bytes, SHEET_ZIP_LIMITS);
  if ('failure' in checked) return failure(checked.failure.replace(/^docx-/, 'xlsx-'), checked.params);
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(checked.zip) as unknown as Parameters<typeof book.xlsx.load>[0]);
  } catch (error) {
    return failure('xlsx-corrupt', { reason: error instanceof Error ? error.message.slice(0, 200) : String(error) });
  }
  const sheets = book.worksheets.map((sheet) => {
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const values = row.values as unknown[];
      rows.push({ row: number, cells: values.slice(1).map(plain) });
    });
    return { name: sheet.name, rows };
  });
  return { sheets };
}

async function readCsv(bytes: Buffer, choice: EncodingChoice, name: string): Promise<SheetRead> {
  const decoded = decodeBytes(bytes, choice);
  if ('failure' in decoded)
    return failure(decoded.failure, decoded.failure === 'encoding-uncertain' ? { guess: decoded.guess } : {});
  const { parse } = await import('csv-parse/sync');
  let records: string[][];
  try {
    records = parse(decoded.text, { relax_column_count: true, relax_quotes: true, bom: true }) as string[][];
  } catch (error) {
    return failure('csv-corrupt', { reason: error instanceof Error ? error.message.slice(0, 200) : String(error) });
  }
  return { sheets: [{ name, rows: records.map((cells, i) => ({ row: i + 1, cells })) }] };
}

/** The worksheets of a ledger file, or why it cannot be read. */
export async function readSheet(abs: string, choice: EncodingChoice, name: string): Promise<SheetRead> {
  const ext = extname(abs).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') return failure('sheet-format', { ext: ext || abs });
  let bytes: Buffer;
  try {
    const size = statSync(abs).size;
    if (size > SHEET_MAX_BYTES) return failure('too-large', { size, max: SHEET_MAX_BYTES });
    bytes = readFileSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'ENOENT' ? failure('missing') : failure('unreadable', { code });
  }
  if (bytes.length === 0) return failure('empty');
  return ext === '.xlsx' ? readXlsx(bytes) : readCsv(bytes, choice, name);
}
