/** What a command says when a load left files out. */
import type { Ledger } from '../store/ledger.js';
import type { Loaded } from '../store/load.js';
import type { Ui } from './ui.js';

/** Tells, on stderr, that some files were left out because they have errors. */
export function reportBroken(ui: Ui, loaded: Loaded): void {
  const broken = loaded.files.filter((f) => f.problems.some((p) => p.severity === 'error')).length;
  if (broken) ui.warn(ui.t('load.broken', { count: broken }));
  if (loaded.skipped.length) ui.warn(ui.t('load.skipped', { count: loaded.skipped.length, first: loaded.skipped[0]! }));
}

/** Tells, on stderr, that some ledger entries were left out because their files have errors. */
export function reportBrokenLedger(ui: Ui, ledger: Ledger): void {
  const broken = ledger.files.filter((f) => f.problems.some((p) => p.severity === 'error')).length;
  if (broken) ui.warn(ui.t('ledger.broken', { count: broken }));
}
