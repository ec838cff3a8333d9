/**
 * Writing new YAML values in the style a file already uses: one-line flow maps or block
 * maps, `{ a }` or `{a}` padding, the indentation of its lists. Values are always written
 * on as few lines as YAML allows, so an appended entry never disturbs its neighbours.
 */
import { Document, isCollection, isMap, isScalar, visit, type Node, type Scalar } from 'yaml';

export interface Style {
  /** `{ a: 1 }` rather than `{a: 1}`. */
  padding: boolean;
  /** What starts a list entry's line: `  - `. */
  prefix: string;
}

const TYPES = new Set(['QUOTE_SINGLE', 'QUOTE_DOUBLE']);

/** Strings with line breaks are double-quoted (`"a\nb"`) so a value stays on one line. */
function build(value: unknown, flow: boolean, type?: Scalar.Type | null): Document {
  const doc = new Document(value);
  if (isCollection(doc.contents)) doc.contents.flow = flow;
  if (isScalar(doc.contents) && type && TYPES.has(type) && typeof value === 'string') doc.contents.type = type;
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /[\r\n]/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc;
}

function render(doc: Document, padding: boolean): string {
  // A double-quoted string is never folded: `\n` stays an escape on the same line.
  return doc
    .toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER, flowCollectionPadding: padding })
    .replace(/\n$/, '');
}

/** A value on one line: a scalar (keeping a quoted `type`), or a flow collection. */
export function inline(value: unknown, style: Pick<Style, 'padding'>, type?: Scalar.Type | null): string {
  return render(build(value, true, type), style.padding);
}

/** A list entry's lines, each already indented, joined with `eol`. */
export function entryLines(value: unknown, block: boolean, style: Style, eol: string): string {
  if (!block || value === null || typeof value !== 'object') return `${style.prefix}${inline(value, style)}`;
  const lines = render(build(value, false), style.padding).split('\n');
  const indent = ' '.repeat(style.prefix.length);
  return lines.map((line, i) => (i === 0 ? style.prefix : indent) + line).join(eol);
}

/** The start of a line, up to `offset`, when it reads `  - `; else undefined. */
export function dashPrefix(text: string, offset: number): string | undefined {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(start, offset);
  return /^ *- +$/.test(before) ? before : undefined;
}

/** The style of the file: how its block lists are indented, whether its flow maps are padded. */
export function styleOf(contents: Node, text: string): Style {
  let prefix: string | undefined;
  let padding: boolean | undefined;
  visit(contents, {
    Seq(_, seq) {
      const first = seq.items[0] as Node | undefined;
      if (!prefix && !seq.flow && first?.range) prefix = dashPrefix(text, first.range[0]);
      if (padding === undefined && seq.flow && first && seq.range) padding = text[seq.range[0] + 1] === ' ';
    },
    Map(_, map) {
      if (padding === undefined && map.flow && map.items.length && map.range) padding = text[map.range[0] + 1] === ' ';
    },
  });
  return { prefix: prefix ?? '  - ', padding: padding ?? false };
}

/** Whether an appended map should be written as a block map, like the entry above it. */
export function wantsBlock(last: unknown): boolean {
  return isMap(last) && !last.flow;
}
