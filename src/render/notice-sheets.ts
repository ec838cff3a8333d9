/**
 * The notice's lists as tables, for a spreadsheet: the adopted items, the ledger entries and
 * the year's awards, with their values unformatted (dates as text, points as numbers).
 */
import type { Lang } from '../core/config.js';
import type { MonthReport } from '../core/report/model.js';
import { labelOf } from '../core/vocab.js';
import type { Translate } from '../i18n/index.js';
import type { Column, RawCell, TextTable } from './columns.js';
import { col } from './notice-units.js';

function table(columns: Column[], values: RawCell[][]): TextTable {
  return { columns, rows: values.map((row) => row.map((v) => (v === null ? '' : String(v)))), values };
}

export function adoptedTable(t: Translate, lang: Lang, r: MonthReport): TextTable {
  const sep = t('report.list.sep');
  const columns = ['date', 'title', 'units', 'level', 'form', 'outlet'].map((k) => col(t, k, false));
  return table(
    columns,
    r.adopted.map((a) => [
      a.date,
      a.title,
      a.departments.join(sep),
      a.level ? labelOf('level', a.level, lang) : '',
      `${labelOf('form', a.form, lang)}${a.brief ? t('report.adopted.brief') : ''}`,
      a.outlet,
    ]),
  );
}

export function ledgerTable(t: Translate, r: MonthReport, kindLabel: (kind: string) => string): TextTable {
  const keys = ['date', 'department', 'writer', 'kind', 'points', 'note', 'item', 'disqualify'];
  const columns = keys.map((k) => col(t, k, k === 'points'));
  return table(
    columns,
    r.ledger.map((e) => [
      e.date,
      e.department,
      e.author ?? '',
      kindLabel(e.kind),
      e.points,
      e.note,
      e.item ? (e.itemTitle ?? e.item) : '',
      e.disqualify ? t('report.col.yes') : '',
    ]),
  );
}

/** The awards in one table: units by group, then writers. */
export function awardsTable(t: Translate, r: MonthReport): TextTable | null {
  if (!r.awards) return null;
  const columns = [
    col(t, 'award', false),
    col(t, 'group', false),
    col(t, 'name', false),
    col(t, 'points'),
    col(t, 'rank'),
  ];
  const unit = t('report.col.awardUnit');
  const writer = t('report.col.awardWriter');
  return table(columns, [
    ...r.awards.departments.map((d) => [unit, d.group ?? '', d.name, d.points, d.rank]),
    ...r.awards.writers.map((w) => [writer, w.department, w.name, w.points, w.rank]),
  ]);
}
