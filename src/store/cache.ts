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
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FileKind, Placed } from '../core/analyze.js';
import { itemJson, type Item } from '../core/item.js';
import type { LintContext } from '../core/lint/index.js';
import { isPlainObject } from '../core/schema.js';
import type { Topic } from '../core/topic.js';
import { Blob, openCacheFile, writeCacheFile } from './cache-file.js';
import { cacheKey } from './cache-key.js';
import { decodeEntry, encodeEntry, type Entry } from './cache-entry.js';
import type { FileRecord, ItemHead } from './load.js';

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

/** An item as `list --json` prints it inside its array: pretty JSON, indented one level. */
export function itemElementJson(item: Item): string {
  return `  ${JSON.stringify(itemJson(item), null, 2).replaceAll('\n', '\n  ')}`;
}

/** A file record served from the cache; its item is decoded only when asked for. */
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
  ) {
    this.kind = path.startsWith('topics/') ? 'topic' : 'item';
  }
  get item(): Item | null {
    if (this.#item === undefined) this.#item = this.entry.blob ? this.cache.decode(this) : null;
    return this.#item;
  }
  set item(value: Item | null) {
    this.#item = value;
  }
  /** The item's bytes as `list --json` prints them, when cached. */
  get rendered(): Buffer | undefined {
    return this.entry.blob ? this.cache.blobBytes(this.entry.blob) : undefined;
  }
  toJSON() {
    return { path: this.path, kind: this.kind, item: this.item, topic: this.topic, problems: this.problems, keyLines: this.keyLines };
  }
}

export class FileCache {
  private readonly entries = new Map<string, Entry>();
  private readonly layouts: Record<string, number>[] = [];
  private blob: Blob | undefined;
  /** Records to store, in order: cached ones as they were, fresh ones with their stamp. */
  private readonly next: ({ hit: CachedRecord } | { fresh: FileRecord; stamp: Stamp })[] = [];
  private changed = false;

  private constructor(
    readonly file: string,
    readonly key: string,
    private readonly refresh: (path: string) => FileRecord,
  ) {}

  /** Opens the workspace's cache for this context; a missing or damaged one is simply empty. */
  static open(root: string, context: LintContext, refresh: (path: string) => FileRecord, tool?: string): FileCache {
    const cache = new FileCache(join(root, CACHE_FILE), cacheKey(context, tool), refresh);
    const opened = openCacheFile(cache.file, cache.key);
    const index = opened?.index;
    if (!opened || !isPlainObject(index) || !Array.isArray(index.layouts) || !Array.isArray(index.files)) return cache;
    try {
      for (const layout of index.layouts as unknown[]) cache.layouts.push(Object.freeze(JSON.parse(String(layout))) as Record<string, number>);
      for (const raw of index.files as unknown[]) {
        const entry = decodeEntry(raw, cache.layouts.length);
        cache.entries.set(entry.path, entry);
      }
    } catch {
      cache.entries.clear();
      return cache;
    }
    cache.blob = opened.blob;
    return cache;
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
    this.next.push({ hit: record });
    return record;
  }

  /** A file analysed in this run, to be stored when its stamp is settled. */
  remember(record: FileRecord, stamp: Stamp): void {
    this.next.push({ fresh: { ...record, problems: record.problems.slice() }, stamp });
    this.changed = true;
  }

  decode(record: CachedRecord): Item | null {
    try {
      const item: unknown = JSON.parse(this.blob!.text(record.entry.blob![0], record.entry.blob![1]));
      if (isPlainObject(item) && item.path === record.path && item.id === record.head?.id) return item as unknown as Item;
    } catch {
      // Falls through: the blob does not hold what the index says.
    }
    this.discard();
    return this.refresh(record.path).item;
  }

  blobBytes([offset, length]: [number, number]): Buffer {
    return this.blob!.bytes(offset, length);
  }

  /** Reads every cached item at once (one read instead of many). */
  preload(): void {
    this.blob?.load();
  }

  /** Drops a cache found damaged after opening: the next run rebuilds it. */
  private discard(): void {
    this.changed = true;
    this.entries.clear();
  }

  /** Writes the cache when anything differs from what was read. Never fails the command. */
  save(runStart: number): void {
    if (!this.changed && this.next.length === this.entries.size) return;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      const { index, blob } = this.encode(runStart);
      writeCacheFile(this.file, this.key, index, blob);
    } catch {
      // A read-only workspace or a full disk leaves the cache as it was: it only saves time.
    }
  }

  private encode(runStart: number): { index: unknown; blob: Buffer[] } {
    const layouts = new Map<string, number>();
    const files: unknown[] = [];
    const blob: Buffer[] = [];
    let offset = 0;
    const place = (bytes: Buffer | undefined): [number, number] | null => {
      if (!bytes) return null;
      blob.push(bytes);
      offset += bytes.length;
      return [offset - bytes.length, bytes.length];
    };
    const layoutOf = (keyLines: Record<string, number>) => {
      const text = JSON.stringify(keyLines);
      if (!layouts.has(text)) layouts.set(text, layouts.size);
      return layouts.get(text)!;
    };
    for (const next of this.next) {
      if ('hit' in next) {
        const { entry, keyLines, rendered } = next.hit;
        files.push(encodeEntry({ ...entry, layout: layoutOf(keyLines), blob: place(rendered) }));
      } else if (settled(next.stamp, runStart) && !next.fresh.problems.some((p) => p.rule === 'file-unreadable')) {
        const { path, problems, keyLines, item, topic } = next.fresh;
        const head = item ? { id: item.id, title: item.title, topic: item.topic } : null;
        const bytes = item ? Buffer.from(itemElementJson(item), 'utf8') : undefined;
        files.push(encodeEntry({ path, stamp: next.stamp, problems, layout: layoutOf(keyLines), head, topic, blob: place(bytes) }));
      }
    }
    return { index: { layouts: [...layouts.keys()], files }, blob };
  }
}
