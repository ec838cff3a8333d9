/**
 * One ledger row → what its item records, or every reason it cannot be read. Values take
 * keys or Chinese labels; a configured outlet decides an adoption's level and form.
 */
import type { Config } from '../config.js';
import type { Adoption, Instruction } from '../item.js';
import { findOutlet } from '../outlets.js';
import { resolveKey, type VocabKind } from '../vocab.js';
import { type Cell, cellDate, cellText } from './cell.js';
import type { Field } from './fields.js';

export interface LedgerRow {
  title: string;
  departments: string[];
  authors: string[];
  /** 报送日期, `YYYY-MM-DD`. */
  date: string;
  category: string;
  source: string;
  nature?: string;
  body: string;
  adoptions: Adoption[];
  instructions: Instruction[];
  /** Level or form the sheet wrote for a configured outlet that says otherwise (the outlet's were kept). */
  overruled: { outlet: string; given: string }[];
}

/** Why a row was refused: a catalogue key under `sheet.reason.` and its parameters. */
export interface Reason {
  code: string;
  params: Record<string, string | number>;
}

export type RowResult = { row: LedgerRow } | { reasons: Reason[] };

/** Several names or records in one cell: `发改委、财政局`, one per line, or `;`-separated. */
export function splitList(text: string): string[] {
  return text
    .split(/[、，,；;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

type Get = (field: Field) => Cell | undefined;

/** What offices write in a cell that has nothing to say. */
const NONE = new Set(['无', '/', '-', '—', '——', '－', '未采用', '否', 'n/a', 'N/A']);

class RowReader {
  readonly reasons: Reason[] = [];
  constructor(
    readonly get: Get,
    readonly config: Config,
  ) {}

  /** A cell's text; the marks a ledger writes for "none" (无, /, —, 未采用) are empty. */
  text(field: Field): string {
    const text = cellText(this.get(field));
    return field !== 'title' && field !== 'body' && NONE.has(text) ? '' : text;
  }

  refuse(code: string, params: Record<string, string | number> = {}): undefined {
    this.reasons.push({ code, params });
    return undefined;
  }

  vocab(kind: VocabKind, field: Field, value: string): string | undefined {
    if (!value) return undefined;
    return resolveKey(kind, value, this.config.labels[kind]) ?? this.refuse('value', { field, value });
  }

  date(field: Field, cell: Cell | undefined): string | undefined {
    const text = cellText(cell);
    if (!text) return undefined;
    return cellDate(cell) ?? this.refuse('date', { field, value: text });
  }

  /** A date of a record, the 报送日期 when the sheet leaves it out; never before that day. */
  after(field: Field, cell: Cell | undefined, submitted: string): string {
    const date = this.date(field, cell) ?? submitted;
    if (date < submitted) this.refuse('before', { field, value: date, date: submitted });
    return date;
  }
}

/** The `i`th of a column's list, or its only value for every record. */
function nth<T>(list: readonly T[], i: number): T | undefined {
  return list.length === 1 ? list[0] : list[i];
}

/** A date column's values: a date cell or a serial number is one; text may list several. */
function dateList(cell: Cell | undefined): Cell[] {
  if (typeof cell === 'string') return NONE.has(cell.trim()) ? [] : splitList(cell);
  return cellText(cell) ? [cell!] : [];
}

function departmentsOf(r: RowReader): string[] {
  const names = splitList(r.text('department'));
  if (!names.length) r.refuse('missing', { field: 'department' });
  const known = new Set(r.config.departments.map((d) => d.name));
  for (const name of names) if (known.size && !known.has(name)) r.refuse('department', { value: name });
  return names;
}

function adoptionsOf(r: RowReader, submitted: string, overruled: LedgerRow['overruled']): Adoption[] {
  const cells = { level: r.text('level'), outlet: r.text('outlet'), form: r.text('form') };
  const lists = {
    level: splitList(cells.level),
    outlet: splitList(cells.outlet),
    form: splitList(cells.form),
    adopted: dateList(r.get('adopted')),
  };
  const count = Math.max(lists.level.length, lists.outlet.length, lists.form.length);
  if (count === 0) {
    if (lists.adopted.length) r.refuse('adoption-empty');
    return [];
  }
  for (const [field, list] of Object.entries(lists) as [Field, unknown[]][])
    if (list.length > 1 && list.length !== count)
      r.refuse('adoption-count', { field, count: list.length, records: count });
  const out: Adoption[] = [];
  for (let i = 0; i < count; i++) {
    const outletName = nth(lists.outlet, i);
    const level = r.vocab('level', 'level', nth(lists.level, i) ?? '');
    const form = r.vocab('form', 'form', nth(lists.form, i) ?? '');
    const date = r.after('adopted', nth(lists.adopted, i), submitted);
    const outlet = findOutlet(r.config.outlets, outletName);
    if (outlet) {
      if ((level && level !== outlet.level) || (form && form !== outlet.form))
        overruled.push({
          outlet: outlet.name,
          given: [nth(lists.level, i), nth(lists.form, i)].filter(Boolean).join(' '),
        });
      out.push({ level: outlet.level, form: outlet.form, outlet: outlet.name, date });
    } else if (!level) {
      r.refuse('adoption-level', { value: outletName ?? '' });
    } else {
      out.push({ level, form: form ?? 'bulletin', ...(outletName ? { outlet: outletName } : {}), date });
    }
  }
  return out;
}

function instructionsOf(r: RowReader, submitted: string): Instruction[] {
  const leaders = splitList(r.text('leader'));
  const levels = splitList(r.text('instructionLevel'));
  const dates = dateList(r.get('instructionDate'));
  const text = r.text('instruction');
  if (!leaders.length) {
    if (levels.length || dates.length || text) r.refuse('instruction-leader');
    return [];
  }
  return leaders.map((leader, i) => {
    const level = r.vocab('level', 'instructionLevel', nth(levels, i) ?? '');
    const date = r.after('instructionDate', nth(dates, i), submitted);
    return { leader, ...(level ? { level } : {}), date, text };
  });
}

/** Reads one row; `get` gives the cell of a field (undefined when the sheet has no such column). */
export function readRow(get: Get, config: Config, defaults = { category: 'key', source: 'grassroots' }): RowResult {
  const r = new RowReader(get, config);
  const title = r.text('title').replace(/\s+/g, ' ');
  if (!title) r.refuse('missing', { field: 'title' });
  const departments = departmentsOf(r);
  const date = r.date('date', get('date'));
  if (!r.text('date')) r.refuse('missing', { field: 'date' });
  const category = r.vocab('category', 'category', r.text('category')) ?? defaults.category;
  const source = r.vocab('source', 'source', r.text('source')) ?? defaults.source;
  const nature = r.vocab('nature', 'nature', r.text('nature'));
  const overruled: LedgerRow['overruled'] = [];
  const adoptions = date ? adoptionsOf(r, date, overruled) : [];
  const instructions = date ? instructionsOf(r, date) : [];
  if (r.reasons.length || !date) return { reasons: r.reasons };
  const body = typeof get('body') === 'string' ? (get('body') as string).trim() : r.text('body');
  return {
    row: {
      title,
      departments,
      authors: splitList(r.text('author')),
      date,
      category,
      source,
      ...(nature ? { nature } : {}),
      body,
      adoptions,
      instructions,
      overruled,
    },
  };
}

/** A row with nothing in it (Excel keeps formatted empty rows). */
export function isBlank(cells: readonly Cell[]): boolean {
  return cells.every((c) => cellText(c) === '');
}
