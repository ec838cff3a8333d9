/**
 * Changing an item file's front matter in place. The `yaml` package's parser gives each
 * node's position in the text; an edit splices new text at those positions and leaves every
 * other byte alone: comments, key order, quoting, flow or block style, unknown keys, CRLF,
 * a BOM and the body. The result is parsed again and compared with what was meant, so a
 * file is never written with a value the edit did not intend.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { InfoError } from './errors.js';
import { splitFile } from './frontmatter.js';
import { dashPrefix, entryLines, inline, styleOf, wantsBlock, type Style } from './yaml-style.js';

export type Edit = { op: 'set'; key: string; value: unknown } | { op: 'append'; key: string; value: unknown };

interface Matter {
  /** Offsets of the front matter (between the delimiter lines) in the whole text. */
  start: number;
  end: number;
  eol: string;
  doc: Document.Parsed;
  map: YAMLMap;
}

/** A replacement of `text[from, to)`, in offsets of the whole text. */
type Splice = [from: number, to: number, insert: string];

const OPENING = /^\uFEFF?---[^\r\n]*(\r?\n)/;

function fail(key: string, reason: string): never {
  throw new InfoError('rewrite-failed', { key, reason });
}

function readMatter(text: string): Matter {
  const opening = OPENING.exec(text);
  if (!opening) fail('---', 'no front matter');
  const start = opening[0].length;
  // Lines end at \n only (as the reader sees them), not at U+2028 as a /m regex would.
  const close = text.startsWith('---', start) ? start - 1 : text.indexOf('\n---', start - 1);
  if (close < 0) fail('---', 'unterminated front matter');
  const end = close + 1;
  const doc = parseDocument(text.slice(start, end));
  if (doc.errors.length) fail('---', doc.errors[0]!.message);
  if (!isMap(doc.contents) || doc.contents.flow) fail('---', 'front matter is not a block mapping');
  return { start, end, eol: opening[1]!, doc, map: doc.contents };
}

function apply(text: string, splices: Splice[]): string {
  let out = text;
  for (const [from, to, insert] of [...splices].sort((a, b) => b[0] - a[0]))
    out = out.slice(0, from) + insert + out.slice(to);
  return out;
}

/**
 * Where the line holding `offset` ends (before its line break); an offset just past a break
 * belongs to the line before.
 */
function lineEnd(text: string, offset: number): number {
  let at = text[offset - 1] === '\n' ? offset - 1 : text.indexOf('\n', offset);
  if (at < 0) return text.length;
  if (text[at - 1] === '\r') at--;
  return at;
}

function pairOf(m: Matter, key: string): Pair<unknown, unknown> | undefined {
  return m.map.items.find((p) => isScalar(p.key) && p.key.value === key);
}

/** Offset (whole text) just after the `:` of a pair. */
function afterColon(text: string, m: Matter, pair: Pair<unknown, unknown>): number {
  const keyEnd = m.start + (pair.key as Node).range![1];
  return text.indexOf(':', keyEnd) + 1;
}

function valueEnd(m: Matter, pair: Pair<unknown, unknown>, fallback: number): number {
  const value = pair.value as Node | null;
  return value?.range ? m.start + value.range[1] : fallback;
}

function setSplices(text: string, m: Matter, style: Style, key: string, value: unknown): Splice[] {
  const pair = pairOf(m, key);
  if (!pair) return [[m.end, m.end, `${key}: ${inline(value, style)}${m.eol}`]];
  const colon = afterColon(text, m, pair);
  const node = pair.value as Node | null;
  const scalarValue = value === null || typeof value !== 'object';
  if (isScalar(node) && scalarValue && node.range && node.range[0] < node.range[1]) {
    return [[m.start + node.range[0], m.start + node.range[1], inline(value, style, node.type)]];
  }
  const end = isScalar(node) || !node ? colon : lineEnd(text, valueEnd(m, pair, colon));
  return [[colon, end, ` ${inline(value, style)}`]];
}

function appendSplices(text: string, m: Matter, style: Style, key: string, value: unknown): Splice[] {
  const isRecord = value !== null && typeof value === 'object';
  const pair = pairOf(m, key);
  if (!pair) {
    const added = isRecord
      ? `${key}:${m.eol}${entryLines(value, false, style, m.eol)}`
      : `${key}: ${inline([value], style)}`;
    return [[m.end, m.end, `${added}${m.eol}`]];
  }
  const node = pair.value as Node | null;
  const colon = afterColon(text, m, pair);
  const empty =
    !node || (isScalar(node) && node.value === null) || (isSeq(node) && node.flow && node.items.length === 0);
  if (empty) {
    const end = valueEnd(m, pair, colon);
    if (!isRecord) return [[colon, end, ` ${inline([value], style)}`]];
    // `adoptions: []  # none yet` → `adoptions:  # none yet` and the entry on the next line.
    return [
      [colon, end, ''],
      [lineEnd(text, end), lineEnd(text, end), `${m.eol}${entryLines(value, false, style, m.eol)}`],
    ];
  }
  if (!isSeq(node)) fail(key, 'not a list');
  const last = node.items[node.items.length - 1] as Node;
  const lastEnd = m.start + last.range![1];
  if (node.flow) return [[lastEnd, lastEnd, `, ${inline(value, style)}`]];
  const prefix = dashPrefix(text, m.start + last.range![0]) ?? style.prefix;
  const lines = entryLines(value, isRecord && wantsBlock(last), { ...style, prefix }, m.eol);
  const at = lineEnd(text, lastEnd);
  return [[at, at, `${m.eol}${lines}`]];
}

function expected(data: Record<string, unknown>, edit: Edit): Record<string, unknown> {
  const value = JSON.parse(JSON.stringify(edit.value ?? null)) as unknown;
  if (edit.op === 'set') return { ...data, [edit.key]: value };
  const list = Array.isArray(data[edit.key]) ? (data[edit.key] as unknown[]) : [];
  return { ...data, [edit.key]: [...list, value] };
}

function editOnce(text: string, edit: Edit): string {
  const m = readMatter(text);
  const style = styleOf(m.map, text.slice(m.start, m.end));
  const clean = JSON.parse(JSON.stringify(edit.value ?? null)) as unknown;
  const splices =
    edit.op === 'set' ? setSplices(text, m, style, edit.key, clean) : appendSplices(text, m, style, edit.key, clean);
  const next = apply(text, splices);
  const after = readMatter(next).doc.toJS() as Record<string, unknown>;
  if (!isDeepStrictEqual(after, expected(m.doc.toJS() as Record<string, unknown>, edit)))
    fail(edit.key, 'the result did not read back as intended');
  // The tool itself reads files through `splitFile` (js-yaml): the two must agree too.
  const before = splitFile(text.replace(/^\uFEFF/, '')).data;
  if (before && !isDeepStrictEqual(splitFile(next.replace(/^\uFEFF/, '')).data, expected(before, edit)))
    fail(edit.key, 'the result did not read back as intended');
  return next;
}

/**
 * Applies `edits` in order to a whole item file (front matter and body). `set` replaces a
 * top-level value (or adds the key at the end); `append` adds an entry to a top-level list
 * in the style of the entries already there.
 */
export function editFrontMatter(text: string, edits: readonly Edit[]): string {
  return edits.reduce(editOnce, text);
}
