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
 * `matter` is the raw text gray-matter returns: it starts on the opening delimiter's line,
 * so its line 1 is the file's line 1.
 */
export function locator(matter: string): Locate {
  yamlPackage ??= require('yaml') as typeof import('yaml');
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yamlPackage;
  const counter = new LineCounter();
  const doc = parseDocument(matter, { lineCounter: counter, schema: 'core', uniqueKeys: false });
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
