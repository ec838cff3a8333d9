/** An item's head: the few fields read across files and listed, without the rest. */
import type { Item } from '../core/item.js';
import { updatedOf } from '../core/query.js';

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
  path: string;
}

export function toHead(item: Item): ItemHead {
  const { id, title, topic, status, category, source, departments, authors, created, tags, path } = item;
  return { id, title, topic, status, category, source, departments, authors, created, tags, updated: updatedOf(item), path };
}
