/**
 * The language flags and the config's `lang`, read before commander runs and without the
 * YAML parser: the entry needs them first.
 */
import { resolve } from 'node:path';
import type { Lang } from '../core/config.js';
import { configLangAt, findRoot } from '../store/root.cjs';
import { peek } from './argv.cjs';

export { peek };

/** `--lang` as given: a language, none, or a value that is neither. */
export function langFlag(argv: readonly string[]): Lang | undefined | 'bad' {
  const value = peek(argv, '--lang');
  if (value === undefined) return undefined;
  return value === 'zh-CN' || value === 'en' ? value : 'bad';
}

/** The config's `lang`, for the workspace `--dir` names or the one around `cwd`. */
export function configLang(argv: readonly string[], cwd: string): Lang | undefined {
  const dir = peek(argv, '--dir');
  return configLangAt(dir ? resolve(cwd, dir) : findRoot(cwd));
}
