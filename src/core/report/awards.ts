/**
 * The year notice's awards (先进单位, 先进个人): the top departments of each group and the
 * top writers by the year's points. Ties at the cut-off are all named; a department barred
 * by a ledger entry (取消评优) is left out, and so are its writers; nobody is named for
 * points of zero or less.
 */
import type { Config } from '../config.js';
import type { LedgerEntry } from '../ledger.js';
import type { AwardDepartment, AwardWriter, Awards, DepartmentRow, Disqualification, WriterRow } from './model.js';
import { ranks } from './rank.js';

/** The ranked rows down to `count` places, ties at the last place included. */
function top<T extends { points: number }>(rows: readonly T[], count: number): (T & { rank: number })[] {
  const eligible = rows.filter((r) => r.points > 0).sort((a, b) => b.points - a.points);
  const rank = ranks(eligible.map((r) => r.points));
  return eligible.map((r, i) => ({ ...r, rank: rank[i]! })).filter((r) => r.rank <= count);
}

/** The first disqualifying entry of each department in the year, by date. */
function disqualifications(entries: readonly LedgerEntry[], year: string): Disqualification[] {
  const out = new Map<string, Disqualification>();
  const barring = entries
    .filter((e) => e.disqualify && e.date.startsWith(`${year}-`))
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const e of barring) {
    if (!out.has(e.department)) out.set(e.department, { name: e.department, date: e.date, kind: e.kind, note: e.note });
  }
  return [...out.values()];
}

export function awardsOf(
  config: Config,
  departments: readonly DepartmentRow[],
  writers: readonly WriterRow[],
  ledger: readonly LedgerEntry[],
  year: string,
): Awards {
  const disqualified = disqualifications(ledger, year);
  const barred = new Set(disqualified.map((d) => d.name));
  const barredWriters = new Set(
    ledger.filter((e) => e.disqualify && e.date.startsWith(`${year}-`) && e.author).map((e) => e.author!),
  );
  const eligible = departments.filter((d) => !barred.has(d.name) && !d.disqualified);
  const groups: (string | null)[] = [...config.groups.map((g) => g.name), null];
  const { perGroup } = config.awards.departments;
  const awardedDepartments: AwardDepartment[] = groups.flatMap((group) =>
    top(
      eligible.filter((d) => d.group === group),
      perGroup,
    ).map((d) => ({ name: d.name, group: d.group, points: d.points, rank: d.rank })),
  );
  const writerBarred = (w: WriterRow) =>
    barredWriters.has(w.name) || w.department.split('、').some((name) => barred.has(name));
  const awardedWriters: AwardWriter[] = top(
    writers.filter((w) => !writerBarred(w)),
    config.awards.writers.count,
  ).map((w) => ({ name: w.name, department: w.department, points: w.points, rank: w.rank }));
  return {
    departments: awardedDepartments,
    writers: awardedWriters,
    disqualified,
    perGroup,
    count: config.awards.writers.count,
  };
}
