/**
 * `info fix` on one item file: the fixed text planned in core, written under the file's
 * lock only if the file still holds what was read (as `review` writes), then analysed again.
 */
import { analyzeText } from '../core/analyze.js';
import { planFix, type FixCounts } from '../core/fix.js';
import type { LintContext } from '../core/lint/index.js';
import type { ItemFile } from './item-file.js';
import { updateFile } from './update.js';

export interface ItemFix {
  /** The whole file's text after the fixes. */
  next: string;
  counts: FixCounts;
}

/** What fixing the file would change; undefined when nothing would. */
export function planItemFix(file: ItemFile, context: LintContext): ItemFix | undefined {
  const plan = planFix(file.text, context);
  return plan && plan.text !== file.text ? { next: plan.text, counts: plan.counts } : undefined;
}

/** Writes the fixed text, refusing a file changed since it was read; the file as it now is. */
export function writeItemFix(root: string, file: ItemFile, fix: ItemFix, context: LintContext): ItemFile {
  updateFile(root, file.path, file.text, fix.next);
  const analysis = analyzeText(fix.next.replace(/^\uFEFF/, ''), file.path, 'item', context);
  return { path: file.path, text: fix.next, item: analysis.item ?? file.item, problems: analysis.problems };
}
