/**
 * Reading ahead on a run with nothing cached: a worker thread opens, states, reads and closes
 * the files, in the listing's order, into a ring of shared memory, while the main thread
 * analyses the files before them. Those four system calls per file cost 2–3 s of system time
 * in a cold `validate` at 100,000 files, most of it opening and closing: on a second core they
 * no longer wait on the parsing, nor it on them. The worker posts nothing: each file's place in the
 * ring, length and stamp go into shared numbers, and two counters (files read, files taken)
 * tell each thread how far the other is. A file the worker does not read (unreadable, not a
 * regular file, too large, or the worker stopped) is read by the main thread as before, and
 * if the worker makes no progress for five seconds the main thread reads the rest itself.
 */
import { decode, type TextResult } from '../files.js';
import { startWorker, type Stamp } from './stamps.js';

/**
 * The counters: files read by the worker, files taken by the main thread, a flag to stop, and
 * how many files the worker waits to see taken (when the ring is full) before it is woken.
 */
export const READ = 0;
export const TAKEN = 1;
export const STOP = 2;
export const WANTED = 3;

/** Numbers per file: start in the ring, length (-1: not read), then the stamp (size, mtimeMs, ctimeMs, ino). */
export const FIELDS = 6;

/** The ring's size: above the largest file read (`MAX_BYTES`), and a few hundred files ahead. */
const RING_BYTES = 16 << 20;

/** How long the main thread waits for the worker's next file before reading the rest itself. */
const STALL_MS = 5000;

const SCRIPT = new URL('./read-worker.js', import.meta.url);

export interface ReadAhead {
  /** The i-th file's text (or problem) and stamp, taken in order; undefined when the main thread has to read it itself (always, once stopped). */
  take(i: number): { read: TextResult; stamp: Stamp } | undefined;
  /** Ends the worker. */
  stop(): void;
}

/** Starts reading `paths` (relative to `root`) ahead; undefined when no worker can start. */
export function readAhead(root: string, paths: readonly string[], ringBytes = RING_BYTES): ReadAhead | undefined {
  const counters = new Int32Array(new SharedArrayBuffer(4 * 4));
  const numbers = new Float64Array(new SharedArrayBuffer(paths.length * FIELDS * 8));
  const ring = new SharedArrayBuffer(ringBytes);
  // One string, not thousands: passing it over is a copy. A path never holds NUL.
  const worker = startWorker(SCRIPT, {
    root,
    joined: paths.join('\0'),
    counters: counters.buffer,
    numbers: numbers.buffer,
    ring,
  });
  if (!worker) return undefined;
  /** Once stopped (or stalled), every file is the main thread's. */
  let stalled = false;
  const stop = () => {
    stalled = true;
    Atomics.store(counters, STOP, 1);
    Atomics.notify(counters, TAKEN);
    void worker.terminate();
  };
  return {
    take(i) {
      for (let read: number; !stalled && (read = Atomics.load(counters, READ)) <= i; ) {
        if (Atomics.wait(counters, READ, read, STALL_MS) === 'timed-out') stalled = true;
      }
      if (stalled) {
        stop();
        return undefined;
      }
      const at = i * FIELDS;
      const length = numbers[at + 1]!;
      // Decoding copies the text out of the ring: its place can be filled again at once.
      const read = length >= 0 ? decode(Buffer.from(ring, numbers[at], length)) : undefined;
      Atomics.store(counters, TAKEN, i + 1);
      if (i + 1 >= Atomics.load(counters, WANTED)) Atomics.notify(counters, TAKEN);
      return (
        read && {
          read,
          stamp: {
            size: numbers[at + 2]!,
            mtimeMs: numbers[at + 3]!,
            ctimeMs: numbers[at + 4]!,
            ino: numbers[at + 5]!,
          },
        }
      );
    },
    stop,
  };
}
