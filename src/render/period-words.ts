/**
 * A notice's period in words: its label (2026年第四季度, Q4 2026), how the text refers to it
 * (本季度, this quarter) and the message a period's wording takes. A month notice keeps its
 * own messages word for word; every other period reads its `report.period.*` variant.
 */
import type { ReportPeriod } from '../core/report/period.js';
import type { Params } from '../core/problems.js';
import type { Translate } from '../i18n/index.js';
import { dateParts } from './format.js';

const QUARTERS = ['一', '二', '三', '四'];

export interface PeriodWords {
  label: string;
  /** 本月 / 本季度 / 本年度 / 本期. */
  span: string;
  /** 全月 / 全季度 / 全年 / 全期. */
  whole: string;
  /** The message of `key` (a `report.*` key) in this period's wording. */
  say: (key: string, params?: Params) => string;
}

export function periodLabel(p: ReportPeriod, t: Translate): string {
  const from = dateParts(p.from);
  const to = dateParts(p.to);
  if (p.kind === 'month') return t('report.period.label.month', { ...to });
  if (p.kind === 'year') return t('report.period.label.year', { ...to });
  if (p.kind === 'quarter') {
    const n = Math.ceil(Number(to.month) / 3);
    return t('report.period.label.quarter', { year: to.year, n, zh: QUARTERS[n - 1] ?? String(n) });
  }
  if (from.year === to.year)
    return t('report.period.label.range', {
      year: to.year,
      from: from.month,
      to: to.month,
      fromName: from.monthName,
      toName: to.monthName,
    });
  return t('report.period.label.years', {
    fromYear: from.year,
    toYear: to.year,
    from: from.month,
    to: to.month,
    fromName: from.monthName,
    toName: to.monthName,
  });
}

export function periodWords(p: ReportPeriod, t: Translate): PeriodWords {
  const label = periodLabel(p, t);
  const span = t(`report.period.span.${p.kind}`);
  const whole = t(`report.period.whole.${p.kind}`);
  const say = (key: string, params: Params = {}) =>
    p.kind === 'month'
      ? t(key, params)
      : t(key.replace(/^report\./, 'report.period.'), { ...params, label, span, whole, year: dateParts(p.to).year });
  return { label, span, whole, say };
}
