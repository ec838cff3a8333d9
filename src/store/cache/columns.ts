/**
 * Columns of the cache index, each a section of bytes named in a directory with its place and
 * digest, read and checked only when a command wants it: numbers as doubles or 32-bit
 * integers (viewed where they were read, not decoded), strings as their lengths and one text
 * cut by those lengths, lists of strings as their counts and a column of strings, and small
 * values as JSON. Reading 100,000 titles is then one copy and 100,000 cuts: `JSON.parse` of
 * the same strings took several times as long, and so did decoding them from UTF-8. A text is stored as Latin-1 when
 * every character fits one byte, else as UTF-16: either way what is read back is a copy of
 * the bytes, and every string comes back exactly, lone surrogates included. Anything that does
 * not add up throws: the caller treats the cache as absent.
 */

import { crc32 } from 'node:zlib';

/** A string column's length for null. */
const NULL = 0xffffffff;

/** Numbers are stored as they are in memory: a cache says which byte order it was written in. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Each column's offset, length and CRC-32 (which finds damage, see `cache-file.ts`). */
type Directory = Record<string, [number, number, number]>;

const bytesOf = (array: Float64Array | Uint32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
const header = (...numbers: number[]) => bytesOf(Uint32Array.from(numbers));

/** `Uint32Array.from(values, count)` without its generic iteration, ten times slower on 100,000 values. */
function counted<T>(values: readonly T[], count: (value: T) => number): Uint32Array {
  const out = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = count(values[i]!);
  return out;
}

export class ColumnWriter {
  private readonly parts: Buffer[] = [];
  private length = 0;
  readonly directory: Directory = {};

  private add(name: string, ...bytes: Buffer[]): void {
    const start = this.length;
    let digest = 0;
    // An empty part is skipped: zlib's CRC of no memory at all is 0, whatever it started from.
    for (const b of bytes.filter((b) => b.length > 0)) {
      this.parts.push(b);
      this.length += b.length;
      digest = crc32(b, digest);
    }
    this.directory[name] = [start, this.length - start, digest];
  }

  numbers(name: string, values: Float64Array): void {
    this.add(name, bytesOf(values));
  }

  counts(name: string, values: Uint32Array): void {
    this.add(name, bytesOf(values));
  }

  strings(name: string, values: readonly (string | null)[]): void {
    const text = values.join('');
    const wide = /[^\x00-\xff]/.test(text);
    const lengths = counted(values, (v) => (v === null ? NULL : v.length));
    this.add(
      name,
      header(values.length, wide ? 1 : 0),
      bytesOf(lengths),
      Buffer.from(text, wide ? 'utf16le' : 'latin1'),
    );
  }

  lists(name: string, values: readonly (readonly string[])[]): void {
    this.counts(
      `${name}#`,
      counted(values, (v) => v.length),
    );
    this.strings(name, values.flat());
  }

  json(name: string, value: unknown): void {
    this.add(name, Buffer.from(JSON.stringify(value), 'utf8'));
  }

  /** Every section, in the order of the directory's ranges. */
  get bytes(): Buffer[] {
    return this.parts;
  }
}

export class ColumnReader {
  private readonly directory: Directory;
  constructor(
    private readonly read: (offset: number, length: number) => Buffer,
    directory: unknown,
  ) {
    const fits = (r: unknown) => Array.isArray(r) && r.length === 3 && r.every((n) => Number.isInteger(n) && n >= 0);
    if (typeof directory !== 'object' || directory === null || !Object.values(directory).every(fits))
      throw new RangeError('bad column directory');
    this.directory = directory as Directory;
  }

  /** A column's bytes, in memory of their own (so numbers can be viewed in place), checked. */
  private section(name: string): Buffer {
    const entry = this.directory[name];
    if (!entry) throw new RangeError(`no column ${name}`);
    const bytes = this.read(entry[0], entry[1]);
    if (crc32(bytes) !== entry[2]) throw new RangeError(`column ${name} damaged`);
    return bytes;
  }

  numbers(name: string): Float64Array {
    return view(this.section(name), Float64Array);
  }

  counts(name: string): Uint32Array {
    return view(this.section(name), Uint32Array);
  }

  /** A column of strings, checked now and cut when first asked for. */
  strings(name: string): StringColumn {
    const bytes = this.section(name);
    const [count, wide] = bytes.length >= 8 ? view(bytes.subarray(0, 8), Uint32Array) : [];
    if (count === undefined || bytes.length < 8 + count * 4 || wide! > 1) throw new RangeError('bad strings');
    return new StringColumn(
      view(bytes.subarray(8, 8 + count * 4), Uint32Array),
      bytes.subarray(8 + count * 4),
      wide === 1,
    );
  }

  lists(name: string): ListColumn {
    return new ListColumn(this.counts(`${name}#`), this.strings(name));
  }

  json(name: string): unknown {
    return JSON.parse(this.section(name).toString('utf8'));
  }
}

/** The bytes seen as numbers: in place when aligned, else copied. */
function view<T extends Float64Array | Uint32Array>(
  bytes: Buffer,
  Type: {
    new (buffer: ArrayBufferLike, offset: number, length: number): T;
    new (length: number): T;
    BYTES_PER_ELEMENT: number;
  },
): T {
  const size = Type.BYTES_PER_ELEMENT;
  if (bytes.length % size !== 0) throw new RangeError('bad numbers');
  if (bytes.byteOffset % size === 0) return new Type(bytes.buffer, bytes.byteOffset, bytes.length / size);
  const out = new Type(bytes.length / size);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** Strings cut from one text by their lengths; the cutting is done once, when first wanted. */
export class StringColumn {
  /** Whether any value is null. */
  readonly hasNull: boolean;
  #values: (string | null)[] | undefined;
  constructor(
    private readonly lengths: Uint32Array,
    private readonly bytes: Buffer,
    private readonly wide: boolean,
  ) {
    let total = 0;
    let nulls = false;
    // Indexed loops here and below: a typed array's iterator and forEach cost several times as much over 100,000 values.
    for (let i = 0; i < lengths.length; i++) {
      const length = lengths[i]!;
      if (length === NULL) nulls = true;
      else total += length;
    }
    if (total * (wide ? 2 : 1) !== bytes.length) throw new RangeError('bad strings');
    this.hasNull = nulls;
  }

  get length(): number {
    return this.lengths.length;
  }

  get values(): (string | null)[] {
    if (this.#values) return this.#values;
    const text = this.bytes.toString(this.wide ? 'utf16le' : 'latin1');
    const { lengths } = this;
    const out = new Array<string | null>(lengths.length);
    for (let i = 0, at = 0; i < lengths.length; i++) {
      const length = lengths[i]!;
      if (length === NULL) out[i] = null;
      else {
        out[i] = text.slice(at, at + length);
        at += length;
      }
    }
    return (this.#values = out);
  }
}

/** Lists of strings: a count each, and their strings in one column. */
export class ListColumn {
  #values: string[][] | undefined;
  constructor(
    private readonly counts: Uint32Array,
    private readonly flat: StringColumn,
  ) {
    if (counts.reduce((sum, n) => sum + n, 0) !== flat.length || flat.hasNull) throw new RangeError('bad lists');
  }

  get length(): number {
    return this.counts.length;
  }

  get values(): string[][] {
    if (this.#values) return this.#values;
    const flat = this.flat.values as string[];
    const { counts } = this;
    const out = new Array<string[]>(counts.length);
    for (let i = 0, at = 0; i < counts.length; i++) out[i] = flat.slice(at, (at += counts[i]!));
    return (this.#values = out);
  }
}
