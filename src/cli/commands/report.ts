/**
 * `info report`: the month notice (`--month`) or a numbered bulletin issue (`--issue`).
 * Interim dispatcher for bulletin issues; the full one (with the month notice) comes with the reports work.
 */
import { usage } from '../../core/errors.js';
import type { Context } from '../context.js';

export async function run(args: unknown[], options: Record<string, unknown>, context: Context): Promise<number> {
  if (options.issue && options.month !== undefined) throw usage('report-both');
  if (options.issue) return (await import('./report-issue.js')).run(args, options, context);
  throw usage('report-form');
}
