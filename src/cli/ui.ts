/**
 * The terminal as commands see it: results to stdout, everything else to stderr, colour
 * only on a TTY (and never with NO_COLOR or --no-color), every message in one language.
 */
import type { ChalkInstance } from 'chalk';
import type { Placed } from '../core/analyze.js';
import { clip, clipLines, printableLine, safeJson, terminalSafe } from '../core/printable.js';
import type { Params, Problem } from '../core/problems.js';
import type { Labels, Lang, Translate } from '../i18n/index.js';
import { translator } from '../i18n/index.js';

export interface Streams {
  stdout: NodeJS.WriteStream | { write(chunk: string | Uint8Array): unknown; isTTY?: boolean; columns?: number };
  stderr: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean };
  stdin: { isTTY?: boolean };
}

export interface Ui {
  lang: Lang;
  t: Translate;
  /** The labels the open workspace's config renames: messages and flags use them. */
  labels: Labels;
  /** Colours for stdout and for stderr; plain when that stream is not a colour terminal. */
  color: ChalkInstance;
  errColor: ChalkInstance;
  /** Prompts are possible: both stdin and stdout are terminals. */
  interactive: boolean;
  /** stderr is a terminal (progress may be drawn there). */
  errTTY: boolean;
  /** The terminal's width when stdout is one. */
  width: number | undefined;
  /** stdout is a terminal (binary output must not go there). */
  outTTY: boolean;
  out(text: string): void;
  /** Text or bytes to stdout exactly as given (no newline added). */
  write(chunk: string | Uint8Array): void;
  err(text: string): void;
  json(value: unknown): void;
  /**
   * Bytes to stdout, resolving once they are out, so that their memory may be filled again;
   * false once the reader has gone (the entry then ends the run quietly).
   */
  pour(bytes: Uint8Array): Promise<boolean>;
  warn(text: string): void;
  /** A placed finding in the user's words. */
  problem(file: string, placed: Placed): Problem;
  /** `file:line:col  severity  rule  message`, coloured for stdout. */
  problemLine(problem: Problem): string;
}

function colorLevel(stream: { isTTY?: boolean }, wanted: boolean, env: NodeJS.ProcessEnv): 0 | 1 | 2 | 3 {
  if (!wanted || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return 1;
  if (!stream.isTTY) return 0;
  return env.COLORTERM === 'truecolor' ? 3 : /256/.test(env.TERM ?? '') ? 2 : 1;
}

const MAX_QUOTED = 120;
/** Messages on stderr may quote values from files (a title, a name): no line of one runs to megabytes. */
const MAX_MESSAGE_LINE = 2000;

/** A problem is one line: values quoted in it are cut short and show no control character. */
function quotable(params: Params): Params {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? printableLine(clip(v, MAX_QUOTED)) : v]),
  );
}

/**
 * A real stream (process.stdout) calls back once a chunk has left: on a pipe it may hold the
 * chunk queued after `write` returns, so the memory is not refilled before that. Anything
 * else (a test's fake) gets a copy.
 */
function pour(stdout: Streams['stdout'], bytes: Uint8Array): Promise<boolean> {
  if (!('writableLength' in stdout)) {
    stdout.write(Buffer.from(bytes));
    return Promise.resolve(true);
  }
  return new Promise((resolve) => stdout.write(bytes, (error) => resolve(!error)));
}

export type ChalkClass = typeof import('chalk').Chalk;

/** Text as it is, as chalk gives it at level 0: so that runs without colour need not load chalk. */
const plainText = (...parts: unknown[]) => parts.join(' ');
const plain: ChalkInstance = new Proxy(plainText, {
  get: (_, key) => (key === 'level' ? 0 : plain),
}) as unknown as ChalkInstance;

/** Whether either stream gets colour: only then is chalk worth loading (`await import('chalk')`). */
export function wantsColor(streams: Streams, env: NodeJS.ProcessEnv, colorWanted: boolean): boolean {
  return colorLevel(streams.stdout, colorWanted, env) > 0 || colorLevel(streams.stderr, colorWanted, env) > 0;
}

export function createUi(
  lang: Lang,
  streams: Streams,
  env: NodeJS.ProcessEnv,
  colorWanted: boolean,
  Chalk?: ChalkClass,
): Ui {
  const labels: Labels = {};
  const t = translator(lang, () => ui.labels);
  const paint = (stream: { isTTY?: boolean }) => {
    const level = colorLevel(stream, colorWanted, env);
    return level > 0 && Chalk ? new Chalk({ level }) : plain;
  };
  const color = paint(streams.stdout);
  const errColor = paint(streams.stderr);
  const problemMessage = (placed: Placed) => {
    const p = { ...placed, params: quotable(placed.params) };
    const detailed = p.params.detail !== undefined ? `rule.${p.rule}.${p.params.detail}` : '';
    return detailed && t(detailed) !== detailed ? t(detailed, p.params) : t(`rule.${p.rule}`, p.params);
  };
  const ui: Ui = {
    lang,
    t,
    labels,
    color,
    errColor,
    interactive: Boolean(streams.stdin.isTTY && streams.stdout.isTTY),
    errTTY: Boolean(streams.stderr.isTTY),
    width: streams.stdout.isTTY ? streams.stdout.columns : undefined,
    outTTY: Boolean(streams.stdout.isTTY),
    out: (text) => void streams.stdout.write(`${terminalSafe(text, color.level > 0)}\n`),
    // Report text onto a terminal is guarded like any line; into a pipe or as bytes it goes as it is.
    write: (chunk) =>
      void streams.stdout.write(
        typeof chunk === 'string' && streams.stdout.isTTY ? terminalSafe(chunk, color.level > 0) : chunk,
      ),
    err: (text) =>
      void streams.stderr.write(`${terminalSafe(clipLines(text, MAX_MESSAGE_LINE), errColor.level > 0)}\n`),
    json: (value) => void streams.stdout.write(`${safeJson(value)}\n`),
    pour: (bytes) => pour(streams.stdout, bytes),
    warn: (text) =>
      void streams.stderr.write(
        `${errColor.yellow(t('label.warning'))}${terminalSafe(clipLines(text, MAX_MESSAGE_LINE), errColor.level > 0)}\n`,
      ),
    problem: (file, p) => ({
      file,
      line: p.line,
      column: p.column,
      rule: p.rule,
      severity: p.severity,
      message: problemMessage(p),
    }),
    problemLine: (p) => {
      const severity = p.severity === 'error' ? color.red(p.severity) : color.yellow(p.severity);
      return `${printableLine(p.file)}:${p.line}:${p.column}  ${severity}  ${color.dim(p.rule)}  ${p.message}`;
    },
  };
  return ui;
}
