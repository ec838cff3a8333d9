/**
 * Finding the Markdown files under a workspace folder. Symbolic links are followed only
 * when they stay inside the workspace.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface Listing {
  /** Paths relative to the root, `/`-separated, sorted. */
  files: string[];
  /** Links that lead outside the workspace (or nowhere), relative paths. */
  skipped: string[];
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

export function isInside(root: string, abs: string): boolean {
  const rel = relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

function linkTarget(realRoot: string, abs: string): 'file' | 'dir' | 'outside' {
  try {
    const real = realpathSync(abs);
    if (!isInside(realRoot, real)) return 'outside';
    return statSync(real).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'outside';
  }
}

/** Every `.md` file under `dirs` (relative to `root`), skipping hidden names. */
export function listMarkdown(root: string, dirs: readonly string[]): Listing {
  const realRoot = realpathSync.native(root);
  const files: string[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      // A link back to a folder already walked would loop forever.
      const real = realpathSync.native(join(root, dir));
      if (seen.has(real)) return;
      seen.add(real);
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      let kind: 'file' | 'dir' | 'outside' | 'other' = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
      if (entry.isSymbolicLink()) kind = linkTarget(realRoot, join(root, rel));
      if (kind === 'outside') skipped.push(rel);
      else if (kind === 'dir') walk(rel);
      else if (kind === 'file' && entry.name.endsWith('.md')) files.push(rel);
    }
  };
  for (const dir of dirs) walk(toPosix(dir));
  files.sort();
  return { files, skipped };
}
