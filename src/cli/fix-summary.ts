/** What `info fix` did, as the fix command and the review desk say it: `halfwidth-punctuation 12, noise-line 3`. */
import { FIXABLE, type FixCounts } from '../core/fix.js';
import type { Ui } from './ui.js';

export function fixRules(ui: Ui, counts: FixCounts): string {
  return FIXABLE.filter((rule) => counts[rule])
    .map((rule) => `${rule} ${counts[rule]}`)
    .join(ui.lang === 'en' ? ', ' : '，');
}
