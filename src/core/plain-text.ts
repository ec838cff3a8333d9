/**
 * A `.txt` file is plain text, and an item's body is Markdown: what the text says must be
 * what Markdown shows. Entities a web page left (`&nbsp;` `&ldquo;`) become the characters
 * they stand for, and a line Markdown would read as something else — a heading (`# `, a
 * watermark that happens to start with `#`), a quote, a list item, a rule, a code fence, a
 * link definition — gets a backslash before its marker; an image (`![](…)`) stays text too.
 */
import { createRequire } from 'node:module';
import type MarkdownIt from 'markdown-it';

// Loaded on the first entity met, not whenever analysis is imported.
const require = createRequire(import.meta.url);
let utils: InstanceType<typeof MarkdownIt>['utils'] | undefined;

const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** `&nbsp;` `&amp;` `&#20013;` → the characters; a non-breaking space becomes a plain one. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  utils ??= new (require('markdown-it') as typeof MarkdownIt)().utils;
  const { unescapeAll } = utils;
  return text
    .replace(/&nbsp(?![;A-Za-z0-9])/gi, ' ')
    .replace(ENTITY, (entity) => unescapeAll(entity))
    .replace(/\u00a0/g, ' ');
}

/** Line starts Markdown reads as blocks: #, >, list markers, rules, fences, `[x]:` definitions. */
const BLOCK = /^(?:#{1,6}(?=[ \t]|$)|>|[-+*](?=[ \t]|$)|([-*_])(?:[ \t]*\1){2,}[ \t]*$|`{3,}|~{3,}|\[[^\]]*\]:)/;
const ORDERED = /^(\d{1,9})([.)])(?=[ \t]|$)/;

/** One line of plain text as Markdown that shows exactly it. */
export function plainLine(line: string): string {
  let out = line.replace(/!\[/g, '!\\[').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  if (ORDERED.test(out)) out = out.replace(ORDERED, '$1\\$2');
  else if (BLOCK.test(out)) out = `\\${out}`;
  return out;
}
