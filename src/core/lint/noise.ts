/**
 * `noise-line`: runs of random ASCII that web pages hide in copied text as a watermark
 * (`: K# B: |0 v) B4 E$ j0 W6 ~, r. r3`). They sit on lines of their own or stick to the
 * start or end of a real sentence; every one is reported where it starts.
 */
import { finding, type Finding } from '../problems.js';
import type { LintInput } from './index.js';
import { blankRanges, prose, proseLines, titleColumn, type ProseLine } from './text.js';

/** A run of printable ASCII that starts and ends with a visible character. */
const ASCII_RUN = /[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?/g;

/** A token mixing a letter or digit with punctuation (`K#`, `|0`), or a letter with a digit (`B4`). */
function mixed(token: string): boolean {
  const alnum = /[A-Za-z0-9]/.test(token);
  const punct = /[^A-Za-z0-9]/.test(token);
  return (alnum && punct) || (/[A-Za-z]/.test(token) && /\d/.test(token));
}

/**
 * Watermark noise is many very short tokens, most of them mixed. Words, numbers, URLs,
 * Markdown (`| --- |`, `- [ ]`) and sums (`1 + 2 = 3`) do not look like that.
 */
export function isNoise(run: string): boolean {
  // Four tokens need three gaps: shorter runs (numbers, years, single words) are never noise.
  if (run.length < 7) return false;
  // A Word copy comes through Markdown with its marks escaped (`q\*`): the backslash is not the noise's.
  const tokens = run.replace(/\\(?=[!-/:-@[-`{-~])/g, '').split(/[ \t]+/);
  if (tokens.length < 4 || tokens.some((t) => t.length > 3)) return false;
  const noisy = tokens.filter((t) => /[^A-Za-z0-9]/.test(t) || mixed(t)).length;
  // Lists like `(1) (2) (3)` or `A. B. C.` repeat one mark; noise varies its marks and mixes letters with digits.
  const variety =
    new Set(run.replace(/[A-Za-z0-9 \t]/g, '')).size + tokens.filter((t) => /[A-Za-z]/.test(t) && /\d/.test(t)).length;
  return /[^A-Za-z0-9 \t]/.test(run) && tokens.filter(mixed).length >= 3 && noisy * 2 >= tokens.length && variety >= 3;
}

/** Start and end (UTF-16 offsets) of every noise run in one line. */
export function noiseSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(ASCII_RUN)) {
    if (isNoise(m[0])) spans.push([m.index, m.index + m[0].length - headingNumber(m[0], text[m.index + m[0].length])]);
  }
  return spans;
}

/**
 * Noise stuck to the start of a numbered heading takes its number along (`m4 H1.找准源头`):
 * the number before the Chinese text is the heading's (`1.`), and it is not noise.
 */
function headingNumber(run: string, next: string | undefined): number {
  if (next === undefined || !/\p{Script=Han}/u.test(next)) return 0;
  return /\d{1,2}[.．]$/.exec(run)?.[0].length ?? 0;
}

/** The noise runs of a prose line, found once for the rules that read them. */
export function lineNoise(prose: ProseLine): [number, number][] {
  return (prose.noise ??= noiseSpans(prose.text));
}

/** The line with its noise blanked, for rules that should read only the real text. */
export function withoutNoise(text: string, spans = noiseSpans(text)): string {
  return blankRanges(
    text,
    spans.map(([start, end]) => ({ start, end })),
  );
}

export function noiseLine({ item, body, bodyLine, matter }: LintInput): Finding[] {
  const out: Finding[] = [];
  const title = prose(item.title);
  for (const [start, end] of noiseSpans(title)) {
    const at = titleColumn(matter, item.title);
    const where = at ? { line: at.line, column: at.column + start } : { path: ['title'] };
    out.push(finding('noise-line', 'warning', where, { text: title.slice(start, Math.min(end, start + 30)) }));
  }
  for (const prose of proseLines(body, bodyLine)) {
    const { text, line } = prose;
    for (const [start, end] of lineNoise(prose)) {
      out.push(
        finding(
          'noise-line',
          'warning',
          { line, column: start + 1 },
          { text: text.slice(start, Math.min(end, start + 30)) },
        ),
      );
    }
  }
  return out;
}
