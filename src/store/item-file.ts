/**
 * One item file as a command changes it: the exact text read (BOM and all), its analysis,
 * and a safe way to apply front-matter edits to it (locked, refused if changed meanwhile).
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, type Placed } from '../core/analyze.js';
import { InfoError } from '../core/errors.js';
import type { Item } from '../core/item.js';
import type { LintContext } from '../core/lint/index.js';
import { editFrontMatter, type Edit } from '../core/rewrite.js';
import { MAX_BYTES } from './files.js';
import { updateFile } from './update.js';

export interface ItemFile {
  /** Relative to the workspace root, `/`-separated. */
  path: string;
  /** The file's text exactly as read, a BOM included. */
  text: string;
  item: Item;
  problems: Placed[];
}

/** Reads an item file for changing it; refuses one whose front matter cannot be read. */
export function readItemFile(root: string, path: string, context: LintContext): ItemFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, path));
  } catch {
    throw new InfoError('file-changed', { file: path });
  }
  if (bytes.length > MAX_BYTES || !isUtf8(bytes)) throw new InfoError('item-broken', { file: path });
  const text = bytes.toString('utf8');
  const analysis = analyzeText(text.replace(/^\uFEFF/, ''), path, 'item', context);
  // The problems go with the error, so it names the lines at fault.
  if (!analysis.item)
    throw new InfoError('item-broken', { file: path }).withProblems(
      path,
      analysis.problems.filter((p) => p.severity === 'error'),
    );
  return { path, text, item: analysis.item, problems: analysis.problems };
}

/** Applies `edits` and writes the file if nobody changed it since it was read. */
export function changeItemFile(root: string, file: ItemFile, edits: readonly Edit[], context: LintContext): ItemFile {
  const next = editFrontMatter(file.text, edits);
  updateFile(root, file.path, file.text, next);
  const analysis = analyzeText(next.replace(/^\uFEFF/, ''), file.path, 'item', context);
  return { path: file.path, text: next, item: analysis.item ?? file.item, problems: analysis.problems };
}
