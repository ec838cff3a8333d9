/**
 * The validate rule `merged-unknown`: a merged item (综合稿) names the items it was made
 * from; each of them must exist, or the record of where it came from is broken.
 */
import type { CrossFindings } from './cross.js';

export interface MergedEntry {
  path: string;
  merged: readonly string[];
  keyLines: Record<string, number>;
}

export function unknownMerged(entries: readonly MergedEntry[], ids: ReadonlySet<string>): CrossFindings {
  const out: CrossFindings = [];
  for (const entry of entries)
    for (const id of new Set(entry.merged))
      if (!ids.has(id))
        out.push({
          path: entry.path,
          problem: {
            rule: 'merged-unknown',
            severity: 'error',
            line: entry.keyLines.merged ?? 1,
            column: 1,
            params: { id },
          },
        });
  return out;
}
