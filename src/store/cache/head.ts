/** An item's head: the few fields read across files and listed, without the rest. */
import { dueDates, eventYears } from '../../core/dated.js';
import type { Item } from '../../core/item.js';
import { updatedOf } from '../../core/query.js';
import { answerOf } from '../../core/topic.js';

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
  /** When its instructions' follow-ups are due, so that `status` decodes only items with some. */
  dues: string[];
  path: string;
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
    dues: dueDates(item),
    path,
  };
}
