/**
 * `info fix`: the fixes that need no judgement, planned on an item file's text. Halfwidth
 * punctuation between Chinese characters becomes fullwidth, doubled punctuation one mark,
 * watermark noise and web leftovers go, and words on the watch list with one right form
 * are replaced. Each fix finds what its rule reports, so nothing is changed that validate
 * did not name; a rule set to `off` fixes nothing. The passes repeat until the text stands
 * still (removing noise can bring two marks together), so fixing a fixed text changes
 * nothing. Code blocks, inline code, links and comments are never touched; of the front
 * matter only the title may change, and every other byte stays (rewrite.ts).
 */
import type { Config } from './config.js';
import { splitFile } from './frontmatter.js';
import { keptMark, scanDoubled } from './lint/doubled.js';
import type { LintContext } from './lint/index.js';
import { noiseSpans, withoutNoise } from './lint/noise.js';
import { scanHalfwidth } from './lint/punctuation.js';
import { residueLines, titleResidue, type ResidueSpan } from './lint/residue.js';
import { prose, proseLines } from './lint/text.js';
import { findWords, wordIndex, type WordIndex } from './lint/words.js';
import { editFrontMatter } from './rewrite.js';

/** The rules `info fix` mends, in the order it mends them. */
export const FIXABLE = [
  'noise-line',
  'web-residue',
  'halfwidth-punctuation',
  'doubled-punctuation',
  'misused-word',
] as const;
export type FixCounts = Partial<Record<(typeof FIXABLE)[number], number>>;

interface Fixer {
  on: (rule: (typeof FIXABLE)[number]) => boolean;
  words: WordIndex;
  counts: FixCounts;
}

function fixer(config: Config, counts: FixCounts = {}): Fixer {
  return { on: (rule) => config.lint.rules[rule] !== 'off', words: wordIndex(config), counts };
}

const count = (f: Fixer, rule: (typeof FIXABLE)[number], n: number) => {
  if (n) f.counts[rule] = (f.counts[rule] ?? 0) + n;
};

const SPACE = /[ \t\u3000]/;
const WORD = /[A-Za-z0-9]/;

/** Removes spans and the spaces around them, in one pass; a space stays where two words would touch. */
function removeSpans(line: string, spans: readonly { start: number; end: number }[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    let from = Math.max(start, at);
    let to = Math.max(end, from);
    while (from > at && SPACE.test(line[from - 1]!)) from--;
    while (to < line.length && SPACE.test(line[to]!)) to++;
    const keep = from > 0 && to < line.length && WORD.test(line[from - 1]!) && WORD.test(line[to]!) ? ' ' : '';
    parts.push(line.slice(at, from), keep);
    at = to;
  }
  parts.push(line.slice(at));
  return parts.join('');
}

/** Replaces each change's characters with its text, in one pass (a pasted page may hold thousands). */
function replaceAt(line: string, hits: readonly Change[]): string {
  if (hits.length === 0) return line;
  const parts: string[] = [];
  let at = 0;
  for (const { index, length, text } of [...hits].sort((a, b) => a.index - b.index)) {
    parts.push(line.slice(at, index), text);
    at = index + length;
  }
  parts.push(line.slice(at));
  return parts.join('');
}

/** A change at a place in a line: `length` characters from `index` become `text`. */
interface Change {
  index: number;
  length: number;
  text: string;
}

/**
 * The changes each rule makes to one line, read as that rule reads it (prose; noise blanked
 * where the rule blanks it). Applied in this order, each on the line the one before left.
 */
const LINE_FIXES: [(typeof FIXABLE)[number], (line: string, f: Fixer) => Change[]][] = [
  [
    'noise-line',
    (line) => noiseSpans(prose(line)).map(([start, end]) => ({ index: start, length: end - start, text: '' })),
  ],
  [
    'halfwidth-punctuation',
    (line) => scanHalfwidth(prose(line)).map((h) => ({ index: h.index, length: 1, text: String(h.params.fix) })),
  ],
  [
    'doubled-punctuation',
    (line) =>
      scanDoubled(withoutNoise(prose(line))).map(({ index, params }) => {
        const found = String(params.found);
        return { index, length: found.length, text: keptMark(found) };
      }),
  ],
  [
    'misused-word',
    (line, f) =>
      findWords(withoutNoise(prose(line)), f.words)
        .filter((h) => h.entry.right.length === 1)
        .map((h) => ({ index: h.index, length: h.entry.wrong.length, text: h.entry.right[0]! })),
  ],
];

/** One line's fixes but whole-line removals; `tail` is its residue at the end of a sentence. */
function fixLine(raw: string, f: Fixer, tail?: ResidueSpan): string {
  let line = raw;
  if (tail && f.on('web-residue')) {
    line = removeSpans(line, [tail]);
    count(f, 'web-residue', 1);
  }
  for (const [rule, changes] of LINE_FIXES) {
    if (!f.on(rule)) continue;
    const found = changes(line, f);
    count(f, rule, found.length);
    // Removed noise takes the spaces around it along; everything else is replaced in place.
    if (rule === 'noise-line')
      line = removeSpans(
        line,
        found.map((c) => ({ start: c.index, end: c.index + c.length })),
      );
    else line = replaceAt(line, found);
  }
  return line;
}

const isBlank = (line: string) => /^[ \t\u3000]*\r?$/.test(line);

/** One pass over the body: lines removed, lines mended, the blank line a removal leaves dropped. */
function fixBodyOnce(body: string, f: Fixer): string {
  const raw = body.split('\n');
  const fixable = new Map<number, string>();
  for (const p of proseLines(body, 0)) {
    const line = raw[p.line]!.replace(/\r$/, '');
    // A line the prose view blanked more than `prose` does holds part of a comment: left alone.
    // Residue is read on the raw line (an image's target), its noise blanked, as the rule reads it.
    if (p.text === prose(line)) fixable.set(p.line, withoutNoise(line, noiseSpans(p.text)));
  }
  const indexes = [...fixable.keys()];
  const residue = f.on('web-residue') ? residueLines(indexes.map((i) => fixable.get(i)!)) : new Map();
  const spans = new Map([...residue].map(([k, span]) => [indexes[k]!, span as ResidueSpan]));
  const out: string[] = [];
  let dropBlank = false;
  raw.forEach((line, i) => {
    if (dropBlank && isBlank(line)) {
      dropBlank = false;
      return;
    }
    dropBlank = false;
    const span = spans.get(i);
    const whole = span && span.start === 0 && span.end >= line.replace(/\r$/, '').length;
    const cr = line.endsWith('\r') ? '\r' : '';
    const fixed = !fixable.has(i) || whole ? line : fixLine(line.slice(0, line.length - cr.length), f, span) + cr;
    if (whole) count(f, 'web-residue', 1);
    if (whole || (isBlank(fixed) && !isBlank(line))) {
      dropBlank = out.length === 0 || isBlank(out.at(-1)!);
      return;
    }
    out.push(fixed);
  });
  return out.join('\n');
}

/** Passes until the text stands still; a few are always enough, the bound only guards. */
function settle(text: string, pass: (text: string) => string): string {
  let current = text;
  for (let i = 0; i < 8; i++) {
    const next = pass(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

export function fixBody(body: string, config: Config, counts: FixCounts = {}): string {
  const f = fixer(config, counts);
  return settle(body, (text) => fixBodyOnce(text, f));
}

/** A title keeps its words: only marks, noise, a site's name and a byline go. Never made empty. */
export function fixTitle(title: string, config: Config, counts: FixCounts = {}): string {
  const own: FixCounts = {};
  const f = fixer(config, own);
  const mended = settle(title, (text) => {
    const span = titleResidue(withoutNoise(text));
    return fixLine(text, f, span && span.start > 0 ? span : undefined).trim();
  });
  if (!mended) return title;
  for (const [rule, n] of Object.entries(own)) count({ ...f, counts }, rule as (typeof FIXABLE)[number], n);
  return mended;
}

export interface PlannedFix {
  text: string;
  counts: FixCounts;
}

/** The fixed text of a whole item file (BOM, front matter and all); null when its front matter cannot be read. */
export function planFix(text: string, { config }: LintContext): PlannedFix | null {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const split = splitFile(text.slice(bom.length));
  if (!split.data) return null;
  const counts: FixCounts = {};
  const head = text.slice(0, text.length - split.body.length);
  let next = head + fixBody(split.body, config, counts);
  const title = typeof split.data.title === 'string' ? split.data.title : undefined;
  const mended = title === undefined ? title : fixTitle(title, config, counts);
  if (title !== undefined && mended !== title)
    next = editFrontMatter(next, [{ op: 'set', key: 'title', value: mended }]);
  return { text: next, counts };
}

/** How many fixes, all rules together. */
export const fixTotal = (counts: FixCounts): number => Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
