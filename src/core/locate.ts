/**
 * Where a key sits in the front matter (line and column), found with the `yaml` package's
 * position-keeping parser. Only files with problems pay for it: the package is loaded on the
 * first lookup (synchronously, through `require`), not whenever analysis code is imported.
 */
import { createRequire } from 'node:module';
import type { Node } from 'yaml';
import type { KeyPath } from './problems.js';

const require = createRequire(import.meta.url);
let yamlPackage: typeof import('yaml') | undefined;

export interface Position {
  line: number;
  column: number;
}

export type Locate = (path: KeyPath) => Position;

/**
 * Nesting past this (flow brackets open at once, or compact `- - -` on one line) is never
 * handed to the `yaml` parser: millions of levels would take it minutes and then all memory.
 * js-yaml refuses such text long before, so only a caller that skipped it could get here.
 */
const MAX_NESTING = 64;

export function tooDeep(text: string): boolean {
  let flow = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++flow > MAX_NESTING) return true;
    } else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--;
  }
  return text.split('\n').some((line) => /^(?:[ \t]*-[ \t])*/.exec(line)![0].split('-').length - 1 > MAX_NESTING);
}

const nowhere: Locate = () => ({ line: 1, column: 1 });

/**
 * `matter` is the raw text gray-matter returns: it starts on the opening delimiter's line,
 * so its line 1 is the file's line 1. Text too deep to parse safely is located at line 1.
 */
export function locator(matter: string): Locate {
  if (tooDeep(matter)) return nowhere;
  yamlPackage ??= require('yaml') as typeof import('yaml');
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yamlPackage;
  const counter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(matter, { lineCounter: counter, schema: 'core', uniqueKeys: false });
  } catch {
    return nowhere;
  }
  const at = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
  return (path) => {
    let node = doc.contents as Node | null;
    let found: Position = { line: 1, column: 1 };
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
        if (!pair) break;
        if (isScalar(pair.key) && pair.key.range) found = at(pair.key.range[0]);
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof part === 'number' && node.items[part]) {
        node = node.items[part] as Node;
        if (node.range) found = at(node.range[0]);
      } else {
        break;
      }
    }
    return found;
  };
}
