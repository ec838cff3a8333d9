/** How figures and dates read in a document, in Chinese or English. Pure, no clock. */
import type { Lang } from '../core/config.js';

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

export interface DateParts {
  year: string;
  month: string;
  day: string;
  monthName: string;
}

/** `2026-11-03` or `2026-11` → parts for a message (`11`, not `011`; month names for English). */
export function dateParts(date: string): DateParts {
  const [year = '', month = '1', day = '1'] = date.split('-');
  return {
    year,
    month: String(Number(month)),
    day: String(Number(day)),
    monthName: MONTHS_EN[Number(month) - 1] ?? month,
  };
}

/** `11月3日` / `3 Nov`: a date inside a month's document, where the year goes without saying. */
export function shortDate(date: string, lang: Lang): string {
  const p = dateParts(date);
  return lang === 'zh-CN' ? `${p.month}月${p.day}日` : `${p.day} ${p.monthName.slice(0, 3)}`;
}

/** Points: at most two decimals, no trailing zeros (47.17, 51, −0.33). */
export function points(value: number): string {
  return String(value);
}

export function percent(value: number | null, lang: Lang): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

export function money(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(
    value,
  );
}

/** A date inside a notice: without its year, unless the notice's period spans two years. */
export function dateIn(date: string, lang: Lang, period: { from: string; to: string }): string {
  if (period.from.slice(0, 4) === period.to.slice(0, 4)) return shortDate(date, lang);
  const p = dateParts(date);
  return lang === 'zh-CN' ? `${p.year}年${p.month}月${p.day}日` : `${p.day} ${p.monthName.slice(0, 3)} ${p.year}`;
}
