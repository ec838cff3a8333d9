/**
 * Splitting a Markdown file into YAML front matter and body, safely: only YAML is ever
 * parsed, dates stay strings, and a file that cannot be parsed yields findings, not a throw.
 */
import { createRequire } from 'node:module';
import type matter from 'gray-matter';
import yaml from 'js-yaml';
import { finding, type Finding } from './problems.js';
import { isPlainObject } from './schema.js';

export interface SplitFile {
  /** The parsed front matter, or null when it could not be read. */
  data: Record<string, unknown> | null;
  /** The raw front-matter text as it stands between the delimiters. */
  matter: string;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  findings: Finding[];
}

// gray-matter loads js-yaml 3 and esprima: only runs that parse a file pay for it.
const require = createRequire(import.meta.url);
let grayMatter: typeof matter | undefined;

/** Aliases and nesting are bounded: a small file must not grow into a huge value. */
const MAX_NODES = 20_000;
const MAX_DEPTH = 32;

const refuse = (language: string) => ({
  parse: () => {
    throw new Error(`front matter in ${language} is never evaluated`);
  },
  stringify: () => {
    throw new Error(`front matter in ${language} is never written`);
  },
});

/** Every engine but YAML refuses; gray-matter's defaults would eval JavaScript. */
const ENGINES = {
  yaml: {
    parse: (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object,
    stringify: () => '',
  },
  javascript: refuse('javascript'),
  js: refuse('js'),
  coffee: refuse('coffee'),
  coffeescript: refuse('coffeescript'),
  cson: refuse('cson'),
  json: refuse('json'),
  toml: refuse('toml'),
};

const CONFLICT = /^(<{7}|={7}|>{7})(?: |\r?$)/;
const OPENING = /^---([^\r\n]*)\r?\n/;

export function conflictFindings(lines: readonly string[]): Finding[] {
  const out: Finding[] = [];
  lines.forEach((line, i) => {
    if (CONFLICT.test(line)) out.push(finding('conflict-marker', 'error', { line: i + 1, column: 1 }, { marker: line.slice(0, 7) }));
  });
  return out;
}

/** Counts nodes and depth; shared (aliased) values are counted every time they are reached. */
function withinBounds(value: unknown, depth = 0, budget = { left: MAX_NODES }): boolean {
  if (--budget.left < 0 || depth > MAX_DEPTH) return false;
  if (typeof value !== 'object' || value === null) return true;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    if (!withinBounds(child, depth + 1, budget)) return false;
  }
  return true;
}

function closingLine(text: string): number {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) if (lines[i]!.startsWith('---')) return i;
  return -1;
}

/** Splits and parses `text` (already decoded, BOM removed). */
export function splitFile(text: string): SplitFile {
  const empty = { data: null, matter: '', body: text, bodyLine: 1 };
  const opening = OPENING.exec(text);
  if (!opening || text.startsWith('----')) {
    const conflicts = conflictFindings(text.split('\n'));
    return { ...empty, findings: conflicts.length ? conflicts : [finding('frontmatter-missing', 'error', { line: 1, column: 1 }, { detail: 'none' })] };
  }
  const language = opening[1]!.trim();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return { ...empty, findings: [finding('frontmatter-language', 'error', { line: 1, column: 4 }, { language: language.slice(0, 40) })] };
  }
  const close = closingLine(text);
  if (close < 0) {
    return { ...empty, findings: [finding('frontmatter-missing', 'error', { line: 1, column: 1 }, { detail: 'unterminated' })] };
  }
  const head = text.split('\n', close + 1);
  const conflicts = conflictFindings(head);
  if (conflicts.length) return { ...empty, findings: [...conflicts, ...conflictFindings(text.split('\n').slice(close + 1)).map((f) => ({ ...f, line: f.line! + close + 1 }))] };
  return parseMatter(text, close);
}

function parseMatter(text: string, close: number): SplitFile {
  let file: matter.GrayMatterFile<string>;
  try {
    grayMatter ??= require('gray-matter') as typeof matter;
    file = grayMatter(text, { language: 'yaml', delimiters: '---', engines: ENGINES });
  } catch (error) {
    return { data: null, matter: '', body: '', bodyLine: close + 2, findings: [yamlFinding(error)] };
  }
  const bodyLine = close + 2;
  const base = { matter: file.matter, body: file.content, bodyLine };
  const data: unknown = file.data ?? {};
  if (!isPlainObject(data)) {
    return { ...base, data: null, findings: [finding('field-type', 'error', { line: 2, column: 1 }, { key: '---', expected: 'mapping', value: Array.isArray(data) ? 'list' : String(data).slice(0, 60) })] };
  }
  if (!withinBounds(data)) {
    return { ...base, data: null, findings: [finding('yaml-syntax', 'error', { line: 2, column: 1 }, { detail: 'too-large' })] };
  }
  return { ...base, data, findings: conflictFindings(file.content.split('\n')).map((f) => ({ ...f, line: f.line! + close + 1 })) };
}

function yamlFinding(error: unknown): Finding {
  if (error instanceof yaml.YAMLException) {
    // The raw matter starts on the opening delimiter's line, so its line 0 is file line 1.
    const line = (error.mark?.line ?? 0) + 1;
    return finding('yaml-syntax', 'error', { line, column: (error.mark?.column ?? 0) + 1 }, { reason: error.reason ?? 'syntax' });
  }
  return finding('yaml-syntax', 'error', { line: 2, column: 1 }, { detail: error instanceof RangeError ? 'too-deep' : 'unreadable' });
}
