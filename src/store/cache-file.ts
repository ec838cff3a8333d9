/**
 * The cache file's container: a text first line, a JSON header, a JSON index, and a blob of
 * item JSON texts. The index is read at once (every command needs it); the blob only when an
 * item is wanted, by position, so `validate` never reads it. Anything that does not add up
 * (lengths, digest, shapes) makes the file count as absent: a damaged cache is rebuilt, never
 * trusted.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { writeAtomic } from './write.js';

export const MAGIC = 'infodesk-cache';
export const FORMAT = 1;

interface Header {
  format: number;
  key: string;
  /** Byte ranges, from the start of the file. */
  index: [number, number];
  blob: [number, number];
  /** sha1 of the index bytes: the index holds the problems `validate` prints. */
  digest: string;
}

/** The blob of an open cache file, read by position or all at once. */
export class Blob {
  private all: Buffer | undefined;
  constructor(
    private readonly fd: number,
    private readonly start: number,
    private readonly length: number,
  ) {}

  /** Reads the whole blob into memory: cheaper than many small reads when most items are wanted. */
  load(): void {
    this.all ??= readRange(this.fd, this.start, this.length);
  }

  text(offset: number, length: number): string {
    if (offset < 0 || length < 0 || offset + length > this.length) throw new RangeError('outside the cache blob');
    if (this.all) return this.all.toString('utf8', offset, offset + length);
    return readRange(this.fd, this.start + offset, length).toString('utf8');
  }

  bytes(offset: number, length: number): Buffer {
    this.load();
    return this.all!.subarray(offset, offset + length);
  }
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

export interface OpenedFile {
  index: unknown;
  blob: Blob;
  /** The cache file's own modification time (the file system's clock). */
  mtimeMs: number;
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
    const stat = fstatSync(fd);
    const head = readRange(fd, 0, Math.min(stat.size, 4096));
    const newline = head.indexOf(10);
    const first = head.toString('utf8', 0, Math.max(newline, 0)).split(' ');
    if (newline < 0 || first[0] !== MAGIC || Number(first[1]) !== FORMAT) throw new Error('not a cache');
    const headerLength = Number(first[2]);
    const header = JSON.parse(readRange(fd, newline + 1, headerLength).toString('utf8')) as Header;
    if (header.key !== key) throw new Error('stale');
    const [indexStart, indexLength] = header.index;
    const [blobStart, blobLength] = header.blob;
    if (indexStart !== newline + 1 + headerLength || blobStart !== indexStart + indexLength || blobStart + blobLength !== stat.size) {
      throw new Error('lengths');
    }
    const indexBytes = readRange(fd, indexStart, indexLength);
    if (createHash('sha1').update(indexBytes).digest('hex') !== header.digest) throw new Error('digest');
    return { index: JSON.parse(indexBytes.toString('utf8')), blob: new Blob(fd, blobStart, blobLength), mtimeMs: stat.mtimeMs };
  } catch {
    closeSync(fd);
    return undefined;
  }
}

/** Writes a whole cache file atomically; two processes at once each leave a whole file. */
export function writeCacheFile(path: string, key: string, index: unknown, blob: readonly Buffer[]): void {
  const indexBytes = Buffer.from(JSON.stringify(index), 'utf8');
  const blobLength = blob.reduce((sum, part) => sum + part.length, 0);
  // The header's own length is part of the offsets it states: settle it in two passes.
  let headerLength = 0;
  let headerBytes = Buffer.alloc(0);
  let firstLine = '';
  for (let pass = 0; pass < 3; pass++) {
    firstLine = `${MAGIC} ${FORMAT} ${headerLength}\n`;
    const indexStart = Buffer.byteLength(firstLine) + headerLength;
    const header: Header = {
      format: FORMAT,
      key,
      index: [indexStart, indexBytes.length],
      blob: [indexStart + indexBytes.length, blobLength],
      digest: createHash('sha1').update(indexBytes).digest('hex'),
    };
    headerBytes = Buffer.from(JSON.stringify(header).padEnd(headerLength, ' '), 'utf8');
    if (headerBytes.length === headerLength) break;
    headerLength = headerBytes.length + 16;
  }
  writeAtomic(path, Buffer.concat([Buffer.from(firstLine, 'utf8'), headerBytes, indexBytes, ...blob]), { durable: false });
}
