/** `list --json`'s document, copied from the cache's stored JSON where it can be. */
import { CachedRecord, itemElementJson, type FileCache } from './cache.js';
import type { ItemHead } from './head.js';
import type { FileRecord } from './load.js';

/** `JSON.stringify(items, null, 2)` and a newline, from stored bytes where there are some. */
export function itemsJson(files: readonly FileRecord[], wanted: readonly ItemHead[], cache: FileCache | undefined): Buffer[] {
  if (wanted.length === 0) return [Buffer.from('[]\n')];
  const byPath = new Map(files.map((f) => [f.path, f]));
  // Each item is copied into the document as soon as it is had: nothing else holds them all.
  const open = Buffer.from('[\n');
  const comma = Buffer.from(',\n');
  const close = Buffer.from('\n]\n');
  const parts: Buffer[] = [open];
  let chunk: Buffer[] = [];
  let chunkLength = 0;
  wanted.forEach((head, i) => {
    const file = byPath.get(head.path)!;
    const bytes = (file instanceof CachedRecord && file.rendered) || Buffer.from(itemElementJson(file.item!), 'utf8');
    if (i > 0) chunk.push(comma), (chunkLength += comma.length);
    chunk.push(bytes);
    chunkLength += bytes.length;
    if (chunkLength >= 1 << 20 || i === wanted.length - 1) {
      parts.push(Buffer.concat(chunk, chunkLength));
      chunk = [];
      chunkLength = 0;
    }
  });
  parts.push(close);
  cache?.release();
  return parts;
}
