/**
 * The quota bonus (`scoring.quotaMet`): each month a department submits at least its quota
 * (and at least one item), it earns the bonus once, dated on the month's last day.
 */
import { quotaOf, type Config } from '../config.js';
import type { ReportEvent } from './events.js';
import { lastDayOf } from './period.js';

/** Bonus events for the `months` given, over the departments `names`. */
export function quotaEvents(
  events: readonly ReportEvent[],
  config: Config,
  months: readonly string[],
  names: readonly string[],
): ReportEvent[] {
  const points = config.scoring.quotaMet;
  if (points === 0) return [];
  const submitted = new Map<string, number>();
  for (const e of events) {
    if (e.kind !== 'submitted') continue;
    for (const name of new Set(e.departments)) {
      const key = `${e.date.slice(0, 7)} ${name}`;
      submitted.set(key, (submitted.get(key) ?? 0) + 1);
    }
  }
  const out: ReportEvent[] = [];
  for (const month of months) {
    for (const name of names) {
      const count = submitted.get(`${month} ${name}`) ?? 0;
      const quota = quotaOf(config, 'department', name);
      if (count < Math.max(quota, 1)) continue;
      out.push({
        kind: 'quota',
        date: lastDayOf(month),
        item: null,
        topic: null,
        departments: [name],
        authors: [],
        points,
        quota: { submitted: count, quota },
      });
    }
  }
  return out;
}
