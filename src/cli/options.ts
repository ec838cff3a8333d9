/** Reading flag values: enumerations by key or Chinese label, dates, months, numbers. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { usage } from '../core/errors.js';
import { isDate } from '../core/schema.js';
import { describeKeys, resolveKey, type VocabKind } from '../core/vocab.js';
import { decode } from '../store/files.js';
import type { Ui } from './ui.js';

/** The canonical key for a flag value, or exit 2 naming the allowed values. */
export function enumFlag(
  ui: Ui,
  kind: VocabKind,
  flag: string,
  value: string,
  labels: Record<string, string> = ui.labels[kind] ?? {},
): string {
  const key = resolveKey(kind, value, labels);
  if (!key) throw usage('bad-value', { flag, value, allowed: describeKeys(kind, ui.lang) });
  return key;
}

export function optionalEnum(
  ui: Ui,
  kind: VocabKind,
  flag: string,
  value: unknown,
  labels?: Record<string, string>,
): string | undefined {
  return typeof value === 'string' ? enumFlag(ui, kind, flag, value, labels) : undefined;
}

export function dateFlag(flag: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isDate(value)) throw usage('bad-date', { flag, value: String(value) });
  return value;
}

export function monthFlag(flag: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value))
    throw usage('bad-month', { flag, value: String(value) });
  return value;
}

export function positiveInt(flag: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw usage('bad-number', { flag, value: String(value) });
  return n;
}

export function list(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.map((v) => String(v).trim()).filter(Boolean);
}

/** Text from `--body-file PATH` (relative to `cwd`) or `-` for standard input; UTF-8 only. */
export function readBodyFile(path: string, cwd: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : resolve(cwd, path));
  } catch (error) {
    throw usage('body-file', { path, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
  if (bytes.length === 0) return '';
  const read = decode(bytes);
  if (read.problem) throw usage('body-file-encoding', { path });
  return read.text;
}
