/**
 * The values a layout template sees (documented in templates/bulletin/README.md): the
 * issue's facts, and its wording in the workspace's language, ready to print.
 */
import type { Issue } from '../core/bulletin/issue.js';
import { issueMarkdown } from '../core/bulletin/body.js';
import type { Lang } from '../core/config.js';
import { labelOf } from '../core/vocab.js';
import type { Translate } from '../i18n/index.js';
import { blocksHtml } from './bulletin-body-html.js';
import type { View } from './bulletin-template.js';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-12-01` → `2026年12月1日` / `1 December 2026`. */
export function dateLabel(date: string, t: Translate): string {
  const [year = '', month = '1', day = '1'] = date.split('-');
  return t('bulletin.date', {
    year,
    month: Number(month),
    day: Number(day),
    monthName: MONTHS_EN[Number(month) - 1] ?? month,
  });
}

/** `第15期` / `增刊第2期`. */
export function numberLabel(issue: Pick<Issue, 'ref' | 'supplementName'>, t: Translate): string {
  const { number, supplement } = issue.ref;
  return supplement
    ? t('bulletin.supplementNumber', { name: issue.supplementName, number })
    : t('bulletin.number', { number });
}

/** `《政务信息》2026年第15期`: how messages and the page title name an issue. */
export function citeIssue(issue: Pick<Issue, 'series' | 'ref' | 'supplementName'>, t: Translate): string {
  return t('bulletin.cite', { series: issue.series, year: issue.ref.year, label: numberLabel(issue, t) });
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
]);

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
    items: issue.items.map((item, i) => ({
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
    distribution: issue.distribution.map(({ label, names }) => {
      const joined = names.join(t('bulletin.distributionSep'));
      return { label, names: joined, line: t('bulletin.distribution', { label, names: joined }) };
    }),
    copies: issue.copies,
    copiesLabel: issue.copies ? t('bulletin.copies', { copies: issue.copies }) : '',
  };
}
