/** `list --json`'s document, copied from the cache's stored JSON where it can be. */
import { CachedRecord, itemElementJson, type FileCache } from './cache.js';
import type { ItemHead } from './head.js';
import type { FileRecord } from './load.js';

/** `JSON.stringify(items, null, 2)` and a newline, from stored bytes where there are some. */
export function itemsJson(files: readonly FileRecord[], wanted: readonly ItemHead[], cache: FileCache | undefined): Buffer[] {
  if (wanted.length === 0) return [Buffer.from('[]\n')];
  const byPath = new Map(files.map((f) => [f.path, f]));
  // Each item is copied into the document as soon as it is had (the cache's bytes hold only
  // until its next read), in pieces of about a megabyte: nothing else holds them all.
  const parts: Buffer[] = [Buffer.from('[\n')];
  const comma = Buffer.from(',\n');
  const close = Buffer.from('\n]\n');
  let piece = Buffer.allocUnsafeSlow(0);
  let used = 0;
  wanted.forEach((head, i) => {
    const file = byPath.get(head.path)!;
    const bytes = (file instanceof CachedRecord && file.rendered) || Buffer.from(itemElementJson(file.item!), 'utf8');
    const gap = i > 0 ? comma : Buffer.alloc(0);
    if (used + gap.length + bytes.length > piece.length) {
      if (used > 0) parts.push(piece.subarray(0, used));
      piece = Buffer.allocUnsafeSlow(Math.max(1 << 20, gap.length + bytes.length));
      used = 0;
    }
    used += gap.copy(piece, used);
    used += bytes.copy(piece, used);
  });
  if (used > 0) parts.push(piece.subarray(0, used));
  parts.push(close);
  cache?.release();
  return parts;
}
