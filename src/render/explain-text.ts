/** `--explain NAME` as a readable table and as JSON; the total is the notice's own figure. */
import type { Lang } from '../core/config.js';
import type { Explanation, ExplainLine } from '../core/report/explain.js';
import { labelOf } from '../core/vocab.js';
import type { Translate } from '../i18n/index.js';
import { dateParts, points } from './format.js';
import { periodWords } from './period-words.js';
import { pipeTable } from './text-table.js';

function adoptionDetail(l: ExplainLine, t: Translate, lang: Lang): string {
  const level = l.level ? labelOf('level', l.level, lang) : '';
  const base = `${level} ${labelOf('form', l.form ?? 'bulletin', lang)}`;
  // The outlet is named where its own points decide, and a 简讯 says why it earned less.
  const outlet = l.outlet ? t('report.explain.outlet', { outlet: l.outlet }) : '';
  return `${base}${outlet}${l.note === 'brief' ? t('report.explain.brief') : ''}`;
}

function instructionDetail(l: ExplainLine, t: Translate, lang: Lang): string {
  const level = l.level ? labelOf('level', l.level, lang) : '';
  const key =
    l.note === 'no-level'
      ? 'report.explain.noLevel'
      : l.note === 'repeat-level'
        ? 'report.explain.repeat'
        : 'report.explain.leader';
  return t(key, { leader: l.leader ?? '', level });
}

function detail(l: ExplainLine, t: Translate, lang: Lang, context: ExplainContext): string {
  if (l.event === 'adoption') return adoptionDetail(l, t, lang);
  if (l.event === 'instruction') return instructionDetail(l, t, lang);
  if (l.event === 'ledger') return context.kindLabel(l.kind ?? '');
  if (l.event === 'quota' && l.quota) return t('report.explain.quota', { ...l.quota });
  return '';
}

/** What the lines need of the config: the ledger kinds' labels. */
export interface ExplainContext {
  kindLabel: (kind: string) => string;
}

const PLAIN: ExplainContext = { kindLabel: (kind) => kind };

export function explainText(x: Explanation, t: Translate, lang: Lang, context: ExplainContext = PLAIN): string {
  const head = ['date', 'event', 'item', 'detail', 'points', 'share', 'earned'].map((k) => t(`report.explain.${k}`));
  const rows = x.lines.map((l) => [
    l.date,
    t(`report.event.${l.event}`),
    l.id ? `${l.id} ${l.title}` : l.title,
    detail(l, t, lang, context),
    points(l.points),
    l.among > 1 ? `1/${l.among}` : '1',
    points(l.earned),
  ]);
  const words = periodWords(x.period, t);
  const title = words.say('report.explain.title', {
    name: x.name,
    kind: t(`report.explain.kind.${x.kind}`),
    ...dateParts(x.month),
  });
  const body = rows.length
    ? pipeTable(head, rows, [false, false, false, false, true, true, true])
    : [words.say('report.explain.none')];
  return [title, '', ...body, '', t('report.explain.total', { points: points(x.points) }), ''].join('\n');
}

export function explainJson(x: Explanation): Record<string, unknown> {
  return {
    name: x.name,
    kind: x.kind,
    ...(x.period.kind === 'month' ? { month: x.month } : { period: { from: x.period.from, to: x.period.to } }),
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
      outlet: l.outlet,
      kind: l.kind,
      quota: l.quota,
    })),
  };
}
