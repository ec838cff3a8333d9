/**
 * The item a one-item command names (`show`, `review REF…`, `adjust --item`, `merge`, `export`,
 * `fix REF…`), found from the id in the file names and read alone, not with the whole
 * workspace (docs/cli.md 2). An id starts its file's name (`items/2026/11/20261103-k7f2-….md`),
 * so the files whose names start with the ref, and the few whose names start with no id at
 * all, are all that can hold it; they are read and checked, then the search stops. A name that
 * matches nothing, or too many files to read, falls back to the whole workspace (`resolveRef`),
 * so a file renamed by hand is still found.
 *
 * The names come from `.info/cache/names` while no folder under `items/` has changed (a file
 * added, moved, copied or renamed moves its folder's stamp), else from a walk of the folders.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LintContext } from '../core/lint/index.js';
import { ID_PATTERN } from '../core/schema.js';
import { settled } from './cache/record.js';
import { crossCheck } from './cross-check.js';
import { analyzeFile, lintContext, type FileRecord } from './file-record.js';
import { pathRef, resolveRef } from './ref.js';
import { foldersUnchanged, isFolderStamp, listMarkdown, type FolderStamp } from './scan.js';
import type { Workspace } from './workspace.js';
import { writeAtomic } from './write.js';

export const NAMES_FILE = join('.info', 'cache', 'names');
const FORMAT = 'infodesk names 2';

/** More files than this to read for one ref (a short prefix, many odd names): the whole load is as quick. */
const MOST_READ = 40;

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Whether a file name starts with an id (`20261103-k7f2…`): a name that does not could hold any id. */
const namedById = (name: string) => ID_PATTERN.test(name.slice(0, 13));

/**
 * The item files' paths, searched as the bytes they are kept in (no string for each of
 * 100,000 paths): `\n`-separated, sorted, with a `\n` at either end.
 */
export class Names {
  constructor(
    private readonly blob: Buffer,
    /** The paths whose names start with no id (`namedById`). */
    readonly odd: readonly string[],
  ) {}

  static of(paths: readonly string[]): Names {
    return new Names(
      Buffer.from(`\n${paths.join('\n')}\n`),
      paths.filter((path) => !namedById(baseName(path))),
    );
  }

  has(path: string): boolean {
    return path !== '' && !path.includes('\n') && this.blob.includes(`\n${path}\n`);
  }

  /** The paths whose file names start with `prefix`, in path order. */
  startingWith(prefix: string): string[] {
    const out: string[] = [];
    if (prefix === '' || /[/\n]/.test(prefix)) return out;
    const needle = Buffer.from(`/${prefix}`);
    for (let at = this.blob.indexOf(needle); at >= 0; at = this.blob.indexOf(needle, at + 1)) {
      const end = this.blob.indexOf(10, at);
      // A folder's name that starts so is not a file's.
      if (this.blob.subarray(at + 1, end).includes(47)) continue;
      out.push(this.blob.toString('utf8', this.blob.lastIndexOf(10, at) + 1, end));
    }
    return out;
  }

  text(folders: readonly FolderStamp[]): Buffer {
    const head = `${FORMAT}\n${JSON.stringify(folders)}\n${JSON.stringify(this.odd)}`;
    return Buffer.concat([Buffer.from(head), this.blob]);
  }

  /** Every path, in order. */
  paths(): string[] {
    const text = this.blob.toString('utf8', 1, this.blob.length - 1);
    return text ? text.split('\n') : [];
  }

  /**
   * These names with the paths under `dir` (sorted, contiguous) replaced by `paths`, without
   * touching the rest; undefined when none lay under it (a new folder: where it goes is for
   * a sort to say).
   */
  replaced(dir: string, paths: readonly string[]): Names | undefined {
    const prefix = Buffer.from(`\n${dir}/`);
    const start = this.blob.indexOf(prefix);
    if (start < 0) return undefined;
    let end = start;
    do end = this.blob.indexOf(10, end + 1);
    while (end < this.blob.length - 1 && this.blob.subarray(end, end + prefix.length).equals(prefix));
    const block = Buffer.from(paths.map((path) => `\n${path}`).join(''));
    if (block.equals(this.blob.subarray(start, end))) return this;
    const odd = [
      ...this.odd.filter((path) => !path.startsWith(`${dir}/`)),
      ...paths.filter((p) => !namedById(baseName(p))),
    ];
    return new Names(Buffer.concat([this.blob.subarray(0, start), block, this.blob.subarray(end)]), odd.sort());
  }

  /** `text` read back, with the stamps of the folders listed; undefined when it is not one. */
  static read(bytes: Buffer): { names: Names; folders: FolderStamp[] } | undefined {
    const lines: number[] = [];
    for (let at = bytes.indexOf(10); at >= 0 && lines.length < 3; at = bytes.indexOf(10, at + 1)) lines.push(at);
    if (lines.length < 3 || bytes[bytes.length - 1] !== 10 || bytes.toString('utf8', 0, lines[0]) !== FORMAT)
      return undefined;
    try {
      const folders: unknown = JSON.parse(bytes.toString('utf8', lines[0]! + 1, lines[1]));
      const odd: unknown = JSON.parse(bytes.toString('utf8', lines[1]! + 1, lines[2]));
      // A damaged file is no cache: listed anew.
      if (!Array.isArray(folders) || !folders.every(isFolderStamp)) return undefined;
      if (!Array.isArray(odd) || !odd.every((path) => typeof path === 'string')) return undefined;
      // The paths as they lie in the file read, not copied (8 MB at 100,000 items).
      return { names: new Names(bytes.subarray(lines[2]), odd), folders };
    } catch {
      return undefined;
    }
  }
}

const under = (dir: string) => (path: string) => path === dir || path.startsWith(`${dir}/`);

/** A path the walk could have listed: under `items/`, no step up, no empty or hidden step. */
const inItems = (path: string) =>
  path.startsWith('items/') && path.split('/').every((step) => step !== '' && !step.startsWith('.'));

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
  let current: Names | undefined = names;
  for (const [i, dir] of tops.entries()) current = current?.replaced(dir, listings[i]!.files);
  // A folder new, or gone: the names are sorted anew.
  current ??= Names.of([...names.paths().filter((path) => !gone(path)), ...listings.flatMap((l) => l.files)].sort());
  return { names: current, folders: stamps };
}

function cachedNames(root: string): ReturnType<typeof Names.read> {
  try {
    return Names.read(readFileSync(join(root, NAMES_FILE)));
  } catch {
    return undefined; // no cache of names yet
  }
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
  const cached = useCache ? cachedNames(root) : undefined;
  const current = cached && refreshed(root, cached.names, cached.folders);
  // No folder moved: nothing to write.
  if (current && current.folders === cached?.folders) return current.names;
  const { names, folders } = current ?? listed(root);
  // A listing through a symbolic link has no stamps to trust: it is walked every time.
  if (useCache && folders) {
    try {
      writeAtomic(join(root, NAMES_FILE), names.text(folders.map((stamp) => kept(stamp, start))));
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

export interface FindOptions {
  /** `--no-cache`: the names are listed afresh and not kept. */
  cache: boolean;
  /** The whole workspace's files, for the fallback. */
  everything: () => Promise<readonly FileRecord[]>;
}

/** A one-item search over the names: the record found, or undefined when only the whole load can tell. */
class NameSearch {
  private readonly records = new Map<string, FileRecord>();

  constructor(
    readonly root: string,
    readonly context: LintContext,
    readonly allNames: () => Names,
  ) {}

  record(path: string): FileRecord {
    let record = this.records.get(path);
    if (!record) {
      record = analyzeFile(this.root, path, this.context);
      this.records.set(path, record);
    }
    return record;
  }

  /** The files that can hold an id starting with `ref`, read; undefined when there are too many. */
  candidates(ref: string): FileRecord[] | undefined {
    const names = this.allNames();
    // A cache of names is the tool's own, but a damaged or crafted one must not lead outside `items/`.
    const paths = [...new Set([...names.startingWith(ref), ...names.odd])].filter(inItems).sort();
    return paths.length > MOST_READ ? undefined : paths.map((path) => this.record(path));
  }

  /** The files holding exactly `id`, among those named for it; undefined when there are too many to read. */
  holding(id: string): FileRecord[] | undefined {
    return this.candidates(id)?.filter((f) => f.item?.id === id);
  }

  /** Every record read so far, in path order (the order of the whole load). */
  read(): FileRecord[] {
    return [...this.records.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

/**
 * Finds the records refs name, with the findings across files that concern each: the same id
 * in another file named for it, an unknown topic, an unknown merged id, an issue that lists
 * it. (Titles repeated in a month are `info validate`'s to find: they need every title.)
 */
export class ItemFinder {
  private names: Names | undefined;
  private readonly context: LintContext;

  constructor(
    private readonly ws: Workspace,
    private readonly options: FindOptions,
  ) {
    this.context = lintContext(ws);
  }

  /** The names, listed once a run: a command changes files, never their names. */
  private allNames = () => (this.names ??= itemNames(this.ws.root, this.options.cache));

  async find(ref: string, cwd: string): Promise<FileRecord> {
    const { ws } = this;
    // Files are read afresh for every ref: the command may have changed them since.
    const search = new NameSearch(ws.root, this.context, this.allNames);
    const found = foundByName(search, ref, ws.root, cwd);
    // Not by its name (renamed by hand, or unknown), or too many files to read, or a merged id
    // no file is named for: the whole load tells, and words its errors.
    if (!found || found.item?.merged?.some((id) => !search.holding(id)?.length))
      return resolveRef(await this.options.everything(), ref, ws.root, cwd);
    const topics = found.item?.topic
      ? listMarkdown(ws.root, ['topics']).files.map((path) => analyzeFile(ws.root, path, this.context))
      : [];
    crossCheck([...search.read(), ...topics], ws.root, ws.config);
    found.problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return found;
  }
}

/** The record `ref` names among the files named for it; undefined when the names cannot tell. */
function foundByName(search: NameSearch, ref: string, root: string, cwd: string): FileRecord | undefined {
  const path = pathRef(root, cwd, ref);
  if (path !== undefined) {
    if (!search.allNames().has(path)) return undefined;
    const record = search.record(path);
    // Its namesakes are read too, for the same id in another file.
    const id = record.item?.id;
    return id === undefined || search.holding(id) ? record : undefined;
  }
  const wanted = ref.trim();
  const matches = search.candidates(wanted)?.filter((f) => f.item?.id.startsWith(wanted));
  return wanted && matches?.length ? resolveRef(matches, wanted, root, cwd) : undefined;
}
