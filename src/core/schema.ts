/**
 * A small declarative schema for front matter and configuration. The validator walks it
 * here; the same definitions can be turned into JSON Schema for editors.
 */
import { finding, type Finding, type KeyPath } from './problems.js';
import { VOCAB, isKey, resolveKey, type VocabKind } from './vocab.js';

export type Format = 'id' | 'date' | 'timestamp' | 'ref';

export type Spec =
  | { type: 'string'; format?: Format; vocab?: VocabKind; oneOf?: readonly string[]; nonEmpty?: boolean }
  | { type: 'number'; min?: number; integer?: boolean }
  | { type: 'boolean' }
  /** One name, or a list of names (a joint item has several departments); `empty`: `[]` passes too. */
  | { type: 'names'; empty?: boolean }
  | { type: 'list'; of: Spec }
  | { type: 'object'; fields: Record<string, Field>; values?: Spec };

export type Field = Spec & { required?: boolean };

export const ID_PATTERN = /^(\d{8})-[0-9a-z]{4}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export function isDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function isTimestamp(value: string): boolean {
  const m = TIMESTAMP_PATTERN.exec(value);
  return m !== null && isDate(m[1]!);
}

export function isId(value: string): boolean {
  const m = ID_PATTERN.exec(value);
  return m !== null && isDate(`${m[1]!.slice(0, 4)}-${m[1]!.slice(4, 6)}-${m[1]!.slice(6)}`);
}

/**
 * A bulletin issue ref: `2026-07`, a supplement's `2026-s01`; an issue of a series other
 * than the first is named with it: `信息专报 2026-03`.
 */
export const REF_PATTERN = /^(?:\S(?:.*\S)? )?\d{4}-s?\d{1,4}$/;

const FORMAT_CHECK: Record<Format, (v: string) => boolean> = {
  id: isId,
  date: isDate,
  timestamp: isTimestamp,
  ref: (v) => REF_PATTERN.test(v),
};

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `history[2].to` — a key path as a user reads it. */
export function keyName(path: KeyPath): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
    '',
  );
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function typeError(path: KeyPath, expected: string, value: unknown): Finding {
  return finding('field-type', 'error', { path }, { key: keyName(path), expected, value: show(value) });
}

/** The walk's own stack of keys, pushed and popped on the way down: a finding takes a copy. */
type Stack = (string | number)[];

function checkString(spec: Extract<Spec, { type: 'string' }>, value: unknown, at: Stack, out: Finding[]): void {
  if (typeof value !== 'string') return void out.push(typeError([...at], spec.format ?? 'text', value));
  // The key is named only once something is found: most strings pass, and naming cost more than checking.
  if (spec.nonEmpty && value.trim() === '') {
    out.push(finding('field-required', 'error', { path: [...at] }, { key: keyName(at) }));
  } else if (spec.format && !FORMAT_CHECK[spec.format](value)) {
    const rule = spec.format === 'id' || spec.format === 'ref' ? 'field-format' : 'date-format';
    out.push(finding(rule, 'error', { path: [...at] }, { key: keyName(at), value: show(value), detail: spec.format }));
  } else if (spec.vocab && !isKey(spec.vocab, value)) {
    const allowed = Object.keys(VOCAB[spec.vocab]).join(', ');
    const meant = resolveKey(spec.vocab, value);
    out.push(
      finding(
        'field-enum',
        'error',
        { path: [...at] },
        { key: keyName(at), value: show(value), allowed, ...(meant ? { meant, detail: 'label' } : {}) },
      ),
    );
  } else if (spec.oneOf && !spec.oneOf.includes(value)) {
    out.push(
      finding(
        'field-enum',
        'error',
        { path: [...at] },
        { key: keyName(at), value: show(value), allowed: spec.oneOf.join(', ') },
      ),
    );
  }
}

/** Walks `value` against `spec`, pushing every finding (never stops at the first). */
export function check(spec: Spec, value: unknown, path: KeyPath, out: Finding[]): void {
  walk(spec, value, [...path], out);
}

/** Checks `value` at `key` below `at`. */
function walkBelow(spec: Spec, value: unknown, at: Stack, key: string | number, out: Finding[]): void {
  at.push(key);
  walk(spec, value, at, out);
  at.pop();
}

function walk(spec: Spec, value: unknown, at: Stack, out: Finding[]): void {
  switch (spec.type) {
    case 'string':
      checkString(spec, value, at, out);
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value) || (spec.integer && !Number.isInteger(value))) {
        out.push(typeError([...at], spec.integer ? 'integer' : 'number', value));
      } else if (spec.min !== undefined && value < spec.min) {
        out.push(typeError([...at], `≥ ${spec.min}`, value));
      }
      return;
    case 'boolean':
      if (typeof value !== 'boolean') out.push(typeError([...at], 'true/false', value));
      return;
    case 'names':
      if (spec.empty && Array.isArray(value) && value.length === 0) return;
      if (typeof value === 'string' ? value.trim() === '' : !isNameList(value)) {
        out.push(typeError([...at], 'names', value));
      }
      return;
    case 'list':
      if (!Array.isArray(value)) {
        out.push(typeError([...at], 'list', value));
        return;
      }
      for (let i = 0; i < value.length; i++) walkBelow(spec.of, value[i], at, i, out);
      return;
    case 'object':
      checkObject(spec, value, at, out);
      return;
  }
}

function isNameList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number')
  );
}

/** Each object spec's fields as entries, made once. */
const fieldEntries = new WeakMap<object, [string, Field][]>();

function checkObject(spec: Extract<Spec, { type: 'object' }>, value: unknown, at: Stack, out: Finding[]): void {
  if (!isPlainObject(value)) return void out.push(typeError([...at], 'mapping', value));
  let fields = fieldEntries.get(spec);
  if (!fields) fieldEntries.set(spec, (fields = Object.entries(spec.fields)));
  for (const [key, field] of fields) {
    const present = Object.hasOwn(value, key) && value[key] !== null && value[key] !== undefined;
    if (present) walkBelow(field, value[key], at, key, out);
    else if (field.required)
      out.push(finding('field-required', 'error', { path: [...at, key] }, { key: keyName([...at, key]) }));
  }
  if (!spec.values) return;
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(spec.fields, key)) walkBelow(spec.values, value[key], at, key, out);
  }
}

/**
 * A value from a file as text. `String()` on an object from YAML is not safe: a key named
 * `toString` (a string, not a function) makes it throw. Objects and lists become ''; the
 * schema reports their type.
 */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** One name or several → always a list of trimmed names. */
export function toNames(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value))
    return value.filter((v) => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim());
  return [];
}
