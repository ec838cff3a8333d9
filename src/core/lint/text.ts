/**
 * The body as content rules read it: prose lines with their file line numbers, where code,
 * comments, links and addresses are blanked out (replaced by spaces of the same length, so
 * columns still match the file).
 */

import { finding, type Finding, type Params } from '../problems.js';
import type { Heading } from './headings.js';
import type { ContentRule } from './index.js';

export interface ProseLine {
  text: string;
  /** 1-based line in the file. */
  line: number;
  /** Its watermark noise runs, once a rule has looked (`noise.ts`: two rules need them). */
  noise?: [number, number][];
  /** Its numbered heading (null: none), once a rule has looked (`headings.ts`: two rules need it). */
  heading?: Heading | null;
}

/** Han characters, CJK punctuation, fullwidth forms and the curly quotes Chinese text uses. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014]/;

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

const blank = (text: string) => ' '.repeat(text.length);

/**
 * Inline code, Markdown link targets, web and mail addresses. Each alternative starts only
 * where a match can begin (the lookbehind), so a megabyte-long word costs linear time.
 */
const NOT_PROSE =
  /`[^`]*`|\]\([^)\s]*\)|\b(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef]+|\bwww\.[^\s\u3000-\u303f\uff00-\uffef]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export function blankSpans(text: string, pattern: RegExp): string {
  return text.replace(pattern, blank);
}

/** `text` with the given spans replaced by spaces, in one pass (a line may hold thousands). */
export function blankRanges(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (end <= at) continue;
    parts.push(text.slice(at, Math.max(at, start)), ' '.repeat(end - Math.max(at, start)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** One line of prose with code, link targets and addresses blanked. */
export function prose(line: string): string {
  return blankSpans(line, NOT_PROSE);
}

/**
 * The last body split, kept: every line rule of a file reads the same body, and splitting it
 * once per rule was most of the rules' time.
 */
let last: { body: string; bodyLine: number; lines: readonly ProseLine[] } | undefined;

/** Every prose line of `body`; fenced code blocks and HTML comments are left out. */
export function proseLines(body: string, bodyLine: number): readonly ProseLine[] {
  if (last && last.body === body && last.bodyLine === bodyLine) return last.lines;
  const lines = splitProse(body, bodyLine);
  last = { body, bodyLine, lines };
  return lines;
}

function splitProse(body: string, bodyLine: number): ProseLine[] {
  const text = body.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
  const out: ProseLine[] = [];
  let fence: string | null = null;
  text.split('\n').forEach((raw, i) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      return;
    }
    if (fence !== null) return;
    out.push({ text: prose(raw.replace(/\r$/, '')), line: bodyLine + i });
  });
  return out;
}

/** Where the title's value starts in the raw front matter, when the title is written plainly. */
export function titleColumn(matter: string | undefined, title: string): { line: number; column: number } | undefined {
  if (!matter || !title) return undefined;
  const lines = matter.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^title[ \t]*:[ \t]*(["']?)/.exec(lines[i]!);
    if (!m) continue;
    const start = m[0].length;
    return lines[i]!.startsWith(title, start) ? { line: i + 1, column: start + 1 } : undefined;
  }
  return undefined;
}

/** Something a line check found: where in the line (UTF-16 offset) and what to say. */
export interface Hit {
  index: number;
  params: Params;
}

/**
 * A content rule from a check of one line of text: run on every prose line of the body,
 * and on the title when asked, each hit placed at its line and column in the file.
 */
export function lineRule(rule: string, scan: (text: string) => Hit[], withTitle = false): ContentRule {
  return ({ item, body, bodyLine, matter }) => {
    const out: Finding[] = [];
    if (withTitle) {
      const at = titleColumn(matter, item.title);
      for (const { index, params } of scan(prose(item.title))) {
        out.push(
          finding(rule, 'warning', at ? { line: at.line, column: at.column + index } : { path: ['title'] }, params),
        );
      }
    }
    for (const { text, line } of proseLines(body, bodyLine)) {
      for (const { index, params } of scan(text))
        out.push(finding(rule, 'warning', { line, column: index + 1 }, params));
    }
    return out;
  };
}
