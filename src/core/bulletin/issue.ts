/**
 * The issue as a document: masthead, editor's note, items, distribution. Pure: built from
 * the config, the chosen items and their bodies; every renderer (Markdown, HTML, DOCX)
 * lays out this one model, so a dry run and a real run cannot differ.
 */
import type { Config } from '../config.js';
import type { Item } from '../item.js';
import { bodyBlocks, type Block } from './body.js';
import { formatRef, type IssueRef } from './ref.js';
import { seriesKey } from './series.js';

export interface IssueItem {
  id: string;
  title: string;
  departments: string[];
  authors: string[];
  category: string;
  /** The Markdown body as written. */
  body: string;
  blocks: Block[];
}

export interface Issue {
  series: string;
  /** The series' file key (`zheng-wu-xin-xi`). */
  key: string;
  ref: IssueRef;
  /** `2026-07`, `2026-s03`. */
  refText: string;
  /** 总第N期: ordinary issues only. */
  total: number | null;
  /** The name of the supplement sequence (增刊). */
  supplementName: string;
  /** `YYYY-MM-DD`. */
  date: string;
  office: string;
  note: string | null;
  items: IssueItem[];
  /** 报 / 送 / 发 lines, in the config's order; empty lists left out. */
  distribution: { label: string; names: string[] }[];
  copies: number;
}

export interface IssueInput {
  config: Config;
  ref: IssueRef;
  total: number | null;
  date: string;
  note?: string | null;
  items: readonly { item: Item; body: string }[];
}

export function buildIssue({ config, ref, total, date, note, items }: IssueInput): Issue {
  const { series, supplement, distribution, copies } = config.bulletin;
  return {
    series,
    key: seriesKey(series),
    ref,
    refText: formatRef(ref),
    total: ref.supplement ? null : total,
    supplementName: supplement,
    date,
    office: config.office,
    note: note?.trim() || null,
    items: items.map(({ item, body }) => ({
      id: item.id,
      title: item.title.trim(),
      departments: item.departments,
      authors: item.authors,
      category: item.category,
      body,
      blocks: bodyBlocks(body),
    })),
    distribution: Object.entries(distribution)
      .map(([label, names]) => ({ label, names: names.map((n) => n.trim()).filter(Boolean) }))
      .filter((line) => line.names.length > 0),
    copies,
  };
}
