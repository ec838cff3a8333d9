/** The stages an item moves through (docs/cli.md 3.2), in one table. */
import { finding, type Finding } from './problems.js';
import { isKey, type Status } from './vocab.js';

export const MOVES: Readonly<Record<Status, readonly Status[]>> = {
  draft: ['submitted', 'archived'],
  submitted: ['edited', 'approved', 'returned', 'archived'],
  returned: ['submitted', 'archived'],
  edited: ['approved', 'returned'],
  approved: ['published', 'reported', 'returned'],
  published: ['reported', 'archived'],
  reported: ['adopted', 'declined'],
  adopted: ['archived'],
  declined: ['archived'],
  archived: [],
};

/** Statuses that wait for the office to act (the review queue). */
export const AWAITING_OFFICE: readonly Status[] = ['submitted', 'edited', 'approved', 'reported'];

export type Moves = Readonly<Record<string, readonly string[]>>;

/**
 * Recording an adoption moves a `reported` or `published` item to `adopted` (docs/cli.md 3.2), even
 * though `published → adopted` is not a move an editor makes by hand. History checks accept it.
 */
export const ADOPTION_MOVES_FROM: readonly Status[] = ['reported', 'published'];
/** Statuses on which an adoption may be recorded (an adopted item takes more records). */
export const ADOPTABLE: readonly Status[] = [...ADOPTION_MOVES_FROM, 'adopted'];

function isRecordMove(from: string, to: string): boolean {
  return to === 'adopted' && (ADOPTION_MOVES_FROM as readonly string[]).includes(from);
}

export function allowedMoves(from: string, moves: Moves = MOVES): readonly string[] {
  return Object.hasOwn(moves, from) ? moves[from]! : [];
}

export function canMove(from: string, to: string, moves: Moves = MOVES): boolean {
  return allowedMoves(from, moves).includes(to);
}

export interface HistoryLike {
  at?: unknown;
  from?: unknown;
  to?: unknown;
  note?: unknown;
}

/** Statuses an item may start in (its first history entry). */
export const FIRST_STATUSES: readonly string[] = ['draft', 'submitted'];

/**
 * The history must be a chain: each entry starts where the one before ended, each move is
 * legal, and the last one ends at the current status.
 */
export function checkHistory(status: string, history: readonly HistoryLike[], moves: Moves = MOVES): Finding[] {
  const out: Finding[] = [];
  if (history.length === 0) {
    return [finding('status-history', 'error', { path: ['history'] }, { detail: 'empty', status })];
  }
  history.forEach((entry, i) => {
    if (entry.to === 'returned' && (typeof entry.note !== 'string' || entry.note.trim() === '')) {
      out.push(finding('status-history', 'error', { path: ['history', i, 'to'] }, { detail: 'note' }));
    }
    if (i === 0 && typeof entry.to === 'string' && !FIRST_STATUSES.includes(entry.to)) {
      out.push(finding('status-history', 'warning', { path: ['history', 0, 'to'] }, { detail: 'first', to: entry.to }));
    }
    if (i === 0 || typeof entry.to !== 'string') return;
    const before = history[i - 1]!.to;
    const from = entry.from ?? before;
    if (from !== before) {
      out.push(
        finding(
          'status-history',
          'error',
          { path: ['history', i, 'from'] },
          { detail: 'chain', from: String(from), before: String(before) },
        ),
      );
    } else if (typeof from === 'string' && !canMove(from, entry.to, moves) && !isRecordMove(from, entry.to)) {
      out.push(
        finding('status-history', 'warning', { path: ['history', i, 'to'] }, { detail: 'illegal', from, to: entry.to }),
      );
    }
    const prevAt = history[i - 1]!.at;
    if (typeof entry.at === 'string' && typeof prevAt === 'string' && Date.parse(entry.at) < Date.parse(prevAt)) {
      out.push(
        finding(
          'status-history',
          'warning',
          { path: ['history', i, 'at'] },
          { detail: 'order', at: entry.at, before: prevAt },
        ),
      );
    }
  });
  const last = history[history.length - 1]!.to;
  if (last !== status) {
    out.push(finding('status-history', 'error', { path: ['status'] }, { detail: 'last', status, last: String(last) }));
  }
  return out;
}

/** When an item entered its current status: its last move, else its creation date. */
export function waitingSince(item: { created: string; history: readonly HistoryLike[] }): string {
  const at = item.history.at(-1)?.at;
  return typeof at === 'string' ? at : item.created;
}

/**
 * What the queue reads of an item: a whole item, or its head, which carries the time of its
 * last move (`updated`, the same as `waitingSince`) so that nothing is decoded to order it.
 */
type Waiting = { id: string; status: string; created: string } & (
  | { updated: string }
  | { history: readonly HistoryLike[] }
);

/** The review queue: items awaiting the office, the longest waiting first. */
export function reviewQueue<I extends Waiting>(items: readonly I[]): I[] {
  // Each time read once, not at every comparison (a queue of thousands).
  return items
    .filter((item) => (AWAITING_OFFICE as readonly string[]).includes(item.status))
    .map((item) => ({ item, since: Date.parse('updated' in item ? item.updated : waitingSince(item)) || 0 }))
    .sort((a, b) => a.since - b.since || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0))
    .map(({ item }) => item);
}

/** The first history entry that moved the item into `status` (a creation entry counts). */
export function firstMoveInto<E extends HistoryLike>(history: readonly E[], status: string): E | undefined {
  return history.find((entry) => entry.to === status);
}

/** The table in force: the config may narrow a status's moves, never add one. */
export function movesOf(config: { workflow: { moves: Record<string, string[]> } }): Moves {
  return { ...MOVES, ...config.workflow.moves };
}

/** `workflow.moves` in the config: each key a status, each move one the default table has. */
export function narrowingFindings(workflow: unknown): Finding[] {
  const moves = typeof workflow === 'object' && workflow !== null ? (workflow as { moves?: unknown }).moves : undefined;
  if (typeof moves !== 'object' || moves === null || Array.isArray(moves)) return [];
  const out: Finding[] = [];
  for (const [from, targets] of Object.entries(moves)) {
    const path = ['workflow', 'moves', from];
    if (!isKey('status', from)) {
      out.push(
        finding(
          'field-enum',
          'error',
          { path },
          { key: path.join('.'), value: from, allowed: Object.keys(MOVES).join(', ') },
        ),
      );
      continue;
    }
    if (!Array.isArray(targets)) continue;
    targets.forEach((to, i) => {
      if (isKey('status', to) && !canMove(from, String(to))) {
        const allowed = allowedMoves(from).join(', ') || '—';
        out.push(
          finding(
            'field-enum',
            'error',
            { path: [...path, i] },
            { key: `${path.join('.')}[${i}]`, value: String(to), allowed, detail: 'narrow' },
          ),
        );
      }
    });
  }
  return out;
}
