/**
 * Splitting a Markdown file into YAML front matter and body, safely: only YAML is ever
 * parsed, dates stay strings, and a file that cannot be parsed yields findings, not a throw.
 */
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

/**
 * Aliases and nesting are bounded: a small file must not grow into a huge value. js-yaml
 * shares an aliased value instead of copying it, so parsing a "billion laughs" file is
 * cheap; walking or serialising the result (checks, `--json`, a cache) would not be. The
 * bound is applied inside the engine, so nothing ever sees unbounded data.
 */
const MAX_NODES = 20_000;
const MAX_DEPTH = 32;
/** Characters of every string and key reached; a file without aliases never has more than its size. */
const MAX_CHARS = 5 * 1024 * 1024;

class TooLarge extends Error {}

const YAML_OPTIONS = { schema: yaml.CORE_SCHEMA, maxDepth: MAX_DEPTH } as yaml.LoadOptions;

/** Parses YAML (core schema: dates stay strings) and refuses data past the bounds. */
export function loadYaml(text: string): unknown {
  const data = yaml.load(text, YAML_OPTIONS);
  if (!withinBounds(data)) throw new TooLarge('YAML data past the bounds');
  return data;
}

/** YAML text → its data, or the finding that says why not. Lines count from 1 at the text's start. */
export function readYaml(
  text: string,
): { data: unknown; finding?: undefined } | { data?: undefined; finding: Finding } {
  try {
    return { data: loadYaml(text) };
  } catch (error) {
    return { finding: yamlFinding(error) };
  }
}

/** A line git's merge leaves: `<<<<<<< ours`, `=======`, diff3's `|||||||`, `>>>>>>> theirs`. */
export const CONFLICT = /^(<{7}|={7}|\|{7}|>{7})(?: |\r?$)/;
const OPENING = /^---([^\r\n]*)\r?\n/;

/**
 * Git's conflict markers. `=======` (and diff3's `|||||||`) count only after a `<<<<<<<`:
 * alone, seven equals signs underline a Markdown heading.
 */
export function conflictFindings(lines: readonly string[]): Finding[] {
  const out: Finding[] = [];
  let open = false;
  lines.forEach((line, i) => {
    const marker = CONFLICT.exec(line)?.[1];
    if (!marker) return;
    if (marker[0] === '<') open = true;
    else if (marker[0] === '>') open = false;
    else if (!open) return;
    out.push(finding('conflict-marker', 'error', { line: i + 1, column: 1 }, { marker }));
  });
  return out;
}

/** Counts nodes, depth and characters; shared (aliased) values are counted every time they are reached. */
function withinBounds(value: unknown, depth = 0, budget = { nodes: MAX_NODES, chars: MAX_CHARS }): boolean {
  if (--budget.nodes < 0 || depth > MAX_DEPTH) return false;
  if (typeof value === 'string') return (budget.chars -= value.length) >= 0;
  if (typeof value !== 'object' || value === null) return true;
  const entries = Array.isArray(value) ? value.map((v) => ['', v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    if ((budget.chars -= key.length) < 0 || !withinBounds(child, depth + 1, budget)) return false;
  }
  return true;
}

/** The first line after the first that starts with `---` (0-based), found without splitting the file. */
function closingLine(text: string): number {
  const at = text.indexOf('\n---');
  if (at < 0) return -1;
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i <= at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Markers count only from a `<<<<<<<` or a `>>>>>>>` on: a text with neither has none (and need not be split). */
const mayConflict = (text: string) => text.includes('<<<<<<<') || text.includes('>>>>>>>');

/** Splits and parses `text` (already decoded, BOM removed). */
export function splitFile(text: string): SplitFile {
  const empty = { data: null, matter: '', body: text, bodyLine: 1 };
  const opening = OPENING.exec(text);
  if (!opening || text.startsWith('----')) {
    const conflicts = conflictFindings(text.split('\n'));
    return {
      ...empty,
      findings: conflicts.length
        ? conflicts
        : [finding('frontmatter-missing', 'error', { line: 1, column: 1 }, { detail: 'none' })],
    };
  }
  const language = opening[1]!.trim();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return {
      ...empty,
      findings: [finding('frontmatter-language', 'error', { line: 1, column: 4 }, { language: language.slice(0, 40) })],
    };
  }
  const close = closingLine(text);
  if (close < 0) {
    return {
      ...empty,
      findings: [finding('frontmatter-missing', 'error', { line: 1, column: 1 }, { detail: 'unterminated' })],
    };
  }
  const conflicts = mayConflict(text) ? conflictFindings(text.split('\n', close + 1)) : [];
  if (conflicts.length)
    return {
      ...empty,
      findings: [
        ...conflicts,
        ...conflictFindings(text.split('\n').slice(close + 1)).map((f) => ({ ...f, line: f.line! + close + 1 })),
      ],
    };
  // A language named is cut off the matter; blanks alone are left on it (as gray-matter does).
  return parseMatter(text, 3 + (language ? opening[1]!.length : 0), close);
}

/** Offset of the start of line `line` (0-based) in `text`. */
function lineStart(text: string, line: number): number {
  let at = 0;
  for (let i = 0; i < line; i++) at = text.indexOf('\n', at) + 1;
  return at;
}

/**
 * The front matter between the delimiters, parsed as YAML: the raw text (`matter`) runs from
 * the end of the opening delimiter and its language to the line break before the closing
 * one, the body from after the closing delimiter, less one line break. That is how
 * gray-matter cuts a file (a property test holds the two to it), without its own work around
 * the engine: it copied the text into a Buffer and looked it up in a cache of its own, for
 * every file, about a second of a cold run at 100,000 files.
 */
function parseMatter(text: string, opening: number, close: number): SplitFile {
  const closing = lineStart(text, close);
  const raw = text.slice(opening, closing - 1);
  const bodyLine = close + 2;
  let data: unknown;
  // Nothing but comments and blanks (which never parse into a mapping) is an empty mapping, as
  // for gray-matter, which never hands such a text to the parser.
  try {
    data = loadYaml(raw);
  } catch (error) {
    if (!blank(raw)) return { data: null, matter: '', body: '', bodyLine, findings: [yamlFinding(error)] };
    data = {};
  }
  if (!isPlainObject(data) && blank(raw)) data = {};
  let body = text.slice(closing + 3);
  if (body[0] === '\r') body = body.slice(1);
  if (body[0] === '\n') body = body.slice(1);
  const base = { matter: raw, body, bodyLine };
  if (!isPlainObject(data)) {
    return {
      ...base,
      data: null,
      findings: [
        finding(
          'field-type',
          'error',
          { line: 2, column: 1 },
          { key: '---', expected: 'mapping', value: Array.isArray(data) ? 'list' : String(data).slice(0, 60) },
        ),
      ],
    };
  }
  const conflicts = mayConflict(body) ? conflictFindings(body.split('\n')) : [];
  return { ...base, data, findings: conflicts.map((f) => ({ ...f, line: f.line! + close + 1 })) };
}

/** Front matter of comments and white space only. */
const blank = (raw: string) => raw.replace(/^\s*#[^\n]+/gm, '').trim() === '';

/**
 * The reasons js-yaml gives that a hand-edited file meets most, by the start of their text,
 * named so that a message can say them in the user's language (others are quoted as given).
 */
const REASONS: readonly (readonly [start: string, detail: string])[] = [
  ['bad indentation of a mapping entry', 'indent-mapping'],
  ['bad indentation of a sequence entry', 'indent-sequence'],
  ['tab characters must not be used in indentation', 'indent-tab'],
  ['duplicated mapping key', 'duplicate-key'],
  ['can not read an implicit mapping pair', 'no-colon'],
  ['can not read a block mapping entry', 'no-colon'],
  ['end of the stream or a document separator is expected', 'stray'],
  ['missed comma between flow collection entries', 'flow-comma'],
  ['unexpected end of the stream within a flow collection', 'flow-unclosed'],
  ['unexpected end of the document within a double quoted scalar', 'double-quote'],
  ['unexpected end of the stream within a double quoted scalar', 'double-quote'],
  ['unexpected end of the document within a single quoted scalar', 'single-quote'],
  ['unexpected end of the stream within a single quoted scalar', 'single-quote'],
  ['unknown escape sequence', 'escape'],
  ['unidentified alias', 'alias'],
  ['unknown tag', 'tag'],
];

function yamlFinding(error: unknown): Finding {
  if (error instanceof TooLarge)
    return finding('yaml-syntax', 'error', { line: 1, column: 1 }, { detail: 'too-large' });
  if (error instanceof yaml.YAMLException) {
    // The raw matter starts on the opening delimiter's line, so its line 0 is file line 1.
    const at = { line: (error.mark?.line ?? 0) + 1, column: (error.mark?.column ?? 0) + 1 };
    if (/maxDepth/.test(error.reason ?? '')) return finding('yaml-syntax', 'error', at, { detail: 'too-deep' });
    const reason = error.reason ?? 'syntax';
    const detail = REASONS.find(([start]) => reason.startsWith(start))?.[1];
    return finding('yaml-syntax', 'error', at, detail ? { reason, detail } : { reason });
  }
  return finding(
    'yaml-syntax',
    'error',
    { line: 2, column: 1 },
    { detail: error instanceof RangeError ? 'too-deep' : 'unreadable' },
  );
}
