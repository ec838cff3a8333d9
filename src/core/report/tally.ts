/** Sums of events per department or per writer: counts whole, points shared. */
import type { LevelTable } from '../config.js';
import { shareOf, type ReportEvent } from './events.js';

export type Levels = LevelTable<number>;

export interface Tally {
  submitted: number;
  adoptions: Levels;
  special: number;
  instructions: number;
  /** Unrounded: rounding happens once, when the notice is made. */
  points: number;
  /** Items with an adoption record in the period (for the adoption rate). */
  adoptedItems: Set<string>;
  /** Ledger points (加减分), unrounded. */
  adjustments: number;
  /** Quota bonus points (`scoring.quotaMet`). */
  quotaBonus: number;
  /** A ledger entry barred it from the awards (取消评优). */
  disqualified: boolean;
}

export const noLevels = (): Levels => ({ county: 0, city: 0, province: 0, national: 0 });

function emptyTally(): Tally {
  return {
    submitted: 0,
    adoptions: noLevels(),
    special: 0,
    instructions: 0,
    points: 0,
    adoptedItems: new Set(),
    adjustments: 0,
    quotaBonus: 0,
    disqualified: false,
  };
}

function add(t: Tally, event: ReportEvent, share: number): void {
  t.points += event.points * share;
  if (event.kind === 'submitted') t.submitted += 1;
  else if (event.kind === 'instruction') t.instructions += 1;
  else if (event.kind === 'adoption') {
    if (event.level && Object.hasOwn(t.adoptions, event.level)) t.adoptions[event.level as keyof Levels] += 1;
    if (event.form === 'special') t.special += 1;
    if (event.item) t.adoptedItems.add(event.item.id);
  } else if (event.kind === 'ledger') {
    t.adjustments += event.points * share;
    if (event.entry?.disqualify) t.disqualified = true;
  } else if (event.kind === 'quota') t.quotaBonus += event.points * share;
}

/** Name → tally. A joint item counts whole for each of its units; its points are split. */
export function tallyBy(events: readonly ReportEvent[], who: 'department' | 'writer'): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const event of events) {
    const names = who === 'department' ? event.departments : event.authors;
    const share = shareOf(event, who);
    for (const name of new Set(names)) {
      let t = out.get(name);
      if (!t) out.set(name, (t = emptyTally()));
      add(t, event, share);
    }
  }
  return out;
}

export function tallyOf(map: ReadonlyMap<string, Tally>, name: string): Tally {
  return map.get(name) ?? emptyTally();
}
