/**
 * The month notice in words: every heading, sentence, column and cell, in one language.
 * Each format (md, csv, html, docx) lays out this same text, so they never disagree.
 */
import type { Lang } from '../core/config.js';
import type { DepartmentRow, MonthReport, WriterRow } from '../core/report/model.js';
import { keysOf, labelOf } from '../core/vocab.js';
import type { Translate } from '../i18n/index.js';
import type { Column, TextTable } from './columns.js';
import { dateParts, money, percent, points, shortDate } from './format.js';

export interface NoticeText {
  lang: Lang;
  title: string;
  to: string;
  summary: string;
  closing: string;
  office: string;
  date: string;
  headings: Record<'departments' | 'writers' | 'adopted' | 'topics' | 'breakdown', string>;
  departments: TextTable;
  departmentNotes: string[];
  writers: TextTable;
  adopted: string[];
  topics: string[];
  breakdown: string[];
}

const LEVELS = ['county', 'city', 'province', 'national'] as const;

function col(t: Translate, key: string, numeric = true, group?: string): Column {
  return {
    label: t(`report.col.${key}`),
    flat: t(`report.col.${group ? `flat.${key}` : key}`),
    numeric,
    ...(group ? { group } : {}),
  };
}

export function departmentTable(t: Translate, lang: Lang, rows: readonly DepartmentRow[]): TextTable {
  const group = t('report.col.adoptions');
  const columns = [
    col(t, 'department', false),
    col(t, 'submitted'),
    col(t, 'cumulative'),
    ...LEVELS.map((level) => col(t, level, true, group)),
    col(t, 'special'),
    col(t, 'instructions'),
    col(t, 'rate'),
    col(t, 'points'),
    col(t, 'cumulativePoints'),
    col(t, 'rank'),
  ];
  const cells = (d: DepartmentRow) => [
    d.name,
    String(d.submitted),
    String(d.cumulativeSubmitted),
    ...LEVELS.map((l) => String(d.adoptions[l])),
    String(d.special),
    String(d.instructions),
    percent(d.rate, lang),
    points(d.points),
    points(d.cumulativePoints),
    String(d.rank),
  ];
  return { columns, rows: rows.map(cells) };
}

function writerTable(t: Translate, lang: Lang, rows: readonly WriterRow[]): TextTable {
  const columns = [
    col(t, 'writer', false),
    col(t, 'department', false),
    col(t, 'quota'),
    col(t, 'submitted'),
    col(t, 'completion'),
    col(t, 'points'),
    col(t, 'fee'),
  ];
  const cells = (w: WriterRow) => [
    w.name,
    w.department,
    String(w.quota),
    String(w.submitted),
    percent(w.completion, lang),
    points(w.points),
    money(w.fee, lang),
  ];
  return { columns, rows: rows.map(cells) };
}

function departmentNotes(t: Translate, r: MonthReport): string[] {
  const sep = t('report.list.sep');
  const none = r.departments.filter((d) => d.submitted === 0).map((d) => d.name);
  const below = r.departments.filter((d) => d.submitted > 0 && d.submitted < d.quota);
  return [
    t('report.note.split'),
    ...(none.length ? [t('report.note.none', { names: none.join(sep) })] : []),
    ...(below.length
      ? [
          t('report.note.quota', {
            names: below
              .map((d) => t('report.note.quotaOne', { name: d.name, submitted: d.submitted, quota: d.quota }))
              .join(sep),
          }),
        ]
      : []),
  ];
}

function adoptedLines(t: Translate, lang: Lang, r: MonthReport): string[] {
  const sep = t('report.list.sep');
  return r.adopted.map(
    (a, i) =>
      `${i + 1}. ${t('report.adopted.line', {
        title: a.title,
        units: a.departments.join(sep),
        level: labelOf('level', a.level, lang),
        form: labelOf('form', a.form, lang),
        outlet: a.outlet ? (lang === 'zh-CN' ? `（${a.outlet}）` : ` (${a.outlet})`) : '',
        date: shortDate(a.date, lang),
      })}`,
  );
}

function topicLines(t: Translate, lang: Lang, r: MonthReport): string[] {
  const names = (list: string[]) => (list.length ? list.join(t('report.list.sep')) : t('report.topic.nobody'));
  return r.topics.map((topic) =>
    t('report.topic.line', {
      title: topic.title,
      due: shortDate(topic.due, lang),
      answered: names(topic.answered),
      missing: names(topic.missing),
    }),
  );
}

function breakdown(t: Translate, lang: Lang, r: MonthReport): string[] {
  const list = (kind: 'category' | 'source', counts: Record<string, number>) =>
    keysOf(kind)
      .map((k) => t('report.breakdown.entry', { label: labelOf(kind, k, lang), count: counts[k] ?? 0 }))
      .join(t('report.list.sep'));
  return [
    t('report.breakdown.categories', { list: list('category', r.categories) }),
    t('report.breakdown.sources', { list: list('source', r.sources) }),
  ];
}

const NUMERALS = '一二三四五六七八九十';
type Section = keyof NoticeText['headings'];

/** 一、二、三、 (or 1. 2. 3.) over the sections present: without solicitations there is no gap. */
function headings(t: Translate, lang: Lang, withTopics: boolean): NoticeText['headings'] {
  const order: Section[] = [
    'departments',
    'writers',
    'adopted',
    ...(withTopics ? (['topics'] as const) : []),
    'breakdown',
  ];
  const out = { departments: '', writers: '', adopted: '', topics: '', breakdown: '' };
  for (const [i, key] of order.entries()) {
    out[key] = `${lang === 'zh-CN' ? `${NUMERALS[i]}、` : `${i + 1}. `}${t(`report.section.${key}`)}`;
  }
  return out;
}

export function noticeText(r: MonthReport, t: Translate, lang: Lang, addressees: readonly string[] = []): NoticeText {
  const month = dateParts(r.month);
  const issued = dateParts(r.issued);
  return {
    lang,
    title: t('report.title', { ...month }),
    to: t('report.to', { to: addressees.length ? addressees.join(t('report.list.sep')) : t('report.toDefault') }),
    summary: t('report.summary', { ...month, ...r.totals, points: points(r.totals.points) }),
    closing: t('report.closing'),
    office: r.office,
    date: t('report.date', { ...issued }),
    headings: headings(t, lang, r.topics.length > 0),
    departments: departmentTable(t, lang, r.departments),
    departmentNotes: departmentNotes(t, r),
    writers: writerTable(t, lang, r.writers),
    adopted: r.adopted.length ? adoptedLines(t, lang, r) : [t('report.note.noAdopted')],
    topics: topicLines(t, lang, r),
    breakdown: breakdown(t, lang, r),
  };
}
