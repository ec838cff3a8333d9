/** The 加减分情况 section of the month notice: the month's ledger entries, one sentence each. */
import type { Lang } from '../core/config.js';
import type { LedgerRow, MonthReport } from '../core/report/model.js';
import type { Translate } from '../i18n/index.js';
import { dateIn, points } from './format.js';

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

export function ledgerLines(
  t: Translate,
  lang: Lang,
  r: MonthReport,
  kindLabel: (kind: string) => string,
  none = t('report.ledger.none'),
): string[] {
  if (!r.method.ledger) return [];
  if (r.ledger.length === 0) return [none];
  const line = (e: LedgerRow, i: number) =>
    `${i + 1}. ${t('report.ledger.line', {
      department: e.department,
      author: e.author ? t('report.ledger.author', { author: e.author }) : '',
      kind: kindLabel(e.kind),
      points: signed(t, e.points),
      date: dateIn(e.date, lang, r.period),
      note: sentence(e.note, lang),
      item: e.item ? t('report.ledger.item', { title: e.itemTitle ?? e.item }) : '',
      disqualify: e.disqualify ? t('report.ledger.disqualify') : '',
    })}`;
  return r.ledger.map(line);
}
