/**
 * The columns of an office's ledger (台账, docs/cli.md 5.10.1): the fields a row may fill, the
 * headers (and their common synonyms) that name them, `--map` for the rest, and finding the
 * header row under any title rows above it.
 */
import type { Cell } from './cell.js';
import { cellText } from './cell.js';

/** The fields a ledger row may fill, in the order the help lists them. */
export const FIELDS = [
  'title',
  'department',
  'author',
  'date',
  'category',
  'source',
  'nature',
  'level',
  'outlet',
  'form',
  'adopted',
  'leader',
  'instructionLevel',
  'instructionDate',
  'instruction',
  'body',
] as const;
export type Field = (typeof FIELDS)[number];

/** Each field's header first, then the synonyms offices use. */
export const HEADERS: Record<Field, readonly string[]> = {
  title: ['标题', '信息标题', '稿件标题', '题目', '信息名称'],
  department: ['报送单位', '单位', '报送部门', '部门', '供稿单位', '单位名称'],
  author: ['信息员', '作者', '撰稿人', '撰稿', '报送人', '供稿人'],
  date: ['报送日期', '日期', '报送时间', '时间'],
  category: ['类别', '信息类别', '类型'],
  source: ['来源', '信息来源'],
  nature: ['性质', '信息性质'],
  level: ['采用级别', '采用层级', '级别'],
  outlet: ['采用刊物', '载体', '刊物', '采用载体', '采用情况'],
  form: ['采用形式', '形式'],
  adopted: ['采用日期', '采用时间'],
  leader: ['批示领导', '批示人'],
  instructionLevel: ['批示级别', '批示层级'],
  instructionDate: ['批示日期', '批示时间'],
  instruction: ['批示内容', '批示'],
  body: ['正文', '内容', '信息内容'],
};

/** Fields a row cannot do without: a sheet missing one of these columns is refused whole. */
export const REQUIRED: readonly Field[] = ['title', 'department', 'date'];

/** `报送日期（年月日）`, ` 标 题 `, `*标题` and `标题：` name one header. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s*:：]/g, '')
    .toLowerCase();
}

const BY_HEADER = new Map<string, Field>(
  FIELDS.flatMap((field) => HEADERS[field].map((h) => [headerKey(h), field] as [string, Field])),
);

/** The field a `--map` target names: its key (`title`) or any of its headers (`标题`). */
export function fieldNamed(name: string): Field | undefined {
  const key = name.trim();
  return (FIELDS as readonly string[]).includes(key) ? (key as Field) : BY_HEADER.get(headerKey(key));
}

/** Header → field for this run: the known headers, then the user's `--map` entries over them. */
export function headerTable(map: ReadonlyMap<string, Field>): Map<string, Field> {
  const table = new Map(BY_HEADER);
  for (const [header, field] of map) table.set(headerKey(header), field);
  return table;
}

export interface Header {
  /** Index of the header row among the rows read. */
  index: number;
  /** Field → column index (the first column naming it). */
  columns: Partial<Record<Field, number>>;
  /** Headers of other columns, left aside. */
  unknown: string[];
}

/** The first row with three or more known headers; rows above it are titles. */
export function findHeader(rows: readonly (readonly Cell[])[], table: ReadonlyMap<string, Field>): Header | undefined {
  for (let index = 0; index < rows.length; index++) {
    const columns: Partial<Record<Field, number>> = {};
    const unknown: string[] = [];
    rows[index]!.forEach((cell, column) => {
      const text = cellText(cell);
      if (!text) return;
      const field = table.get(headerKey(text));
      if (field === undefined) unknown.push(text);
      else if (columns[field] === undefined) columns[field] = column;
    });
    if (Object.keys(columns).length >= 3) return { index, columns, unknown };
  }
  return undefined;
}
