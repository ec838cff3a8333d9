/**
 * One side of a merge, read for splicing: where its front matter and each top-level key lie
 * in the text (the `yaml` package's positions, as `rewrite.ts` uses them), its data, and its
 * body. A side the tool itself would not read as a file with front matter is refused with
 * the reason, never half understood.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { splitFile } from '../frontmatter.js';
import type { Data } from './plan.js';

export interface Segment {
  /** Offsets in the side's text: the start of the key's line, the end of its value's last line (before the line break). */
  from: number;
  to: number;
  pair: Pair<unknown, unknown>;
}

export interface Input {
  /** The text without a BOM. */
  text: string;
  bom: boolean;
  eol: string;
  /** Offsets of the front matter between its delimiter lines. */
  start: number;
  end: number;
  map: YAMLMap;
  data: Data;
  segments: Map<string, Segment>;
  /** The closing delimiter line with its line break, and what follows it. */
  closing: string;
  body: string;
}

export type Parsed = { input: Input; reason?: undefined } | { input?: undefined; reason: string };

const OPENING = /^---[^\r\n]*(\r?\n)/;

/** Where the line holding `offset` ends (before its line break). */
export function lineEnd(text: string, offset: number): number {
  let at = text.indexOf('\n', offset);
  if (at < 0) return text.length;
  if (text[at - 1] === '\r') at--;
  return at;
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset where the line after the one ending at `end` starts. */
export function nextLine(text: string, end: number): number {
  if (text.startsWith('\r\n', end)) return end + 2;
  return text[end] === '\n' ? end + 1 : end;
}

function segmentsOf(text: string, start: number, map: YAMLMap): Map<string, Segment> | string {
  const out = new Map<string, Segment>();
  for (const pair of map.items) {
    const key = pair.key as Node | null;
    if (!isScalar(key) || !key.range) return 'key-not-text';
    const value = pair.value as Node | null;
    const last = Math.max(key.range[1], value?.range?.[1] ?? 0);
    // A value's range may end just past its line break: the line it is on is the one before.
    const endAt = text[start + last - 1] === '\n' ? start + last - 1 : start + last;
    out.set(String(key.value), { from: lineStart(text, start + key.range[0]), to: lineEnd(text, endAt), pair });
  }
  return out;
}

/** Reads one side; `reason` (a rule id, or `not-mapping`, `key-not-text`) says why it cannot be merged as an item file. */
export function parseSide(raw: string): Parsed {
  const bom = raw.startsWith('\uFEFF');
  const text = bom ? raw.slice(1) : raw;
  const opening = OPENING.exec(text);
  if (!opening) return { reason: 'frontmatter-missing' };
  const read = splitFile(text);
  const problem = read.findings.find((f) => f.severity === 'error');
  if (problem || !read.data) return { reason: problem?.rule ?? 'frontmatter-missing' };
  const start = opening[0].length;
  const close = text.startsWith('---', start) ? start - 1 : text.indexOf('\n---', start - 1);
  const end = close + 1;
  const doc = parseDocument(text.slice(start, end));
  if (doc.errors.length) return { reason: 'yaml-syntax' };
  const map = isMap(doc.contents) && !doc.contents.flow ? doc.contents : null;
  const data = (map ? doc.toJS() : {}) as Data;
  // The two YAML readers must agree on what the file says, or a splice could change it.
  if (!map || !isDeepStrictEqual(data, read.data)) return { reason: 'not-mapping' };
  const segments = segmentsOf(text, start, map);
  if (typeof segments === 'string') return { reason: segments };
  const closeEnd = nextLine(text, lineEnd(text, end));
  return {
    input: {
      text,
      bom,
      eol: opening[1]!,
      start,
      end,
      map,
      data,
      segments,
      closing: text.slice(end, closeEnd),
      body: text.slice(closeEnd),
    },
  };
}
