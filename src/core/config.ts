/** `info.config.yaml`: its schema, its defaults, and reading it into a typed value. */
import type { Finding, KeyPath } from './problems.js';
import {
  resolveSeries,
  SERIES_DEFAULTS,
  SERIES_FIELDS,
  seriesFindings,
  type Bulletin,
  type Series,
} from './bulletin/series-config.js';
import { LINT_RULES } from './lint/names.js';
import { check, isPlainObject, keyName, type Spec } from './schema.js';
import { methodFindings } from './config-method.js';
import { narrowingFindings } from './workflow.js';

export type Lang = 'zh-CN' | 'en';
export type RuleSeverity = 'error' | 'warning' | 'off';
export type LevelTable<T> = { county: T; city: T; province: T; national: T };

export interface Department {
  name: string;
  quota?: number;
  /** Its unit group (单位分类), one of `groups`. */
  group?: string;
}

/** A unit group (一类/二类…), ranked on its own, with a default quota for its departments. */
export interface Group {
  name: string;
  quota?: number;
}

/** A named publication that adopts items, with its level, form and the points it earns. */
export interface Outlet {
  name: string;
  level: string;
  form: string;
  /** Without it, the level × form table decides. */
  points?: number;
}

export interface Writer {
  name: string;
  department: string;
  quota?: number;
  /** The contact number printed on the items sent upward (`info export`). */
  phone?: string;
}

export interface Config {
  office: string;
  lang: Lang | undefined;
  timezone: string;
  user: string | undefined;
  /** The default (first) series, as the single `bulletin:` gives it. */
  bulletin: Bulletin;
  /** Every series the office publishes, the default first, each with every setting filled in. */
  bulletins: Series[];
  departments: Department[];
  writers: Writer[];
  quotas: { department: number; writer: number };
  scoring: {
    submitted: number;
    published: number;
    adoption: LevelTable<{ bulletin: number; special: number }>;
    instruction: LevelTable<number>;
    solicitationMissed: number;
    // The office's own 考核办法 (docs/cli.md 3.5): defaults that change no figure.
    /** Per item first reported upward, adopted or not. */
    reported: number;
    /** Factor on an adoption recorded as a 简讯 (`brief: true`). */
    brief: number;
    /** Several instructions of one level on one item count once. */
    instructionOncePerLevel: boolean;
    /** Per department that met its monthly quota, each month. */
    quotaMet: number;
    /** Default points of each ledger kind. */
    adjustments: Record<string, number>;
  };
  groups: Group[];
  outlets: Outlet[];
  /** The year notice's awards (先进单位 per group, 先进个人). */
  awards: { departments: { perGroup: number }; writers: { count: number } };
  fees: { perPoint: number };
  lint: {
    titleMax: number;
    rules: Record<string, RuleSeverity>;
    /** Words to watch, added to the built-in list: the right form, or several to choose from. */
    words?: Record<string, string | string[]>;
  };
  /** Renamed labels, per vocabulary (status: {submitted: 待审核}). */
  labels: Record<string, Record<string, string>>;
  /** The status table narrowed: a status listed here may move only to these (docs/cli.md 3.2). */
  workflow: { moves: Record<string, string[]> };
}

export const DEFAULT_CONFIG: Config = {
  office: '',
  lang: undefined,
  timezone: 'Asia/Shanghai',
  user: undefined,
  bulletin: { series: '政务信息', ...SERIES_DEFAULTS },
  bulletins: [{ name: '政务信息', ...SERIES_DEFAULTS }],
  departments: [],
  writers: [],
  quotas: { department: 6, writer: 3 },
  scoring: {
    submitted: 1,
    published: 2,
    adoption: {
      county: { bulletin: 2, special: 4 },
      city: { bulletin: 5, special: 10 },
      province: { bulletin: 20, special: 40 },
      national: { bulletin: 50, special: 80 },
    },
    instruction: { county: 5, city: 10, province: 50, national: 100 },
    solicitationMissed: 0,
    reported: 0,
    brief: 0.5,
    instructionOncePerLevel: false,
    quotaMet: 0,
    adjustments: { late: -5, missed: -10, inaccurate: -10, feedbackMissed: -10, commended: 5 },
  },
  groups: [],
  outlets: [],
  awards: { departments: { perGroup: 3 }, writers: { count: 10 } },
  fees: { perPoint: 10 },
  lint: { titleMax: 40, rules: {}, words: {} },
  labels: {},
  workflow: { moves: {} },
};

const num = { type: 'number' } as const;
const count = { type: 'number', min: 0 } as const;
const whole = { type: 'number', min: 0, integer: true } as const;
const forms = { type: 'object', fields: { bulletin: num, special: num } } as const;
const levels = <S extends Spec>(spec: S) =>
  ({ type: 'object', fields: { county: spec, city: spec, province: spec, national: spec } }) as const;

export const CONFIG_SPEC = {
  type: 'object',
  fields: {
    office: { type: 'string' },
    lang: { type: 'string', oneOf: ['zh-CN', 'en'] },
    timezone: { type: 'string', nonEmpty: true },
    user: { type: 'string' },
    bulletin: { type: 'object', fields: { series: { type: 'string', nonEmpty: true }, ...SERIES_FIELDS } },
    bulletins: {
      type: 'list',
      of: { type: 'object', fields: { name: { type: 'string', required: true, nonEmpty: true }, ...SERIES_FIELDS } },
    },
    departments: {
      type: 'list',
      of: {
        type: 'object',
        fields: {
          name: { type: 'string', required: true, nonEmpty: true },
          quota: count,
          group: { type: 'string', nonEmpty: true },
        },
      },
    },
    writers: {
      type: 'list',
      of: {
        type: 'object',
        fields: {
          name: { type: 'string', required: true, nonEmpty: true },
          department: { type: 'string', required: true, nonEmpty: true },
          quota: count,
          phone: { type: 'string' },
        },
      },
    },
    quotas: { type: 'object', fields: { department: count, writer: count } },
    scoring: {
      type: 'object',
      fields: {
        submitted: num,
        published: num,
        adoption: levels(forms),
        instruction: levels(num),
        solicitationMissed: num,
        reported: num,
        brief: count,
        instructionOncePerLevel: { type: 'boolean' },
        quotaMet: num,
        adjustments: {
          type: 'object',
          fields: { late: num, missed: num, inaccurate: num, feedbackMissed: num, commended: num },
          values: num,
        },
      },
    },
    groups: {
      type: 'list',
      of: { type: 'object', fields: { name: { type: 'string', required: true, nonEmpty: true }, quota: count } },
    },
    outlets: {
      type: 'list',
      of: {
        type: 'object',
        fields: {
          name: { type: 'string', required: true, nonEmpty: true },
          level: { type: 'string', vocab: 'level', required: true },
          form: { type: 'string', vocab: 'form' },
          points: num,
        },
      },
    },
    awards: {
      type: 'object',
      fields: {
        departments: { type: 'object', fields: { perGroup: whole } },
        writers: { type: 'object', fields: { count: whole } },
      },
    },
    fees: { type: 'object', fields: { perPoint: count } },
    lint: {
      type: 'object',
      fields: {
        titleMax: { type: 'number', min: 1, integer: true },
        rules: { type: 'object', fields: {}, values: { type: 'string', oneOf: ['error', 'warning', 'off'] } },
        words: { type: 'object', fields: {}, values: { type: 'names' } },
      },
    },
    labels: {
      type: 'object',
      fields: {},
      values: { type: 'object', fields: {}, values: { type: 'string', nonEmpty: true } },
    },
    workflow: {
      type: 'object',
      fields: {
        moves: { type: 'object', fields: {}, values: { type: 'list', of: { type: 'string', vocab: 'status' } } },
      },
    },
  },
} as const satisfies Spec;

/** Objects merge key by key; anything else from the user replaces the default. */
function merge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined || over === null ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    // Defined, not assigned: a `__proto__` key (an own key in parsed YAML) must stay a plain key.
    const merged = merge(Object.hasOwn(base, key) ? base[key] : undefined, value);
    Object.defineProperty(out, key, { value: merged, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

let canonicalZones: Set<string> | undefined;

/**
 * The first formatter with a time zone is slow (it loads the zone data); the list of
 * canonical zone names is much cheaper. Aliases (`Asia/Chongqing`, `Etc/GMT-8`) are
 * not in the list and still get the full check.
 */
export function isTimeZone(zone: string): boolean {
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonicalZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Checks raw config data; the config is the defaults with the user's values laid over. */
export function readConfig(data: unknown): { config: Config; findings: Finding[] } {
  const raw = data === null || data === undefined ? {} : data;
  const findings: Finding[] = [];
  check(CONFIG_SPEC, raw, [], findings);
  if (isPlainObject(raw) && typeof raw.timezone === 'string' && raw.timezone && !isTimeZone(raw.timezone)) {
    findings.push({
      rule: 'field-enum',
      severity: 'error',
      path: ['timezone'],
      params: { key: 'timezone', value: raw.timezone, allowed: 'Asia/Shanghai, Asia/Urumqi, UTC, …' },
    });
  }
  if (isPlainObject(raw)) findings.push(...narrowingFindings(raw.workflow), ...methodFindings(raw));
  const series = isPlainObject(raw) ? seriesFindings(raw) : [];
  findings.push(...series.filter((f) => f.severity === 'error'));
  if (findings.length) return { config: DEFAULT_CONFIG, findings };
  const unknown: Finding[] = [];
  unknownKeys(CONFIG_SPEC, raw, [], unknown);
  const config = merge(DEFAULT_CONFIG, raw) as Config;
  const resolved = resolveSeries(config.bulletin, isPlainObject(raw) ? raw.bulletins : undefined);
  return {
    config: withOutletForms({ ...config, bulletin: resolved.bulletin, bulletins: resolved.series }),
    findings: [...unknown, ...unknownLintRules(raw), ...series.filter((f) => f.severity !== 'error')],
  };
}

/** A misspelt key (`timezon:`) would otherwise be ignored without a word: named, with the keys known there. */
function unknownKeys(spec: Spec, value: unknown, path: KeyPath, out: Finding[]): void {
  if (spec.type === 'list' && Array.isArray(value))
    for (const [i, entry] of value.entries()) unknownKeys(spec.of, entry, [...path, i], out);
  if (spec.type !== 'object' || !isPlainObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const known = Object.hasOwn(spec.fields, key) ? spec.fields[key] : spec.values;
    if (known) unknownKeys(known, child, [...path, key], out);
    else
      out.push({
        rule: 'config-key',
        severity: 'warning',
        path: [...path, key],
        params: { key: keyName([...path, key]), allowed: Object.keys(spec.fields).join(', ') },
      });
  }
}

/** A misspelt rule in `lint.rules` would otherwise be ignored without a word. */
function unknownLintRules(raw: unknown): Finding[] {
  const rules =
    isPlainObject(raw) && isPlainObject(raw.lint) && isPlainObject(raw.lint.rules) ? Object.keys(raw.lint.rules) : [];
  return rules
    .filter((name) => !(LINT_RULES as readonly string[]).includes(name))
    .map((name) => ({
      rule: 'field-enum',
      severity: 'warning',
      path: ['lint', 'rules', name],
      params: { key: 'lint.rules', value: name, allowed: LINT_RULES.join(', ') },
    }));
}

/** An outlet without a form publishes in the bulletin form (刊物), like an adoption record without one. */
function withOutletForms(config: Config): Config {
  if (config.outlets.every((o) => o.form)) return config;
  return { ...config, outlets: config.outlets.map((o) => ({ ...o, form: o.form || 'bulletin' })) };
}

/**
 * A department's or writer's monthly quota: its own, else (a department) its group's, else
 * the configured default.
 */
export function quotaOf(config: Config, kind: 'department' | 'writer', name: string): number {
  if (kind === 'writer') return config.writers.find((w) => w.name === name)?.quota ?? config.quotas.writer;
  const department = config.departments.find((d) => d.name === name);
  const group = department?.group === undefined ? undefined : config.groups.find((g) => g.name === department.group);
  return department?.quota ?? group?.quota ?? config.quotas.department;
}
