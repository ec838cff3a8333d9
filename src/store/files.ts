/** Reading one workspace file safely: size limit, binary and encoding checks, BOM. */
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
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

/** Decodes a file's bytes: UTF-8, a BOM allowed and dropped. Anything else is a problem. */
export function decode(bytes: Buffer): TextResult {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.length === 0) return problem('frontmatter-missing', { detail: 'empty' });
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

/** Reads a workspace file, refusing files over the size limit without reading them. */
export function readText(abs: string, size = statSync(abs).size): TextResult {
  if (size > MAX_BYTES) return problem('file-too-large', { size, max: MAX_BYTES });
  return decode(readFileSync(abs));
}

/**
 * Reads a workspace file through one descriptor and returns its stats as they were before the
 * read: the stamp a cache may store for the text (four system calls instead of six).
 */
export function readTextStamped(abs: string): { read: TextResult; stats: Stats } {
  const fd = openSync(abs, 'r');
  try {
    const stats = fstatSync(fd);
    if (stats.size > MAX_BYTES) return { read: problem('file-too-large', { size: stats.size, max: MAX_BYTES }), stats };
    const bytes = Buffer.allocUnsafe(stats.size);
    let done = 0;
    for (let n = -1; n !== 0 && done < stats.size; done += n) n = readSync(fd, bytes, done, stats.size - done, done);
    return { read: decode(bytes.subarray(0, done)), stats };
  } finally {
    closeSync(fd);
  }
}
