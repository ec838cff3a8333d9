/**
 * A period of whole months, `from` to `to` (`YYYY-MM`, both included): a month is a period
 * of one. Counting over a period is counting over its events, so the quarter and the year
 * reuse what the month notice does.
 */

export interface Period {
  from: string;
  to: string;
}

export const monthPeriod = (month: string): Period => ({ from: month, to: month });

export const inPeriod =
  ({ from, to }: Period) =>
  (e: { date: string }): boolean => {
    const month = e.date.slice(0, 7);
    return month >= from && month <= to;
  };

/** From 1 January of the period's last year to its end: what `cumulative` figures count. */
export const cumulativeOf = ({ to }: Period): Period => ({ from: `${to.slice(0, 4)}-01`, to });

/** Both periods at once: the months either one covers. */
export function spanOf(a: Period, b: Period): Period {
  const months = [a.from, a.to, b.from, b.to].sort();
  return { from: months[0]!, to: months[3]! };
}

/** Every month of the period, in order. */
export function monthsOf({ from, to }: Period): string[] {
  const out: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let m = from; m <= to; m = `${year}-${String(month).padStart(2, '0')}`) {
    out.push(m);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return out;
}

/** The last day of a month, `YYYY-MM-DD`. */
export function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** What a report covers: a month, a quarter, a year, or a range of months (`--from/--to`). */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

export interface ReportPeriod extends Period {
  kind: PeriodKind;
}

export const quarterPeriod = (year: string, quarter: number): ReportPeriod => ({
  kind: 'quarter',
  from: `${year}-${String(quarter * 3 - 2).padStart(2, '0')}`,
  to: `${year}-${String(quarter * 3).padStart(2, '0')}`,
});

export const yearPeriod = (year: string): ReportPeriod => ({ kind: 'year', from: `${year}-01`, to: `${year}-12` });

/** The calendar years a period touches (`2025`, `2026`), in order. */
export function yearsOf({ from, to }: Period): string[] {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) out.push(String(y));
  return out;
}
