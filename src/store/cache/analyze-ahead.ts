/**
 * Analysing on two cores on a run with nothing cached (the first run, a new version, a changed
 * config or `--no-cache`): a worker thread reads and analyses files too, batch by batch, each
 * batch claimed from a shared counter by whichever thread gets there first. The main thread
 * goes through the listing in order: a batch it claims it reads and analyses itself; a batch
 * the worker claimed it takes from the worker, already analysed (the problems, the topic, the
 * key lines, the item's head and JSON, the stamp as read). While the worker is still on the
 * batch the main thread needs, the main thread analyses batches nobody has claimed yet.
 *
 * The worker never runs more than a few batches ahead of what the main thread took, so its
 * answers never pile up in memory. A file the worker could not stamp (unreadable, gone) is
 * analysed by the main thread, which meets what went wrong itself; if the worker makes no
 * progress for five seconds, the main thread does the rest alone.
 */
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import type { Placed } from '../../core/analyze.js';
import type { Config } from '../../core/config.js';
import type { LintContext } from '../../core/lint/index.js';
import type { Topic } from '../../core/topic.js';
import { analyzeStamped, type FileRecord } from '../file-record.js';
import { toHead, type ItemHead } from './head.js';
import { itemElementJson } from './record.js';
import { startWorker, type Stamp } from './stamps.js';

/** The counters: batches claimed, batches posted by the worker, batches taken from it, and a flag to stop. */
export const CLAIMED = 0;
export const POSTED = 1;
export const TAKEN = 2;
export const STOP = 3;

/** Files per batch: large enough that a message is cheap beside its files, small enough that neither thread waits long on the other. */
const BATCH = 64;

/** Batches the worker may have posted and not yet seen taken. */
export const AHEAD = 8;

/** How long the main thread waits for the worker's next batch before doing the rest itself. */
const STALL_MS = 5000;

/**
 * The worker keeps nothing between batches (about 20 MB live: the code and the config), but
 * left alone its heap fills to 130 MB of garbage before it collects, on top of the main
 * thread's records of every file. Held to 64 MB it collects sooner, and a cold run at 100,000
 * files stays near the main thread's own peak. A file too large to analyse within it (none
 * below the 5 MB limit in tests) ends the worker: the main thread then waits out `STALL_MS`
 * and does the rest itself.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64 };

const SCRIPT = new URL('./analyze-worker.js', import.meta.url);

/** What was made of one file ahead of its turn: what the cache keeps of it, and its text when asked for. */
export interface Analysed {
  stamp: Stamp;
  problems: Placed[];
  topic: Topic | null;
  keyLines: Record<string, number>;
  head: ItemHead | null;
  /** The item as `itemElementJson` makes it, when items are kept. */
  json?: string;
  /** The file's text, when bodies are asked for. */
  text?: string;
}

/** What the worker needs to analyse as the main thread would. */
export interface AnalyzeData {
  root: string;
  config: Config;
  templateLines: string[];
  keepItems: boolean;
  bodies: boolean;
}

export interface AnalyzeAhead {
  /** The i-th file as analysed ahead, taken in order; undefined when the main thread analyses it as it comes. */
  take(i: number): Analysed | undefined;
  /** Ends the worker. */
  stop(): void;
}

/** What the cache keeps of a file analysed with this stamp (the item's JSON only when items are kept). */
export function analysedFrom(record: FileRecord, stamp: Stamp, keepItems: boolean, text?: string): Analysed {
  const { item, problems, topic, keyLines } = record;
  const out: Analysed = { stamp, problems, topic, keyLines, head: item && toHead(item) };
  if (item && keepItems) out.json = itemElementJson(item);
  if (text !== undefined) out.text = text;
  return out;
}

/** What the cache keeps of one file, read and analysed here; null when it could not be stamped (the caller then meets why). */
export function analysedOf(path: string, data: AnalyzeData, context: LintContext): Analysed | null {
  const bodies = data.bodies ? new Map<string, string>() : undefined;
  const { record, stamp } = analyzeStamped(data.root, path, context, bodies);
  return stamp ? analysedFrom(record, stamp, data.keepItems, bodies?.get(path)) : null;
}

/** Starts analysing `paths` on a second thread; undefined when no worker can start. */
export function analyzeAhead(
  paths: readonly string[],
  data: AnalyzeData,
  context: LintContext,
  batch = BATCH,
): AnalyzeAhead | undefined {
  const counters = new Int32Array(new SharedArrayBuffer(4 * 4));
  const { port1, port2 } = new MessageChannel();
  // One string, not thousands: passing it over is a copy. A path never holds NUL.
  const worker = startWorker(
    SCRIPT,
    { ...data, joined: paths.join('\0'), batch, counters: counters.buffer, port: port2 },
    [port2],
    WORKER_LIMITS,
  );
  if (!worker) {
    port1.close();
    return undefined;
  }
  const batches = Math.ceil(paths.length / batch);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    Atomics.store(counters, STOP, 1);
    Atomics.notify(counters, TAKEN);
    port1.close();
    void worker.terminate();
  };
  /** The worker's batches taken so far. */
  let taken = 0;
  /** Batches the main thread claimed and analysed ahead, while the worker was on the one it needed. */
  const own = new Map<number, (Analysed | null)[]>();
  const claim = (b: number) => Atomics.compareExchange(counters, CLAIMED, b, b + 1) === b;
  /** The worker's answers for batch b, which it claimed; undefined once the worker stalls. */
  const receive = (b: number): (Analysed | null)[] | undefined => {
    while (!stopped && Atomics.load(counters, POSTED) <= taken) {
      const next = Atomics.load(counters, CLAIMED);
      if (next < batches) {
        if (claim(next))
          own.set(
            next,
            paths.slice(next * batch, (next + 1) * batch).map((path) => analysedOf(path, data, context)),
          );
      } else if (Atomics.wait(counters, POSTED, taken, STALL_MS) === 'timed-out') stop();
    }
    const message = stopped
      ? undefined
      : (receiveMessageOnPort(port1)?.message as { b: number; out: (Analysed | null)[] } | undefined);
    if (message?.b !== b) {
      stop();
      return undefined;
    }
    Atomics.store(counters, TAKEN, ++taken);
    Atomics.notify(counters, TAKEN);
    return message.out;
  };
  /** The batch being gone through, and its answers (undefined: the main thread analyses its files as they come). */
  let current = -1;
  let answers: (Analysed | null)[] | undefined;
  return {
    take(i) {
      const b = Math.floor(i / batch);
      if (b !== current) {
        current = b;
        answers = own.get(b);
        own.delete(b);
        // Every batch before b is gone through: the counter stands at b unless the worker claimed b.
        if (!answers && !stopped && !claim(b)) answers = receive(b);
      }
      return answers?.[i - b * batch] ?? undefined;
    },
    stop,
  };
}
