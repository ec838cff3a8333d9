/**
 * Naming bulletin issues: an issue's ref (`2026-07`, a supplement's `2026-s03`) and its
 * file names under `bulletins/`. (The series' key, the pinyin of its name, is in
 * `series.ts`: reading refs must not load the pinyin dictionary.)
 */

export interface IssueRef {
  year: number;
  number: number;
  supplement: boolean;
}

/** `2026-07`, `2026-s03`: two digits, more when needed. */
export function formatRef({ year, number, supplement }: IssueRef): string {
  return `${year}-${supplement ? 's' : ''}${String(number).padStart(2, '0')}`;
}

const REF = /^(\d{4})-(s?)(\d{1,4})$/;

/** The ref of an item's `bulletins` entry, or null for text that is not one. */
export function parseRef(text: string): IssueRef | null {
  const m = REF.exec(text.trim());
  if (!m || Number(m[3]) < 1) return null;
  return { year: Number(m[1]), number: Number(m[3]), supplement: m[2] === 's' };
}

export const ISSUE_FORMATS = ['md', 'html', 'docx'] as const;
export type IssueFormat = (typeof ISSUE_FORMATS)[number];

/** `zheng-wu-xin-xi-2026-07.md` */
export function issueFileName(key: string, ref: IssueRef, format: IssueFormat): string {
  return `${key}-${ref.year}-${formatRef(ref).slice(5)}.${format}`;
}

/** `bulletins/2026/zheng-wu-xin-xi-2026-07.md`: where an issue of a series is kept. */
export function issuePath(key: string, ref: IssueRef, format: IssueFormat): string {
  return `bulletins/${ref.year}/${issueFileName(key, ref, format)}`;
}

/**
 * The ref a file name of the series stands for (any format), or null for other files; any series
 * when `key` is null.
 */
export function refOfFileName(key: string | null, name: string): IssueRef | null {
  const m = /^(.+)-(\d{4})-(s?)(\d{1,4})\.(md|html|docx)$/.exec(name);
  if (!m || (key !== null && m[1] !== key)) return null;
  return parseRef(`${m[2]}-${m[3]}${m[4]}`);
}

/** The series' key a file name of an issue starts with (`zheng-wu-xin-xi`), or null for other files. */
export function seriesKeyOfFileName(name: string): string | null {
  return /^(.+)-\d{4}-s?\d{1,4}\.(md|html|docx)$/.exec(name)?.[1] ?? null;
}
