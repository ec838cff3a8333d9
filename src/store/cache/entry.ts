/**
 * The cache index, column by column (`columns.ts`): the numbers of every file (stamp, layout,
 * blob range) as one block of doubles, paths and each field of the item heads as a column of
 * strings, the few problems and topics as JSON. Every run reads the index of 100,000 files:
 * one decode per column costs a fraction of 100,000 parses of a tuple each, and leaves far
 * fewer objects for the collector. Decoding checks every shape: a cache is input too, and a
 * damaged one must not crash a run.
 */
import type { Placed } from '../../core/analyze.js';
import { isPlainObject } from '../../core/schema.js';
import type { Topic } from '../../core/topic.js';
import type { Stamp } from './record.js';
import { type ColumnReader, ColumnWriter, type ListColumn, type StringColumn } from './columns.js';
import type { ItemHead } from './head.js';

/** One file's entry, as written. */
export interface Entry {
  path: string;
  stamp: Stamp;
  problems: Placed[];
  /** Index into the shared key-line layouts. */
  layout: number;
  head: ItemHead | null;
  topic: Topic | null;
  /** Byte range of the item's JSON in the blob. */
  blob: [number, number] | null;
}

/** The problems of every file that has none: frozen, a finding across files replaces it. */
const NO_PROBLEMS = Object.freeze([]) as unknown as Placed[];

/** Doubles per file: size, mtimeMs, ctimeMs, ino, layout, blob offset (-1: none), blob length. */
const NUMBERS = 7;

const TEXTS = ['id', 'title', 'status', 'category', 'source', 'created', 'updated'] as const;
const OPTIONAL = ['topic', 'submitted'] as const;
const NAMES = ['departments', 'authors', 'tags', 'years', 'dues'] as const;

/** Every field of a head but its path (which the file record has). */
export const HEAD_FIELDS = [...TEXTS, ...OPTIONAL, ...NAMES] as const;
export type HeadField = (typeof HEAD_FIELDS)[number];

export function encodeRows(entries: readonly Entry[]): ColumnWriter {
  const numbers = new Float64Array(entries.length * NUMBERS);
  const withHead = entries.filter((e) => e.head);
  const columns = new ColumnWriter();
  entries.forEach(({ stamp, layout, blob }, row) => {
    numbers.set(
      [stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, layout, blob ? blob[0] : -1, blob ? blob[1] : 0],
      row * NUMBERS,
    );
  });
  columns.numbers('numbers', numbers);
  columns.strings(
    'path',
    entries.map((e) => e.path),
  );
  columns.json(
    'problems',
    entries.flatMap((e, row) => (e.problems.length > 0 ? [[row, e.problems]] : [])),
  );
  columns.json(
    'topics',
    entries.flatMap((e, row) => (e.topic ? [[row, e.topic]] : [])),
  );
  columns.counts('at', Uint32Array.from(entries.flatMap((e, row) => (e.head ? [row] : []))));
  for (const field of [...TEXTS, ...OPTIONAL])
    columns.strings(
      field,
      withHead.map((e) => e.head![field]),
    );
  for (const field of NAMES)
    columns.lists(
      field,
      withHead.map((e) => e.head![field]),
    );
  return columns;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isRow = (count: number) => (value: unknown) =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < count;

function isPlaced(value: unknown): value is Placed {
  return (
    isPlainObject(value) &&
    isString(value.rule) &&
    (value.severity === 'error' || value.severity === 'warning') &&
    isNumber(value.line) &&
    isNumber(value.column) &&
    isPlainObject(value.params) &&
    Object.values(value.params).every((v) => isString(v) || isNumber(v))
  );
}

function isTopic(value: unknown): value is Topic {
  return (
    isPlainObject(value) &&
    ['id', 'title', 'due', 'brief', 'created', 'path'].every((key) => isString(value[key])) &&
    Array.isArray(value.departments) &&
    value.departments.every(isString)
  );
}

/** Pairs of a row and a value, each checked, as a map by row. */
function sparse<T>(value: unknown, count: number, check: (v: unknown) => v is T): Map<number, T> {
  const isAt = isRow(count);
  if (!Array.isArray(value)) throw new TypeError('bad index');
  const out = new Map<number, T>();
  for (const pair of value) {
    if (!Array.isArray(pair) || pair.length !== 2 || !isAt(pair[0]) || !check(pair[1]))
      throw new TypeError('bad index');
    out.set(pair[0] as number, pair[1] as T);
  }
  return out;
}

type Column = StringColumn | ListColumn;

/** The head fields every run reads (the findings across files need them): read with the index. */
const FIRST = ['id', 'title', 'topic', 'created'] as const;

/** Head columns, each checked for length and kind against the rows that have heads. */
function headColumns(
  columns: ColumnReader,
  fields: readonly HeadField[],
  count: number,
): Partial<Record<HeadField, Column>> {
  const heads: Partial<Record<HeadField, Column>> = {};
  for (const field of fields) {
    const column = (NAMES as readonly string[]).includes(field) ? columns.lists(field) : columns.strings(field);
    if (column.length !== count || ((TEXTS as readonly string[]).includes(field) && (column as StringColumn).hasNull))
      throw new TypeError('bad heads');
    heads[field] = column;
  }
  return heads;
}

/** The row of each head: `at` lists them, in order. */
function headRows(at: Uint32Array, count: number): Int32Array {
  const headOf = new Int32Array(count).fill(-1);
  at.forEach((row, i) => {
    if (row >= count || headOf[row] !== -1) throw new TypeError('bad heads');
    headOf[row] = i;
  });
  return headOf;
}

/**
 * The decoded index: each file's entry, by row, built when asked for. Every column is checked
 * when the index is opened, but its strings are cut only when first wanted: `validate` never
 * cuts the departments, tags or years of 100,000 heads.
 */
export class Rows {
  private constructor(
    readonly paths: readonly string[],
    private readonly numbers: Float64Array,
    private readonly columns: ColumnReader,
    private readonly heads: Partial<Record<HeadField, Column>>,
    private readonly headOf: Int32Array,
    private readonly headCount: number,
    private readonly problemsOf: Map<number, Placed[]>,
    private readonly topicsOf: Map<number, Topic>,
  ) {}

  /** Every head column's values, once `head` first needs them. */
  private all: Record<HeadField, unknown[]> | undefined;

  /** Checks every shape; throws on anything that does not fit. */
  static decode(columns: ColumnReader, layouts: number): Rows {
    const paths = columns.strings('path');
    if (paths.hasNull) throw new TypeError('bad paths');
    const count = paths.length;
    const numbers = columns.numbers('numbers');
    if (numbers.length !== count * NUMBERS) throw new TypeError('bad numbers');
    for (let row = 0; row < count; row++) {
      const at = row * NUMBERS;
      for (let k = 0; k < NUMBERS; k++) if (!Number.isFinite(numbers[at + k])) throw new TypeError('bad numbers');
      const [layout, offset, length] = [numbers[at + 4]!, numbers[at + 5]!, numbers[at + 6]!];
      if (!Number.isInteger(layout) || layout < 0 || layout >= layouts) throw new TypeError('bad layout');
      if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < -1 || length < 0)
        throw new TypeError('bad range');
    }
    const at = columns.counts('at');
    const headOf = headRows(at, count);
    const heads = headColumns(columns, FIRST, at.length);
    const problems = sparse(
      columns.json('problems'),
      count,
      (p): p is Placed[] => Array.isArray(p) && p.every(isPlaced),
    );
    return new Rows(
      paths.values as string[],
      numbers,
      columns,
      heads,
      headOf,
      at.length,
      problems,
      sparse(columns.json('topics'), count, isTopic),
    );
  }

  get count(): number {
    return this.paths.length;
  }

  sameStamp(row: number, stamp: Stamp): boolean {
    const at = row * NUMBERS;
    const n = this.numbers;
    return (
      n[at] === stamp.size && n[at + 1] === stamp.mtimeMs && n[at + 2] === stamp.ctimeMs && n[at + 3] === stamp.ino
    );
  }

  layout(row: number): number {
    return this.numbers[row * NUMBERS + 4]!;
  }

  blob(row: number): [number, number] | null {
    const at = row * NUMBERS;
    return this.numbers[at + 5]! < 0 ? null : [this.numbers[at + 5]!, this.numbers[at + 6]!];
  }

  /** A fresh list, or the one shared empty list when there are none (never added to, see `load.ts`). */
  problems(row: number): Placed[] {
    return this.problemsOf.get(row)?.slice() ?? NO_PROBLEMS;
  }

  topic(row: number): Topic | null {
    return this.topicsOf.get(row) ?? null;
  }

  /**
   * One field of the head (its column is cut when first wanted); undefined without a head.
   * The columns every run reads came with the index; the others are read and checked the
   * first time one is wanted, and throw then if damaged.
   */
  field<F extends HeadField>(row: number, field: F): ItemHead[F] | undefined {
    const i = this.headOf[row]!;
    return i < 0 ? undefined : (this.column(field).values[i] as ItemHead[F]);
  }

  /** A head column, read when first wanted. */
  private column(field: HeadField): Column {
    return (this.heads[field] ??= headColumns(this.columns, [field], this.headCount)[field]!);
  }

  head(row: number): ItemHead | null {
    const i = this.headOf[row]!;
    if (i < 0) return null;
    const c = (this.all ??= this.allColumns());
    // One literal, not a property at a time: 100,000 heads share one shape.
    return {
      id: c.id[i],
      title: c.title[i],
      topic: c.topic[i],
      status: c.status[i],
      category: c.category[i],
      source: c.source[i],
      departments: c.departments[i],
      authors: c.authors[i],
      created: c.created[i],
      tags: c.tags[i],
      updated: c.updated[i],
      years: c.years[i],
      submitted: c.submitted[i],
      dues: c.dues[i],
      path: this.paths[row],
    } as ItemHead;
  }

  /** Every head column's values (reading those not read yet). */
  private allColumns(): Record<HeadField, unknown[]> {
    return Object.fromEntries(HEAD_FIELDS.map((f) => [f, this.column(f).values])) as Record<HeadField, unknown[]>;
  }

  /** The whole entry, to be written again. */
  entry(row: number, head: ItemHead | null): Entry {
    const at = row * NUMBERS;
    const n = this.numbers;
    const stamp = { size: n[at]!, mtimeMs: n[at + 1]!, ctimeMs: n[at + 2]!, ino: n[at + 3]! };
    return {
      path: this.paths[row]!,
      stamp,
      problems: this.problems(row),
      layout: this.layout(row),
      head,
      topic: this.topic(row),
      blob: this.blob(row),
    };
  }
}
