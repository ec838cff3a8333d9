/**
 * The cache file's container: a first line naming the format, a fixed-size JSON header, a
 * blob of item JSON texts, then a JSON index. The index is read at once (every command needs
 * it); the blob only when an item is wanted, so `validate` never reads it. The blob is written
 * as it is made (a workspace of 100,000 items never holds it whole in memory) and the header,
 * which states every offset, last. Anything that does not add up (lengths, digest) makes the
 * file count as absent: a damaged cache is rebuilt, never trusted.
 */
import { closeSync, fstatSync, openSync, readdirSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { openAtomic, type AtomicFile } from './write.js';

export const FORMAT = 1;
const FIRST_LINE = `infodesk-cache ${FORMAT}\n`;
const HEADER_SIZE = 1024;
/** How much of the blob is read at a time. */
const WINDOW = 1 << 20;
const DATA_START = Buffer.byteLength(FIRST_LINE) + HEADER_SIZE;

interface Header {
  key: string;
  /** Byte ranges from the start of the file. */
  blob: [number, number];
  index: [number, number];
  /** sha1 of the index bytes: the index holds the problems `validate` prints. */
  digest: string;
  /** sha1 of the blob, checked when the blob is first read. */
  blobDigest: string;
}

function readRange(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new RangeError('cache file ended early');
    done += n;
  }
  return buffer;
}

/**
 * The blob of an open cache file. Checked against its digest on first use (read through once,
 * a megabyte at a time), so that a damaged item is never served; then read through a window
 * of a megabyte or more, so that going through every item never holds the whole blob.
 * `validate` never reads it.
 */
export class Blob {
  private checked = false;
  private window: { start: number; bytes: Buffer } | undefined;
  constructor(
    private readonly fd: number,
    private readonly start: number,
    private readonly length: number,
    private readonly digest: string,
  ) {}

  /** Throws when the blob does not match its digest. */
  check(): void {
    if (this.checked) return;
    const hash = createHash('sha1');
    for (let done = 0; done < this.length; done += WINDOW) hash.update(readRange(this.fd, this.start + done, Math.min(WINDOW, this.length - done)));
    if (hash.digest('hex') !== this.digest) throw new RangeError('cache blob damaged');
    this.checked = true;
  }

  /** Lets the window go. */
  unload(): void {
    this.window = undefined;
  }

  bytes(offset: number, length: number): Buffer {
    if (offset < 0 || length < 0 || offset + length > this.length) throw new RangeError('outside the cache blob');
    this.check();
    const w = this.window;
    if (!w || offset < w.start || offset + length > w.start + w.bytes.length) {
      const size = Math.min(Math.max(length, WINDOW), this.length - offset);
      this.window = { start: offset, bytes: readRange(this.fd, this.start + offset, size) };
    }
    return this.window!.bytes.subarray(offset - this.window!.start, offset - this.window!.start + length);
  }

  /** Whether `path` still names this very file (not one another process has put there since). */
  isAt(path: string): boolean {
    try {
      return statSync(path).ino === fstatSync(this.fd).ino;
    } catch {
      return false;
    }
  }
}

export interface OpenedFile {
  index: unknown;
  blob: Blob;
}

/** Opens a cache file written for `key`; undefined when absent, stale or damaged. */
export function openCacheFile(path: string, key: string): OpenedFile | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    if (size < DATA_START || readRange(fd, 0, FIRST_LINE.length).toString('utf8') !== FIRST_LINE) throw new Error('not a cache');
    const header = JSON.parse(readRange(fd, FIRST_LINE.length, HEADER_SIZE).toString('utf8')) as Header;
    if (header.key !== key) throw new Error('stale');
    const [blobStart, blobLength] = header.blob;
    const [indexStart, indexLength] = header.index;
    if (blobStart !== DATA_START || indexStart !== blobStart + blobLength || indexStart + indexLength !== size) throw new Error('lengths');
    const indexBytes = readRange(fd, indexStart, indexLength);
    if (createHash('sha1').update(indexBytes).digest('hex') !== header.digest) throw new Error('digest');
    return { index: JSON.parse(indexBytes.toString('utf8')), blob: new Blob(fd, blobStart, blobLength, header.blobDigest) };
  } catch {
    closeSync(fd);
    return undefined;
  }
}

/**
 * Writes a new cache file: items are added (or copied from the old blob) one by one, then the
 * index, then the header; the file replaces the old one atomically, so two processes at once
 * each leave a whole file and the last one stays.
 */
export class CacheWriter {
  private readonly file: AtomicFile;
  private length = 0;
  private readonly hash = createHash('sha1');
  /** A run of items copied from the old blob, written as one range. */
  private pending: { blob: Blob; offset: number; length: number } | undefined;

  constructor(path: string) {
    this.file = openAtomic(path, { durable: false });
    writeSync(this.file.fd, Buffer.alloc(DATA_START, 0x20));
  }

  add(bytes: Buffer): [number, number] {
    this.flush();
    this.write(bytes);
    this.length += bytes.length;
    return [this.length - bytes.length, bytes.length];
  }

  copy(blob: Blob, [offset, length]: [number, number]): [number, number] {
    const run = this.pending;
    if (run && run.blob === blob && run.offset + run.length === offset) run.length += length;
    else {
      this.flush();
      this.pending = { blob, offset, length };
    }
    this.length += length;
    return [this.length - length, length];
  }

  private write(bytes: Buffer): void {
    writeSync(this.file.fd, bytes);
    this.hash.update(bytes);
  }

  private flush(): void {
    const run = this.pending;
    this.pending = undefined;
    for (let done = 0; run && done < run.length; done += WINDOW) this.write(run.blob.bytes(run.offset + done, Math.min(WINDOW, run.length - done)));
  }

  finish(key: string, index: unknown): void {
    try {
      this.flush();
      const indexBytes = Buffer.from(JSON.stringify(index), 'utf8');
      writeSync(this.file.fd, indexBytes);
      const header: Header = {
        key,
        blob: [DATA_START, this.length],
        index: [DATA_START + this.length, indexBytes.length],
        digest: createHash('sha1').update(indexBytes).digest('hex'),
        blobDigest: this.hash.digest('hex'),
      };
      writeSync(this.file.fd, Buffer.from(FIRST_LINE + JSON.stringify(header).padEnd(HEADER_SIZE, ' '), 'utf8'), 0, DATA_START, 0);
      this.file.commit();
    } catch (error) {
      this.file.abort();
      throw error;
    }
  }

  abort(): void {
    this.file.abort();
  }
}

/**
 * Removes temporary files that a process killed while writing left beside the cache: any
 * older than ten minutes (a live writer's is younger and keeps going).
 */
export function sweepTemporaries(path: string, now = Date.now()): void {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    try {
      if (statSync(join(dir, name)).mtimeMs < now - 600_000) rmSync(join(dir, name), { force: true });
    } catch {
      // Gone already: another process swept it.
    }
  }
}
