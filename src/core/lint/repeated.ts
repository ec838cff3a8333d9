/**
 * `repeated-paragraph`: the same paragraph twice in one item, pasted again by mistake.
 * Paragraphs are compared without spaces and watermark noise; short lines (a heading, 此致,
 * （完）) may well repeat and are not compared.
 */
import { finding, type Finding } from '../problems.js';
import type { LintInput } from './index.js';
import { lineNoise, withoutNoise } from './noise.js';
import { proseLines } from './text.js';

/** Characters a line needs, spaces left out, before a repeat of it is a mistake. */
const MIN_LENGTH = 12;

export function repeatedParagraph({ body, bodyLine }: LintInput): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  for (const prose of proseLines(body, bodyLine)) {
    if (prose.text.length < MIN_LENGTH) continue;
    const text = withoutNoise(prose.text, lineNoise(prose));
    const key = text.replace(/[\s\u3000]+/g, '');
    if (key.length < MIN_LENGTH || key.startsWith('|')) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, prose.line);
    else
      out.push(
        finding('repeated-paragraph', 'warning', { line: prose.line, column: text.search(/\S/) + 1 }, { first }),
      );
  }
  return out;
}
