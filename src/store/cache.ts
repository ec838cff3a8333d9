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
import type { Item } from '../core/item.js';
import type { LintContext } from '../core/lint/index.js';
import { isPlainObject } from '../core/schema.js';
import { Blob, CacheWriter, openCacheFile, sweepTemporaries } from './cache-file.js';
import { cacheKey, templatesStamp } from './cache-key.js';
import { decodeEntry, encodeEntry, type Entry } from './cache-entry.js';
import { Arena, CachedRecord, itemElementJson, sameStamp, settled, type RecordSource, type Stamp } from './cache-record.js';
import { toHead } from './head.js';
import type { FileRecord } from './load.js';

export { CachedRecord, itemElementJson, settled, stampOf, type Stamp } from './cache-record.js';

export const CACHE_FILE = join('.info', 'cache', 'files');

function keyLinesOf(value: unknown): Record<string, number> {
  if (!isPlainObject(value) || !Object.values(value).every((line) => Number.isInteger(line))) throw new TypeError('bad layout');
  return value as Record<string, number>;
}

export class FileCache implements RecordSource {
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
    const { path, keyLines, item } = fresh;
    // Strings cut from a file's text keep the whole text alive (V8 slices): what is kept is
    // copied through JSON, so that the text can go.
    const { problems, topic, head } = JSON.parse(JSON.stringify({ problems: fresh.problems, topic: fresh.topic, head: item && toHead(item) })) as Pick<Entry, 'problems' | 'topic' | 'head'>;
    const layout = this.layout(keyLines);
    const entry: Entry = { path, stamp, problems: problems.slice(), layout, head, topic, blob: null };
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
      return this.damaged || !this.blob ? undefined : this.blob.bytes(offset, length);
    } catch {
      this.discard();
      return undefined;
    }
  }

  /** Checks the blob before many items are wanted (a damaged one is then dropped at once). */
  preload(): void {
    try {
      this.blob?.check();
    } catch {
      this.discard();
    }
  }

  /** Lets the blob's window go once every item is decoded. */
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
      sweepTemporaries(this.file);
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
    // Only the layouts still in use are stored, renumbered.
    const used = new Map<number, number>();
    const layout = (id: number) => used.get(id) ?? used.set(id, used.size).get(id)!;
    for (const { record, fresh } of this.next) {
      const { entry } = record;
      if (!fresh) files.push(encodeEntry({ ...entry, layout: layout(entry.layout), blob: entry.blob && writer.copy(this.blob!, entry.blob) }));
      else if (settled(entry.stamp, runStart) && !entry.problems.some((p) => p.rule === 'file-unreadable')) {
        files.push(encodeEntry({ ...entry, layout: layout(entry.layout), blob: record.bytes ? writer.add(record.bytes) : null }));
      }
    }
    return { layouts: [...used.keys()].map((id) => JSON.stringify(this.layouts[id])), files };
  }
}
