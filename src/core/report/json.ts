/** The month notice as docs/cli.md 5.7 shows it: exactly those keys, in that order. */
import type { MonthReport } from './model.js';

export function reportJson(r: MonthReport): Record<string, unknown> {
  return {
    month: r.month,
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
