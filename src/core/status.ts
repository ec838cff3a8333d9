/** What awaits attention now: the figures behind `info status`. Pure. */
import type { Instruction, Item } from './item.js';
import { daysBetween } from './local-date.js';
import { keysOf } from './vocab.js';

export interface DueInstruction {
  item: Item;
  instruction: Instruction;
  /** Days from today to the due date; negative when past. */
  days: number;
}

/** Every status with its number of items, zeros included, in the table's order. */
export function statusCounts(items: readonly { status: string }[]): Record<string, number> {
  const counts = Object.fromEntries(keysOf('status').map((key) => [key, 0])) as Record<string, number>;
  for (const item of items) if (Object.hasOwn(counts, item.status)) counts[item.status]! += 1;
  return counts;
}

/**
 * Leader instructions whose follow-up is due within `horizon` days or already past, on
 * items still in the office's hands (not archived); soonest first.
 */
export function instructionsDue(items: readonly Item[], today: string, horizon = 7): DueInstruction[] {
  const due: DueInstruction[] = [];
  for (const item of items) {
    if (item.status === 'archived') continue;
    for (const instruction of item.instructions) {
      if (!instruction.due) continue;
      const left = daysBetween(today, instruction.due);
      if (left <= horizon) due.push({ item, instruction, days: left });
    }
  }
  return due.sort((a, b) => a.days - b.days || (a.item.id < b.item.id ? -1 : 1));
}
