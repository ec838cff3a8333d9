/**
 * The names of the item files, kept between runs so that a command about one item finds its
 * file without walking `items/` (`find.ts`). A cache: deleted or damaged, it is listed anew.
 *
 * Two files under `.info/cache/`:
 * - `names`: the names that start with an id, one line `name<TAB>folder` each, sorted, so that
 *   those starting with a ref are found by a binary search that reads a few hundred bytes,
 *   whatever the workspace's size (100,000 names are 8 MB; reading them whole would cost more
 *   than the rest of `info show`);
 * - `names.json`: the stamps of the folders listed, the few names that start with no id
 *   (read with every search), and the folders listed again since the lines were sorted, with
 *   their paths: a `review` moves its folder's stamp, and the next command lists that folder
 *   alone and writes this small file, not the lines (sorted anew once these grow large).
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ID_PATTERN } from '../core/schema.js';
import { settled } from './cache/record.js';
import { foldersUnchanged, isFolderStamp, listMarkdown, type FolderStamp } from './scan.js';
import { writeAtomic } from './write.js';

export const NAMES_FILE = join('.info', 'cache', 'names');
export const NAMES_STATE = join('.info', 'cache', 'names.json');
const FORMAT = 'infodesk names 3';

/** Paths listed again, beyond which the lines are sorted anew (the state file stays small to read). */
const MOST_RECENT = 5000;

/** Whether a file name starts with an id (`20261103-k7f2…`): a name that does not could hold any id. */
const namedById = (name: string) => ID_PATTERN.test(name.slice(0, 13));

const under = (dir: string) => (path: string) => path === dir || path.startsWith(`${dir}/`);

const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** A path's line, `name<TAB>folder`; undefined for a name that starts with no id, or holds a tab or newline. */
function lineOf(path: string): string | undefined {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const dir = path.slice(0, slash);
  return namedById(name) && !/[\t\n]/.test(name) && !dir.includes('\n') ? `${name}\t${dir}` : undefined;
}

const pathOf = (line: string) => {
  const tab = line.indexOf('\t');
  return `${line.slice(tab + 1)}/${line.slice(0, tab)}`;
};

/** Bytes read a piece at a time: from the file, or from memory. */
interface Bytes {
  readonly size: number;
  read(start: number, end: number): Buffer;
}

function inFile(fd: number, size: number): Bytes {
  return {
    size,
    read(start, end) {
      const out = Buffer.allocUnsafe(Math.max(0, end - start));
      let done = 0;
      for (let n = 1; done < out.length && n > 0; done += n)
        n = readSync(fd, out, done, out.length - done, start + done);
      return out.subarray(0, done);
    },
  };
}

/** The line holding byte `at`, in `[lo, hi)` (both where lines start): where it starts and ends, and its text. */
function lineAround(bytes: Bytes, lo: number, hi: number, at: number): { start: number; end: number; text: string } {
  for (let reach = 256; ; reach *= 4) {
    const from = Math.max(lo, at - reach);
    const piece = bytes.read(from, Math.min(hi, at + reach));
    const before = at > from ? piece.lastIndexOf(10, at - from - 1) : -1;
    const after = piece.indexOf(10, at - from);
    if ((before >= 0 || from === lo) && after >= 0) {
      const start = from + before + 1;
      return { start, end: from + after, text: piece.toString('utf8', start - from, after) };
    }
    if (from === lo && from + piece.length >= hi) throw new Error('names: a line without its end');
  }
}

/** Where the first line not before `key` starts, in `[lo, hi)` of sorted lines: a binary search. */
function lowerBound(bytes: Bytes, lo: number, hi: number, key: string): number {
  while (lo < hi) {
    const { start, end, text } = lineAround(bytes, lo, hi, lo + Math.floor((hi - lo) / 2));
    if (text < key) lo = end + 1;
    else hi = start;
  }
  return lo;
}

/** The lines from `at` on that start with `prefix` and are `kept`, at most `most`. */
function linesFrom(bytes: Bytes, at: number, prefix: string, kept: (line: string) => boolean, most: number): string[] {
  const out: string[] = [];
  for (let piece = 1 << 14; at < bytes.size && out.length < most; ) {
    const chunk = bytes.read(at, Math.min(bytes.size, at + piece));
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0 && out.length < most; nl = chunk.indexOf(10, from)) {
      const line = chunk.toString('utf8', from, nl);
      if (!line.startsWith(prefix)) return out;
      if (kept(line)) out.push(line);
      from = nl + 1;
    }
    // A line longer than the piece: a larger piece.
    if (from === 0) piece *= 4;
    at += from;
  }
  return out;
}

/** The sorted lines: bytes in memory (just listed, to be written), or the file read when searched. */
interface Lines {
  /** Runs `use` on the bytes; undefined when they are gone (the file replaced since it was found). */
  open<T>(use: (bytes: Bytes) => T): T | undefined;
  /** Where the first line starts. */
  start: number;
  /** Bytes not yet written to `names`. */
  unsaved?: Buffer;
  /** The file's identity, for lines read from it. */
  identity?: Identity;
}

function linesInMemory(lines: string[]): Lines {
  // Mostly sorted runs (kept and listed again): a merge for the sort.
  lines.sort();
  const blob = Buffer.from(`${FORMAT}\n${lines.map((line) => `${line}\n`).join('')}`);
  const bytes: Bytes = { size: blob.length, read: (start, end) => blob.subarray(start, end) };
  return { open: (use) => use(bytes), start: FORMAT.length + 1, unsaved: blob };
}

/** A file's identity: another write of it (by a command run since) is another file. */
type Identity = [size: number, mtimeMs: number, ino: number];

const identityOf = (stat: { size: number; mtimeMs: number; ino: number }): Identity => [
  stat.size,
  stat.mtimeMs,
  stat.ino,
];

function linesInFile(path: string, identity: Identity): Lines {
  return {
    start: FORMAT.length + 1,
    identity,
    open(use) {
      let fd: number;
      try {
        fd = openSync(path, 'r');
      } catch {
        return undefined;
      }
      try {
        const now = identityOf(fstatSync(fd));
        return now.every((value, i) => value === identity[i]) ? use(inFile(fd, identity[0])) : undefined;
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** The item files' names, as listed or as kept. */
export class Names {
  constructor(
    private readonly lines: Lines,
    /** The paths whose names start with no id (or hold a tab or newline), sorted: read with every search. */
    readonly odd: readonly string[],
    /** Folders listed since the lines were sorted, each with the paths under it (named by id): its lines are not read. */
    private readonly recent: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {}

  static of(paths: readonly string[]): Names {
    const lines: string[] = [];
    const odd: string[] = [];
    for (const path of paths) {
      const line = lineOf(path);
      if (line === undefined) odd.push(path);
      else lines.push(line);
    }
    return new Names(linesInMemory(lines), odd.sort());
  }

  /** The folder listed again that `dir` lies in, if any. */
  private recentOver(dir: string): string | undefined {
    for (const top of this.recent.keys()) if (under(top)(dir)) return top;
    return undefined;
  }

  private readonly current = (line: string) => this.recentOver(line.slice(line.indexOf('\t') + 1)) === undefined;

  has(path: string): boolean {
    if (this.odd.includes(path)) return true;
    const line = lineOf(path);
    if (line === undefined) return false;
    const top = this.recentOver(path.slice(0, path.lastIndexOf('/')));
    if (top !== undefined) return this.recent.get(top)!.includes(path);
    return this.linesStarting(line, () => true, 1)[0] === line;
  }

  /** The paths whose file names start with `prefix` and with an id, in path order; at most `most`. */
  startingWith(prefix: string, most = Number.POSITIVE_INFINITY): string[] {
    if (prefix === '' || /[/\n\t]/.test(prefix)) return [];
    const recent = [...this.recent.values()].flat().filter((path) => nameOf(path).startsWith(prefix));
    return [...recent, ...this.linesStarting(prefix, this.current, most - recent.length).map(pathOf)]
      .sort()
      .slice(0, most);
  }

  private linesStarting(prefix: string, kept: (line: string) => boolean, most: number): string[] {
    if (most <= 0) return [];
    return (
      this.lines.open((bytes) =>
        linesFrom(bytes, lowerBound(bytes, this.lines.start, bytes.size, prefix), prefix, kept, most),
      ) ?? []
    );
  }

  /** Every line still current, read whole. */
  private allLines(): string[] {
    const text = this.lines.open((bytes) => bytes.read(this.lines.start, bytes.size).toString('utf8')) ?? '';
    return (text ? text.slice(0, -1).split('\n') : []).filter(this.current);
  }

  /** Every path, in order. */
  paths(): string[] {
    return [...this.allLines().map(pathOf), ...[...this.recent.values()].flat(), ...this.odd].sort();
  }

  /**
   * These names with the folders `tops` listed again (`paths`, every file under them): kept
   * as recent, or, once the recent are many, sorted into the lines.
   */
  relisted(tops: readonly string[], paths: readonly string[], most = MOST_RECENT): Names {
    const gone = (path: string) => tops.some((top) => under(top)(path));
    const listed = paths.filter((path) => lineOf(path) !== undefined);
    const odd = [...this.odd.filter((path) => !gone(path)), ...paths.filter((path) => lineOf(path) === undefined)];
    // A folder listed before that holds a top keeps its paths outside the top.
    const recent = new Map<string, string[]>();
    for (const [top, list] of this.recent)
      recent.set(
        top,
        list.filter((path) => !gone(path)),
      );
    for (const top of tops) {
      const over = [...recent.keys()].find((old) => old !== top && under(old)(top));
      for (const old of [...recent.keys()]) if (under(top)(old)) recent.delete(old);
      const mine = listed.filter(under(top));
      if (over === undefined) recent.set(top, mine);
      else recent.set(over, [...recent.get(over)!, ...mine].sort());
    }
    const count = [...recent.values()].reduce((sum, list) => sum + list.length, 0);
    if (count <= most) return new Names(this.lines, odd.sort(), recent);
    const kept = new Names(this.lines, [], recent).allLines();
    return new Names(linesInMemory([...kept, ...[...recent.values()].flat().map((path) => lineOf(path)!)]), odd.sort());
  }

  /** Kept in the workspace's cache, with the folders' stamps: the lines only when new. */
  save(root: string, folders: readonly FolderStamp[]): void {
    const linesPath = join(root, NAMES_FILE);
    if (this.lines.unsaved) writeAtomic(linesPath, this.lines.unsaved);
    const state = {
      format: FORMAT,
      lines: this.lines.identity ?? identityOf(statSync(linesPath)),
      folders,
      odd: this.odd,
      recent: Object.fromEntries(this.recent),
    };
    writeAtomic(join(root, NAMES_STATE), `${JSON.stringify(state)}\n`);
  }

  /** The names kept in the workspace's cache, with the stamps of the folders listed; undefined when none, or damaged. */
  static read(root: string): { names: Names; folders: FolderStamp[] } | undefined {
    let state: unknown;
    try {
      state = JSON.parse(readFileSync(join(root, NAMES_STATE), 'utf8'));
    } catch {
      return undefined; // none yet, or not one
    }
    if (!isState(state)) return undefined;
    const lines = linesInFile(join(root, NAMES_FILE), state.lines);
    // Lines written by another build, or cut short: listed anew.
    const whole = lines.open((bytes) => {
      const head = bytes.read(0, lines.start).toString('utf8');
      return head === `${FORMAT}\n` && bytes.read(bytes.size - 1, bytes.size)[0] === 10;
    });
    if (!whole) return undefined;
    return { names: new Names(lines, state.odd, new Map(Object.entries(state.recent))), folders: state.folders };
  }
}

interface State {
  lines: Identity;
  folders: FolderStamp[];
  odd: string[];
  recent: Record<string, string[]>;
}

const strings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** A damaged or crafted state is no cache (the paths it names are checked again where they are read). */
function isState(value: unknown): value is State {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  const { lines, folders, odd, recent } = state;
  return (
    state.format === FORMAT &&
    Array.isArray(lines) &&
    lines.length === 3 &&
    lines.every((n) => typeof n === 'number') &&
    Array.isArray(folders) &&
    folders.every(isFolderStamp) &&
    strings(odd) &&
    typeof recent === 'object' &&
    recent !== null &&
    !Array.isArray(recent) &&
    Object.values(recent).every(strings)
  );
}

/**
 * The cached names brought up to date: the folders whose stamps moved (a file written, added
 * or removed in them) are listed again, alone, and the rest kept. Undefined when a listing
 * meets a symbolic link (then every folder is walked).
 */
function refreshed(
  root: string,
  names: Names,
  folders: FolderStamp[],
): { names: Names; folders: FolderStamp[] } | undefined {
  const stale = folders.filter((stamp) => !foldersUnchanged(root, [stamp])).map(([dir]) => dir);
  // A folder inside another that changed is listed with it.
  const tops = stale.filter((dir) => !stale.some((other) => other !== dir && under(other)(dir)));
  if (tops.length === 0) return { names, folders };
  const listings = tops.map((dir) => listMarkdown(root, [dir]));
  if (listings.some((listing) => !listing.folders)) return undefined;
  const gone = (path: string) => tops.some((dir) => under(dir)(path));
  const stamps = [...folders.filter(([dir]) => !gone(dir)), ...listings.flatMap((listing) => listing.folders!)];
  return {
    names: names.relisted(
      tops,
      listings.flatMap((listing) => listing.files),
    ),
    folders: stamps,
  };
}

/**
 * A folder's stamp as kept: one taken too close to the listing (a coarse clock cannot tell a
 * second change in the same tick, see `settled`) is kept as one no folder has, so the folder
 * is listed again next time.
 */
function kept(stamp: FolderStamp, start: number): FolderStamp {
  const [dir, mtimeMs, ctimeMs] = stamp;
  return settled({ mtimeMs, ctimeMs }, start) ? stamp : [dir, -2, -2, -2];
}

/** The item files' names: from the cache of names, brought up to date, else listed (and cached). */
export function itemNames(root: string, useCache = true): Names {
  const start = Date.now();
  const cached = useCache ? Names.read(root) : undefined;
  const current = cached && refreshed(root, cached.names, cached.folders);
  // No folder moved: nothing to write.
  if (current && current.folders === cached?.folders) return current.names;
  const { names, folders } = current ?? listed(root);
  // A listing through a symbolic link has no stamps to trust: it is walked every time.
  if (useCache && folders) {
    try {
      names.save(
        root,
        folders.map((stamp) => kept(stamp, start)),
      );
    } catch {
      // A cache that cannot be written (a read-only workspace) is only slower.
    }
  }
  return names;
}

function listed(root: string): { names: Names; folders: FolderStamp[] | null } {
  const { files, folders } = listMarkdown(root, ['items']);
  return { names: Names.of(files), folders };
}
