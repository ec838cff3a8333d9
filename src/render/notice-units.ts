/**
 * The units tables of the month notice: one per group under its heading (or one), with the
 * columns the office's own 考核办法 adds, and all units in one table for csv.
 */
import type { Lang } from '../core/config.js';
import type { DepartmentRow, Method, MonthReport } from '../core/report/model.js';
import type { Translate } from '../i18n/index.js';
import type { Column, RawCell, TextTable } from './columns.js';
import { percent, points } from './format.js';

const LEVELS = ['county', 'city', 'province', 'national'] as const;

export function col(t: Translate, key: string, numeric = true, group?: string): Column {
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
/** A column, how a unit fills it, and its unformatted value (the text, when absent). */
type Field = [Column, (d: DepartmentRow) => string, ((d: DepartmentRow) => RawCell)?];

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
    [col(t, 'submitted'), (d) => String(d.submitted), (d) => d.submitted],
    [col(t, 'cumulative'), (d) => String(d.cumulativeSubmitted), (d) => d.cumulativeSubmitted],
    ...LEVELS.map((l): Field => [col(t, l, true, group), (d) => String(d.adoptions[l]), (d) => d.adoptions[l]]),
    [col(t, 'special'), (d) => String(d.special), (d) => d.special],
    [col(t, 'instructions'), (d) => String(d.instructions), (d) => d.instructions],
    [{ ...col(t, 'rate'), percent: true }, (d) => percent(d.rate, lang), (d) => d.rate],
    ...when(method.quotaBonus, [col(t, 'quotaBonus'), (d) => points(d.quotaBonus), (d) => d.quotaBonus]),
    ...when(method.ledger, [col(t, 'adjustments'), (d) => points(d.adjustments), (d) => d.adjustments]),
    [col(t, 'points'), (d) => points(d.points), (d) => d.points],
    [col(t, 'cumulativePoints'), (d) => points(d.cumulativePoints), (d) => d.cumulativePoints],
    [
      col(t, 'rank'),
      (d) => String(shape === 'group' ? d.groupRank : d.rank),
      (d) => (shape === 'group' ? d.groupRank : d.rank),
    ],
    ...when(grouped, [col(t, 'groupRank'), (d) => String(d.groupRank), (d) => d.groupRank]),
  ];
  return {
    columns: fields.map(([c]) => c),
    rows: rows.map((d) => fields.map(([, cell]) => cell(d))),
    values: rows.map((d) => fields.map(([, cell, raw]) => (raw ? raw(d) : cell(d)))),
  };
}

const NUMBERED = '一二三四五六七八九十';

/** One table per configured group, in the config's order, then the units without a group. */
export function groupTables(
  t: Translate,
  lang: Lang,
  r: MonthReport,
): { heading: string | null; name: string | null; table: TextTable }[] {
  const { groups } = r.method;
  if (groups.length === 0)
    return [{ heading: null, name: null, table: departmentTable(t, lang, r.departments, r.method) }];
  const others = r.departments.some((d) => d.group === null) ? [null] : [];
  return [...groups, ...others].map((name, i) => {
    const title = name ?? t('report.group.others');
    const number = lang === 'zh-CN' ? `（${NUMBERED[i] ?? i + 1}）` : `${i + 1}) `;
    const rows = r.departments.filter((d) => d.group === name);
    return { heading: `${number}${title}`, name: title, table: departmentTable(t, lang, rows, r.method, 'group') };
  });
}
