/**
 * One workspace file as a command sees it: what the analysis made of it (item or topic, placed
 * problems, the line of each key), read and analysed here, or served by the cache
 * (`cache/record.ts`). A broken file is a record too, with its problems.
 */
import { join } from 'node:path';
import { analyzeText, type Analysis, type FileKind, type Placed } from '../core/analyze.js';
import type { Item } from '../core/item.js';
import type { LintContext } from '../core/lint/index.js';
import type { Topic } from '../core/topic.js';
import type { HeadField } from './cache/entry.js';
import { toHead, type ItemHead } from './cache/head.js';
import { CachedRecord } from './cache/record.js';
import { stampOf, type Stamp } from './cache/stamps.js';
import { readTextStamped } from './files.js';
import { loadTemplates, type Workspace } from './workspace.js';

export interface FileRecord {
  path: string;
  kind: FileKind;
  item: Item | null;
  topic: Topic | null;
  problems: Placed[];
  keyLines: Record<string, number>;
}

/** What analysis needs of the workspace; the template lines are read (and parsed) only once a file is analysed. */
export function lintContext(ws: Workspace): LintContext {
  let lines: ReadonlySet<string> | undefined;
  return {
    config: ws.config,
    get templateLines() {
      return (lines ??= loadTemplates(ws.root).lines);
    },
  };
}

function kindOf(path: string): FileKind {
  return path.startsWith('topics/') ? 'topic' : 'item';
}

/**
 * Reads and analyses one file; `stamp` is the file's state as read (none when unreadable).
 */
export function analyzeStamped(
  root: string,
  path: string,
  context: LintContext,
  bodies?: Map<string, string>,
): { record: FileRecord; stamp?: Stamp } {
  const kind = kindOf(path);
  let analysis: Analysis;
  let stamp: Stamp | undefined;
  try {
    const { read, stats } = readTextStamped(join(root, path));
    stamp = stampOf(stats);
    analysis = read.problem
      ? { item: null, topic: null, problems: [read.problem], keyLines: {} }
      : analyzeText(read.text, path, kind, context);
    if (bodies && read.text !== undefined) bodies.set(path, read.text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    analysis = {
      item: null,
      topic: null,
      problems: [{ rule: 'file-unreadable', severity: 'error', line: 1, column: 1, params: { code } }],
      keyLines: {},
    };
  }
  return { record: { path, kind, ...analysis }, stamp };
}

export function analyzeFile(
  root: string,
  path: string,
  context: LintContext,
  bodies?: Map<string, string>,
): FileRecord {
  return analyzeStamped(root, path, context, bodies).record;
}

/** An item's id, title and topic: from the cache's index when cached, so nothing is decoded. */
export function headOf(file: FileRecord): ItemHead | null {
  if (file instanceof CachedRecord) return file.head;
  return file.item && toHead(file.item);
}

/** One field of an item's head: a cached file's comes from its column, without the rest of the head. */
export function fieldOf<F extends HeadField>(file: FileRecord, field: F): ItemHead[F] | undefined {
  return file instanceof CachedRecord ? file.field(field) : headOf(file)?.[field];
}
