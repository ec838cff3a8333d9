/** `info ask show`: one solicitation, readably — who answered, who has not, and with what. */
import type { Item } from '../../core/item.js';
import { localDate } from '../../core/local-date.js';
import { answeringItems, type Topic, type TopicProgress } from '../../core/topic.js';
import { labelOf } from '../../core/vocab.js';
import { firstMoveInto } from '../../core/workflow.js';
import { table } from '../table.js';
import type { Ui } from '../ui.js';
import { displayWidth } from '../../core/width.js';

/** Overdue, open or complete, coloured. */
export function topicState(ui: Ui, progress: TopicProgress): string {
  const { t, color } = ui;
  return progress.overdue
    ? color.red(t('ask.overdue'))
    : progress.missing.length
      ? t('ask.open')
      : color.green(t('ask.complete'));
}

export function renderTopic(
  ui: Ui,
  topic: Topic,
  progress: TopicProgress,
  items: readonly Item[],
  zone: string,
  labels: Record<string, Record<string, string>>,
): string[] {
  const { t, color, lang } = ui;
  const keys = ['due', 'created', 'departments', 'answered', 'missing', 'path'];
  const width = Math.max(...keys.map((key) => displayWidth(t(`ask.show.${key}`))));
  const field = (key: string, value: string) => {
    const label = t(`ask.show.${key}`);
    return [`${color.dim(label)}${' '.repeat(width - displayWidth(label) + 2)}${value}`];
  };
  const state = topicState(ui, progress);
  const lines = [
    `${color.cyan(topic.id)}  ${color.bold(topic.title)}`,
    '',
    ...field('due', `${topic.due}  ${state}`),
    ...field('created', topic.created),
    ...field('departments', topic.departments.join('、')),
    ...field('answered', progress.answered.join('、') || t('ask.show.nobody')),
    ...field('missing', progress.missing.join('、') || t('ask.show.nobody')),
    ...field('path', topic.path),
  ];
  if (topic.brief) lines.push('', color.dim(t('ask.show.brief')), topic.brief);
  const answers = answeringItems(topic, items);
  if (answers.length) {
    const rows = answers.map((item) => {
      const at = firstMoveInto(item.history, 'submitted')?.at;
      const date = at ? localDate(String(at), zone) : '';
      const late = date && date > topic.due ? ` ${color.yellow(t('ask.show.late'))}` : '';
      return [
        color.cyan(item.id),
        item.departments.join('、'),
        labelOf('status', item.status, lang, labels.status),
        `${date}${late}`,
        item.title,
      ];
    });
    const head = ['list.id', 'list.department', 'list.status', 'ask.show.submitted', 'list.title'].map((k) =>
      color.dim(t(k)),
    );
    lines.push('', color.bold(t('ask.show.items')), ...table(head, rows, ui.width).map((l) => `  ${l}`));
  }
  return lines;
}
