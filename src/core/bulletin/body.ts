/**
 * An item's Markdown body as blocks a renderer can lay out. Only a small part of Markdown
 * is read — paragraphs, headings (`#`), block quotes, rules, bold and italic — and raw HTML
 * never is: anything else stays as the text the writer typed. Chinese text is not wrapped
 * by hand, so every line of a paragraph is a paragraph of its own. The numbered heading
 * levels of official documents (一、 （一） 1. （1）) are recognised: a short line that
 * starts with one is a heading; a paragraph that starts with one has a run-in heading, its
 * first sentence.
 */
import { createRequire } from 'node:module';
import type MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

// Loaded when a body is first laid out, not whenever the bulletin rules are imported.
const require = createRequire(import.meta.url);

export interface Run {
  text: string;
  strong?: boolean;
  em?: boolean;
}

export interface Block {
  kind: 'heading' | 'paragraph' | 'quote' | 'rule';
  /** 1 一、 · 2 （一） · 3 1. · 4 （1）; 0 when the text has no such number. */
  level: 0 | 1 | 2 | 3 | 4;
  /** A paragraph's run-in heading (`（一）运维资金缺口较大。`), empty when it has none. */
  lead: Run[];
  runs: Run[];
}

let parser: InstanceType<typeof MarkdownIt> | undefined;
const markdown = () =>
  (parser ??= new (require('markdown-it') as typeof MarkdownIt)('zero', { html: false }).enable([
    'heading',
    'blockquote',
    'hr',
    'emphasis',
    'newline',
    'escape',
    'entity',
  ]));

/** Writers' notes in templates (`<!-- -->`) are not content. */
export function stripComments(body: string): string {
  return body.replace(/<!--[\s\S]*?-->/g, '');
}

const NUMERAL = '[一二三四五六七八九十百零〇]+';
const LEVELS: [RegExp, Block['level']][] = [
  [new RegExp(`^${NUMERAL}、`), 1],
  [new RegExp(`^[（(]${NUMERAL}[）)]`), 2],
  [/^\d+[.．、](?!\d)/, 3],
  [/^[（(]\d+[）)]/, 4],
];

export function headingLevel(text: string): Block['level'] {
  return LEVELS.find(([pattern]) => pattern.test(text))?.[1] ?? 0;
}

/** Control characters cannot go into XML (DOCX) and mean nothing in print. */
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');

/** The inline tokens of one paragraph, split into lines at each line break. */
function lines(children: readonly Token[]): Run[][] {
  const out: Run[][] = [[]];
  let strong = false;
  let em = false;
  for (const token of children) {
    if (token.type === 'softbreak' || token.type === 'hardbreak') out.push([]);
    else if (token.type === 'strong_open' || token.type === 'strong_close') strong = token.type === 'strong_open';
    else if (token.type === 'em_open' || token.type === 'em_close') em = token.type === 'em_open';
    else if (token.content)
      out[out.length - 1]!.push({ text: clean(token.content), ...(strong ? { strong } : {}), ...(em ? { em } : {}) });
  }
  return out.map(trimStart).filter((runs) => runs.some((r) => r.text.trim()));
}

/** Manual indentation (spaces, ideographic spaces) goes: the layout indents paragraphs. */
function trimStart(runs: Run[]): Run[] {
  const out = [...runs];
  while (out.length && !out[0]!.text.replace(/^[\s\u3000]+/, '')) out.shift();
  if (out.length) out[0] = { ...out[0]!, text: out[0]!.text.replace(/^[\s\u3000]+/, '') };
  return out;
}

const plain = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

/** Splits runs after `at` characters. */
function splitRuns(runs: readonly Run[], at: number): [Run[], Run[]] {
  const head: Run[] = [];
  const tail: Run[] = [];
  let left = at;
  for (const run of runs) {
    if (left >= run.text.length) head.push(run);
    else if (left <= 0) tail.push(run);
    else {
      head.push({ ...run, text: run.text.slice(0, left) });
      tail.push({ ...run, text: run.text.slice(left) });
    }
    left -= run.text.length;
  }
  return [head, tail];
}

const SENTENCE_END = /[。！？；]/;

function paragraph(runs: Run[], quote: boolean): Block {
  const text = plain(runs);
  const level = headingLevel(text);
  if (quote || level === 0) return { kind: quote ? 'quote' : 'paragraph', level: 0, lead: [], runs };
  const end = text.search(SENTENCE_END);
  if (end < 0 || end === text.length - 1) {
    // A line of its own: `一、主要问题`, or a one-sentence numbered line kept whole.
    return [...text].length <= 40 && end < 0
      ? { kind: 'heading', level, lead: [], runs }
      : { kind: 'paragraph', level, lead: runs, runs: [] };
  }
  const [lead, rest] = splitRuns(runs, end + 1);
  return { kind: 'paragraph', level, lead, runs: rest };
}

function heading(runs: Run[], depth: number): Block {
  const level = headingLevel(plain(runs)) || (Math.min(depth, 4) as Block['level']);
  return { kind: 'heading', level, lead: [], runs };
}

/** The body's blocks, in order. */
export function bodyBlocks(body: string): Block[] {
  const tokens = markdown().parse(stripComments(body), {});
  const out: Block[] = [];
  let quoted = 0;
  tokens.forEach((token, i) => {
    if (token.type === 'blockquote_open') quoted++;
    else if (token.type === 'blockquote_close') quoted--;
    else if (token.type === 'hr') out.push({ kind: 'rule', level: 0, lead: [], runs: [] });
    else if (token.type === 'inline') {
      const opener = tokens[i - 1]!;
      const parts = lines(token.children ?? []);
      if (opener.type === 'heading_open') out.push(heading(parts.flat(), Number(opener.tag.slice(1))));
      else for (const runs of parts) out.push(paragraph(runs, quoted > 0));
    }
  });
  return out;
}

/**
 * The body as Markdown inside an issue: comments gone, and its own headings moved `shift`
 * levels down, below the issue's title (`#`) and the item's title (`##`).
 */
export function issueMarkdown(body: string, shift = 2): string {
  const text = stripComments(body).replace(/\r\n?/g, '\n');
  const source = text.split('\n');
  for (const token of markdown().parse(text, {})) {
    if (token.type !== 'heading_open' || !token.map) continue;
    const line = token.map[0];
    source[line] = source[line]!.replace(
      /^(\s{0,3})(#{1,6})/,
      (_, space: string, marks: string) => `${space}${'#'.repeat(Math.min(marks.length + shift, 6))}`,
    );
  }
  return source.join('\n').replace(/^\n+|\s+$/g, '');
}
