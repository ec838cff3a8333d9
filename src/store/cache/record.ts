/**
 * A file's stamp, and the record of a file whose item is kept as JSON bytes (see `cache.ts`).
 */
import type { FileKind, Placed } from '../../core/analyze.js';
import { itemJson, type Item } from '../../core/item.js';
import { safeJson } from '../../core/printable.js';
import type { Topic } from '../../core/topic.js';
import type { HeadField } from './entry.js';
import type { ItemHead } from './head.js';
import type { FileRecord } from '../file-record.js';
import type { Stamp } from './stamps.js';

/** Where a record's item comes from: the cache decodes it, checked, or reads the file again. */
export interface RecordSource {
  decode(record: CachedRecord): Item | null;
  /** The stored bytes of a cached row's item; none when they cannot be had (then the file is read again). */
  rowBytes(row: number): Buffer | undefined;
  /** The head of a cached row, and one field of it (without building the head). */
  head(row: number): ItemHead | null;
  field<F extends HeadField>(row: number, field: F): ItemHead[F] | undefined;
  /** Bytes this run wrote into the next cache file. */
  writtenBytes(range: [number, number]): Buffer;
}

export { stampOf, type Stamp } from './stamps.js';

/**
 * A stamp is trusted when it is older than the run's start by more than the file system's
 * clock tick: sub-millisecond stamps mean a fine clock (a few ms per tick at most); whole
 * seconds mean a coarse one (FAT keeps 2 s).
 */
export function settled(stamp: Pick<Stamp, 'mtimeMs' | 'ctimeMs'>, runStart: number): boolean {
  const fine = stamp.mtimeMs % 1000 !== 0 || stamp.ctimeMs % 1000 !== 0;
  return Math.max(stamp.mtimeMs, stamp.ctimeMs) < runStart - (fine ? 50 : 2000);
}

/**
 * Item bytes packed into large chunks. `Buffer.from` would take small buffers from Node's
 * shared pool, where each one kept alive holds a whole 8 KiB pool slab: several KiB per item.
 */
export class Arena {
  private chunk = Buffer.allocUnsafeSlow(0);
  private used = 0;
  put(text: string): Buffer {
    const length = Buffer.byteLength(text, 'utf8');
    if (this.used + length > this.chunk.length) {
      this.chunk = Buffer.allocUnsafeSlow(Math.max(length, 1 << 20));
      this.used = 0;
    }
    this.chunk.write(text, this.used, 'utf8');
    this.used += length;
    return this.chunk.subarray(this.used - length, this.used);
  }
}

/** An item as `list --json` prints it inside its array: pretty JSON (C1 and bidi escaped, as `ui.json` does), indented one level. */
export function itemElementJson(item: Item): string {
  // Pretty JSON of a one-element array is `[\n`, the element indented one level, `\n]`: cut
  // out, that is the element as the document holds it, without a second pass to indent it.
  const array = safeJson([itemJson(item)]);
  return array.slice(2, -2);
}

/**
 * A file record whose item is kept as its JSON bytes and decoded only when asked for: served
 * from the cache, or just analysed (then its bytes go into the next cache, and the parsed
 * front matter, which holds on to the whole file text, is let go).
 */
export class CachedRecord implements FileRecord {
  readonly kind: FileKind;
  #item: Item | null | undefined;
  #head: ItemHead | null | undefined;
  constructor(
    readonly path: string,
    public problems: Placed[],
    public keyLines: Record<string, number>,
    public topic: Topic | null,
    /** The head, or undefined to take it from the cache's `row` when asked for. */
    head: ItemHead | null | undefined,
    /** Its row in the cache read, -1 when analysed in this run. */
    readonly row: number,
    private readonly source: RecordSource,
    /** The item's bytes, for a file analysed in this run (held in memory)... */
    readonly bytes?: Buffer,
    /** ...or where they went in the next cache file, written as the run goes. */
    readonly written?: [number, number],
  ) {
    this.kind = path.startsWith('topics/') ? 'topic' : 'item';
    this.#head = head;
  }
  get head(): ItemHead | null {
    if (this.#head === undefined) this.#head = this.source.head(this.row);
    return this.#head;
  }
  /** One field of the head; a cached row's is read from its column alone. */
  field<F extends HeadField>(field: F): ItemHead[F] | undefined {
    return this.#head === undefined ? this.source.field(this.row, field) : this.#head?.[field];
  }
  get item(): Item | null {
    if (this.#item === undefined) this.#item = this.field('id') !== undefined ? this.source.decode(this) : null;
    return this.#item;
  }
  set item(value: Item | null) {
    this.#item = value;
  }
  /** The item's bytes as `list --json` prints them. */
  get rendered(): Buffer | undefined {
    if (this.bytes) return this.bytes;
    if (this.written) return this.source.writtenBytes(this.written);
    return this.row >= 0 ? this.source.rowBytes(this.row) : undefined;
  }
  toJSON() {
    return {
      path: this.path,
      kind: this.kind,
      item: this.item,
      topic: this.topic,
      problems: this.problems,
      keyLines: this.keyLines,
    };
  }
}
