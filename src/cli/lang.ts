/**
 * The language flags and the config's `lang`, read before commander runs and without the
 * YAML parser: the entry needs them first, and so does the fast path of `--help`.
 */
import type { Lang } from '../core/config.js';
import { peek } from './help-fast.cjs';

export { configLang, peek } from './help-fast.cjs';

/** `--lang` as given: a language, none, or a value that is neither. */
export function langFlag(argv: readonly string[]): Lang | undefined | 'bad' {
  const value = peek(argv, '--lang');
  if (value === undefined) return undefined;
  return value === 'zh-CN' || value === 'en' ? value : 'bad';
}
