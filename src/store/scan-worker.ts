/**
 * The worker of `stamps.ts`: lists the workspace, hands the listing and the shared memory
 * for the stamps to the main thread, then stamps batches of files until none are left.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { listMarkdown } from './scan.js';
import { newSharedStamps, stampAll } from './stamps.js';

const { root, dirs, ready, port, batch } = workerData as { root: string; dirs: string[]; ready: SharedArrayBuffer; port: MessagePort; batch: number };
const flag = new Int32Array(ready);
try {
  const { files, skipped } = listMarkdown(root, dirs);
  const shared = newSharedStamps(files.length, batch);
  // One string, not 100,000: passing it over is a copy. A path never holds NUL.
  port.postMessage({ joined: files.join('\0'), skipped, buffer: shared.buffer });
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
  stampAll(root, files, shared, batch);
} catch {
  Atomics.store(flag, 0, -1);
  Atomics.notify(flag, 0);
}
