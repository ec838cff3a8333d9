/**
 * The month notice in words: every heading, sentence, column and cell, in one language.
 * Each format (md, csv, html, docx) lays out this same text, so they never disagree.
 */
import type { Lang } from '../core/config.js';
import type { DepartmentRow, LedgerRow, Method, MonthReport, WriterRow } from '../core/report/model.js';
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
  headings: Record<'departments' | 'ledger' | 'writers' | 'adopted' | 'topics' | 'breakdown', string>;
  /** Every unit in one table, with its group when there are groups (csv). */
  departments: TextTable;
  /** The units as the notice shows them: one table per group under its heading, or one table. */
  departmentTables: { heading: string | null; table: TextTable }[];
  departmentNotes: string[];
  /** The 加减分情况 section's lines; empty when the office keeps no ledger (no section). */
  ledger: string[];
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
    key,
    ...(group ? { group } : {}),
  };
}

/** How a units table is laid out: all units with their group (csv), or the units of one group. */
type TableShape = 'all' | 'group';
/** A column and how a unit fills it. */
type Field = [Column, (d: DepartmentRow) => string];

/**
 * The units table. The quota bonus and ledger columns appear only where the office uses
 * them, so a notice without its own 考核办法 reads as it always has; in a group's table the
 * rank is the rank within the group.
 */
export function departmentTable(
  t: Translate,
  lang: Lang,
  rows: readonly DepartmentRow[],
  method: Method = { groups: [], quotaBonus: false, ledger: false },
  shape: TableShape = 'all',
): TextTable {
  const group = t('report.col.adoptions');
  const grouped = shape === 'all' && method.groups.length > 0;
  const when = (shown: boolean, ...cells: Field[]): Field[] => (shown ? cells : []);
  const fields: Field[] = [
    [col(t, 'department', false), (d) => d.name],
    ...when(grouped, [col(t, 'group', false), (d) => d.group ?? '']),
    [col(t, 'submitted'), (d) => String(d.submitted)],
    [col(t, 'cumulative'), (d) => String(d.cumulativeSubmitted)],
    ...LEVELS.map((l): Field => [col(t, l, true, group), (d) => String(d.adoptions[l])]),
    [col(t, 'special'), (d) => String(d.special)],
    [col(t, 'instructions'), (d) => String(d.instructions)],
    [col(t, 'rate'), (d) => percent(d.rate, lang)],
    ...when(method.quotaBonus, [col(t, 'quotaBonus'), (d) => points(d.quotaBonus)]),
    ...when(method.ledger, [col(t, 'adjustments'), (d) => points(d.adjustments)]),
    [col(t, 'points'), (d) => points(d.points)],
    [col(t, 'cumulativePoints'), (d) => points(d.cumulativePoints)],
    [col(t, 'rank'), (d) => String(shape === 'group' ? d.groupRank : d.rank)],
    ...when(grouped, [col(t, 'groupRank'), (d) => String(d.groupRank)]),
  ];
  return { columns: fields.map(([c]) => c), rows: rows.map((d) => fields.map(([, cell]) => cell(d))) };
}

const NUMBERED = '一二三四五六七八九十';

/** One table per configured group, in the config's order, then the units without a group. */
function groupTables(t: Translate, lang: Lang, r: MonthReport): NoticeText['departmentTables'] {
  const { groups } = r.method;
  if (groups.length === 0) return [{ heading: null, table: departmentTable(t, lang, r.departments, r.method) }];
  const others = r.departments.some((d) => d.group === null) ? [null] : [];
  return [...groups, ...others].map((name, i) => {
    const title = name ?? t('report.group.others');
    const number = lang === 'zh-CN' ? `（${NUMBERED[i] ?? i + 1}）` : `${i + 1}) `;
    const rows = r.departments.filter((d) => d.group === name);
    return { heading: `${number}${title}`, table: departmentTable(t, lang, rows, r.method, 'group') };
  });
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
  const barred = r.departments.filter((d) => d.disqualified).map((d) => d.name);
  const { quotaBonus, ledger, groups } = r.method;
  // The office's own rules explain the columns they add, in the same note.
  const method = [
    ...(quotaBonus ? [t('report.note.quotaBonus')] : []),
    ...(ledger ? [t('report.note.adjustments')] : []),
    ...(groups.length ? [t('report.note.groups')] : []),
  ];
  return [
    [t('report.note.split'), ...method].join(t('report.note.join')),
    ...(barred.length ? [t('report.note.disqualified', { names: barred.join(sep) })] : []),
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
        form: `${labelOf('form', a.form, lang)}${a.brief ? t('report.adopted.brief') : ''}`,
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

/** Points added (加5分) or taken (扣5分), as a ledger line says them. */
function signed(t: Translate, value: number): string {
  if (value === 0) return t('report.ledger.zero');
  return t(value > 0 ? 'report.ledger.plus' : 'report.ledger.minus', { points: points(Math.abs(value)) });
}

/** A note as a sentence: it ends with a full stop (a Chinese one after Chinese text), whatever was typed. */
function sentence(text: string, lang: Lang): string {
  const trimmed = text.trim();
  if (trimmed === '' || /[。！？.!?]$/.test(trimmed)) return trimmed;
  return `${trimmed}${lang === 'zh-CN' || /\p{Script=Han}$/u.test(trimmed) ? '。' : '.'}`;
}

function ledgerLines(t: Translate, lang: Lang, r: MonthReport, kindLabel: (kind: string) => string): string[] {
  if (!r.method.ledger) return [];
  if (r.ledger.length === 0) return [t('report.ledger.none')];
  const line = (e: LedgerRow, i: number) =>
    `${i + 1}. ${t('report.ledger.line', {
      department: e.department,
      author: e.author ? t('report.ledger.author', { author: e.author }) : '',
      kind: kindLabel(e.kind),
      points: signed(t, e.points),
      date: shortDate(e.date, lang),
      note: sentence(e.note, lang),
      item: e.item ? t('report.ledger.item', { title: e.itemTitle ?? e.item }) : '',
      disqualify: e.disqualify ? t('report.ledger.disqualify') : '',
    })}`;
  return r.ledger.map(line);
}

const NUMERALS = '一二三四五六七八九十';
type Section = keyof NoticeText['headings'];

/** 一、二、三、 (or 1. 2. 3.) over the sections present: without solicitations there is no gap. */
function headings(t: Translate, lang: Lang, withTopics: boolean, withLedger = false): NoticeText['headings'] {
  const order: Section[] = [
    'departments',
    ...(withLedger ? (['ledger'] as const) : []),
    'writers',
    'adopted',
    ...(withTopics ? (['topics'] as const) : []),
    'breakdown',
  ];
  const out = { departments: '', ledger: '', writers: '', adopted: '', topics: '', breakdown: '' };
  for (const [i, key] of order.entries()) {
    out[key] = `${lang === 'zh-CN' ? `${NUMERALS[i]}、` : `${i + 1}. `}${t(`report.section.${key}`)}`;
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
  return {
    lang,
    title: t('report.title', { ...month }),
    to: t('report.to', { to: addressees.length ? addressees.join(t('report.list.sep')) : t('report.toDefault') }),
    summary: t(r.method.ledger ? 'report.summaryLedger' : 'report.summary', totals),
    closing: t('report.closing'),
    office: r.office,
    date: t('report.date', { ...issued }),
    headings: headings(t, lang, r.topics.length > 0, r.method.ledger),
    departments: departmentTable(t, lang, r.departments, r.method),
    departmentTables: groupTables(t, lang, r),
    departmentNotes: departmentNotes(t, r),
    ledger: ledgerLines(t, lang, r, kindLabel),
    writers: writerTable(t, lang, r.writers),
    adopted: r.adopted.length ? adoptedLines(t, lang, r) : [t('report.note.noAdopted')],
    topics: topicLines(t, lang, r),
    breakdown: breakdown(t, lang, r),
  };
}
