/**
 * A Word file is a zip of XML parts, and a zip of one megabyte can inflate to a gigabyte.
 * Before mammoth sees a received file, its parts are read here within limits: the sizes the
 * zip's directory declares first, then each part as it inflates, stopped as soon as it passes
 * the size it declared (a declared size can lie). Mammoth is then handed a zip rebuilt from the
 * parts so read, so it reads exactly what was checked, whatever another reader would make of
 * the original.
 */
import type { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { clip, printableLine } from '../../core/printable.js';
import type { Params } from '../../core/problems.js';
import { MAX_BYTES } from '../files.js';

export interface DocxZipLimits {
  /** Bytes all the parts may inflate to, together. */
  inflated: number;
  /** Entries in the zip's directory. */
  parts: number;
}

export const DOCX_ZIP_LIMITS: DocxZipLimits = {
  // An item's text is at most MAX_BYTES (5 MiB), and the XML Word writes around a text is a few
  // times the text (every run of words carries its fonts and sizes): ten times MAX_BYTES holds the
  // document of the largest text an item can take, with room for the pictures beside a usual one.
  inflated: 10 * MAX_BYTES,
  // A Word document has a few dozen parts and one per picture.
  parts: 5_000,
};

export type DocxZip = { zip: Uint8Array } | { failure: string; params: Params };

const STORED = 0;
const DEFLATED = 8;

const refuse = (failure: string, params: Params): DocxZip => ({ failure, params });
const corrupt = (error: unknown): DocxZip =>
  refuse('docx-corrupt', { reason: clip(printableLine(error instanceof Error ? error.message : String(error)), 200) });

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A part's bytes, or undefined when it inflates past the size it declares. */
async function inflated(zip: ZipFile, entry: Entry): Promise<Uint8Array | undefined> {
  const raw = await bytesOf(await zip.openReadStreamPromise(entry, { decodeFileData: false }));
  if (entry.compressionMethod === STORED) return raw.length > entry.uncompressedSize ? undefined : raw;
  try {
    // zlib stops inflating at the first chunk past maxOutputLength (at least 1).
    const out = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return out.length > entry.uncompressedSize ? undefined : out;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw error;
  }
}

/** A received Word file's parts, read within `limits` and zipped again; or why not. */
export async function readDocxZip(bytes: Uint8Array, limits: DocxZipLimits = DOCX_ZIP_LIMITS): Promise<DocxZip> {
  try {
    const zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      validateEntrySizes: false,
    });
    if (zip.entryCount > limits.parts) return refuse('docx-parts', { count: zip.entryCount, max: limits.parts });
    const entries: Entry[] = [];
    for await (const entry of zip.eachEntry()) if (!entry.fileName.endsWith('/')) entries.push(entry);
    const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (declared > limits.inflated) return refuse('docx-inflated', { size: declared, max: limits.inflated });
    const parts: Record<string, Uint8Array> = Object.create(null);
    for (const entry of entries) {
      if (entry.isEncrypted() || (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED))
        return corrupt(`${entry.fileName}: encrypted, or compression method ${entry.compressionMethod}`);
      const part = await inflated(zip, entry);
      if (!part)
        return refuse('docx-size-false', {
          part: clip(printableLine(entry.fileName), 120),
          declared: entry.uncompressedSize,
        });
      parts[entry.fileName] = part;
    }
    return { zip: zipSync(parts, { level: 0 }) };
  } catch (error) {
    return corrupt(error);
  }
}
