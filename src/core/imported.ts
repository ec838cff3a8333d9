/**
 * Turning the text of a file a department sent into an item's title and body. Pure. The
 * text is untrusted: control and direction-override characters go, HTML tags go (an item
 * body is Markdown that later becomes HTML), and nothing is evaluated.
 */
import { splitFile } from './frontmatter.js';
import { chooseTitle, type TitleNote, type TitleOptions } from './import-title.js';
import { decodeEntities, plainLine } from './plain-text.js';

export type SourceKind = 'docx' | 'txt' | 'md';

// C0 controls but tab and newline, DEL, C1 controls, zero-width space, BOM, and the
// bidirectional overrides and isolates that can make text read differently than it is.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const SCRIPT_LIKE = /<(script|style|iframe|object|embed|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// Only what is shaped like a tag: `<` then an ASCII name or `/name` or `!`. Chinese text in
// angle brackets (`<附件1>`) and comparisons (`增长<5%`) are left alone.
const TAG = /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->|<![A-Za-z][^<>]*>/g;

/** Removes tags until none is left, so `<scr<script>ipt>` cannot reassemble into one. */
export function stripTags(text: string): string {
  let out = text;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(SCRIPT_LIKE, '').replace(TAG, '');
  }
  return out;
}

export function cleanText(text: string): string {
  return stripTags(text.replace(/\r\n?/g, '\n').replace(INVISIBLE, ''))
    .split('\n')
    .map((line) => line.replace(/[ \t\u3000]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text has one paragraph per line; Markdown needs a blank line between them. */
function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t\u3000]+/, ''))
    .filter((line) => line !== '')
    .join('\n\n');
}

/** Front matter a Markdown file may carry is dropped (only ever read as YAML); its title wins. */
function withoutFrontMatter(text: string): { text: string; title?: string } {
  if (!text.startsWith('---')) return { text };
  const split = splitFile(text);
  if (!split.data) return { text };
  const title = typeof split.data.title === 'string' ? split.data.title : undefined;
  return { text: split.body, ...(title ? { title } : {}) };
}

/** The language of a Markdown file's front matter when it is not YAML (`---js`): never read, so the file is refused. */
export function foreignFrontMatter(raw: string, kind: SourceKind): string | undefined {
  if (kind !== 'md' || !raw.startsWith('---')) return undefined;
  const found = splitFile(raw.replace(/\r\n?/g, '\n')).findings.find((f) => f.rule === 'frontmatter-language');
  return found ? String(found.params.language) : undefined;
}

/** A heading's or first line's words, without Markdown markers. */
function asTitle(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .trim();
}

export interface ImportedText {
  title: string;
  body: string;
  /** What was decided about the title, when it was not simply the first line. */
  notes?: TitleNote[];
}

/** A `.txt` body: one paragraph per line, each line as Markdown that shows exactly it. */
function finishBody(lines: readonly string[], kind: SourceKind): string {
  const text = lines.join('\n').trim();
  const body = kind === 'txt' ? paragraphs(text).split('\n').map(plainLine).join('\n') : text;
  return body ? `${body}\n` : '';
}

/**
 * Title from the first heading or first line (import-title.ts says which); the rest is the
 * body. Null when there is no text.
 */
export function splitImported(raw: string, kind: SourceKind, options: TitleOptions = {}): ImportedText | null {
  const front = kind === 'md' ? withoutFrontMatter(raw.replace(/\r\n?/g, '\n')) : { text: raw };
  const cleaned = cleanText(kind === 'txt' ? decodeEntities(front.text) : front.text);
  const title = front.title ? cleanText(front.title) : undefined;
  if (title) return cleaned || title ? { title, body: finishBody([cleaned], kind) } : null;
  const asText = kind === 'txt' ? (line: string) => line.trim() : asTitle;
  const heading = (line: string) => kind !== 'txt' && /^#{1,6}\s/.test(line);
  const chosen = chooseTitle(cleaned.split('\n'), asText, heading, options);
  if (!chosen) return null;
  const notes = chosen.notes.length ? { notes: chosen.notes } : {};
  return { title: chosen.title, body: finishBody(chosen.body, kind), ...notes };
}

/**
 * The configured names a file name holds (`财政局-设施农业.docx` → 财政局). A name found
 * only inside a longer one that is found too (`公安局` in `交通公安局`) is dropped.
 */
export function namesIn(fileName: string, names: readonly string[]): string[] {
  const found = names.filter((name) => name && fileName.includes(name));
  return found.filter((name) => !found.some((other) => other !== name && other.includes(name)));
}

/** Titles compared loosely: width forms, spaces and punctuation do not make a new item. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[\s\p{P}]/gu, '')
    .toLowerCase();
}
