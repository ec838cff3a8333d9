/**
 * A merged item (综合稿, 多条合一): several units' items on one subject made into one new
 * draft that credits every unit. Pure: what the new item holds is worked out from its
 * sources; the caller writes it and archives the sources (`并入 <id>`). And the validate
 * rule `merged-unknown`: each source a merged item names must exist.
 */
import { stripComments } from './bulletin/body.js';
import type { CrossFindings } from './cross.js';
import type { Item } from './item.js';

export interface Source {
  item: Item;
  /** The Markdown body as written. */
  body: string;
}

/** Each name once, in the order the sources give them. */
const union = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];

/** What the merged item takes from its sources: every unit and writer (its points are split among them). */
export function mergedFields(sources: readonly Source[]) {
  const items = sources.map((s) => s.item);
  const topics = new Set(items.map((i) => i.topic));
  return {
    category: items[0]!.category,
    source: items[0]!.source,
    ...(items[0]!.nature ? { nature: items[0]!.nature } : {}),
    departments: union(items.map((i) => i.departments)),
    authors: union(items.map((i) => i.authors)),
    tags: union(items.map((i) => i.tags)),
    // A topic answered by every source is answered by the merged item too.
    ...(topics.size === 1 && items[0]!.topic ? { topic: items[0]!.topic } : {}),
    merged: items.map((i) => i.id),
  };
}

/** `# 标题（财政局）` over each source's text, for the editor to rewrite into one. */
export function mergedBody(sources: readonly Source[], intro: string): string {
  const parts = sources.map(({ item, body }) => {
    const text = stripComments(body)
      .replace(/\r\n?/g, '\n')
      .replace(/^\n+|\s+$/g, '');
    const heading = `# ${item.title.trim()}（${item.departments.join('、')}）`;
    return text ? `${heading}\n\n${text}` : heading;
  });
  return `${intro}\n\n${parts.join('\n\n')}\n`;
}

/** The sources named, each once (an id and a path naming the same file count once). */
export function distinctSources<T extends { item: Item }>(sources: readonly T[]): T[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.item.id) && seen.add(s.item.id));
}

export interface MergedEntry {
  path: string;
  merged: readonly string[];
  keyLines: Record<string, number>;
}

export function unknownMerged(entries: readonly MergedEntry[], ids: ReadonlySet<string>): CrossFindings {
  const out: CrossFindings = [];
  for (const entry of entries)
    for (const id of new Set(entry.merged))
      if (!ids.has(id))
        out.push({
          path: entry.path,
          problem: {
            rule: 'merged-unknown',
            severity: 'error',
            line: entry.keyLines.merged ?? 1,
            column: 1,
            params: { id },
          },
        });
  return out;
}
