/** The year notice's awards section: 先进单位 per group, 先进个人, and who was barred and why. */
import type { Lang } from '../core/config.js';
import type { MonthReport } from '../core/report/model.js';
import type { Translate } from '../i18n/index.js';
import { points, shortDate } from './format.js';

export function awardLines(t: Translate, lang: Lang, r: MonthReport, kindLabel: (kind: string) => string): string[] {
  const awards = r.awards;
  if (!awards) return [];
  const sep = t('report.list.sep');
  const names = (list: string[]) => (list.length ? list.join(sep) : t('report.awards.nobody'));
  const unit = (d: { name: string; points: number }) =>
    t('report.awards.unit', { name: d.name, points: points(d.points) });
  const groups = r.method.groups;
  const units = groups.length
    ? [...groups, ...(awards.departments.some((d) => d.group === null) ? [null] : [])].map((group) =>
        t('report.awards.unitsGroup', {
          group: group ?? t('report.group.others'),
          names: names(awards.departments.filter((d) => d.group === group).map(unit)),
        }),
      )
    : [t('report.awards.units', { names: names(awards.departments.map(unit)) })];
  const writers = t('report.awards.writers', {
    names: names(
      awards.writers.map((w) =>
        t('report.awards.writer', { name: w.name, department: w.department, points: points(w.points) }),
      ),
    ),
  });
  const barred = awards.disqualified.map((d) =>
    t('report.awards.disqualified', {
      name: d.name,
      kind: kindLabel(d.kind),
      date: shortDate(d.date, lang),
      note: d.note.trim().replace(/[。.]$/, ''),
    }),
  );
  const rule = t('report.awards.rule', { perGroup: awards.perGroup, count: awards.count });
  return [...units, writers, ...barred, rule];
}
