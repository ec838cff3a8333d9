/** The information item: its front-matter schema, its model, and its JSON form (docs/cli.md 3.1, 4). */
import type { Outlet } from './config.js';
import { findOutlet } from './outlets.js';
import { finding, type Finding } from './problems.js';
import { check, isPlainObject, scalarText, toNames, type Spec } from './schema.js';
import { checkHistory, type Moves } from './workflow.js';

export const HISTORY_SPEC = {
  type: 'object',
  fields: {
    at: { type: 'string', format: 'timestamp', required: true },
    by: { type: 'string', required: true, nonEmpty: true },
    from: { type: 'string', vocab: 'status' },
    to: { type: 'string', vocab: 'status', required: true },
    note: { type: 'string' },
  },
} as const satisfies Spec;

export const ADOPTION_SPEC = {
  type: 'object',
  fields: {
    // Required unless `outlet` names a configured outlet, which gives it (`adoptionFindings`).
    level: { type: 'string', vocab: 'level' },
    form: { type: 'string', vocab: 'form' },
    outlet: { type: 'string' },
    date: { type: 'string', format: 'date', required: true },
    issue: { type: 'string' },
    /** A 简讯: scored at `scoring.brief` of its points. */
    brief: { type: 'boolean' },
  },
} as const satisfies Spec;

export const INSTRUCTION_SPEC = {
  type: 'object',
  fields: {
    leader: { type: 'string', required: true, nonEmpty: true },
    level: { type: 'string', vocab: 'level' },
    date: { type: 'string', format: 'date', required: true },
    text: { type: 'string', required: true },
    due: { type: 'string', format: 'date' },
  },
} as const satisfies Spec;

export const ITEM_SPEC = {
  type: 'object',
  fields: {
    id: { type: 'string', format: 'id', required: true },
    title: { type: 'string', required: true, nonEmpty: true },
    category: { type: 'string', vocab: 'category', required: true },
    source: { type: 'string', vocab: 'source', required: true },
    nature: { type: 'string', vocab: 'nature' },
    status: { type: 'string', vocab: 'status', required: true },
    department: { type: 'names', required: true },
    // An imported item may wait for its writer's name: `[]` is a warning (author-missing), not an error.
    authors: { type: 'names', required: true, empty: true },
    created: { type: 'string', format: 'date', required: true },
    topic: { type: 'string', format: 'id' },
    tags: { type: 'list', of: { type: 'string' } },
    history: { type: 'list', of: HISTORY_SPEC, required: true },
    adoptions: { type: 'list', of: ADOPTION_SPEC },
    instructions: { type: 'list', of: INSTRUCTION_SPEC },
    bulletins: { type: 'list', of: { type: 'string', format: 'ref' } },
    // Bulletin layout and merged items (docs/cli.md 3.1).
    section: { type: 'string' },
    brief: { type: 'boolean' },
    merged: { type: 'list', of: { type: 'string', format: 'id' } },
    // The ledger row it was brought in from (台账, docs/cli.md 5.10.1).
    origin: {
      type: 'object',
      fields: {
        sheet: { type: 'string', required: true, nonEmpty: true },
        row: { type: 'number', integer: true, min: 1, required: true },
      },
    },
  },
} as const satisfies Spec;

export interface HistoryEntry {
  at: string;
  by: string;
  from?: string;
  to: string;
  note?: string;
}

export interface Adoption {
  level: string;
  form: string;
  outlet?: string;
  date: string;
  issue?: string;
  /** Recorded as a 简讯. */
  brief?: boolean;
}

export interface Instruction {
  leader: string;
  level?: string;
  date: string;
  text: string;
  due?: string;
}

/** The ledger row an item was brought in from: the sheet's file name and its row number. */
export interface Origin {
  sheet: string;
  row: number;
}

export interface Item {
  id: string;
  title: string;
  category: string;
  source: string;
  nature: string | null;
  status: string;
  departments: string[];
  authors: string[];
  created: string;
  topic: string | null;
  tags: string[];
  history: HistoryEntry[];
  adoptions: Adoption[];
  instructions: Instruction[];
  bulletins: string[];
  /** The bulletin section (栏目) it goes under; absent when none. */
  section?: string;
  /** A 简讯: printed as one paragraph under the issue's 简讯 heading; absent when not. */
  brief?: true;
  /** The items this one was merged from (综合稿); absent when none. */
  merged?: string[];
  /** The ledger row it was brought in from; absent when not. */
  origin?: Origin;
  /** Relative to the workspace root, with `/` separators. */
  path: string;
}

/** Entries of a list of records, each value as text: nothing downstream converts an object from a file. */
function records<T>(value: unknown): T[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isPlainObject).map(
    (entry) =>
      Object.fromEntries(
        Object.entries(entry)
          .filter(([, v]) => v !== null && v !== undefined)
          .map(([k, v]) => [k, scalarText(v)]),
      ) as T,
  );
}

const text = scalarText;

function optional(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Adoption records: a record naming a configured outlet takes the level and form it leaves
 * out from that outlet; any other record without a form is in the bulletin form. `brief`
 * is kept only as `true`.
 */
function adoptionsOf(value: unknown, outlets: readonly Outlet[]): Adoption[] {
  const raw = Array.isArray(value) ? value.filter(isPlainObject) : [];
  return records<Adoption>(value).map((record, i) => {
    const { brief: _brief, ...a } = record;
    const outlet = a.level && a.form ? undefined : findOutlet(outlets, a.outlet);
    const level = a.level ?? outlet?.level;
    return {
      ...a,
      ...(level === undefined ? {} : { level }),
      form: a.form ?? outlet?.form ?? 'bulletin',
      ...(raw[i]?.brief === true ? { brief: true } : {}),
    };
  });
}

/**
 * The model of an item, built leniently from whatever the front matter holds; `outlets`
 * (the config's) complete adoption records that name one.
 */
export function toItem(data: Record<string, unknown>, path: string, outlets: readonly Outlet[] = []): Item {
  return {
    id: text(data.id),
    title: text(data.title),
    category: text(data.category),
    source: text(data.source),
    nature: optional(data.nature),
    status: text(data.status),
    departments: toNames(data.department),
    authors: toNames(data.authors),
    created: text(data.created),
    topic: optional(data.topic),
    tags: toNames(data.tags),
    history: records<HistoryEntry>(data.history),
    adoptions: adoptionsOf(data.adoptions, outlets),
    instructions: records<Instruction>(data.instructions),
    bulletins: toNames(data.bulletins),
    ...layoutOf(data),
    ...originOf(data.origin),
    path,
  };
}

/** `origin` only when it holds a sheet's name and a row number. */
function originOf(value: unknown): Pick<Item, 'origin'> {
  if (!isPlainObject(value) || typeof value.sheet !== 'string' || !Number.isInteger(value.row)) return {};
  return { origin: { sheet: value.sheet, row: value.row as number } };
}

/** The optional keys of section 10, present only when set, so an item without them looks as it always did. */
function layoutOf(data: Record<string, unknown>): Pick<Item, 'section' | 'brief' | 'merged'> {
  const section = optional(data.section)?.trim();
  const merged = toNames(data.merged);
  return {
    ...(section ? { section } : {}),
    ...(data.brief === true ? { brief: true as const } : {}),
    ...(merged.length ? { merged } : {}),
  };
}

/** Every schema and history problem of one item's front matter. */
export function checkItemData(data: unknown, moves?: Moves): Finding[] {
  const out: Finding[] = [];
  check(ITEM_SPEC, data, [], out);
  if (
    isPlainObject(data) &&
    Array.isArray(data.history) &&
    typeof data.status === 'string' &&
    out.every((f) => f.path?.[0] !== 'history')
  ) {
    out.push(...checkHistory(data.status, data.history.filter(isPlainObject), moves));
  }
  return out;
}

/**
 * An adoption without a level is an error, unless it names a configured outlet (which gives
 * one). One that names a configured outlet but records another level or form is scored by
 * the level × form table, not by the outlet: a warning says so.
 */
export function adoptionFindings(data: unknown, outlets: readonly Outlet[]): Finding[] {
  if (!isPlainObject(data) || !Array.isArray(data.adoptions)) return [];
  return data.adoptions.flatMap((entry, i) => {
    if (!isPlainObject(entry)) return [];
    const outlet = typeof entry.outlet === 'string' ? findOutlet(outlets, entry.outlet) : undefined;
    const given = (key: 'level' | 'form') => (typeof entry[key] === 'string' ? entry[key] : undefined);
    if (!outlet) {
      if (entry.level !== undefined && entry.level !== null) return [];
      return [
        finding('field-required', 'error', { path: ['adoptions', i, 'level'] }, { key: `adoptions[${i}].level` }),
      ];
    }
    const level = given('level') ?? outlet.level;
    const form = given('form') ?? outlet.form;
    if (level === outlet.level && form === outlet.form) return [];
    const params = { key: `adoptions[${i}]`, outlet: outlet.name, level: outlet.level, form: outlet.form };
    return [finding('outlet-mismatch', 'warning', { path: ['adoptions', i] }, params)];
  });
}

/** The item as docs/cli.md 4 shows it, keys in that order. */
export function itemJson(item: Item): Record<string, unknown> {
  return {
    id: item.id,
    title: item.title,
    category: item.category,
    source: item.source,
    nature: item.nature,
    status: item.status,
    departments: item.departments,
    authors: item.authors,
    created: item.created,
    topic: item.topic,
    tags: item.tags,
    history: item.history,
    adoptions: item.adoptions,
    instructions: item.instructions,
    bulletins: item.bulletins,
    ...layoutOf(item as unknown as Record<string, unknown>),
    ...(item.origin ? { origin: item.origin } : {}),
    path: item.path,
  };
}
