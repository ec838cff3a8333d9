/** What every command is handed: the terminal, the clock, the workspace, who is acting. */
import { systemClock, type Clock } from '../core/clock.js';
import type { ItemFinder } from '../store/find.js';
import type { FileRecord, Loaded } from '../store/load.js';
import type { LoadOptions } from '../store/load-options.js';
import type { Workspace } from '../store/workspace.js';
import type { Prompt } from './prompts.js';
import type { Ui } from './ui.js';

export interface Context {
  ui: Ui;
  cwd: string;
  env: NodeJS.ProcessEnv;
  clock: Clock;
  /** `--dir`, when given. */
  dir: string | undefined;
  /** The workspace's root folder, without reading its config. */
  root(): Promise<string>;
  /** The workspace, opened on first use (exit 1 with a hint to `info init` when none). */
  workspace(): Promise<Workspace>;
  /** How this run loads a workspace: `--no-cache`, `--dry-run` (read-only), the progress bar. */
  loadDefaults: LoadOptions;
  /** The workspace's files, loaded with this run's defaults and what the command asks for. */
  load(asked?: LoadOptions): Promise<Loaded>;
  /**
   * The item file `ref` names (an id, a unique start of one, or a path), read alone: found by
   * its name, else (renamed by hand) in the whole workspace.
   */
  findItem(ref: string): Promise<FileRecord>;
  /** Who acts: `--by`, INFO_USER, the config's `user`, git's user.name, the OS user. */
  actor(flag?: string): Promise<string>;
  /** The prompts (inquirer, loaded on first use; tests pass a fake). */
  prompt(): Promise<Prompt>;
}

// child_process and os load only when someone must be named (most commands never ask).
async function gitUser(cwd: string): Promise<string | undefined> {
  const { spawnSync } = await import('node:child_process');
  try {
    const result = spawnSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', timeout: 2000 });
    return result.status === 0 ? result.stdout.trim() || undefined : undefined;
  } catch {
    return undefined;
  }
}

async function osUser(): Promise<string> {
  const { userInfo } = await import('node:os');
  try {
    return userInfo().username;
  } catch {
    return 'user';
  }
}

export interface ContextOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  dir?: string;
  clock?: Clock;
  prompt?: () => Promise<Prompt>;
  load?: LoadOptions;
}

export function createContext(ui: Ui, options: ContextOptions): Context {
  let workspace: Workspace | undefined;
  let finder: ItemFinder | undefined;
  let everything: readonly FileRecord[] | undefined;
  const context: Context = {
    ui,
    cwd: options.cwd,
    env: options.env,
    clock: options.clock ?? systemClock,
    dir: options.dir,
    root: async () => (await import('../store/workspace.js')).locateRoot(options.dir, options.cwd),
    workspace: async () => {
      const { openWorkspace } = await import('../store/workspace.js');
      if (!workspace) {
        workspace = openWorkspace(options.dir, options.cwd);
        ui.labels = workspace.config.labels; // messages and flags name statuses as the config renames them
      }
      return workspace;
    },
    loadDefaults: options.load ?? {},
    load: async (asked = {}) =>
      (await import('../store/load.js')).loadWorkspace(await context.workspace(), {
        ...context.loadDefaults,
        ...asked,
      }),
    findItem: async (ref) => {
      const { ItemFinder } = await import('../store/find.js');
      finder ??= new ItemFinder(await context.workspace(), {
        cache: context.loadDefaults.cache !== false,
        // Loaded once: a run that falls back for one ref does not load again for the next.
        everything: async () => (everything ??= (await context.load()).files),
      });
      return finder.find(ref, context.cwd);
    },
    prompt: options.prompt ?? (async () => (await import('./prompts.js')).inquirerPrompt(ui.t)),
    actor: async (flag) => {
      const ws = await context.workspace();
      const named = flag?.trim() || options.env.INFO_USER?.trim() || ws.config.user?.trim();
      return named || (await gitUser(ws.root)) || (await osUser());
    },
  };
  return context;
}
