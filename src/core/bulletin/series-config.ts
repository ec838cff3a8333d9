/**
 * The publications an office issues (docs/cli.md 3.5): one `bulletin:`, or several under
 * `bulletins:`. Both forms are read into the same list of series, each with every setting
 * filled in, so the rest of the program asks only `config.bulletins`. The first series is
 * the default one; `config.bulletin` mirrors it for what reads a single publication (the
 * month notice's 发 line).
 */
import type { Finding } from '../problems.js';
import { isPlainObject, type Field } from '../schema.js';

export type Numbering = 'yearly' | 'running';
export const NUMBERINGS: readonly Numbering[] = ['yearly', 'running'];

/** What is printed at the top left (GB/T 9704-2012 7.2): 份号, 密级 (or 内部资料), 紧急程度. */
export interface Marks {
  secrecy: string;
  urgency: string;
  /** A six-digit 份号 on line 1, to be filled in per copy. */
  copyNumber: boolean;
}

export interface SeriesSettings {
  /** `yearly`: 第N期 restarts each year; `running`: never restarts. */
  numbering: Numbering;
  supplement: string;
  marks: Marks;
  /** 栏目, in the order they are printed. */
  sections: string[];
  /** A 目录 when an issue has at least this many items; 0: never. */
  toc: number;
  distribution: Record<string, string[]>;
  copies: number;
}

export interface Series extends SeriesSettings {
  name: string;
}

export const SERIES_DEFAULTS: SeriesSettings = {
  numbering: 'yearly',
  supplement: '增刊',
  marks: { secrecy: '', urgency: '', copyNumber: false },
  sections: [],
  toc: 0,
  distribution: {},
  copies: 0,
};

const names = { type: 'list', of: { type: 'string', nonEmpty: true } } as const;

/** The settings a series may carry, in `bulletin:` and in each entry of `bulletins:`. */
export const SERIES_FIELDS = {
  numbering: { type: 'string', oneOf: NUMBERINGS },
  supplement: { type: 'string', nonEmpty: true },
  marks: {
    type: 'object',
    fields: { secrecy: { type: 'string' }, urgency: { type: 'string' }, copyNumber: { type: 'boolean' } },
  },
  sections: names,
  toc: { type: 'number', min: 0, integer: true },
  distribution: { type: 'object', fields: {}, values: names },
  copies: { type: 'number', min: 0 },
} as const satisfies Record<string, Field>;

function settings(entry: Record<string, unknown>): SeriesSettings {
  const marks = isPlainObject(entry.marks) ? entry.marks : {};
  const pick = <K extends keyof SeriesSettings>(key: K): SeriesSettings[K] =>
    (entry[key] ?? SERIES_DEFAULTS[key]) as SeriesSettings[K];
  return {
    numbering: pick('numbering'),
    supplement: pick('supplement'),
    marks: { ...SERIES_DEFAULTS.marks, ...marks } as Marks,
    sections: pick('sections').map((name) => name.trim()),
    toc: pick('toc'),
    distribution: pick('distribution'),
    copies: pick('copies'),
  };
}

export type Bulletin = SeriesSettings & { series: string };

/**
 * The series of a checked config: the entries of `bulletins:` when it lists any, else the
 * one `bulletin:`; and `bulletin` as the first of them.
 */
export function resolveSeries(bulletin: Bulletin, bulletins: unknown): { bulletin: Bulletin; series: Series[] } {
  const listed = Array.isArray(bulletins) ? bulletins.filter(isPlainObject) : [];
  if (listed.length === 0) {
    const { series, ...rest } = bulletin;
    const one = { name: series, ...settings(rest) };
    return { bulletin: { series, ...settings(rest) }, series: [one] };
  }
  const series = listed.map((entry) => ({ name: String(entry.name).trim(), ...settings(entry) }));
  const { name, ...first } = series[0]!;
  return { bulletin: { series: name, ...first }, series };
}

/** Two series of one name, a section named twice, and `bulletin:` beside `bulletins:` (then ignored). */
export function seriesFindings(raw: Record<string, unknown>): Finding[] {
  const out: Finding[] = [];
  const listed = Array.isArray(raw.bulletins) ? raw.bulletins : [];
  if (listed.length && raw.bulletin !== undefined)
    out.push({ rule: 'bulletin-series', severity: 'warning', path: ['bulletin'], params: { detail: 'both' } });
  const seen = new Set<string>();
  listed.forEach((entry, i) => {
    if (!isPlainObject(entry) || typeof entry.name !== 'string') return;
    const name = entry.name.trim();
    if (seen.has(name))
      out.push({
        rule: 'bulletin-series',
        severity: 'error',
        path: ['bulletins', i, 'name'],
        params: { detail: 'duplicate', name },
      });
    seen.add(name);
  });
  const sectionLists = [raw.bulletin, ...listed].map((entry, i) => ({
    entry,
    path: i === 0 ? ['bulletin'] : ['bulletins', i - 1],
  }));
  for (const { entry, path } of sectionLists) {
    const sections = isPlainObject(entry) && Array.isArray(entry.sections) ? entry.sections : [];
    const names = new Set<string>();
    sections.forEach((section, j) => {
      if (typeof section !== 'string') return;
      if (names.has(section.trim()))
        out.push({
          rule: 'bulletin-series',
          severity: 'error',
          path: [...path, 'sections', j],
          params: { detail: 'section', name: section.trim() },
        });
      names.add(section.trim());
    });
  }
  return out;
}

/** Every section of every series: what an item's `section:` may name. */
export function allSections(series: readonly Series[]): string[] {
  return [...new Set(series.flatMap((s) => s.sections))];
}

/** The series named `name` (or its file key, when `keyOf` is given), or undefined. */
export function findSeries(
  series: readonly Series[],
  name: string,
  keyOf?: (name: string) => string,
): Series | undefined {
  const wanted = name.trim();
  return series.find((s) => s.name === wanted) ?? (keyOf ? series.find((s) => keyOf(s.name) === wanted) : undefined);
}
