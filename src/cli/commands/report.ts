/** `info report`: a notice over a period (`--month`, `--quarter`, `--year`, `--from/--to`) or a numbered bulletin issue (`--issue`). */
import { usage } from '../../core/errors.js';
import type { Context } from '../context.js';
import { periodFlagsGiven } from '../period-flag.js';
import type { ReportOptions } from './report-flags.js';

export async function run(operands: string[], options: ReportOptions, context: Context): Promise<number> {
  const periods = periodFlagsGiven(options);
  if (options.issue && periods.length) throw usage('report-both', { flag: periods[0]! });
  if (options.issue) return (await import('./report-issue.js')).run(operands, options, context);
  if (periods.length === 0) throw usage('report-form');
  return (await import('./report-period.js')).run(operands, options, context);
}
