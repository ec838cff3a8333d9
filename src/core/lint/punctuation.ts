/**
 * `halfwidth-punctuation`: ASCII , ; : ? ! ( ) inside Chinese sentences, where the
 * fullwidth mark belongs (，；：？！（）). A mark counts as inside Chinese when the nearest
 * visible character on either side is Chinese. Numbers (1,000), times (9:30), English
 * phrases, code, links and addresses are left alone; so are watermark noise and document
 * numbers, which their own rules report, and so are marks doubled (`doubled-punctuation`).
 */
import { docnumSpans } from './docnum.js';
import { scanDoubled } from './doubled.js';
import { withoutNoise } from './noise.js';
import { blankRanges, isCjk, lineRule, type Hit } from './text.js';

const FULLWIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

function neighbour(text: string, from: number, step: 1 | -1): string | undefined {
  for (let i = from + step; i >= 0 && i < text.length; i += step) {
    const c = text[i]!;
    if (c !== ' ' && c !== '\t') return c;
  }
  return undefined;
}

export function scanHalfwidth(line: string): Hit[] {
  if (!/[,;:?!()]/.test(line) || !/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/.test(line)) return [];
  const text = blankRanges(withoutNoise(line), docnumSpans(line));
  // Marks doubled (`,,` `,，`) are one mistake, `doubled-punctuation`'s: not reported twice more here.
  // The runs come in order, and so do the marks: one pointer walks both (a line may hold thousands).
  const doubled = scanDoubled(text).map((h) => [h.index, h.index + String(h.params.found).length] as const);
  let run = 0;
  const hits: Hit[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (!Object.hasOwn(FULLWIDTH, char)) continue;
    while (run < doubled.length && doubled[run]![1] <= i) run++;
    if (run < doubled.length && doubled[run]![0] <= i) continue;
    // `![alt](…)` is Markdown, not an exclamation.
    if (char === '!' && text[i + 1] === '[') continue;
    if (isCjk(neighbour(text, i, -1)) || isCjk(neighbour(text, i, 1))) {
      hits.push({ index: i, params: { char, fix: FULLWIDTH[char]! } });
    }
  }
  return hits;
}

export const halfwidthPunctuation = lineRule('halfwidth-punctuation', scanHalfwidth, true);
