/**
 * Writing an issue and publishing its items. The number is claimed under the series' lock
 * for the year: the issue files are listed again, the number and the items checked still
 * free, and the files written create-only, the Markdown record first. Items then move to
 * `published` one by one, each through the safe rewrite of its own file, so an interrupted
 * run leaves an issue file that says which items belong to it and a rerun can finish it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InfoError } from '../core/errors.js';
import { splitFile } from '../core/frontmatter.js';
import { toItem } from '../core/item.js';
import type { Params } from '../core/problems.js';
import { nextNumber, type KnownIssue } from '../core/bulletin/numbering.js';
import type { IssueRef } from '../core/bulletin/ref.js';
import type { Numbering } from '../core/bulletin/series-config.js';
import { editFrontMatter } from '../core/rewrite.js';
import { assertMovable, moveEdits, transition, type MoveMeta } from '../core/transition.js';
import { listIssueFiles, numberingLock, readIssueRecords } from './bulletins.js';
import { MAX_BYTES } from './files.js';
import { withLock } from './lock.js';
import { updateFile } from './update.js';
import { writeNew } from './write.js';

export interface OutFile {
  /** Absolute path. */
  abs: string;
  /** As shown to the user: relative to the workspace root, or absolute outside it. */
  shown: string;
  content: string | Uint8Array;
}

export interface Claim {
  key: string;
  numbering: Numbering;
  ref: IssueRef;
  itemIds: readonly string[];
  /** Issues known when the run planned (files are listed again under the lock). */
  known: readonly KnownIssue[];
  /** The issue files that existed when the run planned. */
  seen: ReadonlySet<string>;
  /** The issue's files; the first is its Markdown record. */
  files: readonly OutFile[];
}

/**
 * Writes the issue's files if its number is still the next one and none of its items has
 * been put into another issue meanwhile; false when the run must plan again.
 */
export function claimIssue(root: string, { key, numbering, ref, itemIds, known, seen, files }: Claim): boolean {
  return withLock(
    root,
    numberingLock(key, ref.year, numbering),
    () => {
      const listed = listIssueFiles(root, key);
      const records = readIssueRecords(root, key, listed);
      const now = [...records, ...listed.map((f) => f.ref), ...known];
      if (nextNumber(now, ref.year, ref.supplement, numbering) !== ref.number) return false;
      if (records.some((record) => !seen.has(record.path) && record.items.some((id) => itemIds.includes(id))))
        return false;
      const [record, ...rest] = files;
      // The number is free: a file of its name elsewhere (in --out) belongs to someone else.
      for (const file of rest) if (existsSync(file.abs)) throw new InfoError('issue-file-exists', { file: file.shown });
      if (!writeNew(record!.abs, record!.content)) return false;
      writeFiles(rest);
      return true;
    },
    { staleMs: 120_000 },
  );
}

/** Creates files that must not exist yet (an issue's other formats); refuses to replace one. */
export function writeFiles(files: readonly OutFile[]): void {
  for (const file of files)
    if (!writeNew(file.abs, file.content)) throw new InfoError('issue-file-exists', { file: file.shown });
}

export type Outcome =
  | { state: 'moved' | 'done'; from: string }
  | { state: 'blocked'; status: string }
  | { state: 'missing' }
  | { state: 'failed'; code: string; params: Params };

function readItem(root: string, path: string, id: string) {
  const abs = join(root, path);
  if (statSync(abs).size > MAX_BYTES) return undefined;
  // Read as is (a BOM included): the rewrite keeps every byte it does not change.
  const text = readFileSync(abs, 'utf8');
  const data = splitFile(text.replace(/^\uFEFF/, '')).data;
  const item = data ? toItem(data, path) : undefined;
  return item?.id === id ? { text, item } : undefined;
}

function moveOnce(root: string, path: string, id: string, ref: string, meta: MoveMeta): Outcome {
  const read = readItem(root, path, id);
  if (!read) return { state: 'missing' };
  const { text, item } = read;
  if (item.bulletins.includes(ref)) return { state: 'done', from: item.status };
  if (item.status !== 'approved') return { state: 'blocked', status: item.status };
  assertMovable(item);
  const entry = transition(item, 'published', meta);
  updateFile(
    root,
    path,
    text,
    editFrontMatter(text, [...moveEdits(entry), { op: 'append', key: 'bulletins', value: ref }]),
  );
  return { state: 'moved', from: item.status };
}

/**
 * Moves one item of an issue to `published` and adds the issue's ref (as items record it,
 * `ref`) to its `bulletins`. An item that already carries the ref is left alone (another run
 * finished it); a file changed since it was read is read again once.
 */
export function publishItem(root: string, path: string, id: string, ref: string, meta: MoveMeta): Outcome {
  for (let attempt = 0; ; attempt++) {
    try {
      return moveOnce(root, path, id, ref, meta);
    } catch (error) {
      if (error instanceof InfoError && error.code === 'file-changed' && attempt === 0) continue;
      if (error instanceof InfoError) return { state: 'failed', code: error.code, params: error.params };
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
      throw error;
    }
  }
}
