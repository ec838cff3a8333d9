/**
 * `docnum-brackets`: the year in a document number (发文字号) goes in 六角括号 〔〕:
 * 海政发〔2026〕12号, not 海政发[2026]12号, 【2026】, (2026) or （2026）.
 */
import { lineRule, type Hit } from './text.js';

/** After an issuer's character: a year in the wrong brackets, then a serial number and 号. */
// A Word copy comes through Markdown with its square brackets escaped (`海政发\[2026\]12号`).
const WRONG =
  /(?<=[\u4e00-\u9fff])(\\?[[【(（［〖{〈「<])[ \t]*((?:19|20)\d{2})[ \t]*(\\?[\]】)）］〗}〉」>])(?=[ \t]*\d{1,5}[ \t]*号)/g;

/** Each wrongly bracketed year in `text`, the brackets included. */
export function docnumSpans(text: string): { start: number; end: number; year: string; found: string }[] {
  // The pattern ends with 号; most lines have none, and the lookbehind makes trying each position dear.
  if (!text.includes('号')) return [];
  return [...text.matchAll(WRONG)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    year: m[2]!,
    found: m[0].replace(/\\/g, ''),
  }));
}

export function scanDocnum(text: string): Hit[] {
  return docnumSpans(text).map(({ start, year, found }) => ({ index: start, params: { found, fix: `〔${year}〕` } }));
}

export const docnumBrackets = lineRule('docnum-brackets', scanDocnum, true);
