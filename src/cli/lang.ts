/**
 * The language flags and the config's `lang`, read before commander runs and without the
 * YAML parser: the entry needs them first, and so does the fast path of `--help`.
 */
import { join, resolve } from 'node:path';
import type { Lang } from '../core/config.js';
import { fs } from '../store/light-fs.js';
import { CONFIG_FILE, findRoot } from '../store/root.js';

/** Finds a flag's value before commander runs (`--lang en`, `--lang=en`). */
export function peek(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

/** The config's `lang`, read cheaply (no YAML parser) so help is fast. */
export function configLang(argv: readonly string[], cwd: string): Lang | undefined {
  const dir = peek(argv, '--dir');
  const root = dir ? resolve(cwd, dir) : findRoot(cwd);
  const file = root ? join(root, CONFIG_FILE) : undefined;
  if (!file || !fs.existsSync(file)) return undefined;
  try {
    const m = /^lang:\s*["']?(zh-CN|en)["']?\s*(#.*)?$/m.exec(fs.readFileSync(file, 'utf8'));
    return m?.[1] as Lang | undefined;
  } catch {
    return undefined;
  }
}

export function langFlag(argv: readonly string[]): Lang | undefined | 'bad' {
  const value = peek(argv, '--lang');
  if (value === undefined) return undefined;
  return value === 'zh-CN' || value === 'en' ? value : 'bad';
}

