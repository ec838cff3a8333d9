/**
 * The worker of `stamps.ts`. Either it lists the workspace and hands the listing and the
 * shared memory for the stamps to the main thread, or (`column`) it reads the paths from the
 * cache file's path column, checked against the main thread's inode and digest; then it
 * stamps batches of files until none are left.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { workerData, type MessagePort } from 'node:worker_threads';
import { ColumnReader } from './columns.js';
import { listMarkdown } from '../scan.js';
import { newSharedStamps, sharedStamps, stampAll, type PathColumn } from './stamps.js';

interface Data {
  root: string;
  batch: number;
  /** Listing: the folders, a flag to raise and a port for the handover. */
  dirs?: string[];
  ready?: SharedArrayBuffer;
  port?: MessagePort;
  /** Or the cache's path column and the stamps' memory. */
  column?: PathColumn;
  shared?: SharedArrayBuffer;
}

const { root, batch, dirs, ready, port, column, shared } = workerData as Data;

/** The paths of the cache file's column, when it is still the file the main thread read. */
function columnPaths({ file, ino, paths: [offset, length, digest], count }: PathColumn): string[] | undefined {
  const fd = openSync(file, 'r');
  try {
    if (fstatSync(fd).ino !== ino) return undefined;
    const bytes = Buffer.allocUnsafeSlow(length);
    for (let done = 0; done < length; ) {
      const n = readSync(fd, bytes, done, length - done, offset + done);
      if (n === 0) return undefined;
      done += n;
    }
    const paths = new ColumnReader(() => bytes, { path: [0, length, digest] }).strings('path').values;
    return paths.length === count && !paths.includes(null) ? (paths as string[]) : undefined;
  } finally {
    closeSync(fd);
  }
}

if (column && shared) {
  // Anything wrong: the main thread takes every batch itself.
  try {
    const paths = columnPaths(column);
    if (paths) stampAll(root, paths, sharedStamps(shared, paths.length, batch), batch);
  } catch {
    // As above.
  }
} else if (dirs && ready && port) {
  const flag = new Int32Array(ready);
  try {
    const { files, skipped, folders } = listMarkdown(root, dirs);
    const memory = newSharedStamps(files.length, batch);
    // One string, not 100,000: passing it over is a copy. A path never holds NUL.
    port.postMessage({ joined: files.join('\0'), skipped, folders, buffer: memory.buffer });
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
    stampAll(root, files, memory, batch);
  } catch {
    Atomics.store(flag, 0, -1);
    Atomics.notify(flag, 0);
  }
}
