/**
 * `info merge-file BASE OURS THEIRS [PATH]`: git's merge driver for item, topic and ledger
 * files (docs/cli.md 11). The result replaces OURS, atomically; exit 0 when clean, 1 when
 * conflict markers were left or the files could not be merged record by record (git then
 * marks the file as a conflict). Reads only the three files it is given.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InfoError } from '../../core/errors.js';
import { mergeFile, type Texts } from '../../core/merge/merge-file.js';
import type { Labels } from '../../core/merge/matter-text.js';
import { readText } from '../../store/files.js';
import { gitLineMerge } from '../../store/git.js';
import { writeAtomic } from '../../store/write.js';
import type { Context } from '../context.js';
import type { MergeFileOptions } from './merge-file-flags.js';

type Role = 'base' | 'ours' | 'theirs';

const LABELS: Labels = { ours: 'ours', theirs: 'theirs' };

/** A side's text; the base may be empty (no common ancestor), the others must read as text. */
function readSide(abs: string, role: Role, file: string): string {
  let size: number;
  try {
    size = statSync(abs).size;
  } catch {
    throw new InfoError('merge-unreadable', { file, side: role, reason: 'missing' });
  }
  if (size === 0) return '';
  const read = readText(abs);
  if (read.problem) throw new InfoError('merge-unreadable', { file, side: role, reason: read.problem.rule });
  return read.text;
}

function write(abs: string, text: string): void {
  try {
    writeAtomic(abs, text, statSync(abs).mode & 0o777);
  } catch (error) {
    throw new InfoError('merge-write', { path: abs, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
}

export async function run(operands: string[], _options: MergeFileOptions, context: Context): Promise<number> {
  const { ui } = context;
  const [base, ours, theirs] = operands.slice(0, 3).map((p) => resolve(context.cwd, p)) as [string, string, string];
  const file = operands[3] ?? operands[1]!;
  const texts: Texts = {
    base: readSide(base, 'base', file) || null,
    ours: readSide(ours, 'ours', file),
    theirs: readSide(theirs, 'theirs', file),
  };
  const lines = gitLineMerge(context.cwd);
  const outcome = mergeFile(texts, lines, LABELS);
  if (outcome.failed !== undefined) {
    // What git would have done without the driver: a merge line by line, left as a conflict.
    const merged = lines(texts.base ?? '', texts.ours, texts.theirs, LABELS);
    if (merged.text !== texts.ours) write(ours, merged.text);
    ui.warn(ui.t('merge.fallback', { file, side: outcome.failed, reason: outcome.reason }));
    return 1;
  }
  if (outcome.text !== texts.ours) write(ours, outcome.text);
  if (outcome.conflicts.length === 0) return 0;
  ui.warn(ui.t('merge.conflict', { file, keys: outcome.conflicts.join(', ') }));
  return 1;
}
