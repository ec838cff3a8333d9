/**
 * `doubled-punctuation`: two sentence marks in a row — ，， 。。 ，。 、、 ,, and the like,
 * halfwidth or fullwidth, spaces between or not. The fix keeps the strongest mark (。 over
 * ； over ： over ， over 、); three or more 。 or 、 stand for an ellipsis, written ……. Runs
 * of only ？ and ！ (？！, ！！) are allowed for emphasis (GB/T 15834).
 */
import { cleanLineRule } from './clean-line.js';
import type { Hit } from './text.js';

const RUN = /[，。、；：？！,;:?!](?:[ \t]*[，。、；：？！,;:?!])+/g;
const EMPHASIS = /^[？！?!\s]+$/;
const ELLIPSIS = /^(?:。[ \t]*){3,}$|^(?:、[ \t]*){3,}$/;
/** Stronger marks first; the fix keeps the strongest of a run. */
const STRENGTH = ['。？！.?!', '；;', '：:', '，,', '、'];

const strength = (mark: string) => STRENGTH.findIndex((group) => group.includes(mark));

/** What a run of marks becomes: the strongest one, or …… for a makeshift ellipsis. */
export function keptMark(run: string): string {
  if (ELLIPSIS.test(run)) return '……';
  const marks = [...run.replace(/[ \t]/g, '')];
  return marks.reduce((best, mark) => (strength(mark) < strength(best) ? mark : best));
}

export function scanDoubled(text: string): Hit[] {
  if (!/[，。、；：？！,;:?!][ \t]*[，。、；：？！,;:?!]/.test(text)) return [];
  const hits: Hit[] = [];
  for (const m of text.matchAll(RUN)) {
    if (EMPHASIS.test(m[0])) continue;
    hits.push({ index: m.index, params: { found: m[0], fix: keptMark(m[0]) } });
  }
  return hits;
}

export const doubledPunctuation = cleanLineRule('doubled-punctuation', scanDoubled);
