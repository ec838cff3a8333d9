/**
 * The files named on the command line: files as given, folders walked. Hidden files, Word's
 * lock files (`~$…`) and the workspace's own folders are passed over.
 */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { isInside } from '../scan.js';
import { CONVERT_FIRST, kindOf } from './read.js';

export interface Sources {
  /** Files to import, absolute, in a stable order. */
  files: string[];
  /** Paths that are not there, as given. */
  missing: string[];
  /** Files in a format to convert first (`.doc`, `.wps`, …), absolute. */
  unsupported: string[];
  /** Not read: links out of a folder being imported, pipes and devices. */
  skipped: { path: string; reason: 'link-outside' | 'not-a-file' }[];
}

const OWN_FOLDERS = ['items', 'topics', 'templates', 'bulletins', '.info'];

export function findSources(paths: readonly string[], cwd: string, root: string): Sources {
  const out: Sources = { files: [], missing: [], unsupported: [], skipped: [] };
  const own = new Set(OWN_FOLDERS.map((name) => join(root, name)));
  const seen = new Set<string>();
  const walk = (dir: string, base: string): void => {
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
      visit(join(dir, name), base);
    }
  };
  /** `base`: the real path of the folder named on the command line, when `abs` was found in it. */
  const visit = (abs: string, base?: string): void => {
    let stat: Stats;
    let real: string;
    try {
      stat = statSync(abs);
      real = realpathSync(abs);
    } catch {
      if (!base) out.missing.push(abs);
      return;
    }
    // A folder received from a department may hold links: none may reach beyond it (to ~/.ssh, say).
    if (base && !isInside(base, real)) return void out.skipped.push({ path: abs, reason: 'link-outside' });
    if (stat.isDirectory()) walk(abs, base ?? real);
    else if (!stat.isFile()) {
      // A named pipe or a device would block the read or never end.
      if (!base || kindOf(abs)) out.skipped.push({ path: abs, reason: 'not-a-file' });
    } else if (kindOf(abs)) out.files.push(abs);
    else if (!base || CONVERT_FIRST.has(extname(abs).toLowerCase())) out.unsupported.push(abs);
  };
  for (const path of paths) visit(resolve(cwd, path));
  out.files = [...new Set(out.files)];
  return out;
}
