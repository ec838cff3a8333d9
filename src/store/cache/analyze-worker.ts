/**
 * The worker of `analyze-ahead.ts`: claims batches of the listed files, reads and analyses each
 * file as the main thread would, and posts what the cache keeps of them, a batch at a time,
 * never more than a few batches ahead of what the main thread took.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { AHEAD, analysedOf, CLAIMED, POSTED, STOP, TAKEN, type AnalyzeData } from './analyze-ahead.js';

interface Data extends AnalyzeData {
  joined: string;
  batch: number;
  counters: SharedArrayBuffer;
  port: MessagePort;
}

const data = workerData as Data;
const paths = data.joined === '' ? [] : data.joined.split('\0');
const counters = new Int32Array(data.counters);
const context = { config: data.config, templateLines: new Set(data.templateLines) };
const batches = Math.ceil(paths.length / data.batch);

/** Waits while the worker is `AHEAD` batches past what the main thread took; false once told to stop. */
function room(): boolean {
  for (;;) {
    if (Atomics.load(counters, STOP) !== 0) return false;
    const taken = Atomics.load(counters, TAKEN);
    if (Atomics.load(counters, POSTED) - taken < AHEAD) return true;
    Atomics.wait(counters, TAKEN, taken, 1000);
  }
}

let posted = 0;
while (room()) {
  const b = Atomics.add(counters, CLAIMED, 1);
  if (b >= batches) break;
  const out = paths.slice(b * data.batch, (b + 1) * data.batch).map((path) => analysedOf(path, data, context));
  data.port.postMessage({ b, out });
  Atomics.store(counters, POSTED, ++posted);
  Atomics.notify(counters, POSTED);
}
