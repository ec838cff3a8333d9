/**
 * The period a notice covers, from `--month`, `--quarter`, `--year` or `--from/--to`: one
 * of them, well formed, or a usage error naming the flag.
 */
import { usage } from '../core/errors.js';
import { monthPeriod, quarterPeriod, yearPeriod, type ReportPeriod } from '../core/report/period.js';
import { monthFlag } from './options.js';

interface PeriodOptions {
  month?: string | undefined;
  quarter?: string | undefined;
  year?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const FLAGS = [
  ['month', '--month'],
  ['quarter', '--quarter'],
  ['year', '--year'],
  ['from', '--from'],
  ['to', '--to'],
] as const;

/** The period flags given, as typed (`--month`, `--from`…). */
export function periodFlagsGiven(o: PeriodOptions): string[] {
  return FLAGS.filter(([key]) => o[key] !== undefined).map(([, flag]) => flag);
}

function quarterOf(value: string): ReportPeriod {
  const m = /^(\d{4})-[Qq]([1-4])$/.exec(value);
  if (!m) throw usage('bad-quarter', { flag: '--quarter', value });
  return quarterPeriod(m[1]!, Number(m[2]));
}

function yearOf(value: string): ReportPeriod {
  if (!/^\d{4}$/.test(value)) throw usage('bad-year', { flag: '--year', value });
  return yearPeriod(value);
}

function rangeOf(o: PeriodOptions): ReportPeriod {
  if (o.to === undefined) throw usage('report-range-half', { flag: '--from', other: '--to' });
  if (o.from === undefined) throw usage('report-range-half', { flag: '--to', other: '--from' });
  const from = monthFlag('--from', o.from)!;
  const to = monthFlag('--to', o.to)!;
  if (from > to) throw usage('report-range-order', { from, to });
  return { kind: 'range', from, to };
}

export function periodOf(o: PeriodOptions): ReportPeriod {
  const given = periodFlagsGiven(o);
  const forms = new Set(given.map((flag) => (flag === '--to' ? '--from' : flag)));
  if (forms.size > 1) throw usage('report-periods', { flags: given.join(', ') });
  if (o.month !== undefined) return { ...monthPeriod(monthFlag('--month', o.month)!), kind: 'month' };
  if (o.quarter !== undefined) return quarterOf(o.quarter);
  if (o.year !== undefined) return yearOf(o.year);
  return rangeOf(o);
}
