/**
 * The cache file's container: a first line naming the format, a fixed-size JSON header, a
 * blob of item JSON texts, then the index: a JSON line of what is shared, then the columns
 * of `columns.ts`, each read (and checked against its own digest) when first wanted. The
 * blob is read only when an item is wanted, so `validate` never reads it, and only the
 * megabytes that hold the items wanted (each has its own digest, in the index), so a report
 * of one year or `show` of one item never reads the others. The blob is written
 * as it is made (a workspace of 100,000 items never holds it whole in memory) and the header,
 * which states every offset, last. Anything that does not add up (lengths, digest) makes the
 * file count as absent: a damaged cache is rebuilt, never trusted.
 */
import { closeSync, fstatSync, openSync, readdirSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { isPlainObject } from '../../core/schema.js';
import { openAtomic, type AtomicFile } from '../write.js';

export const FORMAT = 5;
const FIRST_LINE = `infodesk-cache ${FORMAT}\n`;
const HEADER_SIZE = 1024;
/** How much of the blob is read at a time: the blob is checked a chunk of this size at a time. */
const WINDOW = 1 << 20;
const DATA_START = Buffer.byteLength(FIRST_LINE) + HEADER_SIZE;

interface Header {
  key: string;
  /** Byte ranges from the start of the file. */
  blob: [number, number];
  index: [number, number];
  /** Length of the index's first line, and its digest (the columns have their own). */
  shared: number;
  digest: number;
}

/**
 * The digests find damage (a short write, a flipped bit), not forgery: whoever can write the
 * cache can write its digests too (see docs/security.md for why a forged cache changes no
 * result). CRC-32 does that job at several times the speed of a cryptographic hash.
 */
const digest = (bytes: Uint8Array, from = 0) => crc32(bytes, from);

function readRange(fd: number, position: number, length: number): Buffer {
  return readInto(fd, position, Buffer.allocUnsafe(length));
}

function readInto(fd: number, position: number, buffer: Buffer): Buffer {
  const length = buffer.length;
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new RangeError('cache file ended early');
    done += n;
  }
  return buffer;
}

/**
 * The blob of an open cache file, read through a window of whole chunks of a megabyte, each
 * checked against its digest as it is read: a damaged item is never served, and going through
 * every item never holds the whole blob.
 */
export class Blob {
  private window: { start: number; bytes: Buffer } | undefined;
  /**
   * The window's memory, reused from window to window: a fresh megabyte for each cost more
   * than reading into it (the kernel maps new pages). Hence bytes handed out hold only until
   * the next read: whoever keeps them copies them.
   */
  private scratch = Buffer.allocUnsafeSlow(0);
  constructor(
    private readonly fd: number,
    private readonly start: number,
    private readonly length: number,
    /** Digest of each chunk of `WINDOW` bytes (the last one shorter). */
    private readonly chunks: readonly number[],
  ) {
    if (chunks.length !== Math.ceil(length / WINDOW)) throw new RangeError('chunk digests do not match the blob');
  }

  /** Reads and checks the chunks from `first` up to (not including) `end`; throws when one is damaged. */
  private read(first: number, end: number): Buffer {
    const start = first * WINDOW;
    const length = Math.min(end * WINDOW, this.length) - start;
    if (this.scratch.length < length) this.scratch = Buffer.allocUnsafeSlow(Math.max(length, 2 * WINDOW));
    this.window = undefined;
    const bytes = readInto(this.fd, this.start + start, this.scratch.subarray(0, length));
    for (let chunk = first; chunk < end; chunk++) {
      const at = (chunk - first) * WINDOW;
      if (digest(bytes.subarray(at, at + WINDOW)) !== this.chunks[chunk]) throw new RangeError('cache blob damaged');
    }
    return bytes;
  }

  /** Throws when any part of the blob does not match its digest. */
  check(): void {
    for (let chunk = 0; chunk < this.chunks.length; chunk++) this.read(chunk, chunk + 1);
  }

  /** Lets the window go. */
  unload(): void {
    this.window = undefined;
  }

  /** Bytes of the blob, valid until the next call (see `scratch`). */
  bytes(offset: number, length: number): Buffer {
    if (offset < 0 || length < 0 || offset + length > this.length) throw new RangeError('outside the cache blob');
    const w = this.window;
    if (!w || offset < w.start || offset + length > w.start + w.bytes.length) {
      const first = Math.floor(offset / WINDOW);
      this.window = {
        start: first * WINDOW,
        bytes: this.read(first, Math.max(first + 1, Math.ceil((offset + length) / WINDOW))),
      };
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
  /** The index's first line: what is shared (layouts, chunk digests, the column directory). */
  index: unknown;
  /** Reads bytes of the rest of the index (its columns), from its start. */
  read(offset: number, length: number): Buffer;
  /** Where the rest of the index starts in the file, the file's size and its inode. */
  bodyStart: number;
  size: number;
  ino: number;
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
    const { size, ino } = fstatSync(fd);
    if (size < DATA_START || readRange(fd, 0, FIRST_LINE.length).toString('utf8') !== FIRST_LINE)
      throw new Error('not a cache');
    const header = JSON.parse(readRange(fd, FIRST_LINE.length, HEADER_SIZE).toString('utf8')) as Header;
    if (header.key !== key) throw new Error('stale');
    const [blobStart, blobLength] = header.blob;
    const [indexStart, indexLength] = header.index;
    if (blobStart !== DATA_START || indexStart !== blobStart + blobLength || indexStart + indexLength !== size)
      throw new Error('lengths');
    if (!Number.isInteger(header.shared) || header.shared < 1 || header.shared > indexLength)
      throw new Error('lengths');
    const first = readRange(fd, indexStart, header.shared);
    if (digest(first) !== header.digest) throw new Error('digest');
    const index: unknown = JSON.parse(first.toString('utf8'));
    const chunks =
      isPlainObject(index) && Array.isArray(index.chunks) && index.chunks.every((c) => Number.isInteger(c))
        ? (index.chunks as number[])
        : [];
    const bodyStart = indexStart + header.shared;
    const read = (offset: number, length: number) => {
      if (offset < 0 || length < 0 || bodyStart + offset + length > size)
        throw new RangeError('outside the cache index');
      // Memory of its own, so that the numbers in it can be viewed where they are.
      return readInto(fd, bodyStart + offset, Buffer.allocUnsafeSlow(length));
    };
    return { index, read, bodyStart, size, ino, blob: new Blob(fd, blobStart, blobLength, chunks) };
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
  /** Reads back what this writer wrote (open past the rename, and after an abort). */
  private readonly reader: number;
  private window: { start: number; bytes: Buffer } | undefined;
  private length = 0;
  /** Of `length`, what is written (copied runs are written when the next item comes)... */
  private flushed = 0;
  /** ...of which this much still waits in `buffer`: items are written a megabyte at a time, not one system call each. */
  private readonly buffer = Buffer.allocUnsafeSlow(WINDOW);
  private buffered = 0;
  /** The digest of each whole chunk written, and the hash of the chunk being written. */
  private readonly chunks: number[] = [];
  private hash = 0;
  /** A run of items copied from the old blob, written as one range. */
  private pending: { blob: Blob; offset: number; length: number } | undefined;

  constructor(path: string) {
    this.file = openAtomic(path, { durable: false });
    try {
      this.reader = openSync(this.file.temp, 'r');
      writeSync(this.file.fd, Buffer.alloc(DATA_START, 0x20));
    } catch (error) {
      this.file.abort();
      throw error;
    }
  }

  /**
   * Bytes this writer added (a range `add` returned), read back through a window of a
   * megabyte: items analysed in this run are written out as they come, not kept in memory.
   */
  written(offset: number, length: number): Buffer {
    if (offset < 0 || length < 0 || offset + length > this.flushed) throw new RangeError('outside the written blob');
    this.drain();
    const w = this.window;
    if (!w || offset < w.start || offset + length > w.start + w.bytes.length) {
      const size = Math.min(Math.max(length, WINDOW), this.flushed - offset);
      this.window = { start: offset, bytes: readRange(this.reader, DATA_START + offset, size) };
    }
    return this.window!.bytes.subarray(offset - this.window!.start, offset - this.window!.start + length);
  }

  /** Lets the read window go. */
  unload(): void {
    this.window = undefined;
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

  /** Appends bytes to the file, through the buffer. */
  private out(bytes: Buffer): void {
    if (this.buffered + bytes.length > WINDOW) this.drain();
    if (bytes.length >= WINDOW) writeSync(this.file.fd, bytes);
    else this.buffered += bytes.copy(this.buffer, this.buffered);
  }

  /** Appends bytes to the blob: written, and taken into the digest of their chunk. */
  private write(bytes: Buffer): void {
    this.out(bytes);
    for (let done = 0; done < bytes.length; ) {
      const take = Math.min(bytes.length - done, WINDOW - (this.flushed % WINDOW));
      this.hash = digest(bytes.subarray(done, done + take), this.hash);
      done += take;
      this.flushed += take;
      if (this.flushed % WINDOW === 0) {
        this.chunks.push(this.hash);
        this.hash = 0;
      }
    }
  }

  /** Writes out what waits in the buffer. */
  private drain(): void {
    for (let done = 0; done < this.buffered; ) done += writeSync(this.file.fd, this.buffer, done, this.buffered - done);
    this.buffered = 0;
  }

  private flush(): void {
    const run = this.pending;
    this.pending = undefined;
    for (let done = 0; run && done < run.length; done += WINDOW)
      this.write(run.blob.bytes(run.offset + done, Math.min(WINDOW, run.length - done)));
  }

  /**
   * Writes the index, a line of what is shared (with the blob's chunk digests) and the body
   * (the columns, which carry their own digests), then the header, and puts the file in place.
   */
  finish(key: string, index: Record<string, unknown>, body: readonly Buffer[]): void {
    try {
      this.flush();
      if (this.flushed % WINDOW !== 0) this.chunks.push(this.hash);
      const shared = Buffer.from(`${JSON.stringify({ ...index, chunks: this.chunks })}\n`, 'utf8');
      let indexLength = 0;
      for (const bytes of [shared, ...body]) {
        indexLength += bytes.length;
        this.out(bytes);
      }
      this.drain();
      const header: Header = {
        key,
        blob: [DATA_START, this.length],
        index: [DATA_START + this.length, indexLength],
        shared: shared.length,
        digest: digest(shared),
      };
      writeSync(
        this.file.fd,
        Buffer.from(FIRST_LINE + JSON.stringify(header).padEnd(HEADER_SIZE, ' '), 'utf8'),
        0,
        DATA_START,
        0,
      );
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
