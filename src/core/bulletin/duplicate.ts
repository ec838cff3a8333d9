/**
 * `bulletin-duplicate` (docs/cli.md 11): two records of one issue of a series. A number is
 * claimed under a lock on one machine only, so two machines can each build "the next issue"
 * and both call it 15; once merged through git, the two issue files stand at one path, and
 * the file holds both records between conflict markers. Two files of one issue in different
 * folders are reported too. Grouped by series, so each series numbers on its own.
 */
import type { CrossFindings } from '../cross.js';
import type { Params } from '../problems.js';

/** One record of an issue: a whole issue file, or one side of a conflict in one. */
export interface IssueCopy {
  /** The issue's Markdown file, relative to the workspace root. */
  path: string;
  /** The series' key (from the file name) and the name to show (its record's `series`). */
  series: string;
  name: string;
  /** `2026-15`. */
  ref: string;
  items: readonly string[];
  /** Where to point: the first conflict marker, or the record's `ref`. */
  line: number;
  /** Which side of a conflict it is, when it is one. */
  side?: 'ours' | 'theirs';
}

const SHOWN = 4;

function itemList(items: readonly string[]): string {
  if (items.length === 0) return '—';
  const shown = items.slice(0, SHOWN).join(', ');
  return items.length > SHOWN ? `${shown}, … (${items.length})` : shown;
}

function findingsOf(group: readonly IssueCopy[]): CrossFindings {
  const out: CrossFindings = [];
  for (const path of new Set(group.map((c) => c.path))) {
    const here = group.filter((c) => c.path === path);
    const others = group.filter((c) => c.path !== path);
    const { ref, name } = here[0]!;
    const line = Math.min(...here.map((c) => c.line));
    const ours = here.find((c) => c.side === 'ours');
    const theirs = here.find((c) => c.side === 'theirs');
    const params: Params =
      ours && theirs && others.length === 0
        ? { detail: 'merge', ref, series: name, ours: itemList(ours.items), theirs: itemList(theirs.items) }
        : { detail: 'files', ref, series: name, others: [...new Set(others.map((c) => c.path))].join(', ') };
    out.push({ path, problem: { rule: 'bulletin-duplicate', severity: 'error', line, column: 1, params } });
  }
  return out;
}

export function duplicateIssues(copies: readonly IssueCopy[]): CrossFindings {
  const groups = new Map<string, IssueCopy[]>();
  for (const copy of copies) {
    const key = `${copy.series}\u0000${copy.ref}`;
    groups.get(key)?.push(copy) ?? groups.set(key, [copy]);
  }
  return [...groups.values()].filter((group) => group.length > 1).flatMap(findingsOf);
}
