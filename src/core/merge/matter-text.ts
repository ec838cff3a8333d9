/**
 * Laying a merge plan out as text: ours' front matter with splices, as `rewrite.ts` edits a
 * file. A key taken from theirs is copied as theirs wrote it; a record theirs added to a list
 * is written in ours' style (`yaml-style.ts`); every line ours had and the merge keeps stays
 * byte for byte, comments and key order included. Conflicts become git's markers around the
 * lines of that key (or those moves) only.
 */
import { isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import { dashPrefix, entryLines, inline, styleOf, wantsBlock, type Style } from '../yaml-style.js';
import type { Entry, ListMerge } from './lists.js';
import { lineEnd, lineStart, nextLine, type Input, type Segment } from './parse.js';
import type { MergePlan } from './plan.js';

export interface Labels {
  ours: string;
  theirs: string;
}

/** A replacement of `text[from, to)` in ours' text. */
type Splice = [from: number, to: number, insert: string];

interface Context {
  ours: Input;
  theirs: Input;
  style: Style;
  labels: Labels;
}

function apply(text: string, splices: readonly Splice[]): string {
  // From the end backwards; at one offset, an insertion goes in after the replacement there (so before it).
  const sorted = [...splices].sort((a, b) => b[0] - a[0] || b[1] - b[0] - (a[1] - a[0]));
  let out = text;
  for (const [from, to, insert] of sorted) out = out.slice(0, from) + insert + out.slice(to);
  return out;
}

function markers(c: Context, ours: string | null, theirs: string | null): string {
  const lines = [`<<<<<<< ${c.labels.ours}`, ours, '=======', theirs, `>>>>>>> ${c.labels.theirs}`];
  return lines.filter((line) => line !== null).join(c.ours.eol);
}

const textOf = (input: Input, segment: Segment) => input.text.slice(segment.from, segment.to);

/** Where a key ours lacks goes: after the nearest key before it in theirs that ours has, else first. */
function insertionPoint(c: Context, key: string): number {
  const order = [...c.theirs.segments.keys()];
  for (let i = order.indexOf(key) - 1; i >= 0; i--) {
    const before = c.ours.segments.get(order[i]!);
    if (before) return nextLine(c.ours.text, before.to);
  }
  return c.ours.start;
}

/** Puts `text` (whole lines, without the last line break) where the key's segment is, or where it goes. */
function place(c: Context, key: string, text: string | null): Splice {
  const segment = c.ours.segments.get(key);
  if (!segment) {
    const at = insertionPoint(c, key);
    return [at, at, text === null ? '' : text + c.ours.eol];
  }
  return text === null ? [segment.from, nextLine(c.ours.text, segment.to), ''] : [segment.from, segment.to, text];
}

function valueSplice(c: Context, key: string, value: unknown): Splice {
  const node = c.ours.segments.get(key)?.pair.value as Node | null | undefined;
  if (isScalar(node) && node.range && node.range[0] < node.range[1] && (value === null || typeof value !== 'object')) {
    return [c.ours.start + node.range[0], c.ours.start + node.range[1], inline(value, c.style, node.type)];
  }
  return place(c, key, `${key}: ${inline(value, c.style)}`);
}

/** Where a node of ours' front matter ends in ours' text (a range may end past its line break). */
function nodeEnd(c: Context, node: Node): number {
  const end = c.ours.start + node.range![1];
  return c.ours.text[end - 1] === '\n' ? end - 1 : end;
}

/** A block list of ours: each entry as ours wrote it (with comment lines above it), or theirs' in ours' style. */
function blockListSplice(c: Context, seq: YAMLSeq, merge: ListMerge): Splice {
  const { text, eol } = c.ours;
  const items = seq.items as Node[];
  const froms = items.map((item) => lineStart(text, c.ours.start + item.range![0]));
  const tos = items.map((item) => lineEnd(text, nodeEnd(c, item)));
  const last = items[items.length - 1]!;
  const style = { ...c.style, prefix: dashPrefix(text, c.ours.start + last.range![0]) ?? c.style.prefix };
  const piece = (e: Entry) => {
    if (e.side === 'theirs') return entryLines(e.value, wantsBlock(last), style, eol);
    const lead = e.index === 0 ? '' : text.slice(nextLine(text, tos[e.index - 1]!), froms[e.index]);
    return lead + text.slice(froms[e.index], tos[e.index]);
  };
  const lines = merge.entries.map(piece);
  if (merge.conflict) {
    lines.push(markers(c, merge.conflict.ours.map(piece).join(eol), merge.conflict.theirs.map(piece).join(eol)));
  }
  return [froms[0]!, tos[tos.length - 1]!, lines.join(eol)];
}

/** A list written as a new key: records one per line in block style, plain values as one flow list. */
function freshList(c: Context, key: string, entries: readonly Entry[]): string {
  const values = entries.map((e) => e.value);
  if (values.every((v) => v === null || typeof v !== 'object')) return `${key}: ${inline(values, c.style)}`;
  return [`${key}:`, ...values.map((v) => entryLines(v, false, c.style, c.ours.eol))].join(c.ours.eol);
}

/** A flow list of ours (`[a, b]`): ours' entries as written, theirs' in ours' style. */
function flowList(c: Context, seq: YAMLSeq, entries: readonly Entry[]): string {
  const items = seq.items as Node[];
  const pad = c.style.padding ? ' ' : '';
  const pieces = entries.map((e) =>
    e.side === 'ours'
      ? c.ours.text.slice(c.ours.start + items[e.index]!.range![0], nodeEnd(c, items[e.index]!))
      : inline(e.value, c.style),
  );
  return `[${pad}${pieces.join(', ')}${pad}]`;
}

function listSplice(c: Context, key: string, merge: ListMerge): Splice {
  const segment = c.ours.segments.get(key);
  const node = segment?.pair.value as Node | null | undefined;
  if (segment && isSeq(node) && node.items.length > 0) {
    if (!node.flow) return blockListSplice(c, node, merge);
    const [from, to] = [c.ours.start + node.range![0], nodeEnd(c, node)];
    const whole = (entries: readonly Entry[]) =>
      c.ours.text.slice(segment.from, from) + flowList(c, node, entries) + c.ours.text.slice(to, segment.to);
    if (!merge.conflict) return [from, to, flowList(c, node, merge.entries)];
    const { ours, theirs } = merge.conflict;
    return place(c, key, markers(c, whole([...merge.entries, ...ours]), whole([...merge.entries, ...theirs])));
  }
  if (!merge.conflict) return place(c, key, freshList(c, key, merge.entries));
  const { ours, theirs } = merge.conflict;
  const [a, b] = [freshList(c, key, [...merge.entries, ...ours]), freshList(c, key, [...merge.entries, ...theirs])];
  return place(c, key, markers(c, a, b));
}

function splicesFor(c: Context, plan: MergePlan): Splice[] {
  const out: Splice[] = [];
  for (const key of plan.keys) {
    const resolution = plan.resolutions.get(key)!;
    const theirs = c.theirs.segments.get(key);
    const ours = c.ours.segments.get(key);
    if (resolution.kind === 'theirs') out.push(place(c, key, theirs ? textOf(c.theirs, theirs) : null));
    else if (resolution.kind === 'value') out.push(valueSplice(c, key, resolution.value));
    else if (resolution.kind === 'list') out.push(listSplice(c, key, resolution.merge));
    else if (resolution.kind === 'conflict') {
      const block = markers(c, ours ? textOf(c.ours, ours) : null, theirs ? textOf(c.theirs, theirs) : null);
      out.push(place(c, key, block));
    }
  }
  return out;
}

/** Ours' text up to its closing delimiter (opening line and front matter), with the plan applied. */
export function mergeMatterText(ours: Input, theirs: Input, plan: MergePlan, labels: Labels): string {
  const style = styleOf(ours.map, ours.text.slice(ours.start, ours.end));
  const context: Context = { ours, theirs, style, labels };
  // Insertions at one point keep the plan's order: joined into one splice.
  const splices = new Map<string, Splice>();
  for (const splice of splicesFor(context, plan)) {
    const id = splice[0] === splice[1] ? `at ${splice[0]}` : `${splice[0]}-${splice[1]}-${splices.size}`;
    const before = splices.get(id);
    splices.set(id, before ? [before[0], before[1], before[2] + splice[2]] : splice);
  }
  return apply(ours.text.slice(0, ours.end), [...splices.values()]);
}
