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
  | {
      text: string;
      encoding: Encoding /** Bytes that could not be decoded under a forced encoding. */;
      replaced: number;
    }
  | { failure: 'encoding-uncertain'; guess: string }
  | { failure: 'binary' };

const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030']);
/** The multi-byte East Asian encodings GB18030 could be mistaken for. */
const CJK_FAMILY = new Set([
  ...GB_FAMILY,
  'big5',
  'euc-tw',
  'euc-jp',
  'shift_jis',
  'cp932',
  'euc-kr',
  'cp949',
  'johab',
  'iso-2022-jp',
  'iso-2022-kr',
  'iso-2022-cn',
]);
const IDEOGRAPH = /[\u4e00-\u9fff]/;
// What an office's Chinese text is made of: ASCII, ideographs (extension A too, for names),
// CJK and full-width punctuation, quotes and dashes, ° ± × ÷, Greek, arrows and maths signs,
// ①, ℃, №, Ⅰ, ㎡, box drawing and shapes. A wrong decoding strays outside this.
const PLAUSIBLE =
  /^[\x00-\x7F\u00B0\u00B1\u00B7\u00D7\u00F7\u0391-\u03C9\u2010-\u203B\u2103\u2116\u2160-\u217F\u2190-\u2199\u2200-\u22FF\u2460-\u24FF\u2500-\u25FF\u2605\u2606\u3000-\u303F\u3200-\u4DBF\u4E00-\u9FFF\uFE30-\uFE4F\uFF00-\uFFEF]*$/;
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

function looksChinese(text: string | undefined): text is string {
  return text !== undefined && IDEOGRAPH.test(text) && PLAUSIBLE.test(text);
}

/**
 * GB18030 only when every byte decodes to plausible Chinese text and the detector ranks it
 * first among the East Asian encodings, well ahead of the next (Big5 decodes as GBK too).
 */
function detectChinese(bytes: Uint8Array): Decoded {
  const ranked = jschardet.detectAll(Buffer.from(bytes), { minimumThreshold: 0 });
  const [first, second] = ranked.filter((r) => CJK_FAMILY.has(String(r.encoding).toLowerCase()));
  const ahead =
    first &&
    GB_FAMILY.has(String(first.encoding).toLowerCase()) &&
    (!second || first.confidence >= 2 * second.confidence);
  const text = ahead ? strict(bytes, 'gb18030') : undefined;
  if (looksChinese(text)) return { text, encoding: 'gb18030', replaced: 0 };
  return { failure: 'encoding-uncertain', guess: ranked[0]?.encoding ?? 'unknown' };
}

/** Short GBK text can also be valid UTF-8 (通知 reads as two accents): then neither is assumed. */
function fromUtf8(bytes: Uint8Array): Decoded {
  const text = Buffer.from(bytes).toString('utf8');
  if (!IDEOGRAPH.test(text) && /[^\x00-\x7F]/.test(text) && looksChinese(strict(bytes, 'gb18030'))) {
    return { failure: 'encoding-uncertain', guess: 'UTF-8 / GB18030' };
  }
  return { text, encoding: 'utf8', replaced: 0 };
}

/** A BOM settles the encoding; else the user's choice; else UTF-8 if valid, else a clear GB18030. */
export function decodeBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto'): Decoded {
  const bom = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b));
  if (bom) return forced(bytes.subarray(bom[0].length), bom[1]);
  if (choice !== 'auto') return forced(bytes, choice === 'gbk' ? 'gb18030' : 'utf8');
  if (bytes.includes(0)) return { failure: 'binary' };
  if (isUtf8(bytes)) return fromUtf8(bytes);
  return detectChinese(bytes);
}
