/** An item's head: the few fields read across files and listed, without the rest. */
import type { Item } from '../core/item.js';
import { updatedOf } from '../core/query.js';
import { answerOf } from '../core/topic.js';

/**
 * What rules across files and `list` need of an item, kept in the cache's index so that
 * neither has to decode whole items.
 */
export interface ItemHead {
  id: string;
  title: string;
  topic: string | null;
  status: string;
  category: string;
  source: string;
  departments: string[];
  authors: string[];
  created: string;
  tags: string[];
  /** When it last moved (its last history entry), for sorting. */
  updated: string;
  /** Every year something happened to it, so a report of one year decodes only its items. */
  years: string[];
  /** When it first went to submitted, as written (topic progress reads it, see `TopicAnswer`). */
  submitted: string | null;
  path: string;
}

/**
 * The years of its dates and timestamps as written. A timestamp's date in the configured
 * zone is at most two days from the date it is written with, so dates that close to New
 * Year count for both years; the head then needs no time zone.
 */
export function eventYears(item: Item): string[] {
  const dates = [
    item.created,
    ...item.history.map((h) => h.at),
    ...item.adoptions.map((a) => a.date),
    ...item.instructions.map((i) => i.date),
  ];
  const years = new Set<string>();
  for (const value of dates) {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) continue;
    const year = Number(value.slice(0, 4));
    const day = value.slice(5, 10);
    years.add(String(year));
    if (day >= '12-30') years.add(String(year + 1));
    if (day <= '01-02') years.add(String(year - 1));
  }
  return [...years].sort();
}

export function toHead(item: Item): ItemHead {
  const { id, title, topic, status, category, source, departments, authors, created, tags, path } = item;
  return {
    id,
    title,
    topic,
    status,
    category,
    source,
    departments,
    authors,
    created,
    tags,
    updated: updatedOf(item),
    years: eventYears(item),
    submitted: answerOf(item).submitted,
    path,
  };
}
