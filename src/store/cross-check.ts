/** The findings that need every file at once, added to the files they concern. */
import { unfinishedIssueFindings } from '../core/bulletin/cross.js';
import type { Config } from '../core/config.js';
import { duplicateIds, duplicateTitles, unknownTopics } from '../core/cross.js';
import { unknownMerged } from '../core/merged-item.js';
import { readIssueRecords } from './bulletins.js';
import { fieldOf, type FileRecord } from './file-record.js';

export function crossCheck(files: FileRecord[], root: string, config: Config): void {
  const items: {
    path: string;
    id: string;
    topic: string | null;
    title: string;
    created: string;
    keyLines: Record<string, number>;
  }[] = [];
  for (const f of files) {
    const id = fieldOf(f, 'id');
    if (id !== undefined)
      items.push({
        path: f.path,
        id,
        topic: fieldOf(f, 'topic')!,
        title: fieldOf(f, 'title')!,
        created: fieldOf(f, 'created')!,
        keyLines: f.keyLines,
      });
  }
  const topics = files.filter((f) => f.topic).map((f) => ({ path: f.path, id: f.topic!.id, keyLines: f.keyLines }));
  // Only the items some issue lists are decoded (for their `bulletins`), not every item.
  const records = readIssueRecords(root, null);
  const inIssues = new Set(records.flatMap((record) => record.items));
  const listed = files
    .filter((f) => inIssues.has(fieldOf(f, 'id') ?? ''))
    .map((f) => ({ ...f.item!, keyLines: f.keyLines }));
  // Only the items with a `merged` key are decoded (综合稿), for the ids they name.
  const merged = files
    .filter((f) => f.keyLines.merged !== undefined && f.item?.merged)
    .map((f) => ({ path: f.path, merged: f.item!.merged!, keyLines: f.keyLines }));
  const titles = config.lint.rules['duplicate-title'];
  const found = [
    ...duplicateIds(items),
    ...duplicateIds(topics),
    ...unknownTopics(items, new Set(topics.map((t) => t.id))),
    ...(merged.length ? unknownMerged(merged, new Set(items.map((i) => i.id))) : []),
    // Issue files of every series: an item one of them lists should carry its ref.
    ...unfinishedIssueFindings(records, listed, config.bulletin.series),
    ...(titles === 'off' ? [] : duplicateTitles(items, titles)),
  ];
  // Files are found by path only when there is something to add (a map of 100,000 paths took 0.1 s).
  let byPath: Map<string, FileRecord> | undefined;
  // A new list: a file without problems of its own may share one frozen empty list.
  for (const { path, problem } of found) {
    const file = (byPath ??= new Map(files.map((f) => [f.path, f]))).get(path)!;
    file.problems = [...file.problems, problem];
  }
}
