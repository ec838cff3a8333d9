/**
 * Moving an item to another status (docs/cli.md 3.2): pure. The caller writes the returned history
 * entry and the new status into the file (see `rewrite.ts` and `planMove`).
 */
import { InfoError, usage } from './errors.js';
import type { HistoryEntry, Item } from './item.js';
import type { Edit } from './rewrite.js';
import { allowedMoves, checkHistory, MOVES, type Moves } from './workflow.js';

export interface MoveMeta {
  /** Timestamp with the configured zone's offset. */
  at: string;
  by: string;
  note?: string;
}

/** `edited, approved, returned` — canonical keys; the CLI puts them into labels. */
function listed(statuses: readonly string[]): string {
  return statuses.length ? statuses.join(', ') : '—';
}

/**
 * The history entry for moving `item` to `to`, or an `illegal-move` error naming the moves
 * allowed from its status. `returned` needs a note saying what to change.
 */
export function transition(item: Item, to: string, meta: MoveMeta, moves: Moves = MOVES): HistoryEntry {
  const from = item.status;
  const allowed = allowedMoves(from, moves);
  if (!allowed.includes(to)) {
    throw new InfoError('illegal-move', { id: item.id, from, to, allowed: listed(allowed) });
  }
  const note = meta.note?.trim();
  if (to === 'returned' && !note) throw usage('note-required', { id: item.id, to });
  return { at: meta.at, by: meta.by, from, to, ...(note ? { note } : {}) };
}

/**
 * Refuses an item whose history is not a sound chain ending at its status: a new entry
 * appended to it would only hide the damage.
 */
export function assertMovable(item: Item): void {
  const broken = checkHistory(item.status, item.history).filter((f) => f.severity === 'error');
  if (broken.length) throw new InfoError('history-broken', { id: item.id, file: item.path });
}

/** The file edits of a move: the status line and one history entry. */
export function moveEdits(entry: HistoryEntry): Edit[] {
  return [
    { op: 'set', key: 'status', value: entry.to },
    { op: 'append', key: 'history', value: entry },
  ];
}
