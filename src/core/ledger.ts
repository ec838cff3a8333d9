/**
 * The ledger (加减分台账, docs/cli.md 3.6): one file per entry under `ledger/YYYY/`, points
 * added to or taken from a department (and a writer) for 迟报, 漏报, 信息失实, a late 批示
 * follow-up, a commendation… Plain front matter and a free-text body, like an item, so files
 * merge and validate the same way.
 */
import type { Config } from './config.js';
import { finding, type Finding } from './problems.js';
import { check, scalarText, type Spec } from './schema.js';
import { keysOf, labelOf, resolveKey } from './vocab.js';

export const LEDGER_SPEC = {
  type: 'object',
  fields: {
    id: { type: 'string', format: 'id', required: true },
    department: { type: 'string', required: true, nonEmpty: true },
    author: { type: 'string' },
    kind: { type: 'string', required: true, nonEmpty: true },
    points: { type: 'number', required: true },
    date: { type: 'string', format: 'date', required: true },
    note: { type: 'string', required: true, nonEmpty: true },
    item: { type: 'string', format: 'id' },
    disqualify: { type: 'boolean' },
    by: { type: 'string' },
    at: { type: 'string', format: 'timestamp' },
  },
} as const satisfies Spec;

export interface LedgerEntry {
  id: string;
  department: string;
  author: string | null;
  /** A built-in kind's key (`late`), a kind the config adds, or the text given. */
  kind: string;
  points: number;
  /** `YYYY-MM-DD`: the entry counts in the period of this date. */
  date: string;
  note: string;
  /** The item it concerns, by id. */
  item: string | null;
  /** 取消评优: the department is barred from the year's awards. */
  disqualify: boolean;
  by: string;
  at: string;
  /** Relative to the workspace root, with `/` separators. */
  path: string;
}

const optional = (value: unknown) => {
  const text = scalarText(value).trim();
  return text === '' ? null : text;
};

export function toLedgerEntry(data: Record<string, unknown>, path: string): LedgerEntry {
  return {
    id: scalarText(data.id),
    department: scalarText(data.department).trim(),
    author: optional(data.author),
    kind: scalarText(data.kind).trim(),
    points: typeof data.points === 'number' ? data.points : 0,
    date: scalarText(data.date),
    note: scalarText(data.note),
    item: optional(data.item),
    disqualify: data.disqualify === true,
    by: scalarText(data.by),
    at: scalarText(data.at),
    path,
  };
}

/** The schema's problems of one entry's front matter. */
export function checkLedgerData(data: unknown): Finding[] {
  const out: Finding[] = [];
  check(LEDGER_SPEC, data, [], out);
  return out;
}

/**
 * A ledger entry for a department the config does not name would give points to a unit
 * no table shows: an error (an item's unknown department is only a warning).
 */
export function ledgerDepartmentFindings(entry: LedgerEntry, config: Config): Finding[] {
  if (config.departments.length === 0 || !entry.department) return [];
  if (config.departments.some((d) => d.name === entry.department)) return [];
  return [finding('department-unknown', 'error', { path: ['department'] }, { name: entry.department })];
}

/** The entry as docs/cli.md 4 shows it, keys in that order. */
export function ledgerJson(entry: LedgerEntry): Record<string, unknown> {
  return {
    id: entry.id,
    department: entry.department,
    author: entry.author,
    kind: entry.kind,
    points: entry.points,
    date: entry.date,
    note: entry.note,
    item: entry.item,
    disqualify: entry.disqualify,
    by: entry.by,
    at: entry.at,
    path: entry.path,
  };
}

/** The built-in kinds, then those the config adds under `scoring.adjustments`. */
export function ledgerKinds(config: Config): string[] {
  const builtIn: string[] = keysOf('adjustment');
  return [...builtIn, ...Object.keys(config.scoring.adjustments).filter((k) => !builtIn.includes(k))];
}

/** The kind a user typed: a built-in key or label (迟报 → late), a configured kind, or the text itself. */
export function resolveKind(config: Config, input: string): string {
  const wanted = input.trim();
  const builtIn = resolveKey('adjustment', wanted, config.labels.adjustment ?? {});
  if (builtIn) return builtIn;
  const labels = config.labels.adjustment ?? {};
  const configured = Object.keys(config.scoring.adjustments).find(
    (k) => k.toLowerCase() === wanted.toLowerCase() || (Object.hasOwn(labels, k) && labels[k] === wanted),
  );
  return configured ?? wanted;
}

/** The kind's default points, when it has one. */
export function kindPoints(config: Config, kind: string): number | undefined {
  return Object.hasOwn(config.scoring.adjustments, kind) ? config.scoring.adjustments[kind] : undefined;
}

/** A kind as a reader sees it: 迟报 for `late`, a configured kind by its renamed label or its name. */
export function kindLabel(config: Config, kind: string, lang: 'zh-CN' | 'en'): string {
  return labelOf('adjustment', kind, lang, config.labels.adjustment ?? {});
}

export const byDate = (a: LedgerEntry, b: LedgerEntry) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/** The entries dated from `from` to `to` (months `YYYY-MM`, both included). */
export function entriesBetween(entries: readonly LedgerEntry[], from: string, to: string): LedgerEntry[] {
  return entries.filter((e) => e.date.slice(0, 7) >= from && e.date.slice(0, 7) <= to).sort(byDate);
}
