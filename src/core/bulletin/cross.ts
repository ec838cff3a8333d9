/**
 * A rule across files for `info validate`: an item listed in an issue file that does not
 * carry the issue's ref was left behind by an interrupted run (or edited by hand since).
 */
import type { CrossFindings } from '../cross.js';
import type { IssueRecord } from './record.js';
import { itemRefText } from './ref.js';

export interface IssueEntry {
  path: string;
  id: string;
  status: string;
  bulletins: readonly string[];
  keyLines: Record<string, number>;
}

/** `first`: the default series' name, whose issues items record with plain refs. */
export function unfinishedIssueFindings(
  records: readonly IssueRecord[],
  entries: readonly IssueEntry[],
  first: string,
): CrossFindings {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const out: CrossFindings = [];
  for (const record of records) {
    const ref = itemRefText(record, record.series === null || record.series === first ? null : record.series);
    for (const id of new Set(record.items)) {
      const entry = byId.get(id);
      if (!entry || entry.bulletins.includes(ref)) continue;
      const line = entry.keyLines.bulletins ?? entry.keyLines.status ?? 1;
      const params = { ref, file: record.path, status: entry.status };
      out.push({
        path: entry.path,
        problem: { rule: 'issue-unfinished', severity: 'warning', line, column: 1, params },
      });
    }
  }
  return out;
}
