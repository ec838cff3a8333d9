/**
 * `info git setup`: makes this clone merge item, topic and ledger files with `info
 * merge-file` (docs/cli.md 11). Registers the driver in the repository's config, by the
 * absolute paths of this node and this program, and gives the workspace the `.gitattributes`
 * and `.gitignore` lines it needs. Running it again changes nothing that is already right.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InfoError } from '../../core/errors.js';
import { DRIVER_KEY, DRIVER_NAME, driverCommand, missingLines, NAME_KEY, withLines } from '../../core/git-setup.js';
import { configValue, setConfig, workTree } from '../../store/git.js';
import { writeAtomic } from '../../store/write.js';
import type { Context } from '../context.js';
import type { GitSetupOptions } from './git-flags.js';

const PACKAGE = new URL('../../../', import.meta.url);

type FileChange = 'created' | 'updated' | 'unchanged';

/** git runs the driver through sh; on Windows, that sh reads `C:/…` paths. */
const forSh = (path: string) => (process.platform === 'win32' ? path.replaceAll('\\', '/') : path);

/** This program as installed (from npx, a global install or a checkout): node and bin/info.js, by real path. */
function thisProgram(): { node: string; program: string } {
  const program = realpathSync(fileURLToPath(new URL('bin/info.js', PACKAGE)));
  return { node: forSh(process.execPath), program: forSh(program) };
}

/** Adds to a workspace file the lines of the package's template it lacks. */
function ensureLines(root: string, name: string, template: string): FileChange {
  const wanted = readFileSync(new URL(`templates/${template}`, PACKAGE), 'utf8');
  let existing: string | null = null;
  try {
    existing = readFileSync(join(root, name), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (existing === null) {
    writeAtomic(join(root, name), wanted);
    return 'created';
  }
  const missing = missingLines(existing, wanted);
  if (missing.length === 0) return 'unchanged';
  writeAtomic(join(root, name), withLines(existing, missing));
  return 'updated';
}

export async function run(_operands: string[], options: GitSetupOptions, context: Context): Promise<number> {
  const { ui } = context;
  const root = await context.root();
  const repository = workTree(root);
  if (repository === null) throw new InfoError('git-no-repo', { dir: root });
  const { node, program } = thisProgram();
  const command = driverCommand(node, program);
  const registered = configValue(root, DRIVER_KEY) === command;
  if (!registered) {
    setConfig(root, NAME_KEY, DRIVER_NAME);
    setConfig(root, DRIVER_KEY, command);
  }
  const attributes = ensureLines(root, '.gitattributes', 'gitattributes');
  const ignore = ensureLines(root, '.gitignore', 'gitignore');
  if (options.json) {
    ui.json({ repository, driver: command, changed: !registered, gitattributes: attributes, gitignore: ignore });
    return 0;
  }
  ui.out(ui.t(registered ? 'git.setup.registered' : 'git.setup.done', { repository }));
  for (const [name, change] of [
    ['.gitattributes', attributes],
    ['.gitignore', ignore],
  ] as const)
    if (change !== 'unchanged') ui.out(ui.t(`git.setup.${change}`, { name }));
  ui.err(ui.errColor.dim(ui.t('git.setup.next')));
  return 0;
}
