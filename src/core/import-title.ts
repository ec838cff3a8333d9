/**
 * Which line of a received text is its title. The first line that says something: lines of
 * marks only (`|`, `——`) are dropped, watermark noise and web leftovers before it stay in
 * the body (the editor's checks name them, `info fix` removes them). Two short lines before
 * the first blank line are one headline cut in two, and are joined — unless the second is a
 * date, a note in brackets, a byline or a sentence. A first line longer than `lint.titleMax`
 * is not a title: it stays in the body and the title comes from the file's name. Each of
 * these choices is said (`TitleNote`), so the importer can tell the editor.
 */
import { headingOf } from './lint/headings.js';
import { withoutNoise } from './lint/noise.js';
import { residueIn } from './lint/residue.js';
import type { Params } from './problems.js';

export interface TitleNote {
  kind: 'long' | 'longKept' | 'junk' | 'none';
  params: Params;
}

export interface TitleChoice {
  title: string;
  /** The lines of the body, before any Markdown treatment. */
  body: string[];
  notes: TitleNote[];
}

export interface TitleOptions {
  titleMax?: number;
  /** A title made from the file's name, for a text without a title line. */
  fileTitle?: string;
  /** Configured departments and writers: a line naming one under the title is a byline. */
  names?: readonly string[];
}

const MARKS_ONLY = /^[\p{P}\p{S}\s]+$/u;
/** Ends a sentence or a salutation (各位领导：): not half a headline. */
const CLOSED = /[。！？；：:;!?…]$/;
const BRACKETED = /^[（(【[〔].*[）)】\]〕]$/;
const DATE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/;
/** A short line naming an office: 海门市发改委, 临江镇人民政府. */
const OFFICE = /(?:局|委员会|委|办公室|办|街道|政府|公司|中心)$/;

const length = (text: string) => [...text].length;

/** Whether a line can be no title: marks only (dropped), or noise or a web leftover (kept in the body). */
export function junkOf(text: string): 'drop' | 'keep' | undefined {
  if (MARKS_ONLY.test(text)) return 'drop';
  if (!withoutNoise(text).trim()) return 'keep';
  const residue = residueIn(text);
  return residue && residue.start === 0 ? 'keep' : undefined;
}

function isByline(text: string, names: readonly string[]): boolean {
  if (length(text) <= 20 && names.some((name) => name && text.includes(name))) return true;
  return length(text) <= 12 && OFFICE.test(text);
}

/** The second of two lines, when it carries on the headline of the first. */
function continues(first: string, second: string, max: number, names: readonly string[]): boolean {
  if (!second || length(first) > max || length(second) > max) return false;
  if (CLOSED.test(first) || CLOSED.test(second) || headingOf(first) || headingOf(second)) return false;
  if (BRACKETED.test(second) || DATE.test(second) || /[:：]/.test(second) || junkOf(second)) return false;
  return !isByline(second, names);
}

/** Two halves of a headline: Chinese runs on, two Latin words keep their space. */
const join = (a: string, b: string) => (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : `${a}${b}`);

/** Where the title line is, past the lines that cannot be one: the first of them, the ones kept for the body. */
function skipJunk(lines: readonly string[], asText: (line: string) => string, from: number) {
  const kept: string[] = [];
  let junk: string | undefined;
  let i = from;
  for (; i < lines.length; i++) {
    const text = asText(lines[i]!);
    const kind = text ? junkOf(text) : 'drop';
    if (!kind) break;
    if (text) junk ??= text;
    if (kind === 'keep') kept.push(lines[i]!);
  }
  return { at: i, kept, junk };
}

/**
 * `lines`: the cleaned text's lines; `asText`: a line as title words (Markdown marks off);
 * `heading`: whether a line is a Markdown heading (one line by itself, never joined).
 */
export function chooseTitle(
  lines: readonly string[],
  asText: (line: string) => string,
  heading: (line: string) => boolean,
  { titleMax = 40, fileTitle, names = [] }: TitleOptions,
): TitleChoice | null {
  const first = lines.findIndex((line) => asText(line) !== '');
  if (first < 0) return null;
  let { at, kept, junk } = skipJunk(lines, asText, first);
  if (at >= lines.length) {
    if (fileTitle) return { title: fileTitle, body: kept, notes: [{ kind: 'none', params: { title: fileTitle } }] };
    // Nothing else to name it by: the first line, as it is.
    [at, kept, junk] = [first, [], undefined];
  }
  let title = asText(lines[at]!);
  let next = at + 1;
  // Before the first blank line: a text of two lines and nothing more is a title and its body.
  const blankAfter = next + 1 < lines.length && !lines[next + 1]!.trim();
  if (blankAfter && !heading(lines[at]!) && continues(title, asText(lines[next]!), titleMax, names)) {
    title = join(title, asText(lines[next++]!));
  }
  const notes: TitleNote[] = [];
  let body = [...kept, ...lines.slice(next)];
  if (length(title) > titleMax) {
    const params = { length: length(title), max: titleMax, title: fileTitle ?? title };
    notes.push({ kind: fileTitle ? 'long' : 'longKept', params });
    if (fileTitle) [title, body] = [fileTitle, [...kept, ...lines.slice(at)]];
  }
  if (junk) notes.push({ kind: 'junk', params: { line: junk, title } });
  return { title, body, notes };
}

/**
 * A title from a file's name: `临江镇-冬季农田水利.txt` → 冬季农田水利. The extension, the
 * configured names in it, a leading number or date and the separators around them go; a
 * name with nothing else left is used whole.
 */
export function titleFromFileName(fileName: string, names: readonly string[]): string {
  const stem = fileName.replace(/\.[^.]+$/, '').trim();
  let rest = stem;
  for (const name of [...names].sort((a, b) => b.length - a.length)) if (name) rest = rest.split(name).join(' ');
  rest = rest
    .replace(/^[\s_\-—–·.、，,()（）【】[\]]*(?:\d{8}|\d{4}[-_.]\d{1,2}[-_.]\d{1,2}|\d{1,3})?/, '')
    .replace(/[\s_\-—–·]+/g, ' ')
    .replace(/^[\s.、，,()（）【】[\]]+|[\s.、，,()（）【】[\]]+$/g, '')
    .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '')
    .trim();
  return /[\p{Script=Han}A-Za-z]{2,}/u.test(rest) ? rest : stem;
}
