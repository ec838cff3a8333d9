/** The information item: its front-matter schema, its model, and its JSON form (docs/cli.md 3.1, 4). */
import type { Finding } from './problems.js';
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
    level: { type: 'string', vocab: 'level', required: true },
    form: { type: 'string', vocab: 'form' },
    outlet: { type: 'string' },
    date: { type: 'string', format: 'date', required: true },
    issue: { type: 'string' },
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
    authors: { type: 'names', required: true },
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
}

export interface Instruction {
  leader: string;
  level?: string;
  date: string;
  text: string;
  due?: string;
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

/** The model of an item, built leniently from whatever the front matter holds. */
export function toItem(data: Record<string, unknown>, path: string): Item {
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
    adoptions: records<Adoption>(data.adoptions).map((a) => ({ ...a, form: a.form ?? 'bulletin' })),
    instructions: records<Instruction>(data.instructions),
    bulletins: toNames(data.bulletins),
    ...layoutOf(data),
    path,
  };
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
    path: item.path,
  };
}
