/**
 * The worker of `read-ahead.ts`: reads the listed files in order into the shared ring,
 * writing each one's place, length and stamp before counting it read. A file goes where the
 * ring has room past the files the main thread has not taken yet; when there is none, the
 * worker waits for the main thread to take one.
 */
import { workerData } from 'node:worker_threads';
import { readable, readInto, withOpened } from '../files.js';
import { FIELDS, READ, STOP, TAKEN, WANTED } from './read-ahead.js';

interface Data {
  root: string;
  joined: string;
  counters: SharedArrayBuffer;
  numbers: SharedArrayBuffer;
  ring: SharedArrayBuffer;
}

const data = workerData as Data;
const paths = data.joined === '' ? [] : data.joined.split('\0');
const counters = new Int32Array(data.counters);
const numbers = new Float64Array(data.numbers);
const ring = new Uint8Array(data.ring);
/** Where the next file goes, past the last one read. */
let head = 0;

/**
 * Where `length` bytes of file i can go: after the last file read, or at the ring's start,
 * clear of the files from the first one not taken; -1 once told to stop. Files lie in the
 * ring in order, so the first one not taken starts the part in use.
 */
function room(i: number, length: number): number {
  for (;;) {
    if (Atomics.load(counters, STOP) !== 0) return -1;
    const taken = Atomics.load(counters, TAKEN);
    if (taken >= i) return (head = 0);
    const tail = numbers[taken * FIELDS]!;
    if (head >= tail) {
      if (head + length <= ring.length) return head;
      // Strictly below: the head never meets the tail unless every file was taken.
      if (length < tail) return 0;
    } else if (head + length < tail) return head;
    // Woken once half the files in the ring are taken, not for every one.
    const wanted = taken + Math.ceil((i - taken) / 2);
    Atomics.store(counters, WANTED, wanted);
    for (let now: number; (now = Atomics.load(counters, TAKEN)) < wanted && Atomics.load(counters, STOP) === 0; )
      Atomics.wait(counters, TAKEN, now, 1000);
  }
}

for (let i = 0; i < paths.length && Atomics.load(counters, STOP) === 0; i++) {
  const at = i * FIELDS;
  // Not read unless read below: the main thread then reads it, and meets what went wrong itself.
  numbers[at] = head;
  numbers[at + 1] = -1;
  try {
    withOpened(`${data.root}/${paths[i]}`, (fd, stats) => {
      if (!readable(stats) || stats.size > ring.length) return;
      const start = room(i, stats.size);
      if (start < 0) return;
      const length = readInto(fd, ring, start, stats.size);
      head = start + length;
      numbers.set([start, length, stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino], at);
    });
  } catch {
    // As above.
  }
  Atomics.store(counters, READ, i + 1);
  Atomics.notify(counters, READ);
}
