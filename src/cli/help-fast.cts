/**
 * The start-up path of `info --help`, in CommonJS: the entry (`bin/info.js`, CommonJS too)
 * requires it without starting Node's ESM loader, which costs a bare start-up a fifth again.
 * The build renders the top-level help in each language (`scripts/build-help.js` →
 * `dist/help.json`), and it is printed when nothing that shapes it has changed since (the
 * program, the catalogues, commander). Anything else (another width, a stale or missing file)
 * takes the ordinary path, so the text is always the one commander would print.
 *
 * The language choice and the workspace's root live here too (re-exported by `lang.ts`,
 * `i18n/index.ts` and `store/root.ts`), so that this path reads them without ESM.
 * `require`, not `import * as`: copying every export of `node:fs` runs its lazy getters and
 * loads Node's stream modules.
 */
import fs = require('node:fs');
import path = require('node:path');

type Lang = 'zh-CN' | 'en';

export const CONFIG_FILE = 'info.config.yaml';

/** Where the workspace is: the nearest folder at or above a start that holds the config. */
export function findRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, CONFIG_FILE))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

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
  const root = dir ? path.resolve(cwd, dir) : findRoot(cwd);
  const file = root ? path.join(root, CONFIG_FILE) : undefined;
  if (!file || !fs.existsSync(file)) return undefined;
  try {
    const m = /^lang:\s*["']?(zh-CN|en)["']?\s*(#.*)?$/m.exec(fs.readFileSync(file, 'utf8'));
    return m?.[1] as Lang | undefined;
  } catch {
    return undefined;
  }
}

/** `--lang`, else the config, else the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`); Chinese when none says. */
export function chooseLang(flag: Lang | undefined, configLang: Lang | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag) return flag;
  if (configLang) return configLang;
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (!fromEnv) return 'zh-CN';
  return /^zh/i.test(fromEnv) ? 'zh-CN' : 'en';
}

export const HELP_FILE = path.join(__dirname, '..', 'help.json');

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
  for (let at = dir; ; at = path.dirname(at)) {
    const file = path.join(at, 'node_modules', name, 'package.json');
    if (fs.existsSync(file)) return file;
    if (path.dirname(at) === at) throw new Error(`${name} not found`);
  }
}

/**
 * Name (relative to its folder), size and mtime of every file that shapes the help text: a
 * rebuild moves them; an installed package has other paths (hence no absolute ones) and
 * mtimes that never move, but is replaced whole, help included. Stats only, for speed.
 */
export function helpStamp(): string {
  const cli = __dirname;
  const i18n = path.join(cli, '..', 'i18n');
  const commander = packageFile(cli, 'commander');
  const files = [
    path.join(cli, 'program.js'),
    path.join(cli, 'width.js'),
    commander,
    ...fs
      .readdirSync(i18n)
      .sort()
      .map((name) => path.join(i18n, name)),
  ];
  return files
    .map((file) => {
      const stat = fs.statSync(file);
      return `${path.basename(file)}:${stat.size}:${stat.mtimeMs}`;
    })
    .join(' ');
}

/** The help to print for `info --help`, when the stored one is sure to be right. */
export function cachedHelp(
  argv: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  stdout: { isTTY?: boolean; columns?: number },
): string | undefined {
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
