/**
 * `info --help` without loading the program: the build renders the top-level help in each
 * language (`scripts/build-help.js` → `dist/help.json`), and the entry prints it when nothing
 * that shapes it has changed since (the program, the catalogues, commander). Anything else
 * (another width, a stale or missing file) takes the ordinary path, so the text is always the
 * one commander would print.
 */
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../core/config.js';
import { chooseLang } from '../i18n/choose.js';
import { fs } from '../store/light-fs.js';
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

/** A package's package.json as Node would find it from `dir` (the resolver itself costs more). */
function packageFile(dir: string, name: string): string {
  for (let at = dir; ; at = dirname(at)) {
    const file = join(at, 'node_modules', name, 'package.json');
    if (fs.existsSync(file)) return file;
    if (dirname(at) === at) throw new Error(`${name} not found`);
  }
}

/**
 * Name (relative to its folder), size and mtime of every file that shapes the help text: a
 * rebuild moves them; an installed package has other paths (hence no absolute ones) and
 * mtimes that never move, but is replaced whole, help included. Stats only, for speed.
 */
export function helpStamp(): string {
  const cli = fileURLToPath(new URL('.', import.meta.url));
  const i18n = join(cli, '..', 'i18n');
  const commander = packageFile(cli, 'commander');
  const files = [join(cli, 'program.js'), join(cli, 'width.js'), commander, ...fs.readdirSync(i18n).sort().map((name) => join(i18n, name))];
  return files.map((file) => {
    const stat = fs.statSync(file);
    return `${basename(file)}:${stat.size}:${stat.mtimeMs}`;
  }).join(' ');
}

/** The help to print for `info --help`, when the stored one is sure to be right. */
export function cachedHelp(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv, stdout: { isTTY?: boolean; columns?: number }): string | undefined {
  try {
    const cache = JSON.parse(fs.readFileSync(HELP_FILE, 'utf8')) as HelpCache;
    if (cache.stamp !== helpStamp()) return undefined;
    const text = cache.texts[chooseLang(undefined, configLang(argv, cwd), env)];
    if (!stdout.isTTY) return text.narrow;
    return stdout.columns !== undefined && stdout.columns >= text.wideWidth ? text.wide : undefined;
  } catch {
    return undefined;
  }
}
