/** `list --json`'s document, copied from the cache's stored JSON where it can be. */
import { CachedRecord, itemElementJson } from './cache.js';
import type { ItemHead } from './head.js';
import type { FileRecord } from '../file-record.js';

const PIECE = 1 << 20;
const OPEN = Buffer.from('[\n');
const COMMA = Buffer.from(',\n');
const NONE = Buffer.alloc(0);

/** An element's bytes moved `indent` further right: every line starts with it. */
function indented(bytes: Buffer, indent: Buffer): Buffer {
  if (indent.length === 0) return bytes;
  const lines: Buffer[] = [];
  for (let from = 0; from <= bytes.length; ) {
    const nl = bytes.indexOf(10, from);
    const end = nl < 0 ? bytes.length : nl + 1;
    lines.push(indent, bytes.subarray(from, end));
    from = end;
    if (nl < 0) break;
  }
  return Buffer.concat(lines);
}

/**
 * The document in pieces of about a megabyte, each filled from `memory(size)`. Each item is
 * copied in as soon as it is had: the cache's bytes hold only until its next read.
 */
function* pieces(
  files: readonly FileRecord[],
  wanted: readonly Pick<ItemHead, 'path'>[],
  memory: (size: number) => Buffer,
  indent: Buffer,
): Generator<Buffer> {
  // A document of its own ends with a newline; an array inside one does not.
  const end = indent.length === 0 ? '\n' : '';
  if (wanted.length === 0) {
    yield Buffer.from(`[]${end}`);
    return;
  }
  const CLOSE = Buffer.from(`\n${indent}]${end}`);
  const byPath = new Map(files.map((f) => [f.path, f]));
  let piece = memory(PIECE);
  let used = OPEN.copy(piece);
  for (let i = 0; i < wanted.length; i++) {
    const file = byPath.get(wanted[i]!.path)!;
    const stored = (file instanceof CachedRecord && file.rendered) || Buffer.from(itemElementJson(file.item!), 'utf8');
    const bytes = indented(stored, indent);
    const gap = i > 0 ? COMMA : NONE;
    if (used + gap.length + bytes.length > piece.length) {
      if (used > 0) yield piece.subarray(0, used);
      piece = memory(Math.max(PIECE, gap.length + bytes.length));
      used = 0;
    }
    used += gap.copy(piece, used);
    used += bytes.copy(piece, used);
  }
  if (used + CLOSE.length > piece.length) {
    yield piece.subarray(0, used);
    piece = memory(PIECE);
    used = 0;
  }
  used += CLOSE.copy(piece, used);
  yield piece.subarray(0, used);
}

/**
 * `JSON.stringify(items, null, 2)` and a newline (or, with `indent`, the array as it stands
 * that far in inside a document, without the newline), from stored bytes where there are some,
 * handed to `write` a piece at a time, in two megabytes of memory used
 * over and over (fresh memory for each of 117 pieces cost more in page faults than the
 * copying): a piece is refilled only once the `write` that took it has resolved, while the
 * other one is being filled. Stops early when `write` says the reader has gone (false).
 */
export async function pourItemsJson(
  files: readonly FileRecord[],
  wanted: readonly Pick<ItemHead, 'path'>[],
  write: (piece: Buffer) => Promise<boolean>,
  indent = '',
): Promise<void> {
  const spare = [Buffer.allocUnsafeSlow(PIECE), Buffer.allocUnsafeSlow(PIECE)];
  let turn = 0;
  // A piece larger than the spare memory (an item over a megabyte) gets memory of its own.
  const memory = (size: number) => (size > PIECE ? Buffer.allocUnsafeSlow(size) : spare[turn++ % 2]!);
  let out: Promise<boolean> = Promise.resolve(true);
  for (const piece of pieces(files, wanted, memory, Buffer.from(indent))) {
    if (!(await out)) return;
    out = write(piece);
  }
  await out;
}
