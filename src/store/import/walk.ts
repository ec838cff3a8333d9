/**
 * The files named on the command line: files as given, folders walked. Hidden files, Word's
 * lock files (`~$…`) and the workspace's own folders are passed over.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { CONVERT_FIRST, kindOf } from './read.js';

export interface Sources {
  /** Files to import, absolute, in a stable order. */
  files: string[];
  /** Paths that are not there, as given. */
  missing: string[];
  /** Files in a format to convert first (`.doc`, `.wps`, …), absolute. */
  unsupported: string[];
}

const OWN_FOLDERS = ['items', 'topics', 'templates', 'bulletins', '.info'];

export function findSources(paths: readonly string[], cwd: string, root: string): Sources {
  const out: Sources = { files: [], missing: [], unsupported: [] };
  const own = new Set(OWN_FOLDERS.map((name) => join(root, name)));
  const seen = new Set<string>();
  const walk = (dir: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real) || own.has(dir)) return;
    seen.add(real);
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      out.missing.push(dir);
    }
    for (const name of names) {
      if (name.startsWith('.') || name.startsWith('~$')) continue;
      visit(join(dir, name), false);
    }
  };
  const visit = (abs: string, named: boolean): void => {
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      if (named) out.missing.push(abs);
      return;
    }
    if (isDir) walk(abs);
    else if (kindOf(abs)) out.files.push(abs);
    else if (named || CONVERT_FIRST.has(extname(abs).toLowerCase())) out.unsupported.push(abs);
  };
  for (const path of paths) visit(resolve(cwd, path), true);
  out.files = [...new Set(out.files)];
  return out;
}
