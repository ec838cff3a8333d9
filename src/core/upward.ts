/**
 * An item as the document sent to the higher office (上报件, `info export`): its title, its
 * body, the reporting unit and who to call about it. Pure; renderers lay it out.
 */
import { bodyBlocks, issueMarkdown, type Block } from './bulletin/body.js';
import type { Writer } from './config.js';
import type { Item } from './item.js';

export interface Upward {
  id: string;
  title: string;
  /** The body as Markdown, comments removed. */
  markdown: string;
  blocks: Block[];
  departments: string[];
  /** The writers, each with a phone when the config gives one. */
  contacts: { name: string; phone?: string }[];
}

export function upward(item: Item, body: string, writers: readonly Writer[]): Upward {
  return {
    id: item.id,
    title: item.title.trim(),
    // The item's own headings move one level down, below its title.
    markdown: issueMarkdown(body, 1),
    blocks: bodyBlocks(body),
    departments: item.departments,
    contacts: item.authors.map((name) => {
      const phone = writers.find((w) => w.name === name)?.phone?.trim();
      return phone ? { name, phone } : { name };
    }),
  };
}

/** Characters no file system takes in a name, and controls. */
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const TITLE_CHARS = 40;

/** `<id>-<title>.<ext>`: the title made safe for any file system and cut to 40 characters. */
export function upwardFileName(id: string, title: string, ext: string): string {
  const safe = [...title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim()].slice(0, TITLE_CHARS).join('');
  const name = safe.replace(/^[.\s]+|[.\s]+$/g, '');
  return `${id}-${name || 'untitled'}.${ext}`;
}
