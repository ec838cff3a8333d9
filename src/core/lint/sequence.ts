/**
 * `sequence-gap`: an enumeration that skips or mixes its markers. In running text offices
 * count 一是、二是、三是 (or 一要、二要; or 第一，第二，) — a series starts at one, counts up
 * by one, and keeps its form (一是…二要 mixes). A heading ends every series. Lines numbered
 * `1、` are counted the same way, and one directly under `一、` with no `（一）` between is
 * the wrong level (一、→（一）→1.→（1）). Numbered headings themselves are `heading-order`'s.
 */
import { finding, type Finding } from '../problems.js';
import { hanNumber, headingLabel, lineHeading } from './headings.js';
import type { LintInput } from './index.js';
import { lineNoise, withoutNoise } from './noise.js';
import { proseLines } from './text.js';

/** 一是 / 二要, or 第一， / 第二： — found in one pass; what stands before each is checked after. */
const MARKER = /(第?)(十[一二]?|[一二三四五六七八九])([是要，：,:])/g;
/** Where a marker may start: the line's start, after a space, a mark, or bold (`**一是**`). */
const BEFORE = new Set(' \t\u3000，。；：、！？）)”"’…—*_]】,;:!?');
/** A line numbered `1、` (after Markdown's `#` and an escaping `\`). */
const ARABIC = /^(?:#{1,6}[ \t]+)?[ \t\u3000]*(\d{1,2})、/;

const DIGITS = '零一二三四五六七八九';
const han = (n: number) => (n <= 10 ? (n === 10 ? '十' : DIGITS[n]!) : `十${DIGITS[n - 10]}`);

interface Series {
  last: number;
  /** The form of the series: `是` or `要` for 一是, `第` for 第一, `、` for 1、. */
  form: string;
  first: string;
  /** A change of form was reported already. */
  mixed?: boolean;
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
  // Said once a series: after 一是…二要, 三要 or 三是 is not one more mistake.
  if (form !== series.form && !series.mixed)
    return { next: { ...next, mixed: true }, problem: { detail: 'mixed', found, expected, first: series.first } };
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
    const heading = lineHeading(prose);
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
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const [, ordinal, numeral, after] = m as unknown as [string, string, string, string];
    const kind = ordinal ? 'ordinal' : 'inline';
    // 第一 needs its comma (第一季度 is no count), 一是 its 是 or 要, and either a boundary before it.
    if ((kind === 'ordinal') === /[是要]/.test(after) || (m.index > 0 && !BEFORE.has(text[m.index - 1]!))) {
      MARKER.lastIndex = m.index + 1;
      continue;
    }
    // 一是一，二是二 (strictly as it is) is a saying, not a count.
    if (kind === 'inline' && text[m.index + m[0].length] === numeral) continue;
    const form = kind === 'inline' ? after : '第';
    const done = step(state[kind], hanNumber(numeral), form, kind === 'inline' ? inlineLabel : ordinalLabel);
    if (done.problem) report(line, m.index, done.problem);
    state[kind] = done.next;
  }
}
