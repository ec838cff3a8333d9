/**
 * A notice as docs/cli.md shows it: exactly those keys, in that order. A month notice keeps
 * `month` and adds `period`; any other period has `period` in its place, then `zero` and,
 * for the year, `awards`. `label` is the period in words, in the run's language.
 */
import type { Awards, MonthReport } from './model.js';

function awardsJson(a: Awards): Record<string, unknown> {
  return {
    departments: a.departments.map((d) => ({ name: d.name, group: d.group, points: d.points, rank: d.rank })),
    writers: a.writers.map((w) => ({ name: w.name, department: w.department, points: w.points, rank: w.rank })),
    disqualified: a.disqualified.map((d) => ({ name: d.name, date: d.date, kind: d.kind, note: d.note })),
  };
}

export function reportJson(r: MonthReport, label: string): Record<string, unknown> {
  const period = { from: r.period.from, to: r.period.to, label };
  const body = monthShape(r);
  if (r.period.kind === 'month') return { month: r.month, period, ...body };
  return { period, ...body, zero: [...r.zero], ...(r.awards ? { awards: awardsJson(r.awards) } : {}) };
}

function monthShape(r: MonthReport): Record<string, unknown> {
  return {
    office: r.office,
    totals: { ...r.totals },
    departments: r.departments.map((d) => ({
      name: d.name,
      submitted: d.submitted,
      cumulativeSubmitted: d.cumulativeSubmitted,
      adoptions: {
        county: d.adoptions.county,
        city: d.adoptions.city,
        province: d.adoptions.province,
        national: d.adoptions.national,
      },
      special: d.special,
      instructions: d.instructions,
      rate: d.rate,
      points: d.points,
      cumulativePoints: d.cumulativePoints,
      rank: d.rank,
      group: d.group,
      groupRank: d.groupRank,
      adjustments: d.adjustments,
      disqualified: d.disqualified,
    })),
    writers: r.writers.map((w) => ({
      name: w.name,
      department: w.department,
      quota: w.quota,
      submitted: w.submitted,
      completion: w.completion,
      points: w.points,
      fee: w.fee,
    })),
    categories: { ...r.categories },
    sources: { ...r.sources },
    adopted: r.adopted.map((a) => ({
      id: a.id,
      title: a.title,
      level: a.level,
      form: a.form,
      outlet: a.outlet,
      date: a.date,
    })),
    topics: r.topics.map((t) => ({
      id: t.id,
      title: t.title,
      due: t.due,
      asked: t.asked,
      answered: t.answered,
      missing: t.missing,
    })),
    ledger: r.ledger.map((e) => ({
      id: e.id,
      department: e.department,
      author: e.author,
      kind: e.kind,
      points: e.points,
      date: e.date,
      note: e.note,
      item: e.item,
    })),
  };
}
