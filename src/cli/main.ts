/**
 * The entry: works out the language and colour, builds the program, runs one command, and
 * turns every outcome into an exit code. The only place that decides how the process ends.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CommanderError } from 'commander';
import type { Lang } from '../core/config.js';
import type { Clock } from '../core/clock.js';
import { InfoError } from '../core/errors.js';
import { chooseLang } from '../i18n/index.js';
import { CONFIG_FILE, findRoot } from '../store/root.js';
import { createContext, type Context } from './context.js';
import type { Prompt } from './prompts.js';
import { buildProgram } from './program.js';
import { createUi, type Streams, type Ui } from './ui.js';

export interface RunOptions {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  streams: Streams;
  /** Replaces inquirer (tests). */
  prompt?: () => Promise<Prompt>;
}

/** Finds a flag's value before commander runs (`--lang en`, `--lang=en`). */
function peek(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

/** The config's `lang`, read cheaply (no YAML parser) so help is fast. */
function configLang(argv: readonly string[], cwd: string): Lang | undefined {
  const dir = peek(argv, '--dir');
  const root = dir ? resolve(cwd, dir) : findRoot(cwd);
  const file = root ? join(root, CONFIG_FILE) : undefined;
  if (!file || !existsSync(file)) return undefined;
  try {
    const m = /^lang:\s*["']?(zh-CN|en)["']?\s*(#.*)?$/m.exec(readFileSync(file, 'utf8'));
    return m?.[1] as Lang | undefined;
  } catch {
    return undefined;
  }
}

function langFlag(argv: readonly string[]): Lang | undefined | 'bad' {
  const value = peek(argv, '--lang');
  if (value === undefined) return undefined;
  return value === 'zh-CN' || value === 'en' ? value : 'bad';
}

function report(ui: Ui, error: InfoError): void {
  ui.err(`${ui.errColor.red(ui.t('label.error'))}${ui.t(`error.${error.code}`, error.params)}`);
  const file = String(error.params.file ?? '');
  for (const problem of error.problems) ui.err(`  ${ui.problemLine(ui.problem(file, problem))}`);
  const hint = `hint.${error.code}`;
  if (ui.t(hint) !== hint) ui.err(ui.errColor.dim(ui.t(hint, error.params)));
}

/** Commander's own errors (unknown flag, missing value) are usage errors: exit 2. */
function reportCommander(ui: Ui, error: CommanderError): number {
  if (error.exitCode === 0) return 0;
  // A command group run without a command: commander has printed its help to stderr.
  if (error.code === 'commander.help') return 2;
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const key = `commander.${error.code.replace('commander.', '')}`;
  const suggestion = /Did you mean (.+?)\?\)/.exec(error.message)?.[1];
  const text = ui.t(key) !== key ? ui.t(key, { name: quoted }) : error.message.replace(/^error: /, '');
  ui.err(`${ui.errColor.red(ui.t('label.error'))}${text}${suggestion ? ` ${ui.t('commander.suggestion', { name: suggestion })}` : ''}`);
  ui.err(ui.errColor.dim(ui.t('hint.usage')));
  return 2;
}

/** `INFO_NOW` pins the clock, for reproducible runs (tests, examples). */
function fixedClock(env: NodeJS.ProcessEnv): Clock | undefined {
  const pinned = env.INFO_NOW ? Date.parse(env.INFO_NOW) : NaN;
  return Number.isNaN(pinned) ? undefined : { now: () => new Date(pinned) };
}

export async function main({ argv, env, cwd, streams, prompt }: RunOptions): Promise<number> {
  const flag = langFlag(argv);
  const lang = chooseLang(flag === 'bad' ? undefined : flag, flag ? undefined : configLang(argv, cwd), env);
  const ui = createUi(lang, streams, env, !argv.includes('--no-color'));
  if (flag === 'bad') {
    ui.err(`${ui.errColor.red(ui.t('label.error'))}${ui.t('error.bad-lang', { value: String(peek(argv, '--lang')) })}`);
    return 2;
  }
  let context: Context | undefined;
  const state = { code: 0 };
  const program = buildProgram(ui, (dir) => (context ??= createContext(ui, { cwd, env, dir, clock: fixedClock(env), prompt })), streams, state);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return state.code;
  } catch (error) {
    if (error instanceof CommanderError) return reportCommander(ui, error);
    const debug = /(^|,)\s*(infodesk|\*)\s*(,|$)/.test(env.DEBUG ?? '');
    if (error instanceof InfoError) {
      report(ui, error);
      if (debug) ui.err(error.stack ?? '');
      return error.exit;
    }
    if (error instanceof Error && error.name === 'ExitPromptError') return 130;
    ui.err(`${ui.errColor.red(ui.t('label.error'))}${ui.t('error.internal', { message: error instanceof Error ? error.message : String(error) })}`);
    if (debug && error instanceof Error) ui.err(error.stack ?? '');
    else ui.err(ui.errColor.dim(ui.t('hint.internal')));
    return 1;
  }
}

/** Runs with the real process; the exit code is left for Node to use once output is flushed. */
export async function run(): Promise<void> {
  // A reader that stops early (`info list | head`) is not an error: stop quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
  process.exitCode = await main({ argv: process.argv.slice(2), env: process.env, cwd: process.cwd(), streams: process });
}
