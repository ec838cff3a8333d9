/**
 * One ledger file's text → its entry and every problem in it, and the rules across the
 * ledger (the same id twice, an item that does not exist). Pure.
 */
import { place, topLevelKeyLines, type Placed } from './analyze.js';
import type { Config } from './config.js';
import { duplicateIds } from './cross.js';
import { splitFile } from './frontmatter.js';
import { checkLedgerData, ledgerDepartmentFindings, toLedgerEntry, type LedgerEntry } from './ledger.js';

export interface LedgerFile {
  path: string;
  entry: LedgerEntry | null;
  problems: Placed[];
  keyLines: Record<string, number>;
}

export function analyzeLedger(text: string, path: string, config: Config): LedgerFile {
  const split = splitFile(text);
  const keyLines = topLevelKeyLines(split.matter);
  if (!split.data) return { path, entry: null, problems: place(split.findings, split.matter, keyLines), keyLines };
  const entry = toLedgerEntry(split.data, path);
  const findings = [...split.findings, ...checkLedgerData(split.data), ...ledgerDepartmentFindings(entry, config)];
  const problems = place(findings, split.matter, keyLines).sort((a, b) => a.line - b.line || a.column - b.column);
  return { path, entry, problems, keyLines };
}

/** Adds the findings across files: ids used twice, and `item:` naming no item of `itemIds`. */
export function crossCheckLedger(files: LedgerFile[], itemIds: ReadonlySet<string>): void {
  const entries = files.flatMap((f) => (f.entry?.id ? [{ path: f.path, id: f.entry.id, keyLines: f.keyLines }] : []));
  const found = duplicateIds(entries);
  for (const f of files) {
    const item = f.entry?.item;
    if (!item || itemIds.has(item)) continue;
    const problem: Placed = {
      rule: 'item-unknown',
      severity: 'error',
      line: f.keyLines.item ?? 1,
      column: 1,
      params: { item },
    };
    found.push({ path: f.path, problem });
  }
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const { path, problem } of found) {
    const file = byPath.get(path)!;
    file.problems = [...file.problems, problem].sort((a, b) => a.line - b.line || a.column - b.column);
  }
}

const valid = (f: LedgerFile) => f.entry !== null && !f.problems.some((p) => p.severity === 'error');

/** The entries of files without errors. */
export function validEntries(files: readonly LedgerFile[]): LedgerEntry[] {
  return files.filter(valid).map((f) => f.entry!);
}
