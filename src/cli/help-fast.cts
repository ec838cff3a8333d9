/**
 * The start-up path of `info --help`, in CommonJS: the entry (`bin/info.js`, CommonJS too)
 * requires it without starting Node's ESM loader, which would slow a bare start-up markedly.
 * The build renders the top-level help in each language (`scripts/build-help.js` →
 * `dist/help.json`), and it is printed when nothing that shapes it has changed since (the
 * program, the commands' flags, the catalogues, commander). Anything else (another width,
 * a stale or missing file) takes the ordinary path, so the text is always the one commander
 * would print.
 *
 * The language choice (`i18n/lang.cts`) and the workspace's root (`store/root.cts`) are
 * CommonJS too, so that this path reads them without ESM. `require`, not `import * as`:
 * copying every export of `node:fs` runs its lazy getters and loads Node's stream modules.
 */
import fs = require('node:fs');
import path = require('node:path');
import lang = require('../i18n/lang.cjs');
import root = require('../store/root.cjs');
import flags = require('./argv.cjs');

type Lang = 'zh-CN' | 'en';

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
  const commands = path.join(cli, 'commands');
  const files = [
    path.join(cli, 'program.js'),
    path.join(cli, 'define.js'),
    path.join(cli, '..', 'core', 'width.js'),
    commander,
    ...fs
      .readdirSync(commands)
      .filter((name) => name.endsWith('-flags.js'))
      .sort()
      .map((name) => path.join(commands, name)),
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
    const dir = flags.peek(argv, '--dir');
    const configured = root.configLangAt(dir ? path.resolve(cwd, dir) : root.findRoot(cwd));
    const text = cache.texts[lang.chooseLang(undefined, configured, env)];
    if (!stdout.isTTY) return text.narrow;
    return stdout.columns !== undefined && stdout.columns >= text.wideWidth ? text.wide : undefined;
  } catch {
    return undefined;
  }
}
