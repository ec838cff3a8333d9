/**
 * What an item's dates say at a glance, so that a command can tell which items it needs
 * before it reads them whole: the years something happened to it, the days its
 * instructions are due.
 */
import type { Item } from './item.js';

/**
 * The years of its dates and timestamps as written. A timestamp's date in the configured
 * zone is at most two days from the date it is written with, so dates that close to New
 * Year count for both years; no time zone is needed to say which years to read.
 */
export function eventYears(item: Item): string[] {
  const dates = [
    item.created,
    ...item.history.map((h) => h.at),
    ...item.adoptions.map((a) => a.date),
    ...item.instructions.map((i) => i.date),
  ];
  const years = new Set<string>();
  for (const value of dates) {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) continue;
    const year = Number(value.slice(0, 4));
    const day = value.slice(5, 10);
    years.add(String(year));
    if (day >= '12-30') years.add(String(year + 1));
    if (day <= '01-02') years.add(String(year - 1));
  }
  return [...years].sort();
}

/** The due dates of its instructions' follow-ups (`info status` lists those near), in order. */
export function dueDates(item: Item): string[] {
  return item.instructions.flatMap((i) => (i.due ? [i.due] : []));
}
