/** Who gets a row: every configured unit and writer, then those found only in items. */
import type { Config } from '../config.js';
import type { ReportEvent } from './events.js';

const byPinyin = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/** Names found in the events but not configured, in pinyin order. */
function extra(configured: readonly string[], found: Iterable<string>): string[] {
  const known = new Set(configured);
  return [...new Set(found)].filter((name) => !known.has(name)).sort(byPinyin);
}

export function departmentNames(config: Config, events: readonly ReportEvent[]): string[] {
  const configured = config.departments.map((d) => d.name);
  return [
    ...new Set(configured),
    ...extra(
      configured,
      events.flatMap((e) => e.departments),
    ),
  ];
}

export interface WriterUnit {
  name: string;
  department: string;
}

/** Configured writers, then authors found in items with the units of their items. */
export function writerUnits(config: Config, events: readonly ReportEvent[]): WriterUnit[] {
  const configured = config.writers.map((w) => w.name);
  const unitsOf = new Map<string, Set<string>>();
  for (const e of events) {
    for (const author of e.authors) {
      const set = unitsOf.get(author) ?? new Set<string>();
      for (const d of e.departments) set.add(d);
      unitsOf.set(author, set);
    }
  }
  const seen = new Set<string>();
  const fromConfig = config.writers
    .filter((w) => !seen.has(w.name) && seen.add(w.name))
    .map((w) => ({ name: w.name, department: w.department }));
  const found = extra(configured, unitsOf.keys()).map((name) => ({
    name,
    department: [...unitsOf.get(name)!].join('、'),
  }));
  return [...fromConfig, ...found];
}
