/** Reading one file a department sent: size limits, then Word conversion or text decoding. */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { SourceKind } from '../../core/imported.js';
import type { Params } from '../../core/problems.js';
import { MAX_BYTES } from '../files.js';
import { decodeBytes, type Encoding, type EncodingChoice } from './decode.js';
import type { DocxConverter } from './docx.js';

/** A Word file carries pictures the import never reads, so the file may be larger than its text. */
export const DOCX_MAX_BYTES = 50 * 1024 * 1024;

export const KINDS: Record<string, SourceKind> = { '.docx': 'docx', '.txt': 'txt', '.md': 'md', '.markdown': 'md' };

/** Formats departments send that cannot be read here; named, so the editor knows to convert them. */
export const CONVERT_FIRST = new Set(['.doc', '.wps', '.wpt', '.rtf', '.odt', '.pdf', '.docm', '.dot', '.dotx']);

export type SourceRead =
  | { text: string; kind: SourceKind; encoding: Encoding | 'docx'; replaced: number }
  | { failure: string; params: Params };

export function kindOf(path: string): SourceKind | undefined {
  const ext = extname(path).toLowerCase();
  return Object.hasOwn(KINDS, ext) ? KINDS[ext] : undefined;
}

const failure = (code: string, params: Params = {}): SourceRead => ({ failure: code, params });

function readBytes(abs: string, limit: number): Buffer | SourceRead {
  try {
    const size = statSync(abs).size;
    if (size > limit) return failure('too-large', { size, max: limit });
    return readFileSync(abs);
  } catch (error) {
    return failure('unreadable', { code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
}

export async function readSource(abs: string, choice: EncodingChoice, docx: DocxConverter): Promise<SourceRead> {
  const kind = kindOf(abs);
  if (!kind) return failure('unsupported', { ext: extname(abs) || abs });
  const bytes = readBytes(abs, kind === 'docx' ? DOCX_MAX_BYTES : MAX_BYTES);
  if (!Buffer.isBuffer(bytes)) return bytes;
  if (bytes.length === 0) return failure('empty');
  if (kind === 'docx') {
    const converted = await docx.convert(bytes);
    if ('failure' in converted) return failure(converted.failure, converted.params);
    if (Buffer.byteLength(converted.markdown) > MAX_BYTES) return failure('text-too-large', { max: MAX_BYTES });
    return { text: converted.markdown, kind, encoding: 'docx', replaced: 0 };
  }
  const decoded = decodeBytes(bytes, choice);
  if ('failure' in decoded)
    return failure(decoded.failure, decoded.failure === 'encoding-uncertain' ? { guess: decoded.guess } : {});
  return { text: decoded.text, kind, encoding: decoded.encoding, replaced: decoded.replaced };
}
