/**
 * A notice in words (the month's, or a quarter's, a year's, a range's): every heading,
 * sentence, column and cell, in one language. Each format (md, csv, html, docx, xlsx) lays
 * out this same text, so they never disagree.
 */
import type { Lang } from '../core/config.js';
import type { MonthReport, WriterRow } from '../core/report/model.js';
import { keysOf, labelOf } from '../core/vocab.js';
import type { Translate } from '../i18n/index.js';
import type { TextTable } from './columns.js';
import { dateIn, dateParts, money, percent, points } from './format.js';
import { awardLines } from './notice-awards.js';
import { ledgerLines } from './notice-ledger.js';
import { adoptedTable, awardsTable, ledgerTable } from './notice-sheets.js';
import { col, departmentTable, groupTables } from './notice-units.js';
import { periodWords, type PeriodWords } from './period-words.js';

export interface NoticeText {
  lang: Lang;
  title: string;
  to: string;
  summary: string;
  closing: string;
  office: string;
  date: string;
  /** The period in words (2026年第四季度). */
  label: string;
  headings: Record<'departments' | 'ledger' | 'awards' | 'writers' | 'adopted' | 'topics' | 'breakdown', string>;
  /** Every unit in one table, with its group when there are groups (csv). */
  departments: TextTable;
  /** The units as the notice shows them: one table per group under its heading, or one table. */
  departmentTables: { heading: string | null; name: string | null; table: TextTable }[];
  departmentNotes: string[];
  /** The 加减分情况 section's lines; empty when the office keeps no ledger (no section). */
  ledger: string[];
  /** The year's awards section's lines; empty for any other period (no section). */
  awards: string[];
  /** The lists as tables, for a spreadsheet (awards: the year only). */
  sheets: { adopted: TextTable; ledger: TextTable | null; awards: TextTable | null };
  sheetNames: Record<'departments' | 'writers' | 'adopted' | 'ledger' | 'awards', string>;
  /** The titles of the HTML page's charts. */
  charts: { points: string; adoptions: string; trend: string };
  writers: TextTable;
  adopted: string[];
  topics: string[];
  breakdown: string[];
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
  columns[4] = { ...columns[4]!, percent: true };
  const cells = (w: WriterRow) => [
    w.name,
    w.department,
    String(w.quota),
    String(w.submitted),
    percent(w.completion, lang),
    points(w.points),
    money(w.fee, lang),
  ];
  const values = (w: WriterRow) => [w.name, w.department, w.quota, w.submitted, w.completion, w.points, w.fee];
  return { columns, rows: rows.map(cells), values: rows.map(values) };
}

/** Who submitted nothing: any unit with a row in a month notice (as ever), the configured ones (`zero`) otherwise. */
function noneNote(t: Translate, r: MonthReport, w: PeriodWords): string[] {
  const sep = t('report.list.sep');
  if (r.period.kind !== 'month') return r.zero.length ? [w.say('report.note.zero', { names: r.zero.join(sep) })] : [];
  const none = r.departments.filter((d) => d.submitted === 0).map((d) => d.name);
  return none.length ? [t('report.note.none', { names: none.join(sep) })] : [];
}

function departmentNotes(t: Translate, r: MonthReport, w: PeriodWords): string[] {
  const sep = t('report.list.sep');
  const below = r.departments.filter((d) => d.submitted > 0 && d.submitted < d.quota);
  const barred = r.departments.filter((d) => d.disqualified).map((d) => d.name);
  const { quotaBonus, ledger, groups } = r.method;
  // The office's own rules explain the columns they add, in the same note.
  const method = [
    ...(quotaBonus ? [t('report.note.quotaBonus')] : []),
    ...(ledger ? [t('report.note.adjustments')] : []),
    ...(groups.length ? [t('report.note.groups')] : []),
  ];
  return [
    [w.say('report.note.split'), ...method].join(t('report.note.join')),
    ...(barred.length ? [t('report.note.disqualified', { names: barred.join(sep) })] : []),
    ...noneNote(t, r, w),
    ...(below.length
      ? [
          w.say('report.note.quota', {
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
        form: `${labelOf('form', a.form, lang)}${a.brief ? t('report.adopted.brief') : ''}`,
        outlet: a.outlet ? (lang === 'zh-CN' ? `（${a.outlet}）` : ` (${a.outlet})`) : '',
        date: dateIn(a.date, lang, r.period),
      })}`,
  );
}

function topicLines(t: Translate, lang: Lang, r: MonthReport): string[] {
  const names = (list: string[]) => (list.length ? list.join(t('report.list.sep')) : t('report.topic.nobody'));
  return r.topics.map((topic) =>
    t('report.topic.line', {
      title: topic.title,
      due: dateIn(topic.due, lang, r.period),
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
function headings(
  t: Translate,
  lang: Lang,
  withTopics: boolean,
  withLedger = false,
  w?: PeriodWords,
  withAwards = false,
): NoticeText['headings'] {
  const order: Section[] = [
    'departments',
    ...(withLedger ? (['ledger'] as const) : []),
    ...(withAwards ? (['awards'] as const) : []),
    'writers',
    'adopted',
    ...(withTopics ? (['topics'] as const) : []),
    'breakdown',
  ];
  const out = { departments: '', ledger: '', awards: '', writers: '', adopted: '', topics: '', breakdown: '' };
  for (const [i, key] of order.entries()) {
    const words = key === 'adopted' && w ? w.say('report.section.adopted') : t(`report.section.${key}`);
    out[key] = `${lang === 'zh-CN' ? `${NUMERALS[i]}、` : `${i + 1}. `}${words}`;
  }
  return out;
}

export function noticeText(
  r: MonthReport,
  t: Translate,
  lang: Lang,
  addressees: readonly string[] = [],
  kindLabel: (kind: string) => string = (kind) => labelOf('adjustment', kind, lang),
): NoticeText {
  const month = dateParts(r.month);
  const issued = dateParts(r.issued);
  const totals = { ...month, ...r.totals, points: points(r.totals.points), adjustments: points(r.totals.adjustments) };
  const w = periodWords(r.period, t);
  return {
    lang,
    label: w.label,
    title: r.period.kind === 'year' ? t('report.period.title.year', { ...month }) : w.say('report.title', { ...month }),
    to: t('report.to', { to: addressees.length ? addressees.join(t('report.list.sep')) : t('report.toDefault') }),
    summary: w.say(r.method.ledger ? 'report.summaryLedger' : 'report.summary', totals),
    closing: t('report.closing'),
    office: r.office,
    date: t('report.date', { ...issued }),
    headings: headings(t, lang, r.topics.length > 0, r.method.ledger, w, r.awards !== undefined),
    departments: departmentTable(t, lang, r.departments, r.method),
    departmentTables: groupTables(t, lang, r),
    departmentNotes: departmentNotes(t, r, w),
    ledger: ledgerLines(t, lang, r, kindLabel, w.say('report.ledger.none')),
    awards: r.awards ? awardLines(t, lang, r, kindLabel) : [],
    sheets: {
      adopted: adoptedTable(t, lang, r),
      ledger: r.method.ledger ? ledgerTable(t, r, kindLabel) : null,
      awards: awardsTable(t, r),
    },
    sheetNames: {
      departments: t('report.sheet.departments'),
      writers: t('report.sheet.writers'),
      adopted: t('report.sheet.adopted'),
      ledger: t('report.sheet.ledger'),
      awards: t('report.sheet.awards'),
    },
    charts: {
      points: w.say('report.chart.points'),
      adoptions: w.say('report.chart.adoptions'),
      trend: w.say('report.chart.trend', { ...month }),
    },
    writers: writerTable(t, lang, r.writers),
    adopted: r.adopted.length ? adoptedLines(t, lang, r) : [w.say('report.note.noAdopted')],
    topics: topicLines(t, lang, r),
    breakdown: breakdown(t, lang, r),
  };
}
