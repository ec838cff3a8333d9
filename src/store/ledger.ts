/**
 * The ledger on disk: every `.md` file under `ledger/`, read and checked afresh on each run
 * (an office writes a few a month; the cache of items is not needed for them).
 */
import { join } from 'node:path';
import type { Config } from '../core/config.js';
import { analyzeLedger, crossCheckLedger, validEntries, type LedgerFile } from '../core/ledger-file.js';
import type { LedgerEntry } from '../core/ledger.js';
import { readText } from './files.js';
import type { Loaded } from './load.js';
import { listMarkdown } from './scan.js';

export const LEDGER_DIR = 'ledger';

export interface Ledger {
  files: LedgerFile[];
  /** Entries of files without errors. */
  entries: LedgerEntry[];
  /** Symbolic links not followed because they lead outside the workspace. */
  skipped: string[];
}

function readOne(root: string, path: string, config: Config): LedgerFile {
  try {
    const read = readText(join(root, path));
    if (read.problem) return { path, entry: null, problems: [read.problem], keyLines: {} };
    return analyzeLedger(read.text ?? '', path, config);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const problem = { rule: 'file-unreadable', severity: 'error' as const, line: 1, column: 1, params: { code } };
    return { path, entry: null, problems: [problem], keyLines: {} };
  }
}

/** Every ledger file with its problems; `item:` is checked against the ids of `loaded`'s item files. */
export function loadLedger(root: string, config: Config, loaded: Pick<Loaded, 'ids'>): Ledger {
  const { files: paths, skipped } = listMarkdown(root, [LEDGER_DIR]);
  const files = paths.map((path) => readOne(root, path, config));
  crossCheckLedger(files, loaded.ids());
  return { files, entries: validEntries(files), skipped };
}
