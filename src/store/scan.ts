/**
 * Finding the Markdown files under a workspace folder. Symbolic links are followed only
 * when they stay inside the workspace.
 */
import { existsSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface Listing {
  /** Paths relative to the root, `/`-separated, sorted. */
  files: string[];
  /** Links that lead outside the workspace (or nowhere), relative paths. */
  skipped: string[];
  /**
   * Every folder walked, with its stamp as it was before it was read (null when a symbolic
   * link was met: what a link leads to can change without any folder here changing).
   */
  folders: FolderStamp[] | null;
}

/**
 * A folder's path (relative), modification and change times and inode; -1 for a folder
 * that does not exist. Adding, removing or renaming an entry moves the folder's times, so
 * while no folder's stamp moves, the listing is what it was.
 */
export type FolderStamp = [string, number, number, number];

/** Whether a value read back from a cache is a folder's stamp. */
export function isFolderStamp(value: unknown): value is FolderStamp {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    typeof value[0] === 'string' &&
    value.slice(1).every((n) => typeof n === 'number')
  );
}

function folderStamp(root: string, dir: string): FolderStamp {
  try {
    const stat = statSync(join(root, dir));
    return stat.isDirectory() ? [dir, stat.mtimeMs, stat.ctimeMs, stat.ino] : [dir, -1, -1, -1];
  } catch {
    return [dir, -1, -1, -1];
  }
}

/** Whether every folder still has the stamp it had: then the files listed are still all there are. */
export function foldersUnchanged(root: string, folders: readonly FolderStamp[]): boolean {
  return folders.every((stamp) => folderStamp(root, stamp[0]).every((value, i) => value === stamp[i]));
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

export function isInside(root: string, abs: string): boolean {
  const rel = relative(root, abs);
  // `..x.md` is a name inside; only `..` itself or `../…` climbs out.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * A path the user typed: relative to the current folder, else (when only that exists) to
 * the root, so a path as `--json` prints it names the file from any folder.
 */
export function userPath(root: string, cwd: string, path: string): string {
  const fromCwd = resolve(cwd, path);
  const fromRoot = resolve(root, path);
  return !existsSync(fromCwd) && !isAbsolute(path) && existsSync(fromRoot) ? fromRoot : fromCwd;
}

function linkTarget(realRoot: string, abs: string): 'file' | 'dir' | 'outside' | 'other' {
  try {
    const real = realpathSync(abs);
    if (!isInside(realRoot, real)) return 'outside';
    // A link to a named pipe or a device would block the read or never end.
    const stat = statSync(real);
    return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'other';
  } catch {
    return 'outside';
  }
}

/**
 * Every `.md` file under `dirs` (relative to `root`), skipping hidden names. A link is
 * followed only when it stays inside its own folder: a link in `items/` to the workspace
 * root would otherwise read topics and templates as items (and a link to `/` everything).
 */
export function listMarkdown(root: string, dirs: readonly string[]): Listing {
  const realRoot = realpathSync.native(root);
  const files: string[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  let folders: FolderStamp[] | null = [];
  const walk = (dir: string, base: string): void => {
    let entries: Dirent[];
    try {
      // A link back to a folder already walked would loop forever.
      const real = realpathSync.native(join(root, dir));
      if (seen.has(real)) return;
      seen.add(real);
      // Stamped before it is read: a change while it is read moves the stamp after it.
      folders?.push(folderStamp(root, dir));
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      folders = null;
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      let kind: 'file' | 'dir' | 'outside' | 'other' = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
      if (entry.isSymbolicLink()) {
        kind = linkTarget(base, join(root, rel));
        folders = null;
      }
      if (kind === 'outside') skipped.push(rel);
      else if (kind === 'dir') walk(rel, base);
      else if (kind === 'file' && entry.name.endsWith('.md')) files.push(rel);
    }
  };
  for (const dir of dirs.map(toPosix)) {
    let base: string;
    try {
      base = realpathSync(join(root, dir));
    } catch {
      // Not there (yet): that too is part of the listing.
      folders?.push(folderStamp(root, dir));
      continue;
    }
    // `items` itself may be a link: it too must stay in the workspace.
    if (base !== join(realRoot, dir)) folders = null;
    if (isInside(realRoot, base)) walk(dir, base);
    else skipped.push(dir);
  }
  files.sort();
  return { files, skipped, folders };
}
