/** The workspace on disk: where its root is, its configuration, its templates. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { place, type Placed } from '../core/analyze.js';
import { readConfig, type Config } from '../core/config.js';
import { InfoError } from '../core/errors.js';
import { guidanceLines } from '../core/lint/basic.js';
import { readYaml, splitFile } from '../core/frontmatter.js';
import { readText } from './files.js';
import { CONFIG_FILE, findRoot } from './root.cjs';

export interface Workspace {
  root: string;
  config: Config;
}

/** Reads and checks the config; problems are placed in the config file. */
export function loadConfig(root: string): { config: Config; problems: Placed[] } {
  const read = readText(join(root, CONFIG_FILE));
  // An empty config is a config of defaults (docs/cli.md 3.5), not an empty item file.
  const empty = read.problem?.rule === 'frontmatter-missing';
  if (read.problem && !empty) return { config: readConfig({}).config, problems: [read.problem] };
  const text = read.text ?? '';
  // Bounded like front matter: a shared config is as untrusted as the items.
  const parsed = readYaml(text);
  if (parsed.finding) return { config: readConfig({}).config, problems: place([parsed.finding], '', {}) };
  const { config, findings } = readConfig(parsed.data);
  // The config has no opening delimiter: prefix one line so its lines count like front matter.
  return { config, problems: place(findings, `\n${text}`, {}).map((p) => ({ ...p, line: p.line - 1 })) };
}

/** The workspace root: `dir` when given, else the nearest one at or above `cwd`. */
export function locateRoot(dir: string | undefined, cwd: string): string {
  const root = dir ? (existsSync(join(resolve(cwd, dir), CONFIG_FILE)) ? resolve(cwd, dir) : undefined) : findRoot(cwd);
  if (!root) throw new InfoError('no-workspace', { dir: dir ? resolve(cwd, dir) : cwd });
  return root;
}

/** Opens the workspace at `dir` (or above the current folder); refuses an invalid config. */
export function openWorkspace(dir: string | undefined, cwd: string): Workspace {
  const root = locateRoot(dir, cwd);
  const { config, problems } = loadConfig(root);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new InfoError('config-invalid', { file: CONFIG_FILE }).withProblems(CONFIG_FILE, errors);
  return { root, config };
}

export interface Templates {
  /** Category (or `default`) → template text. */
  byCategory: Map<string, string>;
  /** Every guidance line of every template body. */
  lines: Set<string>;
}

export function loadTemplates(root: string): Templates {
  const dir = join(root, 'templates', 'items');
  const byCategory = new Map<string, string>();
  const lines = new Set<string>();
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.md'));
  } catch {
    return { byCategory, lines };
  }
  for (const name of names) {
    const read = readText(join(dir, name));
    if (!read.text) continue;
    byCategory.set(name.slice(0, -3), read.text);
    const split = splitFile(read.text);
    for (const line of guidanceLines(split.data ? split.body : read.text)) lines.add(line);
  }
  return { byCategory, lines };
}
