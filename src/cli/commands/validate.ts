/** `info validate [PATH]...`: every problem of every file, in one run. */
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { usage } from '../../core/errors.js';
import type { Placed } from '../../core/analyze.js';
import { FIXABLE } from '../../core/fix.js';
import { rankFindings, tallyByRule } from '../../core/lint/rank.js';
import type { Problem } from '../../core/problems.js';
import { loadLedger } from '../../store/ledger.js';
import { loadWorkspace } from '../../store/load.js';
import { issueFileFindings } from '../../store/issue-copies.js';
import { CONFIG_FILE } from '../../store/root.cjs';
import { isInside, toPosix, userPath } from '../../store/scan.js';
import { loadConfig } from '../../store/workspace.js';
import type { Context } from '../context.js';
import type { Ui } from '../ui.js';
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

/**
 * One file's problems ranked for the editor (errors first, then what needs a person, then
 * what `info fix` mends), and, when its content findings are of several rules, their count
 * by rule on stderr, so one placeholder is not lost among three hundred commas.
 */
function printFile(ui: Ui, path: string, problems: readonly Placed[]): void {
  for (const p of rankFindings(problems)) ui.out(ui.problemLine(ui.problem(path, p)));
  const tally = tallyByRule(problems);
  if (tally.length < 2) return;
  const rules = tally.map(({ rule, count }) => `${rule} ${count}`).join(' · ');
  ui.err(ui.errColor.dim(ui.t('validate.tally', { file: path, rules })));
}

/** How many findings `info fix` mends: all of its rules' but a word with several right forms. */
function fixable(problems: readonly Placed[]): number {
  return problems
    .filter((p) => (FIXABLE as readonly string[]).includes(p.rule) && p.params.detail !== 'choice')
    .reduce((sum, p) => sum + (p.params.detail === 'more' ? Number(p.params.count) : 1), 0);
}

const symlink: Placed = { rule: 'symlink-outside', severity: 'warning', line: 1, column: 1, params: {} };

interface Found {
  configProblems: readonly Placed[];
  files: readonly { path: string; problems: readonly Placed[] }[];
  links: readonly string[];
  issues: readonly { path: string; problem: Placed }[];
}

/** One line per problem on stdout, file by file; the counts on stderr. */
function printText(ui: Ui, found: Found, errors: number, warnings: number): void {
  const { configProblems, files, links, issues } = found;
  for (const p of configProblems) ui.out(ui.problemLine(ui.problem(CONFIG_FILE, p)));
  for (const file of files) if (file.problems.length) printFile(ui, file.path, file.problems);
  for (const link of links) ui.out(ui.problemLine(ui.problem(link, symlink)));
  for (const { path, problem } of issues) ui.out(ui.problemLine(ui.problem(path, problem)));
  const summary = ui.t('validate.summary', { files: files.length, errors, warnings });
  ui.err(errors ? ui.errColor.red(summary) : warnings ? ui.errColor.yellow(summary) : ui.errColor.green(summary));
  const count = fixable(files.flatMap((f) => f.problems));
  if (count) ui.err(ui.t('validate.fixable', { count }));
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

  // Issue files after a git merge: conflict markers, the same issue built on two machines.
  const issues = issueFileFindings(root).filter(({ path }) => !picked || picked(path));
  const placed = [
    ...configProblems,
    ...files.flatMap((f) => f.problems),
    ...links.map(() => symlink),
    ...issues.map((i) => i.problem),
  ];
  const errors = placed.filter((p) => p.severity === 'error').length;
  const warnings = placed.length - errors;
  if (options.json) {
    const all: Problem[] = [
      ...configProblems.map((p) => ui.problem(CONFIG_FILE, p)),
      ...files.flatMap((file) => file.problems.map((p) => ui.problem(file.path, p))),
      ...links.map((link) => ui.problem(link, symlink)),
      ...issues.map(({ path, problem }) => ui.problem(path, problem)),
    ];
    ui.json({
      files: files.length,
      errors: all.filter((p) => p.severity === 'error'),
      warnings: all.filter((p) => p.severity === 'warning'),
    });
  } else printText(ui, { configProblems, files, links, issues }, errors, warnings);
  return errors || (options.strict && warnings) ? 1 : 0;
}
