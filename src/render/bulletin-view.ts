/**
 * The values a layout template sees (documented in templates/bulletin/README.md): the
 * issue's facts, and its wording in the workspace's language, ready to print.
 */
import type { Issue, IssueItem } from '../core/bulletin/issue.js';
import { issueMarkdown } from '../core/bulletin/body.js';
import type { Lang } from '../core/config.js';
import { labelOf } from '../core/vocab.js';
import type { Translate } from '../i18n/index.js';
import { blocksHtml, runsHtml } from './bulletin-body-html.js';
import { dateParts } from './format.js';
import type { View } from './bulletin-template.js';

/** `2026-12-01` → `2026年12月1日` / `1 December 2026`. */
export function dateLabel(date: string, t: Translate): string {
  return t('bulletin.date', { ...dateParts(date) });
}

/** `第15期` / `增刊第2期`. */
export function numberLabel(issue: Pick<Issue, 'ref' | 'supplementName'>, t: Translate): string {
  const { number, supplement } = issue.ref;
  return supplement
    ? t('bulletin.supplementNumber', { name: issue.supplementName, number })
    : t('bulletin.number', { number });
}

/** `《政务信息》2026年第15期` (a running series: `《信息专报》第15期`): how messages and the page title name an issue. */
export function citeIssue(
  issue: Pick<Issue, 'series' | 'ref' | 'supplementName'> & Partial<Pick<Issue, 'numbering'>>,
  t: Translate,
): string {
  const params = { series: issue.series, year: issue.ref.year, label: numberLabel(issue, t) };
  return t(issue.numbering === 'running' ? 'bulletin.citeRunning' : 'bulletin.cite', params);
}

/**
 * Every name a template may use (items and distribution lines have their own), so a
 * template is checked the same way whether or not a list is empty in this issue.
 */
export const VIEW_NAMES: ReadonlySet<string> = new Set([
  'title',
  'series',
  'issueLabel',
  'totalLabel',
  'supplement',
  'supplementName',
  'ref',
  'year',
  'number',
  'total',
  'office',
  'date',
  'dateLabel',
  'printedLabel',
  'note',
  'noteLabel',
  'copies',
  'copiesLabel',
  'items',
  'index',
  'id',
  'departments',
  'authors',
  'category',
  'categoryLabel',
  'credit',
  'body',
  'bodyHtml',
  'distribution',
  'label',
  'names',
  'line',
  // Marks, contents, sections and briefs.
  'marks',
  'copyNumber',
  'secrecy',
  'urgency',
  'toc',
  'tocLabel',
  'heading',
  'titles',
  'section',
  'sectionHeading',
  'briefs',
  'briefsHeading',
  'text',
  'textHtml',
]);

/** A six-digit 份号 to fill in per copy (GB/T 9704-2012 7.2.1). */
export const COPY_NUMBER_BLANK = '______';

const sectionHeading = (name: string, t: Translate) => t('bulletin.section', { name });

/** The 目录: each section's heading (none for items without one) and titles, then the briefs'. */
function tocOf(issue: Issue, t: Translate) {
  if (!issue.toc) return [];
  const groups: { heading: string; titles: { index: number; id: string; title: string }[] }[] = [];
  let index = 0;
  const add = (heading: string, { id, title }: { id: string; title: string }) => {
    const last = groups.at(-1);
    const entry = { index: ++index, id, title };
    if (last && last.heading === heading) last.titles.push(entry);
    else groups.push({ heading, titles: [entry] });
  };
  for (const item of issue.items) add(item.section ? sectionHeading(item.section, t) : '', item);
  for (const brief of issue.briefs) add(t('bulletin.briefs'), brief);
  return groups;
}

const starts = (items: readonly IssueItem[], i: number) =>
  items[i]!.section !== null && items[i]!.section !== items[i - 1]?.section;

export interface ViewOptions {
  t: Translate;
  lang: Lang;
  labels: Record<string, Record<string, string>>;
}

export function issueView(issue: Issue, { t, lang, labels }: ViewOptions): View {
  const date = dateLabel(issue.date, t);
  return {
    title: citeIssue(issue, t),
    series: issue.series,
    issueLabel: numberLabel(issue, t),
    totalLabel: issue.total === null ? '' : t('bulletin.total', { total: issue.total }),
    supplement: issue.ref.supplement,
    supplementName: issue.supplementName,
    ref: issue.refText,
    year: issue.ref.year,
    number: issue.ref.number,
    total: issue.total ?? '',
    office: issue.office,
    date: issue.date,
    dateLabel: date,
    printedLabel: t('bulletin.printed', { date }),
    note: issue.note ?? '',
    noteLabel: t('bulletin.note'),
    marks: Boolean(issue.marks.copyNumber || issue.marks.secrecy.trim() || issue.marks.urgency.trim()),
    copyNumber: issue.marks.copyNumber ? COPY_NUMBER_BLANK : '',
    secrecy: issue.marks.secrecy.trim(),
    urgency: issue.marks.urgency.trim(),
    toc: tocOf(issue, t),
    tocLabel: issue.toc ? t('bulletin.toc') : '',
    items: issue.items.map((item, i) => ({
      section: item.section ?? '',
      sectionHeading: starts(issue.items, i) ? sectionHeading(item.section!, t) : '',
      index: i + 1,
      id: item.id,
      title: item.title,
      departments: item.departments.join(t('bulletin.listSep')),
      authors: item.authors.join(t('bulletin.listSep')),
      category: item.category,
      categoryLabel: labelOf('category', item.category, lang, labels.category),
      credit: item.departments.length
        ? t('bulletin.credit', { departments: item.departments.join(t('bulletin.listSep')) })
        : '',
      body: issueMarkdown(item.body),
      bodyHtml: blocksHtml(item.blocks),
    })),
    briefsHeading: issue.briefs.length ? t('bulletin.briefs') : '',
    briefs: issue.briefs.map((brief, i) => ({
      index: issue.items.length + i + 1,
      id: brief.id,
      title: brief.title,
      departments: brief.departments.join(t('bulletin.listSep')),
      authors: brief.authors.join(t('bulletin.listSep')),
      text: brief.runs.map((run) => run.text).join(''),
      textHtml: runsHtml(brief.runs),
      credit: brief.departments.length
        ? t('bulletin.briefCredit', { departments: brief.departments.join(t('bulletin.listSep')) })
        : '',
    })),
    distribution: issue.distribution.map(({ label, names }) => {
      const joined = names.join(t('bulletin.distributionSep'));
      return { label, names: joined, line: t('bulletin.distribution', { label, names: joined }) };
    }),
    copies: issue.copies,
    copiesLabel: issue.copies ? t('bulletin.copies', { copies: issue.copies }) : '',
  };
}
