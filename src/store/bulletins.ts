/**
 * The issues of a series on disk: `bulletins/YYYY/<series-key>-YYYY-NN.{md,html,docx}`.
 * The file names say which numbers are taken; the Markdown file's front matter records the
 * issue's items. Also the layout templates, from the workspace or the package.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { InfoError } from '../core/errors.js';
import { splitFile } from '../core/frontmatter.js';
import type { Item } from '../core/item.js';
import type { KnownIssue } from '../core/bulletin/numbering.js';
import { readRecord, type IssueRecord } from '../core/bulletin/record.js';
import { refOfFileName, refsOfSeries, type IssueFormat, type IssueRef } from '../core/bulletin/ref.js';
import type { Numbering } from '../core/bulletin/series-config.js';
import { readText } from './files.js';
import { isInside } from './scan.js';

export interface IssueFile {
  /** Relative to the workspace root, `/`-separated. */
  path: string;
  ref: IssueRef;
  format: IssueFormat;
}

function entries(abs: string): Dirent[] {
  try {
    return readdirSync(abs, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Every file of the series (of every series when `key` is null) under `bulletins/`, in any year folder. */
export function listIssueFiles(root: string, key: string | null): IssueFile[] {
  const out: IssueFile[] = [];
  for (const dir of entries(join(root, 'bulletins'))) {
    if (dir.name.startsWith('.') || !(dir.isDirectory() || dir.isSymbolicLink())) continue;
    for (const file of entries(join(root, 'bulletins', dir.name))) {
      const ref = refOfFileName(key, file.name);
      if (ref)
        out.push({
          path: `bulletins/${dir.name}/${file.name}`,
          ref,
          format: file.name.slice(file.name.lastIndexOf('.') + 1) as IssueFormat,
        });
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Reads a workspace file's front matter, never through a link that leads outside. */
function frontMatter(root: string, path: string): Record<string, unknown> | null {
  try {
    const abs = join(root, path);
    if (!isInside(realpathSync(root), realpathSync(abs))) return null;
    const read = readText(abs);
    return read.text === undefined ? null : splitFile(read.text).data;
  } catch {
    return null;
  }
}

/** The records of the series' issues: one per Markdown issue file. */
export function readIssueRecords(root: string, key: string | null, files = listIssueFiles(root, key)): IssueRecord[] {
  return files.filter((f) => f.format === 'md').map((f) => readRecord(f.path, f.ref, frontMatter(root, f.path)));
}

/** The series whose issues are counted, and whether it is the first (its refs in items are plain). */
export interface SeriesRefs {
  name: string;
  first: boolean;
}

/** Every issue of a series the workspace knows of: its files (of any format), their records, and the refs items carry. */
export function knownIssues(
  files: readonly IssueFile[],
  records: readonly IssueRecord[],
  items: readonly Pick<Item, 'bulletins'>[],
  series: SeriesRefs,
): KnownIssue[] {
  const refs = items.flatMap((item) => refsOfSeries(item.bulletins, series.name, series.first));
  return [...records, ...files.map((f) => f.ref), ...refs];
}

/**
 * The lock that keeps two runs from numbering issues of one series at once: per year, or
 * for the whole running sequence.
 */
export function numberingLock(key: string, year: number, numbering: Numbering = 'yearly'): string {
  return numbering === 'running' ? `bulletins/${key}` : `bulletins/${key}-${year}`;
}

export const TEMPLATE_FILES = { md: 'issue.md.mustache', html: 'issue.html.mustache', css: 'issue.css' } as const;
export type TemplateName = keyof typeof TEMPLATE_FILES;

export interface Template {
  text: string;
  /** Where it came from, for messages: `templates/bulletin/issue.md.mustache` or `(built-in) …`. */
  source: string;
}

const PACKAGE_TEMPLATES = new URL('../../templates/bulletin/', import.meta.url);

/**
 * A layout template: the workspace's `templates/bulletin/<file>` when there is one, else the
 * built-in one. An override that cannot be used is an error, never silently ignored.
 */
export function loadTemplate(root: string, name: TemplateName): Template {
  const rel = `templates/bulletin/${TEMPLATE_FILES[name]}`;
  const abs = join(root, rel);
  if (!existsSync(abs) && !isLink(abs)) {
    return {
      text: readFileSync(new URL(TEMPLATE_FILES[name], PACKAGE_TEMPLATES), 'utf8'),
      source: `(built-in) ${rel}`,
    };
  }
  let real = '';
  try {
    real = realpathSync(abs);
  } catch {
    // A link that leads nowhere.
  }
  if (!real || !isInside(realpathSync(root), real)) throw new InfoError('path-outside', { path: rel });
  const read = readText(real);
  if (read.text === undefined) throw new InfoError('template-unreadable', { file: rel, rule: read.problem.rule });
  return { text: read.text, source: rel };
}

function isLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}
