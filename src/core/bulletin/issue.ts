/**
 * The issue as a document: marks, masthead, contents, editor's note, items in their
 * sections, briefs, distribution. Pure: built from the series, the chosen items and their
 * bodies; every renderer (Markdown, HTML, DOCX) lays out this one model, so a dry run and a
 * real run cannot differ.
 */
import type { Item } from '../item.js';
import { bodyBlocks, type Block, type Run } from './body.js';
import { formatRef, itemRefText, type IssueRef } from './ref.js';
import type { Marks, Numbering, Series } from './series-config.js';
import { seriesKey } from './series.js';

export interface IssueItem {
  id: string;
  title: string;
  departments: string[];
  authors: string[];
  category: string;
  /** The series' section it is printed under; null for none (or one the series does not have). */
  section: string | null;
  /** The Markdown body as written. */
  body: string;
  blocks: Block[];
}

/** A 简讯: the body as one paragraph. */
export interface IssueBrief extends IssueItem {
  runs: Run[];
}

export interface Issue {
  series: string;
  /** The series' file key (`zheng-wu-xin-xi`). */
  key: string;
  numbering: Numbering;
  ref: IssueRef;
  /** `2026-07`, `2026-s03`. */
  refText: string;
  /** The ref as its items record it (`信息专报 2026-03` for a series other than the first). */
  itemRef: string;
  /** 总第N期: ordinary issues of a yearly series only. */
  total: number | null;
  /** The name of the supplement sequence (增刊). */
  supplementName: string;
  /** `YYYY-MM-DD`. */
  date: string;
  office: string;
  marks: Marks;
  note: string | null;
  /** The items that are not briefs: the series' sections in order, then those without one. */
  items: IssueItem[];
  /** 简讯, after the items. */
  briefs: IssueBrief[];
  /** Whether a 目录 is printed (the series' `toc` threshold reached). */
  toc: boolean;
  /** 报 / 送 / 发 lines, in the config's order; empty lists left out. */
  distribution: { label: string; names: string[] }[];
  copies: number;
}

export interface IssueInput {
  series: Series;
  /** Whether the series is the first (its issues' refs in items are plain). */
  first: boolean;
  office: string;
  ref: IssueRef;
  total: number | null;
  date: string;
  note?: string | null;
  items: readonly { item: Item; body: string }[];
}

function issueItem(item: Item, body: string, sections: readonly string[]): IssueItem {
  const section = item.section && sections.includes(item.section) ? item.section : null;
  return {
    id: item.id,
    title: item.title.trim(),
    departments: item.departments,
    authors: item.authors,
    category: item.category,
    section,
    body,
    blocks: bodyBlocks(body),
  };
}

/** A brief's text: every line of its body run together into one paragraph. */
function briefOf(entry: IssueItem): IssueBrief {
  return { ...entry, runs: entry.blocks.flatMap((block) => [...block.lead, ...block.runs]) };
}

/**
 * The layout order: each section of the series in its configured order, then the items
 * without one; within each, the order the items came in (the editor's, or the default).
 */
export function sectionOrder<T extends { section: string | null }>(
  items: readonly T[],
  sections: readonly string[],
): T[] {
  const rank = (item: T) => (item.section === null ? sections.length : sections.indexOf(item.section));
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i)
    .map(({ item }) => item);
}

export function buildIssue({ series, first, office, ref, total, date, note, items }: IssueInput): Issue {
  const entries = items.map(({ item, body }) => ({
    brief: item.brief === true,
    entry: issueItem(item, body, series.sections),
  }));
  const main = sectionOrder(
    entries.filter((e) => !e.brief).map((e) => e.entry),
    series.sections,
  );
  const briefs = entries.filter((e) => e.brief).map((e) => briefOf(e.entry));
  return {
    series: series.name,
    key: seriesKey(series.name),
    numbering: series.numbering,
    ref,
    refText: formatRef(ref),
    itemRef: itemRefText(ref, first ? null : series.name),
    total: ref.supplement || series.numbering === 'running' ? null : total,
    supplementName: series.supplement,
    date,
    office,
    marks: series.marks,
    note: note?.trim() || null,
    items: main,
    briefs,
    toc: series.toc > 0 && items.length >= series.toc,
    distribution: Object.entries(series.distribution)
      .map(([label, names]) => ({ label, names: names.map((n) => n.trim()).filter(Boolean) }))
      .filter((line) => line.names.length > 0),
    copies: series.copies,
  };
}

/** Every item of the issue in print order: the items, then the briefs (the order its record keeps). */
export function printOrder(issue: Pick<Issue, 'items' | 'briefs'>): IssueItem[] {
  return [...issue.items, ...issue.briefs];
}
