/** `info report`: the month notice (`--month`) or a numbered bulletin issue (`--issue`). */
import { usage } from '../../core/errors.js';
import type { Context } from '../context.js';
import type { ReportOptions } from './report-flags.js';

export async function run(operands: string[], options: ReportOptions, context: Context): Promise<number> {
  if (options.issue && options.month !== undefined) throw usage('report-both');
  if (options.issue) return (await import('./report-issue.js')).run(operands, options, context);
  if (options.month === undefined) throw usage('report-form');
  return (await import('./report-month.js')).run(operands, options, context);
}
