/**
 * The issue files' problems `validate` reports after a git merge: conflict markers left in
 * an issue's Markdown file, and `bulletin-duplicate` (two records of one issue of a series,
 * `core/bulletin/duplicate.ts`). A conflicted file stands for two records, one per side.
 */
import { realpathSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CrossFindings } from '../core/cross.js';
import { duplicateIssues, type IssueCopy } from '../core/bulletin/duplicate.js';
import { readRecord } from '../core/bulletin/record.js';
import { formatRef, seriesKeyOfFileName } from '../core/bulletin/ref.js';
import { conflictFindings, splitFile } from '../core/frontmatter.js';
import { resolveConflicts } from '../core/merge/sides.js';
import { listIssueFiles, type IssueFile } from './bulletins.js';
import { readText } from './files.js';
import { isInside } from './scan.js';

function textOf(root: string, path: string): string | null {
  try {
    const abs = join(root, path);
    if (!isInside(realpathSync(root), realpathSync(abs))) return null;
    return readText(abs).text ?? null;
  } catch {
    return null;
  }
}

function lineOf(text: string, key: string): number {
  const at = text.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return at < 0 ? 1 : at + 1;
}

function copiesOf(file: IssueFile, text: string, markers: CrossFindings): IssueCopy[] {
  const series = seriesKeyOfFileName(basename(file.path)) ?? '';
  const copy = (body: string, line: number, side?: 'ours' | 'theirs'): IssueCopy => {
    const data = splitFile(body).data;
    const record = readRecord(file.path, file.ref, data);
    const name = typeof data?.series === 'string' ? data.series : series;
    return { path: file.path, series, name, ref: formatRef(record), items: record.items, line, ...(side && { side }) };
  };
  if (markers.length === 0) return [copy(text, lineOf(text, 'ref'))];
  const first = markers[0]!.problem.line;
  return [copy(resolveConflicts(text, 'ours'), first, 'ours'), copy(resolveConflicts(text, 'theirs'), first, 'theirs')];
}

/** Conflict markers in issue files and issues recorded twice, by issue file. */
export function issueFileFindings(root: string): CrossFindings {
  const out: CrossFindings = [];
  const copies: IssueCopy[] = [];
  for (const file of listIssueFiles(root, null).filter((f) => f.format === 'md')) {
    const text = textOf(root, file.path);
    if (text === null) continue;
    const markers = conflictFindings(text.split('\n')).map((f) => ({
      path: file.path,
      problem: { rule: f.rule, severity: f.severity, line: f.line!, column: f.column!, params: f.params },
    }));
    out.push(...markers);
    copies.push(...copiesOf(file, text, markers));
  }
  return [...duplicateIssues(copies), ...out];
}
