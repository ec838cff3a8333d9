/**
 * Text files from departments: UTF-8 (with or without a BOM), UTF-16 with a BOM, or
 * GBK/GB18030. Detection never guesses silently: bytes that are neither valid UTF-8 nor
 * clearly GB18030 are refused, naming the likely encoding, so the user can say with
 * `--encoding`.
 */
import { isUtf8 } from 'node:buffer';
import jschardet from 'jschardet';

export type EncodingChoice = 'auto' | 'utf8' | 'gbk';
export type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

export type Decoded =
  | { text: string; encoding: Encoding; /** Bytes that could not be decoded under a forced encoding. */ replaced: number }
  | { failure: 'encoding-uncertain'; guess: string }
  | { failure: 'binary' };

const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030']);
const BOMS: [number[], Encoding][] = [
  [[0xef, 0xbb, 0xbf], 'utf8'],
  [[0xff, 0xfe], 'utf16le'],
  [[0xfe, 0xff], 'utf16be'],
];
const LABEL: Record<Encoding, string> = { utf8: 'utf-8', utf16le: 'utf-16le', utf16be: 'utf-16be', gb18030: 'gb18030' };

function strict(bytes: Uint8Array, encoding: Encoding): string | undefined {
  try {
    return new TextDecoder(LABEL[encoding], { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes under an encoding the user named: what cannot be read becomes U+FFFD and is counted. */
function forced(bytes: Uint8Array, encoding: Encoding): Decoded {
  const text = new TextDecoder(LABEL[encoding], { ignoreBOM: true }).decode(bytes);
  const before = strict(bytes, encoding) === undefined;
  const replaced = before ? [...text].filter((c) => c === '\uFFFD').length : 0;
  return { text, encoding, replaced };
}

/** GB18030 only when the detector ranks it first, well ahead of the next guess, and every byte decodes. */
function detectChinese(bytes: Uint8Array): Decoded {
  const ranked = jschardet.detectAll(Buffer.from(bytes), { minimumThreshold: 0 });
  const [first, second] = ranked;
  const clear = first && GB_FAMILY.has(String(first.encoding).toLowerCase()) && (!second || first.confidence >= 2 * second.confidence);
  const text = clear ? strict(bytes, 'gb18030') : undefined;
  if (text !== undefined) return { text, encoding: 'gb18030', replaced: 0 };
  return { failure: 'encoding-uncertain', guess: first?.encoding ?? 'unknown' };
}

/** A BOM settles the encoding; else the user's choice; else UTF-8 if valid, else a clear GB18030. */
export function decodeBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto'): Decoded {
  const bom = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b));
  if (bom) return forced(bytes.subarray(bom[0].length), bom[1]);
  if (choice !== 'auto') return forced(bytes, choice === 'gbk' ? 'gb18030' : 'utf8');
  if (bytes.includes(0)) return { failure: 'binary' };
  if (isUtf8(bytes)) return { text: Buffer.from(bytes).toString('utf8'), encoding: 'utf8', replaced: 0 };
  return detectChinese(bytes);
}
