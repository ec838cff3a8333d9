/**
 * Time in the configured zone. Dates are `YYYY-MM-DD` strings and never pass through UTC;
 * timestamps carry the zone's offset. The process's own TZ plays no part.
 */
import { TZDate } from '@date-fns/tz';

import type { Clock } from './clock.js';

export type { Clock };

/**
 * `TZDate`'s own ISO form without the milliseconds: `2026-11-03T09:12:00+08:00`. (date-fns'
 * `format` says the same, and loads 44 modules to say it.)
 */
const seconds = (date: TZDate) => date.toISOString().replace(/\.\d{3}(?=[+-])/, '');

/** `2026-11-03T09:12:00+08:00` for this instant in `zone`. */
export function isoAt(instant: Date, zone: string): string {
  return seconds(new TZDate(instant.getTime(), zone));
}

export function nowIso(clock: Clock, zone: string): string {
  return isoAt(clock.now(), zone);
}

export function today(clock: Clock, zone: string): string {
  return isoAt(clock.now(), zone).slice(0, 10);
}

/** A date at a given wall-clock time in `zone`, as a timestamp (for back-filled entries). */
export function isoOnDate(date: string, time: string, zone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss] = time.split(':').map(Number) as [number, number, number];
  return seconds(new TZDate(y, m - 1, d, hh, mm, ss ?? 0, zone));
}

export { daysBetween, localDate } from './local-date.js';
