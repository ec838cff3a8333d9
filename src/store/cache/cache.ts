/**
 * The cache of analysed files, `.info/cache/files`: for each item and topic file, what
 * `analyzeText` made of it (item or topic, placed problems, key lines), keyed by the file's
 * path, size, modification and change times and inode, under a key made of the tool's
 * version and code, the config and the templates. A file whose stamp still matches is
 * neither read nor parsed. Cross-file findings are never cached: they are made afresh on
 * every run from what the files say.
 *
 * Why ctime and inode as well as mtime: tools that keep an old mtime on purpose (`cp -p`,
 * `rsync -t`, `touch -d`) still move ctime, which no program can set; an editor that saves by
 * rename gives a new inode. A file written twice within one tick of the file system's clock
 * keeps the same stamp: such "racy" files (stamped too close to the start of the run) are
 * not stored, so the next run reads them again (git's index does the same).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Item } from '../../core/item.js';
import type { LintContext } from '../../core/lint/index.js';
import { isPlainObject } from '../../core/schema.js';
import { type Blob, CacheWriter, openCacheFile, sweepTemporaries, type OpenedFile } from './container.js';
import { cacheKey, templatesStamp } from './key.js';
import { encodeRows, Rows, type Entry, type HeadField } from './entry.js';
import { ColumnReader, LITTLE_ENDIAN } from './columns.js';
import { Arena, CachedRecord, settled, type RecordSource, type Stamp } from './record.js';
import { toHead, type ItemHead } from './head.js';
import type { FileRecord } from '../file-record.js';
import type { Analysed } from './analyze-ahead.js';
import { isFolderStamp, type FolderStamp, type Listing } from '../scan.js';

export { CachedRecord, itemElementJson, settled, stampOf, type Stamp } from './record.js';

export const CACHE_FILE = join('.info', 'cache', 'files');

function keyLinesOf(value: unknown): Record<string, number> {
  if (!isPlainObject(value) || !Object.values(value).every((line) => Number.isInteger(line)))
    throw new TypeError('bad layout');
  return value as Record<string, number>;
}

/**
 * A copy of plain data (what JSON would keep) whose strings no longer hold on to the text
 * they were cut from: V8 keeps a cut of 13 characters or more as a slice of the whole text,
 * and flattens a joined string into fresh memory when it is cut again. A round trip through
 * JSON did the same at several times the cost (a second of a cold run at 100,000 files).
 */
export function detached(value: unknown): unknown {
  if (typeof value === 'string') return value.length < 13 ? value : ` ${value}`.slice(1);
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : detached(v)));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = detached(v);
  return out;
}

/**
 * The listing a cache file keeps (its folders' stamps, and how many files), and where its
 * path column lies in the file: enough for a worker to read the paths and state the files
 * while the index is decoded, once the folders are found unchanged.
 */
export interface CacheFound {
  file: string;
  ino: number;
  /** The file's size: a large cache means a large workspace. */
  size: number;
  folders: FolderStamp[] | null;
  count: number;
  /** The path column: offset in the file, length and digest. */
  paths: [number, number, number] | null;
}

function foundIn(file: string, opened: OpenedFile, index: Record<string, unknown>): CacheFound {
  const listing = isPlainObject(index.listing) ? index.listing : {};
  const folders = Array.isArray(listing.folders) && listing.folders.every(isFolderStamp) ? listing.folders : null;
  const count = Number.isInteger(listing.count) ? (listing.count as number) : -1;
  const column = isPlainObject(index.columns) ? index.columns.path : undefined;
  const paths =
    Array.isArray(column) && column.length === 3 && column.every((n) => Number.isInteger(n) && n >= 0)
      ? (column as [number, number, number])
      : null;
  return {
    file,
    ino: opened.ino,
    size: opened.size,
    folders: folders && count >= 0 && paths ? folders : null,
    count,
    paths: paths && [opened.bodyStart + paths[0], paths[1], paths[2]],
  };
}

/** A record to store: from the cache (its `row`) or analysed in this run (its `entry`). */
interface Next {
  record: CachedRecord;
  row?: number;
  entry?: Entry;
  at?: [number, number] | null;
}

export class FileCache implements RecordSource {
  /** The index as read; a row per file. */
  private rows: Rows | undefined;
  /** Rows by path, made only when a path is not where the listing's order puts it. */
  private rowByPath: Map<string, number> | undefined;
  /** The row last found: files are looked up in the order they were stored. */
  private cursor = 0;
  private readonly layouts: Record<string, number>[] = [];
  /** Key-line layouts by their JSON: most files share one, so records share the object. */
  private readonly layoutIds = new Map<string, number>();
  private blob: Blob | undefined;
  /**
   * Records to store, in order: served from the cache, or analysed in this run; `at` is
   * where the item went in the new blob, once written.
   */
  private readonly next: Next[] = [];
  /** The next cache file, written while the run goes (once `stream` allowed it and an item is new). */
  private writer: CacheWriter | undefined;
  /** Whether items may go to disk as they come: the run will save (not a dry run). */
  private streaming = false;
  /** Writing failed (a read-only workspace, a full disk): no further attempt in this run. */
  private failed = false;
  private changed = false;
  private damaged = false;
  private readonly arena = new Arena();
  /** The listing stored with the cache read, if any. */
  private found: CacheFound | undefined;

  private constructor(
    readonly file: string,
    readonly key: string,
    private readonly refresh: (path: string) => FileRecord,
    /** Kept in memory only, never read from nor written to disk (`--no-cache`). */
    private readonly transient = false,
    /** In memory: whether items are kept at all (else one asked for is read again). */
    readonly keepItems = true,
  ) {}

  /**
   * For `--no-cache`: nothing is read or written, but analysed items are still kept as JSON
   * bytes, not as parsed front matter whose strings hold on to every file's whole text. A
   * run that wants no items (`validate`) keeps none: 120 MB and the JSON's making at 100,000.
   */
  static inMemory(refresh: (path: string) => FileRecord, keepItems = true): FileCache {
    return new FileCache('', '', refresh, true, keepItems);
  }

  /**
   * Opens the workspace's cache for this context; a missing or damaged one is simply empty.
   * `opening` is told what the file holds before its index is decoded (a worker can start
   * stating the files it lists meanwhile).
   */
  static open(
    root: string,
    context: LintContext,
    refresh: (path: string) => FileRecord,
    tool?: string,
    opening?: (found: CacheFound) => void,
  ): FileCache {
    const cache = new FileCache(join(root, CACHE_FILE), cacheKey(context.config, templatesStamp(root), tool), refresh);
    const opened = openCacheFile(cache.file, cache.key);
    const index = opened?.index;
    if (!opened || !isPlainObject(index) || !Array.isArray(index.layouts) || index.littleEndian !== LITTLE_ENDIAN)
      return cache;
    cache.found = foundIn(cache.file, opened, index);
    opening?.(cache.found);
    try {
      // Layouts are numbered as read: the cache's own list starts empty.
      for (const layout of index.layouts as unknown[]) cache.layout(keyLinesOf(JSON.parse(String(layout))));
      cache.rows = Rows.decode(new ColumnReader(opened.read, index.columns), cache.layouts.length);
    } catch {
      return cache;
    }
    cache.blob = opened.blob;
    return cache;
  }

  private layout(keyLines: Record<string, number>): number {
    const text = JSON.stringify(keyLines);
    let id = this.layoutIds.get(text);
    if (id === undefined) {
      id = this.layouts.push(Object.freeze({ ...keyLines })) - 1;
      this.layoutIds.set(text, id);
    }
    return id;
  }

  #reused = 0;

  /** How many files came from the cache. */
  get reused(): number {
    return this.#reused;
  }

  /** How many files have an entry. */
  get size(): number {
    return this.rows?.count ?? 0;
  }

  /** The row of `path`, -1 when it has none. */
  private rowOf(path: string): number {
    const paths = this.rows?.paths;
    if (!paths) return -1;
    if (paths[this.cursor] === path) return this.cursor;
    if (paths[this.cursor + 1] === path) return ++this.cursor;
    this.rowByPath ??= new Map(paths.map((p, row) => [p, row]));
    const row = this.rowByPath.get(path);
    if (row === undefined) return -1;
    this.cursor = row;
    return row;
  }

  /**
   * Lets items analysed from now on go straight into the next cache file instead of being
   * held in memory until `save` (for runs that will save: a cold run of 100,000 items would
   * otherwise hold all their JSON).
   */
  stream(): void {
    this.streaming = !this.transient;
  }

  /**
   * The cached record of `path` when its stamp (`stampNow()`, taken only when the path has an
   * entry: a new file costs no stat) still matches.
   */
  lookup(path: string, stampNow: () => Stamp | undefined): CachedRecord | undefined {
    const row = this.rowOf(path);
    const rows = this.rows;
    if (!rows || row < 0) return undefined;
    const stamp = stampNow();
    if (!stamp || !rows.sameStamp(row, stamp)) return undefined;
    const record = new CachedRecord(
      path,
      rows.problems(row),
      this.layouts[rows.layout(row)]!,
      rows.topic(row),
      undefined,
      row,
      this,
    );
    const next: Next = { record, row };
    this.#reused++;
    this.next.push(next);
    if (this.writer && !this.failed) this.put(next);
    return record;
  }

  /** Opens the next cache file and writes what came so far; undefined when it cannot be written. */
  private openWriter(): CacheWriter | undefined {
    if (this.failed || this.damaged) return undefined;
    if (this.writer) return this.writer;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      sweepTemporaries(this.file);
      this.writer = new CacheWriter(this.file);
    } catch {
      this.failed = true;
      return undefined;
    }
    for (const next of this.next) this.put(next);
    return this.failed ? undefined : this.writer;
  }

  /** Writes (or, from the old blob, copies) one record's item into the next cache file. */
  private put(next: Next): void {
    const { record } = next;
    try {
      if (this.failed) return;
      if (next.entry) next.at = record.bytes ? this.writer!.add(record.bytes) : (record.written ?? null);
      else {
        const blob = this.rows!.blob(record.row);
        next.at = blob && this.writer!.copy(this.blob!, blob);
      }
    } catch {
      this.fail();
    }
  }

  /**
   * A failed write leaves the cache as it was (it only saves time), or drops a damaged old
   * blob. The writer is kept for reading back the items it already wrote.
   */
  private fail(): void {
    this.writer?.abort();
    this.failed = true;
    // Copying the old items may have found them damaged: then the file goes.
    this.verify();
  }

  /**
   * A file analysed in this run, here or by a worker (`analyze-ahead.ts`): kept as bytes, and
   * stored next time the cache is saved.
   */
  keep(path: string, analysed: Analysed): CachedRecord {
    const { stamp, keyLines, json } = analysed;
    // Strings cut from a file's text keep the whole text alive (V8 slices): what is kept is
    // copied, so that the text can go.
    const { problems, topic, head } = detached({
      problems: analysed.problems,
      topic: analysed.topic,
      head: analysed.head,
    }) as Pick<Entry, 'problems' | 'topic' | 'head'>;
    const layout = this.layout(keyLines);
    const entry: Entry = { path, stamp, problems: problems.slice(), layout, head, topic, blob: null };
    const writer = json !== undefined && this.streaming ? this.openWriter() : undefined;
    if (writer && json !== undefined) {
      try {
        const at = writer.add(Buffer.from(json, 'utf8'));
        const record = new CachedRecord(
          path,
          problems,
          this.layouts[layout]!,
          topic,
          entry.head,
          -1,
          this,
          undefined,
          at,
        );
        this.next.push({ record, entry, at });
        this.changed = true;
        return record;
      } catch {
        // Falls through: this item is kept in memory, and the cache is not written this run.
        this.fail();
      }
    }
    const bytes = json === undefined ? undefined : this.arena.put(json);
    const record = new CachedRecord(path, problems, this.layouts[layout]!, topic, entry.head, -1, this, bytes);
    const next: Next = { record, entry };
    this.next.push(next);
    if (this.writer && !this.failed) this.put(next);
    this.changed = true;
    return record;
  }

  /**
   * The head of a row, or one field of it. When a column read late turns out damaged, the
   * cache goes and the head is made from the file again (it is unchanged, its stamp said so).
   */
  head(row: number): ItemHead | null {
    if (!this.damaged) {
      try {
        return this.rows!.head(row);
      } catch {
        this.discard();
      }
    }
    const { item } = this.refresh(this.rows!.paths[row]!);
    return item && toHead(item);
  }

  field<F extends HeadField>(row: number, field: F): ItemHead[F] | undefined {
    if (!this.damaged) {
      try {
        return this.rows!.field(row, field);
      } catch {
        this.discard();
      }
    }
    return this.head(row)?.[field];
  }

  /** Bytes of an item this run wrote into the next cache file. */
  writtenBytes([offset, length]: [number, number]): Buffer {
    return this.writer!.written(offset, length);
  }

  decode(record: CachedRecord): Item | null {
    const bytes = record.rendered;
    if (bytes === undefined && !this.keepItems) return this.refresh(record.path).item;
    try {
      const item: unknown = bytes && JSON.parse(bytes.toString('utf8'));
      if (isPlainObject(item) && item.path === record.path && item.id === record.field('id'))
        return item as unknown as Item;
    } catch {
      // Falls through: the bytes do not hold what the index says.
    }
    this.discard();
    return this.refresh(record.path).item;
  }

  /** Bytes of an item in the old blob; none when it is damaged (then the file is read again). */
  rowBytes(row: number): Buffer | undefined {
    const range = this.rows?.blob(row);
    try {
      return this.damaged || !this.blob || !range ? undefined : this.blob.bytes(...range);
    } catch {
      this.discard();
      return undefined;
    }
  }

  /** Checks the whole blob, and drops the cache file if any of it is damaged. */
  private verify(): void {
    try {
      this.blob?.check();
    } catch {
      this.discard();
    }
  }

  /** Lets the blob's window go once every item is decoded. */
  release(): void {
    this.blob?.unload();
    this.writer?.unload();
  }

  /** A cache found damaged after it was opened is removed (unless already replaced): the next run rebuilds it. */
  private discard(): void {
    if (this.damaged) return;
    this.damaged = true;
    if (!this.transient && this.blob?.isAt(this.file)) rmSync(this.file, { force: true });
  }

  /** The paths of the files the cache holds, in order. */
  get paths(): readonly string[] {
    return this.rows?.paths ?? [];
  }

  /**
   * Writes the cache when anything differs from what was read (or the listing is new). Never
   * fails the command. The listing's folders are kept when the files it lists are exactly the
   * files stored and no folder changed too close to the run's start to be sure of.
   */
  save(runStart: number, listing: Listing): void {
    const keep = listing.folders?.every(([, mtimeMs, ctimeMs]) => settled({ mtimeMs, ctimeMs }, runStart));
    const folders = keep ? listing.folders : null;
    const same =
      !this.changed &&
      this.next.length === this.size &&
      JSON.stringify(folders) === JSON.stringify(this.found?.folders ?? null);
    if (this.transient || this.damaged || this.failed || same) return;
    const writer = this.openWriter();
    try {
      const { layouts, entries } = this.encode(runStart);
      const columns = encodeRows(entries);
      const exact =
        folders && entries.length === listing.files.length && entries.every((e, i) => e.path === listing.files[i]);
      const shared = {
        layouts,
        littleEndian: LITTLE_ENDIAN,
        columns: columns.directory,
        ...(exact ? { listing: { count: entries.length, folders } } : {}),
      };
      writer?.finish(this.key, shared, columns.bytes);
    } catch {
      this.fail();
    }
  }

  /** The index of the items written (`at`): unsettled and unreadable files are left out. */
  private encode(runStart: number): { layouts: string[]; entries: Entry[] } {
    const entries: Entry[] = [];
    // Only the layouts still in use are stored, renumbered.
    const used = new Map<number, number>();
    const layout = (id: number) => used.get(id) ?? used.set(id, used.size).get(id)!;
    for (const { record, row, entry: fresh, at } of this.next) {
      if (fresh && (!settled(fresh.stamp, runStart) || fresh.problems.some((p) => p.rule === 'file-unreadable')))
        continue;
      const entry = fresh ?? this.rows!.entry(row!, record.head);
      entries.push({ ...entry, layout: layout(entry.layout), blob: at ?? null });
    }
    return { layouts: [...used.keys()].map((id) => JSON.stringify(this.layouts[id])), entries };
  }
}
