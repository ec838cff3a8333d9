/**
 * Adoption records and leader instructions (docs/cli.md 3.1, 3.2): planning what an item file gains.
 * Pure; the caller applies the edits with `editFrontMatter` and writes the file.
 */
import { isDeepStrictEqual } from 'node:util';
import { InfoError, usage } from './errors.js';
import type { Adoption, HistoryEntry, Instruction, Item } from './item.js';
import type { Edit } from './rewrite.js';
import { moveEdits, type MoveMeta } from './transition.js';
import { ADOPTABLE } from './workflow.js';

export interface Plan {
  edits: Edit[];
  /** The move the record made, if any (an adoption on a reported or published item). */
  move?: HistoryEntry;
}

/** Keys in the order docs/cli.md 3.1 writes them; empty optional fields left out. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== '')) as T;
}

const same = (a: object, b: object) => isDeepStrictEqual(compact(a), compact(b));

/**
 * Records an adoption. On a `reported` or `published` item it also moves the item to
 * `adopted`; an adopted item just takes one more record. The same record twice is refused:
 * it would count twice in the monthly figures.
 */
export function planAdoption(item: Item, adoption: Adoption, meta: MoveMeta): Plan {
  if (!(ADOPTABLE as readonly string[]).includes(item.status)) {
    throw new InfoError('adopt-status', { id: item.id, status: item.status, allowed: ADOPTABLE.join(', ') });
  }
  const record = compact({
    level: adoption.level,
    form: adoption.form,
    outlet: adoption.outlet,
    date: adoption.date,
    issue: adoption.issue,
    brief: adoption.brief ? true : undefined,
  });
  if (item.adoptions.some((a) => same({ ...a, form: a.form ?? 'bulletin' }, record))) {
    throw new InfoError('adopt-duplicate', { id: item.id, level: record.level, date: record.date });
  }
  const edits: Edit[] = [];
  let move: HistoryEntry | undefined;
  if (item.status !== 'adopted') {
    move = compact({ at: meta.at, by: meta.by, from: item.status, to: 'adopted', note: meta.note?.trim() });
    edits.push(...moveEdits(move));
  }
  edits.push({ op: 'append', key: 'adoptions', value: record });
  return { edits, move };
}

/** Records a leader's instruction (批示); any status takes one, and nothing moves. */
export function planInstruction(item: Item, instruction: Instruction): Plan {
  const record = compact({
    leader: instruction.leader.trim(),
    level: instruction.level,
    date: instruction.date,
    text: instruction.text.trim(),
    due: instruction.due,
  });
  if (!record.leader || !record.text) throw usage('instruction-empty', { id: item.id });
  if (record.due && record.due < record.date) throw usage('instruction-due', { date: record.date, due: record.due });
  if (item.instructions.some((i) => same(i, record))) {
    throw new InfoError('instruction-duplicate', { id: item.id, leader: record.leader, date: record.date });
  }
  return { edits: [{ op: 'append', key: 'instructions', value: record }] };
}
