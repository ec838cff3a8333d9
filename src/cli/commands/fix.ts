/**
 * `info fix [REF...|--all] [--dry-run]`: the safe fixes (core/fix.ts) on the items named, or
 * on every item not yet published. Each file is read, fixed and written on its own (locked,
 * refused if changed meanwhile); one that fails does not stop the rest. `--dry-run` prints
 * the changes as a unified diff and writes nothing.
 */
import { InfoError, usage } from '../../core/errors.js';
import type { FixCounts } from '../../core/fix.js';
import { fixTotal } from '../../core/fix.js';
import { terminalSafe } from '../../core/printable.js';
import type { LintContext } from '../../core/lint/index.js';
import { unifiedDiff } from '../../render/diff.js';
import { planItemFix, writeItemFix } from '../../store/fix-file.js';
import { readItemFile } from '../../store/item-file.js';
import { loadTemplates } from '../../store/workspace.js';
import type { Context } from '../context.js';
import { errorText } from '../error-text.js';
import { fixRules } from '../fix-summary.js';
import type { Ui } from '../ui.js';
import type { FixOptions } from './fix-flags.js';

/** Items still on their way to publication: what `--all` mends. Published texts are the record of what went out. */
const AWAITING_PUBLICATION = new Set(['draft', 'submitted', 'returned', 'edited', 'approved']);

interface Tally {
  changed: number;
  unchanged: number;
  failed: number;
  fixes: number;
  json: { id: string; path: string; fixes: FixCounts }[];
}

function fixOne(ui: Ui, root: string, path: string, lint: LintContext, o: FixOptions, tally: Tally): void {
  const file = readItemFile(root, path, lint);
  const fix = planItemFix(file, lint);
  if (!fix) {
    tally.unchanged++;
    return;
  }
  if (o.dryRun) {
    if (!o.json) ui.write(colourDiff(ui, unifiedDiff(path, file.text, fix.next)));
  } else {
    writeItemFix(root, file, fix, lint);
  }
  const count = fixTotal(fix.counts);
  tally.changed++;
  tally.fixes += count;
  tally.json.push({ id: file.item.id, path, fixes: fix.counts });
  const line = ui.t(o.dryRun ? 'fix.would' : 'fix.changed', { file: path, count, rules: fixRules(ui, fix.counts) });
  // The diff is the result of a dry run: what it would do is said beside it, on stderr.
  if (o.dryRun || o.json) ui.err(line);
  else ui.out(line);
}

/** On a terminal, the file's text is made safe (no control character of its own) before it is coloured. */
function colourDiff(ui: Ui, diff: string): string {
  if (ui.color.level === 0) return diff;
  return diff
    .split('\n')
    .map((raw) => (ui.outTTY ? terminalSafe(raw, false) : raw))
    .map((line) =>
      line.startsWith('+') && !line.startsWith('+++')
        ? ui.color.green(line)
        : line.startsWith('-') && !line.startsWith('---')
          ? ui.color.red(line)
          : line.startsWith('@@')
            ? ui.color.cyan(line)
            : line,
    )
    .join('\n');
}

/** Says why an item was not fixed, on stderr, and counts it; anything but an InfoError is a bug. */
function failure(ui: Ui, tally: Tally, error: unknown): void {
  if (!(error instanceof InfoError)) throw error;
  tally.failed++;
  const { message, hint } = errorText(ui, error);
  ui.err(message);
  if (hint) ui.err(hint);
}

/** The item files to fix: every one awaiting publication, or those the REFs name (each once). */
async function itemsToFix(refs: readonly string[], o: FixOptions, context: Context, tally: Tally) {
  if (o.all) {
    const paths = (await context.load()).items.filter((i) => AWAITING_PUBLICATION.has(i.status)).map((i) => i.path);
    if (paths.length === 0) context.ui.err(context.ui.t('fix.none'));
    return paths.sort();
  }
  // Each named item is found by its file name, not by loading the workspace.
  const paths: string[] = [];
  for (const ref of refs) {
    try {
      const path = (await context.findItem(ref)).path;
      if (!paths.includes(path)) paths.push(path);
    } catch (error) {
      failure(context.ui, tally, error);
    }
  }
  return paths;
}

export async function run(refs: string[], o: FixOptions, context: Context): Promise<number> {
  const { ui } = context;
  if (o.all && refs.length) throw usage('fix-both', {});
  if (!o.all && refs.length === 0) throw usage('fix-what', {});
  const ws = await context.workspace();
  const lint: LintContext = { config: ws.config, templateLines: loadTemplates(ws.root).lines };
  const tally: Tally = { changed: 0, unchanged: 0, failed: 0, fixes: 0, json: [] };
  const paths = await itemsToFix(refs, o, context, tally);
  const unknown = tally.failed;
  for (const path of paths) {
    try {
      fixOne(ui, ws.root, path, lint, o, tally);
    } catch (error) {
      failure(ui, tally, error);
    }
  }
  if (o.json) ui.json(tally.json);
  const { changed, unchanged, fixes, failed } = tally;
  ui.err(
    ui.t(o.dryRun ? 'fix.summaryDry' : 'fix.summary', {
      items: paths.length + unknown,
      changed,
      unchanged,
      fixes,
      failed,
    }),
  );
  return failed ? 1 : 0;
}
