/**
 * The entry: works out the language and colour, builds the program, runs one command, and
 * turns every outcome into an exit code. The only place that decides how the process ends.
 */
import { isatty } from 'node:tty';
import { CommanderError } from 'commander';
import type { Clock } from '../core/clock.js';
import { InfoError } from '../core/errors.js';
import { chooseLang } from '../i18n/index.js';
import { configLang, langFlag, peek } from './lang.js';
import { createContext, type Context } from './context.js';
import { errorText } from './error-text.js';
import type { Prompt } from './prompts.js';
import { buildProgram } from './program.js';
import { createUi, wantsColor, type Streams, type Ui } from './ui.js';

export interface RunOptions {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  streams: Streams;
  /** Replaces inquirer (tests). */
  prompt?: () => Promise<Prompt>;
}

function report(ui: Ui, error: InfoError): void {
  const { message, hint } = errorText(ui, error);
  ui.err(message);
  if (hint) ui.err(hint);
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
  ui.err(
    `${ui.errColor.red(ui.t('label.error'))}${text}${suggestion ? ` ${ui.t('commander.suggestion', { name: suggestion })}` : ''}`,
  );
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
  const colorWanted = !argv.includes('--no-color');
  const Chalk = wantsColor(streams, env, colorWanted) ? (await import('chalk')).Chalk : undefined;
  const ui = createUi(lang, streams, env, colorWanted, Chalk);
  if (flag === 'bad') {
    ui.err(`${ui.errColor.red(ui.t('label.error'))}${ui.t('error.bad-lang', { value: String(peek(argv, '--lang')) })}`);
    return 2;
  }
  let context: Context | undefined;
  const state = { code: 0 };
  const program = buildProgram(
    ui,
    (dir, load) => (context ??= createContext(ui, { cwd, env, dir, clock: fixedClock(env), prompt, load })),
    streams,
    state,
  );
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
    ui.err(
      `${ui.errColor.red(ui.t('label.error'))}${ui.t('error.internal', { message: error instanceof Error ? error.message : String(error) })}`,
    );
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
  // Whether stdin is a terminal, without `process.stdin`: opening that stream makes a piped
  // stdin non-blocking, for every process that shares the pipe (`a | cmp - <(info …)`).
  const streams = { stdout: process.stdout, stderr: process.stderr, stdin: { isTTY: isatty(0) } };
  process.exitCode = await main({ argv: process.argv.slice(2), env: process.env, cwd: process.cwd(), streams });
}
