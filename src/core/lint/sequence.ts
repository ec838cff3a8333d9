/**
 * `sequence-gap`: an enumeration that skips or mixes its markers. In running text offices
 * count 一是、二是、三是 (or 一要、二要; or 第一，第二，) — a series starts at one, counts up
 * by one, and keeps its form (一是…二要 mixes). A heading ends every series. Lines numbered
 * `1、` are counted the same way, and one directly under `一、` with no `（一）` between is
 * the wrong level (一、→（一）→1.→（1）). Numbered headings themselves are `heading-order`'s.
 */
import { finding, type Finding } from '../problems.js';
import { hanNumber, headingLabel, headingOf } from './headings.js';
import type { LintInput } from './index.js';
import { lineNoise, withoutNoise } from './noise.js';
import { proseLines } from './text.js';

const HAN = '十[一二]?|[一二三四五六七八九]';
/** Where a marker may start: the line's start, after a space, a mark, or bold (`**一是**`). */
const BEFORE = '(?<=^|[\\s\\u3000，。；：、！？）)”"’…—*_\\]】,;:!?])';
/** 一是 / 二要: the number and the word after it. */
const INLINE = new RegExp(`${BEFORE}(${HAN})([是要])`, 'g');
/** 第一， 第二： — an ordinal followed by a comma or colon. */
const ORDINAL = new RegExp(`${BEFORE}第(${HAN})(?=[，：,:])`, 'g');
/** A line numbered `1、` (after Markdown's `#` and an escaping `\`). */
const ARABIC = /^(?:#{1,6}[ \t]+)?[ \t\u3000]*(\d{1,2})、/;

const DIGITS = '零一二三四五六七八九';
const han = (n: number) => (n <= 10 ? (n === 10 ? '十' : DIGITS[n]!) : `十${DIGITS[n - 10]}`);

interface Series {
  last: number;
  /** The form of the series: `是` or `要` for 一是, `第` for 第一, `、` for 1、. */
  form: string;
  first: string;
}

type Label = (n: number, form: string) => string;
const inlineLabel: Label = (n, form) => `${han(n)}${form}`;
const ordinalLabel: Label = (n) => `第${han(n)}`;
const arabicLabel: Label = (n) => `${n}、`;

/** Checks one marker against its series; gives the finding's params, if any, and moves the series on. */
function step(
  series: Series | undefined,
  n: number,
  form: string,
  label: Label,
): { next: Series; problem?: Record<string, string> } {
  const found = label(n, form);
  if (n === 1) return { next: { last: 1, form, first: found } };
  if (!series)
    return { next: { last: n, form, first: found }, problem: { detail: 'skipped', found, expected: label(1, form) } };
  const expected = label(series.last + 1, series.form);
  const next = { ...series, last: n };
  if (n !== series.last + 1) return { next, problem: { detail: 'skipped', found, expected } };
  if (form !== series.form) return { next, problem: { detail: 'mixed', found, expected, first: series.first } };
  return { next };
}

interface State {
  inline?: Series;
  ordinal?: Series;
  arabic?: Series;
  /** The level of the last numbered heading (0 for 一、), and whether a （一） came under it. */
  heading: number;
  underTop: boolean;
}

export function sequenceGap({ body, bodyLine }: LintInput): Finding[] {
  const out: Finding[] = [];
  const state: State = { heading: -1, underTop: false };
  const report: Report = (line, index, params) =>
    out.push(finding('sequence-gap', 'warning', { line, column: index + 1 }, params));
  for (const prose of proseLines(body, bodyLine)) {
    const text = withoutNoise(prose.text, lineNoise(prose));
    if (!text.trim()) continue;
    const heading = headingOf(text);
    if (heading) enterHeading(state, heading.level);
    else numbered(text, prose.line, state, report);
    markers(text, prose.line, state, report);
  }
  return out;
}

type Report = (line: number, index: number, params: Record<string, string>) => void;

/** A heading ends the running series; one of the top two levels ends the `1、` list too. */
function enterHeading(state: State, level: number): void {
  state.inline = state.ordinal = undefined;
  if (level <= 1) state.arabic = undefined;
  if (level <= 1) state.underTop = level === 1;
  state.heading = level;
}

/** A line numbered `1、`: counted, and checked for the level it stands at. */
function numbered(text: string, line: number, state: State, report: Report): void {
  const m = ARABIC.exec(text);
  if (!m) return;
  state.inline = state.ordinal = undefined;
  const n = Number(m[1]);
  const at = m[0].length - m[1]!.length - 1;
  if (n === 1 && state.heading === 0 && !state.underTop) {
    report(line, at, { detail: 'level', found: '1、', parent: headingLabel(0, 1), expected: headingLabel(1, 1) });
  }
  const done = step(state.arabic, n, '、', arabicLabel);
  if (done.problem) report(line, at, done.problem);
  state.arabic = done.next;
}

/** The 一是 and 第一 markers of one line, in the order they stand. */
function markers(text: string, line: number, state: State, report: Report): void {
  if (!/[一二三四五六七八九十]/.test(text)) return;
  const found = [
    ...[...text.matchAll(INLINE)].map((m) => ({
      index: m.index,
      n: hanNumber(m[1]!),
      form: m[2]!,
      kind: 'inline' as const,
    })),
    ...[...text.matchAll(ORDINAL)].map((m) => ({
      index: m.index,
      n: hanNumber(m[1]!),
      form: '第',
      kind: 'ordinal' as const,
    })),
  ].sort((a, b) => a.index - b.index);
  for (const { index, n, form, kind } of found) {
    const done = step(state[kind], n, form, kind === 'inline' ? inlineLabel : ordinalLabel);
    if (done.problem) report(line, index, done.problem);
    state[kind] = done.next;
  }
}
