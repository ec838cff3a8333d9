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
import type { Stats } from 'node:fs';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileKind, Placed } from '../core/analyze.js';
import { itemJson, type Item } from '../core/item.js';
import type { LintContext } from '../core/lint/index.js';
import { isPlainObject } from '../core/schema.js';
import type { Topic } from '../core/topic.js';
import { Blob, CacheWriter, openCacheFile } from './cache-file.js';
import { cacheKey, templatesStamp } from './cache-key.js';
import { decodeEntry, encodeEntry, type Entry } from './cache-entry.js';
import { toHead, type ItemHead } from './head.js';
import type { FileRecord } from './load.js';

export const CACHE_FILE = join('.info', 'cache', 'files');

export interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export function stampOf(stats: Stats): Stamp {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
}

function keyLinesOf(value: unknown): Record<string, number> {
  if (!isPlainObject(value) || !Object.values(value).every((line) => Number.isInteger(line))) throw new TypeError('bad layout');
  return value as Record<string, number>;
}

const sameStamp = (a: Stamp, b: Stamp) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

/**
 * A stamp is trusted when it is older than the run's start by more than the file system's
 * clock tick: sub-millisecond stamps mean a fine clock (a few ms per tick at most); whole
 * seconds mean a coarse one (FAT keeps 2 s).
 */
export function settled(stamp: Stamp, runStart: number): boolean {
  const fine = stamp.mtimeMs % 1000 !== 0 || stamp.ctimeMs % 1000 !== 0;
  return Math.max(stamp.mtimeMs, stamp.ctimeMs) < runStart - (fine ? 50 : 2000);
}

/**
 * Item bytes packed into large chunks. `Buffer.from` would take small buffers from Node's
 * shared pool, where each one kept alive holds a whole 8 KiB pool slab: several KiB per item.
 */
class Arena {
  private chunk = Buffer.allocUnsafeSlow(0);
  private used = 0;
  put(text: string): Buffer {
    const length = Buffer.byteLength(text, 'utf8');
    if (this.used + length > this.chunk.length) {
      this.chunk = Buffer.allocUnsafeSlow(Math.max(length, 1 << 20));
      this.used = 0;
    }
    this.chunk.write(text, this.used, 'utf8');
    this.used += length;
    return this.chunk.subarray(this.used - length, this.used);
  }
}

/** An item as `list --json` prints it inside its array: pretty JSON, indented one level. */
export function itemElementJson(item: Item): string {
  return `  ${JSON.stringify(itemJson(item), null, 2).replaceAll('\n', '\n  ')}`;
}

/**
 * A file record whose item is kept as its JSON bytes and decoded only when asked for: served
 * from the cache, or just analysed (then its bytes go into the next cache, and the parsed
 * front matter, which holds on to the whole file text, is let go).
 */
export class CachedRecord implements FileRecord {
  readonly kind: FileKind;
  #item: Item | null | undefined;
  constructor(
    readonly path: string,
    public problems: Placed[],
    public keyLines: Record<string, number>,
    public topic: Topic | null,
    readonly head: ItemHead | null,
    readonly entry: Entry,
    private readonly cache: FileCache,
    /** The item's bytes, for a file analysed in this run. */
    readonly bytes?: Buffer,
  ) {
    this.kind = path.startsWith('topics/') ? 'topic' : 'item';
  }
  get item(): Item | null {
    if (this.#item === undefined) this.#item = this.head ? this.cache.decode(this) : null;
    return this.#item;
  }
  set item(value: Item | null) {
    this.#item = value;
  }
  /** The item's bytes as `list --json` prints them. */
  get rendered(): Buffer | undefined {
    return this.bytes ?? (this.entry.blob ? this.cache.blobBytes(this.entry.blob) : undefined);
  }
  toJSON() {
    return { path: this.path, kind: this.kind, item: this.item, topic: this.topic, problems: this.problems, keyLines: this.keyLines };
  }
}

export class FileCache {
  private readonly entries = new Map<string, Entry>();
  private readonly layouts: Record<string, number>[] = [];
  /** Key-line layouts by their JSON: most files share one, so records share the object. */
  private readonly layoutIds = new Map<string, number>();
  private blob: Blob | undefined;
  /** Records to store, in order: served from the cache, or analysed in this run. */
  private readonly next: { record: CachedRecord; fresh: boolean }[] = [];
  private changed = false;
  private damaged = false;
  private readonly arena = new Arena();

  private constructor(
    readonly file: string,
    readonly key: string,
    private readonly refresh: (path: string) => FileRecord,
  ) {}

  /** Opens the workspace's cache for this context; a missing or damaged one is simply empty. */
  static open(root: string, context: LintContext, refresh: (path: string) => FileRecord, tool?: string): FileCache {
    const cache = new FileCache(join(root, CACHE_FILE), cacheKey(context.config, templatesStamp(root), tool), refresh);
    const opened = openCacheFile(cache.file, cache.key);
    const index = opened?.index;
    if (!opened || !isPlainObject(index) || !Array.isArray(index.layouts) || !Array.isArray(index.files)) return cache;
    try {
      const ids = (index.layouts as unknown[]).map((layout) => cache.layout(keyLinesOf(JSON.parse(String(layout)))));
      for (const raw of index.files as unknown[]) {
        const entry = decodeEntry(raw, ids.length);
        cache.entries.set(entry.path, { ...entry, layout: ids[entry.layout]! });
      }
    } catch {
      cache.entries.clear();
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

  get reused(): number {
    return this.next.filter((n) => !n.fresh).length;
  }

  /** Whether `path` has an entry at all (saves a stat when it has not). */
  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** The cached record of `path` when its stamp still matches. */
  lookup(path: string, stamp: Stamp): CachedRecord | undefined {
    const entry = this.entries.get(path);
    if (!entry || !sameStamp(entry.stamp, stamp)) return undefined;
    const record = new CachedRecord(path, entry.problems.slice(), this.layouts[entry.layout]!, entry.topic, entry.head, entry, this);
    this.next.push({ record, fresh: false });
    return record;
  }

  /** A file analysed in this run: kept as bytes, and stored next time the cache is saved. */
  remember(fresh: FileRecord, stamp: Stamp): CachedRecord {
    const { path, problems, keyLines, item, topic } = fresh;
    const layout = this.layout(keyLines);
    const entry: Entry = { path, stamp, problems: problems.slice(), layout, head: item && toHead(item), topic, blob: null };
    const bytes = item ? this.arena.put(itemElementJson(item)) : undefined;
    const record = new CachedRecord(path, problems, this.layouts[layout]!, topic, entry.head, entry, this, bytes);
    this.next.push({ record, fresh: true });
    this.changed = true;
    return record;
  }

  decode(record: CachedRecord): Item | null {
    const bytes = record.rendered;
    try {
      const item: unknown = bytes && JSON.parse(bytes.toString('utf8'));
      if (isPlainObject(item) && item.path === record.path && item.id === record.head?.id) return item as unknown as Item;
    } catch {
      // Falls through: the bytes do not hold what the index says.
    }
    this.discard();
    return this.refresh(record.path).item;
  }

  /** Bytes of the old blob; none when it is damaged (then the file is read again). */
  blobBytes([offset, length]: [number, number]): Buffer | undefined {
    try {
      return this.damaged ? undefined : this.blob!.bytes(offset, length);
    } catch {
      this.discard();
      return undefined;
    }
  }

  /** Reads every cached item at once, before many are wanted. */
  preload(): void {
    this.blobBytes([0, 0]);
  }

  /** Lets the blob go once every item is decoded; it is read again if wanted. */
  release(): void {
    this.blob?.unload();
  }

  /** A cache found damaged after it was opened is removed (unless already replaced): the next run rebuilds it. */
  private discard(): void {
    if (this.damaged) return;
    this.damaged = true;
    if (this.blob?.isAt(this.file)) rmSync(this.file, { force: true });
  }

  /** Writes the cache when anything differs from what was read. Never fails the command. */
  save(runStart: number): void {
    if (this.damaged || (!this.changed && this.next.length === this.entries.size)) return;
    let writer: CacheWriter | undefined;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writer = new CacheWriter(this.file);
      writer.finish(this.key, this.encode(writer, runStart));
    } catch {
      // A read-only workspace or a full disk leaves the cache as it was: it only saves time.
      writer?.abort();
      // Or copying the old items found them damaged: then the file goes.
      this.preload();
    }
  }

  /** Streams the items into `writer` and returns the index that points at them. */
  private encode(writer: CacheWriter, runStart: number): unknown {
    const files: unknown[] = [];
    for (const { record, fresh } of this.next) {
      const { entry } = record;
      if (!fresh) files.push(encodeEntry({ ...entry, blob: entry.blob && writer.copy(this.blob!, entry.blob) }));
      else if (settled(entry.stamp, runStart) && !entry.problems.some((p) => p.rule === 'file-unreadable')) {
        files.push(encodeEntry({ ...entry, blob: record.bytes ? writer.add(record.bytes) : null }));
      }
    }
    return { layouts: this.layouts.map((layout) => JSON.stringify(layout)), files };
  }
}
