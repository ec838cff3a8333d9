/**
 * Reading the whole workspace: every item and topic file, analysed, with the problems of
 * each and the rules that look across files. A broken file never stops the others.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, type Analysis, type FileKind, type Placed } from '../core/analyze.js';
import { unfinishedIssueFindings } from '../core/bulletin/cross.js';
import type { Config } from '../core/config.js';
import { duplicateIds, duplicateTitles, unknownTopics } from '../core/cross.js';
import type { Item } from '../core/item.js';
import type { LintContext } from '../core/lint/index.js';
import type { Topic } from '../core/topic.js';
import { readIssueRecords } from './bulletins.js';
import { readText } from './files.js';
import { listMarkdown } from './scan.js';
import { loadTemplates, type Workspace } from './workspace.js';

export interface FileRecord {
  path: string;
  kind: FileKind;
  item: Item | null;
  topic: Topic | null;
  problems: Placed[];
  keyLines: Record<string, number>;
}

export interface Loaded {
  files: FileRecord[];
  /** Path → body text, when asked for (`bodies: true`). */
  bodies: Map<string, string>;
  /** Items whose files have no errors. */
  items: Item[];
  topics: Topic[];
  /** Symbolic links not followed because they lead outside the workspace. */
  skipped: string[];
}

export function kindOf(path: string): FileKind {
  return path.startsWith('topics/') ? 'topic' : 'item';
}

export function analyzeFile(root: string, path: string, context: LintContext, bodies?: Map<string, string>): FileRecord {
  const kind = kindOf(path);
  let analysis: Analysis;
  try {
    const read = readText(join(root, path), statSync(join(root, path)));
    analysis = read.problem
      ? { item: null, topic: null, problems: [read.problem], keyLines: {} }
      : analyzeText(read.text, path, kind, context);
    if (bodies && read.text !== undefined) bodies.set(path, read.text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    analysis = { item: null, topic: null, problems: [{ rule: 'file-unreadable', severity: 'error', line: 1, column: 1, params: { code } }], keyLines: {} };
  }
  return { path, kind, ...analysis };
}

const hasError = (file: FileRecord) => file.problems.some((p) => p.severity === 'error');

/** Adds the findings that need every file at once. */
function crossCheck(files: FileRecord[], root: string, config: Config): void {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const listed = files.filter((f) => f.item).map((f) => ({ ...f.item!, keyLines: f.keyLines }));
  const items = files.filter((f) => f.item).map((f) => ({ path: f.path, id: f.item!.id, topic: f.item!.topic, title: f.item!.title, created: f.item!.created, keyLines: f.keyLines }));
  const topics = files.filter((f) => f.topic).map((f) => ({ path: f.path, id: f.topic!.id, keyLines: f.keyLines }));
  const titles = config.lint.rules['duplicate-title'];
  const found = [
    ...duplicateIds(items),
    ...duplicateIds(topics),
    ...unknownTopics(items, new Set(topics.map((t) => t.id))),
    // Issue files of every series: an item one of them lists should carry its ref.
    ...unfinishedIssueFindings(readIssueRecords(root, null), listed),
    ...(titles === 'off' ? [] : duplicateTitles(items, titles)),
  ];
  for (const { path, problem } of found) byPath.get(path)!.problems.push(problem);
}

export function loadWorkspace(ws: Workspace, options: { bodies?: boolean } = {}): Loaded {
  const { files: paths, skipped } = listMarkdown(ws.root, ['items', 'topics']);
  const context: LintContext = { config: ws.config, templateLines: loadTemplates(ws.root).lines };
  const bodies = new Map<string, string>();
  const files = paths.map((path) => analyzeFile(ws.root, path, context, options.bodies ? bodies : undefined));
  crossCheck(files, ws.root, ws.config);
  for (const file of files) file.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    files,
    bodies,
    items: files.filter((f) => f.item && !hasError(f)).map((f) => f.item!),
    topics: files.filter((f) => f.topic && !hasError(f)).map((f) => f.topic!),
    skipped,
  };
}
