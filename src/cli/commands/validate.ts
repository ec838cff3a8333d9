/** `info validate [PATH]...`: every problem of every file, in one run. */
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { usage } from '../../core/errors.js';
import type { Problem } from '../../core/problems.js';
import { loadLedger } from '../../store/ledger.js';
import { loadWorkspace } from '../../store/load.js';
import { issueFileFindings } from '../../store/issue-copies.js';
import { CONFIG_FILE } from '../../store/root.cjs';
import { isInside, toPosix, userPath } from '../../store/scan.js';
import { loadConfig } from '../../store/workspace.js';
import type { Context } from '../context.js';
import type { ValidateOptions } from './validate-flags.js';

/** Which workspace files the PATH arguments name (files or folders). */
function selection(root: string, cwd: string, args: readonly string[]): ((path: string) => boolean) | undefined {
  if (args.length === 0) return undefined;
  const wanted = args.map((arg) => {
    const abs = userPath(root, cwd, arg);
    if (!existsSync(abs)) throw usage('no-such-path', { path: arg });
    if (!isInside(root, abs)) throw usage('path-outside', { path: arg });
    return { rel: toPosix(relative(root, abs)), dir: statSync(abs).isDirectory() };
  });
  return (path) => wanted.some(({ rel, dir }) => rel === '' || (dir ? path.startsWith(`${rel}/`) : path === rel));
}

export async function run(paths: string[], options: ValidateOptions, context: Context): Promise<number> {
  const { ui } = context;
  const root = await context.root();
  const picked = selection(root, context.cwd, paths);
  // An invalid config is reported with the rest; the items are checked against the defaults.
  const { config, problems: configProblems } = loadConfig(root);
  const loaded = loadWorkspace({ root, config }, { ...context.loadDefaults, items: false });
  // Ledger files are checked like items, listed in path order with them.
  const ledger = loadLedger(root, config, loaded);
  const everyFile = [...loaded.files, ...ledger.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files = picked ? everyFile.filter((f) => picked(f.path)) : everyFile;
  const skipped = [...loaded.skipped, ...ledger.skipped];
  const links = picked ? skipped.filter((link) => picked(link)) : skipped;

  const all: Problem[] = [
    ...configProblems.map((p) => ui.problem(CONFIG_FILE, p)),
    ...files
      .filter((file) => file.problems.length > 0)
      .flatMap((file) => file.problems.map((p) => ui.problem(file.path, p))),
    ...links.map((link) =>
      ui.problem(link, { rule: 'symlink-outside', severity: 'warning', line: 1, column: 1, params: {} }),
    ),
    // Issue files after a git merge: conflict markers, the same issue built on two machines.
    ...issueFileFindings(root)
      .filter(({ path }) => !picked || picked(path))
      .map(({ path, problem }) => ui.problem(path, problem)),
  ];
  const errors = all.filter((p) => p.severity === 'error');
  const warnings = all.filter((p) => p.severity === 'warning');
  if (options.json) {
    ui.json({ files: files.length, errors, warnings });
  } else {
    for (const p of all) ui.out(ui.problemLine(p));
    const summary = ui.t('validate.summary', { files: files.length, errors: errors.length, warnings: warnings.length });
    ui.err(
      errors.length
        ? ui.errColor.red(summary)
        : warnings.length
          ? ui.errColor.yellow(summary)
          : ui.errColor.green(summary),
    );
  }
  return errors.length || (options.strict && warnings.length) ? 1 : 0;
}
