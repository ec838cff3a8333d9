/** `--explain NAME` as a readable table and as JSON; the total is the notice's own figure. */
import type { Lang } from '../core/config.js';
import type { Explanation, ExplainLine } from '../core/report/explain.js';
import { labelOf } from '../core/vocab.js';
import type { Translate } from '../i18n/index.js';
import { dateParts, points } from './format.js';
import { pipeTable } from './text-table.js';

function detail(l: ExplainLine, t: Translate, lang: Lang): string {
  const level = l.level ? labelOf('level', l.level, lang) : '';
  if (l.event === 'adoption') return `${level} ${labelOf('form', l.form ?? 'bulletin', lang)}`;
  if (l.event === 'instruction')
    return t(l.note === 'no-level' ? 'report.explain.noLevel' : 'report.explain.leader', {
      leader: l.leader ?? '',
      level,
    });
  return '';
}

export function explainText(x: Explanation, t: Translate, lang: Lang): string {
  const head = ['date', 'event', 'item', 'detail', 'points', 'share', 'earned'].map((k) => t(`report.explain.${k}`));
  const rows = x.lines.map((l) => [
    l.date,
    t(`report.event.${l.event}`),
    `${l.id} ${l.title}`,
    detail(l, t, lang),
    points(l.points),
    l.among > 1 ? `1/${l.among}` : '1',
    points(l.earned),
  ]);
  const title = t('report.explain.title', {
    name: x.name,
    kind: t(`report.explain.kind.${x.kind}`),
    ...dateParts(x.month),
  });
  const body = rows.length
    ? pipeTable(head, rows, [false, false, false, false, true, true, true])
    : [t('report.explain.none')];
  return [title, '', ...body, '', t('report.explain.total', { points: points(x.points) }), ''].join('\n');
}

export function explainJson(x: Explanation): Record<string, unknown> {
  return {
    name: x.name,
    kind: x.kind,
    month: x.month,
    points: x.points,
    events: x.lines.map((l) => ({
      date: l.date,
      event: l.event,
      id: l.id,
      title: l.title,
      level: l.level,
      form: l.form,
      leader: l.leader,
      points: l.points,
      share: Math.round(l.share * 10000) / 10000,
      earned: l.earned,
      note: l.note,
    })),
  };
}
