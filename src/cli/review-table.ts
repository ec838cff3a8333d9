/** The review queue as a table (without a terminal, or before the interactive pass). */
import type { Clock } from '../core/clock.js';
import type { Config } from '../core/config.js';
import type { Item } from '../core/item.js';
import { daysBetween, localDate, today } from '../core/time.js';
import { labelOf } from '../core/vocab.js';
import { waitingSince } from '../core/workflow.js';
import { table } from './table.js';
import type { Ui } from './ui.js';

/** `2026-11-04（3 天）`: when the item entered its status, and how long it has waited. */
export function waited(ui: Ui, item: Item, zone: string, now: string): string {
  const since = localDate(waitingSince(item), zone);
  const days = daysBetween(since, now);
  return days > 0 ? ui.t('review.waited', { since, days }) : since;
}

export function printQueue(ui: Ui, config: Config, items: readonly Item[], clock: Clock): void {
  if (items.length === 0) {
    ui.err(ui.t('review.empty'));
    return;
  }
  const { t, color, lang } = ui;
  const zone = config.timezone;
  const now = today(clock, zone);
  const rows = items.map((item) => [
    color.cyan(item.id),
    labelOf('status', item.status, lang, config.labels.status),
    waited(ui, item, zone, now),
    item.departments.join('、'),
    item.title,
  ]);
  const head = ['list.id', 'list.status', 'review.since', 'list.department', 'list.title'].map((k) => color.bold(t(k)));
  for (const line of table(head, rows, ui.width)) ui.out(line);
}
