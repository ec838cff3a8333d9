/**
 * What a cached analysis depends on besides the file itself: the tool (its version and the
 * code that analyses: a rebuilt or upgraded tool may judge a file differently), the config and
 * the templates (content rules read both). Any change gives a new key and an empty cache.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../../core/config.js';
import { FORMAT } from './container.js';

/** The store's folder (this one's parent), and the core's beside it. */
const STORE = fileURLToPath(new URL('..', import.meta.url));

/** Name, size and mtime of every module under the analysing folders: cheap, and moves on any rebuild. */
function codeStamps(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) codeStamps(abs, out);
    else if (/\.[cm]?[jt]s$/.test(entry.name)) {
      const stat = statSync(abs);
      out.push(`${abs}:${stat.size}:${stat.mtimeMs}`);
    }
  }
  return out;
}

let build: string | undefined;

/** The tool's identity: package version, Node's, and the stamps of the code that analyses files. */
export function buildId(): string {
  if (build) return build;
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  const code = [join(STORE, '..', 'core'), STORE].flatMap((dir) => codeStamps(dir));
  build = `${pkg.version ?? '?'} ${process.version} ${createHash('sha1').update(code.join('\n')).digest('hex')}`;
  return build;
}

/**
 * The item templates as they stand, unparsed: parsing them would load the front-matter parser
 * on runs that read no item. Any change to their text counts (a superset of what lint reads).
 */
export function templatesStamp(root: string): string {
  const dir = join(root, 'templates', 'items');
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort();
  } catch {
    return '';
  }
  const hash = createHash('sha1');
  for (const name of names) {
    try {
      hash
        .update(`${name}\0`)
        .update(readFileSync(join(dir, name)))
        .update('\0');
    } catch {
      hash.update(`${name}\0?\0`);
    }
  }
  return hash.digest('hex');
}

export function cacheKey(config: Config, templates: string, tool = buildId()): string {
  return createHash('sha1')
    .update(JSON.stringify({ format: FORMAT, tool, config, templates }))
    .digest('hex');
}
