/** Reading one workspace file safely: size limit, binary and encoding checks, BOM. */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { Placed } from '../core/analyze.js';

export const MAX_BYTES = 5 * 1024 * 1024;

export type TextResult = { text: string; problem?: undefined } | { text?: undefined; problem: Placed };

function problem(rule: string, params: Record<string, string | number>, line = 1): { problem: Placed } {
  return { problem: { rule, severity: 'error', line, column: 1, params } };
}

/** Names the encoding of text that is not UTF-8: GB18030 (GBK's superset) or unknown. */
export function guessEncoding(bytes: Uint8Array): 'gb18030' | 'unknown' {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text) ? 'gb18030' : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Word (and Notepad) save "Unicode" text as UTF-16: a BOM, or ASCII with every other byte zero. */
export function isUtf16(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  return (
    bytes.length >= 4 && ((b === 0 && d === 0 && a !== 0 && c !== 0) || (a === 0 && c === 0 && b !== 0 && d !== 0))
  );
}

/** Decodes a file's bytes: UTF-8, a BOM allowed and dropped. Anything else is a problem. */
export function decode(bytes: Buffer): TextResult {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.length === 0) return problem('frontmatter-missing', { detail: 'empty' });
  if (isUtf16(body)) return problem('encoding', { detail: 'utf16' });
  const nul = body.indexOf(0);
  if (nul >= 0) return problem('encoding', { detail: 'binary' }, lineAt(body, nul));
  if (!isUtf8(body)) return problem('encoding', { detail: guessEncoding(body) });
  return { text: body.toString('utf8') };
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i >= 0 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

function notRegular(stat: Pick<Stats, 'isDirectory'>): TextResult {
  return problem('file-unreadable', { code: stat.isDirectory() ? 'EISDIR' : 'not a regular file' });
}

/**
 * Reads a workspace file, refusing files over the size limit without reading them, and
 * anything but a regular file: a named pipe or a device (reached through a link) would
 * block the read or never end it.
 */
export function readText(
  abs: string,
  stat: Pick<Stats, 'size' | 'isFile' | 'isDirectory'> = statSync(abs),
): TextResult {
  if (!stat.isFile()) return notRegular(stat);
  if (stat.size > MAX_BYTES) return problem('file-too-large', { size: stat.size, max: MAX_BYTES });
  return decode(readFileSync(abs));
}

/**
 * Opens a workspace file without blocking (so that a named pipe returns at once, to be refused
 * by its stats) and hands `use` the descriptor and its stats as they were before any read.
 */
function withOpened<T>(abs: string, use: (fd: number, stats: Stats) => T): T {
  const fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    return use(fd, fstatSync(fd));
  } finally {
    closeSync(fd);
  }
}

/** Reads up to `size` bytes from the start of `fd` into `target` at `offset`; how many were read (fewer if the file shrank). */
function readInto(fd: number, target: Uint8Array, offset: number, size: number): number {
  let done = 0;
  for (let n = -1; n !== 0 && done < size; done += n) n = readSync(fd, target, offset + done, size - done, done);
  return done;
}

/**
 * Reads a workspace file through one descriptor and returns its stats as they were before the
 * read: the stamp a cache may store for the text (four system calls instead of six).
 */
export function readTextStamped(abs: string): { read: TextResult; stats: Stats } {
  return withOpened(abs, (fd, stats) => {
    if (!stats.isFile()) return { read: notRegular(stats), stats };
    if (stats.size > MAX_BYTES) return { read: problem('file-too-large', { size: stats.size, max: MAX_BYTES }), stats };
    const bytes = Buffer.allocUnsafe(stats.size);
    return { read: decode(bytes.subarray(0, readInto(fd, bytes, 0, stats.size))), stats };
  });
}
