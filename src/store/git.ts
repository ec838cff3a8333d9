/**
 * What infodesk asks of git: its line-by-line merge (`git merge-file`, for the bodies of
 * item files), the repository a workspace is in, and the merge driver's entry in the
 * repository's config. git is always run without a shell, its arguments as a list, so
 * nothing from a file or a path can become part of a command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InfoError } from '../core/errors.js';
import { DRIVER_KEY, driverPrograms } from '../core/git-setup.js';
import type { LineMerge } from '../core/merge/merge-file.js';

const MAX_OUTPUT = 64 << 20;

interface GitRun {
  status: number | null;
  stdout: string;
  /** git could not be started at all. */
  missing: boolean;
}

export function git(args: readonly string[], cwd: string): GitRun {
  const run = spawnSync('git', args, { cwd, maxBuffer: MAX_OUTPUT, timeout: 60_000, windowsHide: true });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT')
    return { status: null, stdout: '', missing: true };
  return { status: run.status, stdout: run.stdout?.toString('utf8') ?? '', missing: false };
}

/** `git merge-file` on three texts (written to a private temporary folder, removed after). */
export function gitLineMerge(cwd: string): LineMerge {
  return (base, ours, theirs, labels) => {
    const dir = mkdtempSync(join(tmpdir(), 'infodesk-merge-'));
    try {
      for (const [name, text] of [
        ['base', base],
        ['ours', ours],
        ['theirs', theirs],
      ] as const)
        writeFileSync(join(dir, name), text, { mode: 0o600 });
      const args = ['merge-file', '-p', '-L', labels.ours, '-L', 'base', '-L', labels.theirs];
      const run = git([...args, join(dir, 'ours'), join(dir, 'base'), join(dir, 'theirs')], cwd);
      if (run.missing) throw new InfoError('git-missing', {});
      // The number of conflicts (at most 127), or a failure.
      if (run.status === null || run.status > 127) throw new InfoError('git-failed', { command: 'git merge-file' });
      return { text: run.stdout, conflicts: run.status };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** The top folder of the work tree `dir` is in, or null outside one. */
export function workTree(dir: string): string | null {
  const run = git(['rev-parse', '--show-toplevel'], dir);
  if (run.missing) throw new InfoError('git-missing', {});
  return run.status === 0 ? run.stdout.trim() : null;
}

/** A value of the repository's config, or null when unset. */
export function configValue(dir: string, key: string): string | null {
  const run = git(['config', '--get', key], dir);
  if (run.missing) throw new InfoError('git-missing', {});
  return run.status === 0 ? run.stdout.replace(/\n$/, '') : null;
}

export function setConfig(dir: string, key: string, value: string): void {
  const run = git(['config', '--local', key, value], dir);
  if (run.status !== 0) throw new InfoError('git-failed', { command: `git config ${key}` });
}

/** Whether `dir` or a folder above it holds `.git` (a folder, or a file in a linked work tree). */
export function insideGit(dir: string): boolean {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return true;
    if (dirname(at) === at) return false;
  }
}

export type DriverState = 'ok' | 'missing' | 'stale';

/**
 * Whether this clone merges item files with infodesk: null where that is not asked for (no
 * `.gitattributes` naming the driver, not in a git work tree, no git); `missing` when the
 * driver is not registered; `stale` when it names a program that is no longer there.
 */
export function driverState(root: string): DriverState | null {
  let attributes = '';
  try {
    if (statSync(join(root, '.gitattributes')).size < 1 << 20)
      attributes = readFileSync(join(root, '.gitattributes'), 'utf8');
  } catch {
    return null;
  }
  if (!/\bmerge=infodesk\b/.test(attributes) || !insideGit(root)) return null;
  const run = git(['config', '--get', DRIVER_KEY], root);
  if (run.missing) return null;
  if (run.status !== 0) return 'missing';
  return driverPrograms(run.stdout.trim()).every((path) => existsSync(path)) ? 'ok' : 'stale';
}
