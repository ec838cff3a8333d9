/** Calendar dates of instants in a time zone, with the runtime's Intl (no library to load). */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date, in `zone`, of a timestamp or date string. Cheap when offsets agree. */
export function localDate(value: string, zone: string): string {
  if (value.length === 10) return value;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return value.slice(0, 10);
  let fmt = formatters.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(zone, fmt);
  }
  return fmt.format(instant);
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
