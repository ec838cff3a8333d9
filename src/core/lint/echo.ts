/**
 * `title-echo`: the body's first line says the title again — a Word or web copy whose
 * headline came along with the text. The first line that holds any text counts; Markdown
 * marks, width forms, spaces and punctuation do not make it different.
 */
import { titleKey } from '../imported.js';
import { finding, type Finding } from '../problems.js';
import type { LintInput } from './index.js';
import { lineNoise, withoutNoise } from './noise.js';
import { titleResidue } from './residue.js';
import { proseLines } from './text.js';

/** The title's key, and the key without a web page's tail (`…_海门市人民政府`), which the first line may lack. */
function titleKeys(title: string): string[] {
  const tail = titleResidue(title);
  return [titleKey(title), ...(tail && tail.start > 0 ? [titleKey(title.slice(0, tail.start))] : [])].filter(Boolean);
}

export function titleEcho({ item, body, bodyLine }: LintInput): Finding[] {
  if (!item.title) return [];
  for (const prose of proseLines(body, bodyLine)) {
    const text = withoutNoise(prose.text, lineNoise(prose));
    if (!text.trim()) continue;
    // A first line much longer than the title cannot say just the title (and long lines cost the most to compare).
    if (text.length > item.title.length * 2 + 20) return [];
    if (!titleKeys(item.title).includes(titleKey(text.replace(/^[ \t]*#{1,6}[ \t]+/, '')))) return [];
    return [finding('title-echo', 'warning', { line: prose.line, column: text.search(/\S/) + 1 }, {})];
  }
  return [];
}
