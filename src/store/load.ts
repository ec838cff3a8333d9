/**
 * Reading the whole workspace: every item and topic file, analysed, with the problems of
 * each (`file-record.ts`) and the rules that look across files (`cross-check.ts`). A broken
 * file never stops the others. Files unchanged since the last run come from the cache
 * (`cache/cache.ts`) without being read.
 */
import { join } from 'node:path';
import type { Item } from '../core/item.js';
import type { LintContext } from '../core/lint/index.js';
import type { Topic, TopicAnswer } from '../core/topic.js';
import type { HeadField } from './cache/entry.js';
import { FileCache, type CacheFound, type Stamp } from './cache/cache.js';
import type { ItemHead } from './cache/head.js';
import { crossCheck } from './cross-check.js';
import { readTextStamped } from './files.js';
import { analyzeFile, analyzeStamped, fieldOf, lintContext, type FileRecord } from './file-record.js';
import { pourItemsJson } from './cache/items-json.js';
import type { LoadOptions } from './load-options.js';
import { analyzeAhead, analysedFrom, type Analysed } from './cache/analyze-ahead.js';
import { foldersUnchanged } from './scan.js';
import { cachedScan, scanFiles, type Scan } from './cache/stamps.js';
import type { Workspace } from './workspace.js';

export type { FileRecord } from './file-record.js';

export interface Loaded {
  files: FileRecord[];
  /** Path → file text, when asked for (`bodies: true`). */
  bodies: Map<string, string>;
  /** Items whose files have no errors. */
  items: Item[];
  /** Those at these paths, in this order (only these are decoded). */
  itemsAt(paths: readonly string[]): Item[];
  /** Those with something dated in one of `years` (`eventYears`; only these are decoded). */
  itemsDatedIn(years: readonly string[]): Item[];
  /** Those with an instruction whose follow-up has a due date (only these are decoded). */
  itemsWithDues(): Item[];
  /** The answers to topics: every item that names one, as topic progress reads it (nothing decoded). */
  answers(): (TopicAnswer & { path: string })[];
  /**
   * Every item with only `fields` and its path, what a listing reads: a cached file's other
   * fields are never read (their columns are not even decoded).
   */
  listing<K extends HeadField>(fields: readonly K[]): Pick<ItemHead, K | 'path'>[];
  /** The id of every item file, valid or not (read from the index alone). */
  ids(): Set<string>;
  /**
   * These items as `ui.json` prints them (pretty JSON and a newline), copied from the cache
   * where stored, handed to `write` in pieces of about a megabyte as they are made (see
   * `pourItemsJson`): a piece's memory is filled again once its write has resolved.
   */
  pourJson(
    heads: readonly Pick<ItemHead, 'path'>[],
    write: (piece: Buffer) => Promise<boolean>,
    /** The array as it stands this far in inside a document (no newline after it). */
    indent?: string,
  ): Promise<void>;
  topics: Topic[];
  /** Symbolic links not followed because they lead outside the workspace. */
  skipped: string[];
  /** How many files came from the cache without being read. */
  reused: number;
}

const hasError = (file: FileRecord) => file.problems.some((p) => p.severity === 'error');

/** One file: from the cache when its stamp (`stampNow()`, taken when asked) matches, else read and analysed (and remembered). */
function loadFile(
  ws: Workspace,
  path: string,
  context: LintContext,
  cache: FileCache | undefined,
  stampNow: () => Stamp | undefined,
  bodies?: Map<string, string>,
  ahead?: () => Analysed | undefined,
): FileRecord {
  const hit = cache?.lookup(path, stampNow);
  if (hit) {
    if (bodies) readBody(ws.root, path, bodies);
    return hit;
  }
  const analysed = cache && ahead?.();
  if (analysed) {
    if (bodies && analysed.text !== undefined) bodies.set(path, analysed.text);
    return cache.keep(path, analysed);
  }
  const { record, stamp } = analyzeStamped(ws.root, path, context, bodies);
  return cache && stamp ? cache.keep(path, analysedFrom(record, stamp, cache.keepItems)) : record;
}

function readBody(root: string, path: string, bodies: Map<string, string>): void {
  try {
    const { read } = readTextStamped(join(root, path));
    if (read.text !== undefined) bodies.set(path, read.text);
  } catch {
    // Unreadable since it was stamped: searched as empty, like any file without text.
  }
}

export type { ItemHead, LoadOptions };

/**
 * A cache file this large holds thousands of files (a kilobyte or two each): enough that
 * listing and stating them in a worker beats the worker's start (tens of milliseconds).
 */
const WORKER_FROM_BYTES = 8 << 20;

/**
 * With nothing cached and this many files to analyse, a worker analyses some of them
 * (`analyze-ahead.ts`): its start (a tenth of a second, loading the analysis) is repaid by a
 * few hundred files.
 */
const ANALYZE_AHEAD_FROM = 1000;

const DIRS = ['items', 'topics'];

/**
 * How the files are listed and stated, once the cache file's first line is read: when no
 * folder changed since the cache was written, its paths are the listing (nothing to walk);
 * else the folders are walked. A large workspace does either in a worker.
 */
function scanFor(root: string, found: CacheFound, paths: () => readonly string[] | undefined): Scan {
  const big = found.size >= WORKER_FROM_BYTES;
  const { file, ino, folders, count } = found;
  if (folders && found.paths && foldersUnchanged(root, folders))
    return cachedScan(root, DIRS, { file, ino, paths: found.paths, count, folders }, paths, big);
  return scanFiles(root, DIRS, big);
}

export function loadWorkspace(ws: Workspace, options: LoadOptions = {}): Loaded {
  const runStart = Date.now();
  const context = lintContext(ws);
  const bodies = new Map<string, string>();
  const refresh = (path: string) => analyzeFile(ws.root, path, context);
  let scan: Scan | undefined;
  const cached = (found: CacheFound) =>
    (scan = scanFor(ws.root, found, () => (cache.size > 0 ? cache.paths : undefined)));
  const cache =
    options.cache === false
      ? FileCache.inMemory(refresh, options.items !== false)
      : FileCache.open(ws.root, context, refresh, undefined, cached);
  const scanned = scan ?? scanFiles(ws.root, DIRS, false);
  const listing = scanned.listing();
  const { files: paths, skipped } = listing;
  if (cache.size === 0) scanned.stop();
  if (!options.readOnly) cache.stream();
  const ahead =
    cache.size === 0 && paths.length >= (options.analyzeAhead?.from ?? ANALYZE_AHEAD_FROM)
      ? analyzeAhead(
          paths,
          {
            root: ws.root,
            config: ws.config,
            templateLines: [...context.templateLines],
            keepItems: cache.keepItems,
            bodies: options.bodies === true,
          },
          context,
          options.analyzeAhead?.batch,
        )
      : undefined;
  const files = paths.map((path, i) => {
    const file = loadFile(
      ws,
      path,
      context,
      cache,
      () => scanned.at(i),
      options.bodies ? bodies : undefined,
      ahead && (() => ahead.take(i)),
    );
    options.progress?.(i + 1, paths.length);
    return file;
  });
  ahead?.stop();
  // Saved before the cross-file findings are added: those are never cached.
  if (!options.readOnly) cache.save(runStart, listing);
  crossCheck(files, ws.root, ws.config);
  for (const file of files) file.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  let items: Item[] | undefined;
  /** Files of valid items whose `field` passes: read from the head's column alone when cached. */
  const where = <F extends HeadField>(field: F, wanted: (value: ItemHead[F]) => boolean) =>
    files.filter((f) => {
      const value = fieldOf(f, field);
      return value !== undefined && !hasError(f) && wanted(value);
    });
  const itemsWhere = <F extends HeadField>(field: F, wanted: (value: ItemHead[F]) => boolean): Item[] => {
    // The head first: a cached item is decoded only once it is wanted.
    const found = where(field, wanted).map((f) => f.item!);
    cache.release();
    return found;
  };
  const pickWhere = <F extends HeadField, K extends HeadField>(
    field: F,
    wanted: (value: ItemHead[F]) => boolean,
    picked: readonly K[],
  ) =>
    where(field, wanted).map((f) => {
      // Built in one order, so that every object shares one shape.
      const out: Record<string, unknown> = { path: f.path };
      for (const k of picked) out[k] = fieldOf(f, k);
      return out as Pick<ItemHead, K | 'path'>;
    });
  return {
    files,
    bodies,
    get items() {
      return (items ??= itemsWhere('id', () => true));
    },
    itemsAt: (paths) => {
      const wanted = new Set(paths);
      const byPath = new Map(files.filter((f) => wanted.has(f.path) && !hasError(f)).map((f) => [f.path, f]));
      const found = paths.flatMap((path) => byPath.get(path)?.item ?? []);
      cache.release();
      return found;
    },
    itemsDatedIn: (years) => itemsWhere('years', (dated) => years.some((year) => dated.includes(year))),
    itemsWithDues: () => itemsWhere('dues', (dues) => dues.length > 0),
    answers: () => pickWhere('topic', (topic) => topic !== null, ['topic', 'departments', 'submitted']),
    listing: (fields) => pickWhere('id', () => true, fields),
    ids: () => {
      const ids = new Set<string>();
      for (const file of files) {
        const id = fieldOf(file, 'id');
        if (id) ids.add(id);
      }
      return ids;
    },
    pourJson: async (wanted, write, indent) => {
      await pourItemsJson(files, wanted, write, indent);
      cache.release();
    },
    topics: files.filter((f) => f.topic && !hasError(f)).map((f) => f.topic!),
    skipped,
    reused: cache.reused,
  };
}
