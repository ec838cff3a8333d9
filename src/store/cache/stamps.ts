/**
 * The listing and the stamps of a large workspace, taken in a worker thread while the main
 * thread decodes the cache index: a warm run lists 100,000 files (0.2–0.4 s), stats every one
 * (100,000 system calls, 0.4–0.8 s) and decodes the index (about as long), and the work need
 * not wait on one core when there is a second. When the cache's folders are unchanged, the
 * worker reads the paths from the cache file itself (`cachedScan`), and nothing is walked;
 * else it walks the folders and hands the listing over as one string (`scanFiles`). Then it
 * states the files in batches, each claimed from a shared counter by whichever thread gets
 * there first: the main thread joins in once it needs stamps not yet taken, so neither core
 * idles while stats remain. Stamps go into shared memory, never as objects. Anything that
 * goes wrong (no worker, a worker that stops answering) falls back to doing it all on the
 * main thread, as for a small workspace.
 */
import { existsSync, statSync, type Stats } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
  type ResourceLimits,
} from 'node:worker_threads';
import { listMarkdown, type FolderStamp, type Listing } from '../scan.js';

/** What tells a file's version apart (see `cache.ts`). Kept here, where the worker needs it, so the worker loads no more than this module and the walker. */
export interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export function stampOf(stats: Stats): Stamp {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
}

/** How long the main thread waits for the worker's next step before doing the work itself. */
const STALL_MS = 5000;

/** Files per batch claimed. */
const BATCH = 512;

/**
 * Stamps of `files` files, shared between the threads: `claim[0]` is the next batch to take,
 * `done[b]` goes to 1 once batch b is stamped, `out` holds size, mtimeMs, ctimeMs and ino per
 * file (size NaN when the stat failed).
 */
export interface Shared {
  claim: Int32Array;
  done: Int32Array;
  out: Float64Array;
}

export function sharedStamps(buffer: SharedArrayBuffer, files: number, batch: number): Shared {
  const batches = Math.ceil(files / batch);
  return {
    claim: new Int32Array(buffer, 0, 1),
    done: new Int32Array(buffer, 8, batches),
    out: new Float64Array(buffer, 8 + Math.ceil(batches / 2) * 8, files * 4),
  };
}

export function newSharedStamps(files: number, batch: number): { buffer: SharedArrayBuffer } & Shared {
  const batches = Math.ceil(files / batch);
  const buffer = new SharedArrayBuffer(8 + Math.ceil(batches / 2) * 8 + files * 4 * 8);
  return { buffer, ...sharedStamps(buffer, files, batch) };
}

function statOne(root: string, path: string): Stamp | undefined {
  try {
    // Listed paths are relative, `/`-separated and clean: `path.join` would normalise each again (a quarter of the stat's cost).
    return stampOf(statSync(`${root}/${path}`));
  } catch {
    return undefined;
  }
}

/** Stamps batch `b` into shared memory and marks it done. */
function stampBatch(root: string, paths: readonly string[], shared: Shared, batch: number, b: number): void {
  for (let i = b * batch; i < Math.min(paths.length, (b + 1) * batch); i++) {
    const stamp = statOne(root, paths[i]!);
    shared.out.set(stamp ? [stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino] : [NaN], i * 4);
  }
  Atomics.store(shared.done, b, 1);
  Atomics.notify(shared.done, b);
}

/** Claims and stamps batches while any are left. */
export function stampAll(root: string, paths: readonly string[], shared: Shared, batch: number): void {
  for (let b: number; (b = Atomics.add(shared.claim, 0, 1)) < shared.done.length; )
    stampBatch(root, paths, shared, batch, b);
}

export interface Scan {
  /** The files under the folders (waits for the worker's listing). */
  listing(): Listing;
  /** The stamp of the i-th file listed, undefined when it could not be stated. */
  at(i: number): Stamp | undefined;
  /** Stops the worker (when its stamps are not needed after all). */
  stop(): void;
}

/** Everything on the main thread, one stat when asked. */
function direct(root: string, dirs: readonly string[]): Scan {
  let listing: Listing | undefined;
  const scan: Scan = {
    listing: () => (listing ??= listMarkdown(root, dirs)),
    at: (i) => statOne(root, scan.listing().files[i]!),
    stop: () => undefined,
  };
  return scan;
}

/** What the worker hands over once it has listed. */
interface Handover {
  joined: string;
  skipped: string[];
  folders: FolderStamp[] | null;
  buffer: SharedArrayBuffer;
}

/** A cache file's path column (offset in the file, length, digest), which the worker reads itself. */
export interface PathColumn {
  file: string;
  ino: number;
  paths: [number, number, number];
  count: number;
  /** The folders' stamps the listing was made with (found unchanged). */
  folders: FolderStamp[];
}

const SCRIPT = new URL('./scan-worker.js', import.meta.url);

/** Starts a worker; undefined when it cannot (run from the sources, as the tests do, there is no compiled worker). */
export function startWorker(
  script: URL,
  data: Record<string, unknown>,
  transfer: MessagePort[] = [],
  resourceLimits?: ResourceLimits,
): Worker | undefined {
  if (!existsSync(fileURLToPath(script))) return undefined;
  try {
    const worker = new Worker(script, { workerData: data, transferList: transfer, resourceLimits });
    worker.unref();
    worker.on('error', () => undefined);
    return worker;
  } catch {
    return undefined;
  }
}

/** The main thread's side of stamps shared with a worker: it takes batches too, and waits only for one the worker is on. */
function sharedAt(root: string, batch: number) {
  let stalled = false;
  return (shared: Shared, files: readonly string[], i: number): Stamp | undefined => {
    const b = Math.floor(i / batch);
    while (!stalled && Atomics.load(shared.done, b) === 0) {
      const next = Atomics.add(shared.claim, 0, 1);
      if (next < shared.done.length) stampBatch(root, files, shared, batch, next);
      else if (Atomics.wait(shared.done, b, 0, STALL_MS) === 'timed-out') stalled = true;
    }
    if (stalled) return statOne(root, files[i]!);
    const size = shared.out[i * 4]!;
    return Number.isNaN(size)
      ? undefined
      : { size, mtimeMs: shared.out[i * 4 + 1]!, ctimeMs: shared.out[i * 4 + 2]!, ino: shared.out[i * 4 + 3]! };
  };
}

/** Ends the worker: nothing left to claim, so it stops after its batch. */
function stopWorker(worker: Worker, shared: Shared | undefined): void {
  if (shared) Atomics.store(shared.claim, 0, shared.done.length);
  void worker.terminate();
}

/**
 * Lists and stamps the Markdown files under `dirs` (relative to `root`): in a worker when
 * `inWorker` (a large workspace with a cache), else on the main thread.
 */
export function scanFiles(root: string, dirs: readonly string[], inWorker: boolean, batch = BATCH): Scan {
  if (!inWorker) return direct(root, dirs);
  const ready = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = startWorker(SCRIPT, { root, dirs, ready: ready.buffer, port: port2, batch }, [port2]);
  if (!worker) {
    port1.close();
    return direct(root, dirs);
  }
  let handed: { listing: Listing; shared: Shared } | null | undefined;
  const handover = () => {
    if (handed !== undefined) return handed;
    while (Atomics.load(ready, 0) === 0) if (Atomics.wait(ready, 0, 0, STALL_MS) === 'timed-out') break;
    const message =
      Atomics.load(ready, 0) === 1 ? (receiveMessageOnPort(port1)?.message as Handover | undefined) : undefined;
    port1.close();
    if (!message) return (handed = null);
    const files = message.joined === '' ? [] : message.joined.split('\0');
    return (handed = {
      listing: { files, skipped: message.skipped, folders: message.folders },
      shared: sharedStamps(message.buffer, files.length, batch),
    });
  };
  const fallback = direct(root, dirs);
  const at = sharedAt(root, batch);
  return {
    listing: () => handover()?.listing ?? fallback.listing(),
    at(i) {
      const h = handover();
      return h ? at(h.shared, h.listing.files, i) : fallback.at(i);
    },
    stop: () => stopWorker(worker, handover()?.shared),
  };
}

/**
 * The files a cache lists, its folders unchanged since (so nothing was added or removed):
 * a worker reads the cache's path column itself and stamps the files while the main thread
 * decodes the index; `listed()` is the main thread's own copy of the paths, once decoded,
 * undefined when that failed. When anything does not add up, everything is done as for a
 * workspace without a cache.
 */
export function cachedScan(
  root: string,
  dirs: readonly string[],
  column: PathColumn,
  listed: () => readonly string[] | undefined,
  inWorker: boolean,
  batch = BATCH,
): Scan {
  const shared = newSharedStamps(column.count, batch);
  const worker = inWorker ? startWorker(SCRIPT, { root, column, shared: shared.buffer, batch }) : undefined;
  const fallback = direct(root, dirs);
  const at = sharedAt(root, batch);
  let files: readonly string[] | null | undefined;
  const paths = () => {
    if (files === undefined) {
      const own = listed();
      files = own && own.length === column.count ? own : null;
      if (!files && worker) stopWorker(worker, shared);
    }
    return files;
  };
  return {
    listing() {
      const own = paths();
      // The listing is the cache's: its folders, checked before, are what it was made from.
      return own ? { files: own as string[], skipped: [], folders: column.folders } : fallback.listing();
    },
    at(i) {
      const own = paths();
      return own ? at(shared, own, i) : fallback.at(i);
    },
    stop: () => worker && stopWorker(worker, shared),
  };
}
