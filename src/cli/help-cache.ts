/**
 * `info --help` without loading the program: the build renders the top-level help in each
 * language (`scripts/build-help.js` → `dist/help.json`), and the entry prints it when nothing
 * that shapes it has changed since (the program, the catalogues, commander). Anything else
 * (another width, a stale or missing file) takes the ordinary path, so the text is always the
 * one commander would print.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../core/config.js';
import { chooseLang } from '../i18n/choose.js';
import { configLang } from './lang.js';

export const HELP_FILE = fileURLToPath(new URL('../help.json', import.meta.url));

export interface HelpText {
  /** As printed where the width is 80 (not a terminal). */
  narrow: string;
  /** As printed on a terminal wide enough that nothing wraps, and that width. */
  wide: string;
  wideWidth: number;
}

export interface HelpCache {
  stamp: string;
  texts: Record<Lang, HelpText>;
}

/**
 * A digest of every file that shapes the help text, by content and name relative to the
 * package (an installed package has other paths and npm's fixed mtimes).
 */
export function helpStamp(): string {
  const cli = fileURLToPath(new URL('.', import.meta.url));
  const i18n = join(cli, '..', 'i18n');
  const commander = join(dirname(createRequire(import.meta.url).resolve('commander')), 'package.json');
  const files = [join(cli, 'program.js'), join(cli, 'width.js'), commander, ...readdirSync(i18n).sort().map((name) => join(i18n, name))];
  const hash = createHash('sha1');
  for (const file of files) hash.update(`${basename(file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** The help to print for `info --help`, when the stored one is sure to be right. */
export function cachedHelp(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv, stdout: { isTTY?: boolean; columns?: number }): string | undefined {
  try {
    const cache = JSON.parse(readFileSync(HELP_FILE, 'utf8')) as HelpCache;
    if (cache.stamp !== helpStamp()) return undefined;
    const text = cache.texts[chooseLang(undefined, configLang(argv, cwd), env)];
    if (!stdout.isTTY) return text.narrow;
    return stdout.columns !== undefined && stdout.columns >= text.wideWidth ? text.wide : undefined;
  } catch {
    return undefined;
  }
}
