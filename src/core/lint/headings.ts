/**
 * `heading-order`: the numbered headings of an official text go 一、 → （一） → 1. → （1）
 * (GB/T 9704). Within a level the numbers count up from one under each heading above;
 * going deeper, no level is skipped. The first heading sets the top level used, so a body
 * numbered only 1. 2. 3. is fine.
 */
import { finding, type Finding } from '../problems.js';
import type { LintInput } from './index.js';
import { lineNoise, withoutNoise } from './noise.js';
import { proseLines, type ProseLine } from './text.js';

const HAN = '[一二三四五六七八九十百零〇]+';
const LEVELS = [
  new RegExp(`^(${HAN})、`),
  new RegExp(`^[（(](${HAN})[）)]`),
  // `1\.`: a plain-text line escaped so that Markdown does not make it a list.
  /^(\d{1,3})\\?[.．](?!\d)/,
  /^[（(](\d{1,3})[）)]/,
];

const DIGITS = '零一二三四五六七八九';

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105. */
export function hanNumber(text: string): number {
  let total = 0;
  let digit = 0;
  for (const char of text.replace(/〇/g, '零')) {
    if (char === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (char === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = DIGITS.indexOf(char);
  }
  return total + digit;
}

function hanText(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return String(n);
}

/** How the heading numbered `n` at `level` (0–3) is written. */
export function headingLabel(level: number, n: number): string {
  return [`${hanText(n)}、`, `（${hanText(n)}）`, `${n}.`, `（${n}）`][level]!;
}

export interface Heading {
  level: number;
  number: number;
  /** UTF-16 offset of the number's first character in the line. */
  index: number;
}

/** The numbered heading a line starts with, if any (after Markdown `#`s and indentation). */
export function headingOf(text: string): Heading | undefined {
  const lead = /^(?:[ \t\u3000]*#{1,6}[ \t]+)?[ \t\u3000]*/.exec(text)![0].length;
  const rest = text.slice(lead);
  for (let level = 0; level < LEVELS.length; level++) {
    const m = LEVELS[level]!.exec(rest);
    if (m) return { level, number: level < 2 ? hanNumber(m[1]!) : Number(m[1]), index: lead };
  }
  return undefined;
}

/** The numbered heading of a prose line (its noise aside), found once for the rules that read it. */
export function lineHeading(prose: ProseLine): Heading | undefined {
  if (prose.heading === undefined) prose.heading = headingOf(withoutNoise(prose.text, lineNoise(prose))) ?? null;
  return prose.heading ?? undefined;
}

export function headingOrder({ body, bodyLine }: LintInput): Finding[] {
  const out: Finding[] = [];
  const counts: number[] = [];
  let current = -1;
  for (const prose of proseLines(body, bodyLine)) {
    const { line } = prose;
    const heading = lineHeading(prose);
    if (!heading) continue;
    const { level, number, index } = heading;
    const found = headingLabel(level, number);
    const at = { line, column: index + 1 };
    if (current >= 0 && level > current + 1) {
      out.push(
        finding('heading-order', 'warning', at, { detail: 'skipped', found, expected: headingLabel(current + 1, 1) }),
      );
    } else if (number !== (counts[level] ?? 0) + 1) {
      out.push(
        finding('heading-order', 'warning', at, {
          detail: 'sequence',
          found,
          expected: headingLabel(level, (counts[level] ?? 0) + 1),
        }),
      );
    }
    counts[level] = number;
    counts.length = level + 1;
    current = level;
  }
  return out;
}
