/** Shared test helpers: temporary folders from inline trees, item fixtures, the built program in this process or in its own. */
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Prompt } from '../src/cli/prompts.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'info.js');

/** A compiled module under `dist/` (`npm test` builds first): what a worker thread runs is the built code. */
export const built = async <T>(path: string) => (await import(join(ROOT, 'dist', path))) as T;

const made: string[] = [];

/** Removes the folders `testdir` made; test/setup.ts calls it after each test file. */
export function removeTestdirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temporary folder holding `files` (path → text or bytes). Removed after the test file. */
export function testdir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'infodesk-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export const CONFIG = `office: 测试市人民政府办公室
lang: en
timezone: Asia/Shanghai
departments:
  - {name: 发改委, quota: 4}
  - {name: 财政局}
  - {name: 临江镇}
writers:
  - {name: 张三, department: 发改委, quota: 2}
  - {name: 李四, department: 财政局}
`;

/** The first of `names` that may be run from a folder on `path` (the PATH by default). */
export function findOnPath(names: string[], path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const name of names) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {}
    }
  }
  return undefined;
}

export interface ItemFixture {
  id?: string;
  title?: string;
  category?: string;
  source?: string;
  status?: string;
  department?: string;
  authors?: string;
  created?: string;
  history?: string[];
  extra?: string;
  body?: string;
}

/** An item file's text; every field can be overridden. */
export function itemText(f: ItemFixture = {}): string {
  const created = f.created ?? '2026-11-03';
  const history = f.history ?? [`{at: ${created}T09:12:00+08:00, by: 张三, to: ${f.status ?? 'draft'}}`];
  return [
    '---',
    `id: ${f.id ?? `${created.replaceAll('-', '')}-k7f2`}`,
    `title: ${f.title ?? '春节后海门市项目早开工'}`,
    `category: ${f.category ?? 'key'}`,
    `source: ${f.source ?? 'meeting'}`,
    `status: ${f.status ?? 'draft'}`,
    `department: ${f.department ?? '发改委'}`,
    `authors: ${f.authors ?? '[张三]'}`,
    `created: ${created}`,
    'history:',
    ...history.map((h) => `  - ${h}`),
    ...(f.extra ? [f.extra] : []),
    '---',
    f.body ?? '春节假期刚过，全市42个重点项目集中开工，总投资186亿元。',
    '',
  ].join('\n');
}

/** A workspace folder with the test config and the given extra files. */
export function workspace(files: Record<string, string | Uint8Array> = {}, config = CONFIG): string {
  return testdir({ 'info.config.yaml': config, ...files });
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** stdin and stdout are terminals (100 columns): prompts may be shown. */
  tty?: boolean;
  /** Answers the prompts instead of inquirer. */
  prompt?: Prompt;
}

/** The built entry, as `npm test` builds it first: workers and `.cjs` files resolve as in the real program. */
const MAIN = pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href;

/**
 * Runs the built program in this process, as `bin/info.js` would, with fake terminals: no
 * colour, English unless told, a fixed user. What only a real process shows (the fast
 * `--help`/`--version`, standard input, pipes, PATH, TZ, processes racing for a lock) goes
 * through `spawnCli`.
 */
export async function cli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const { main } = (await import(MAIN)) as typeof import('../src/cli/main.js');
  const out: Buffer[] = [];
  let stderr = '';
  const tty = options.tty ?? false;
  const code = await main({
    argv: args,
    cwd: options.cwd ?? ROOT,
    env: { NO_COLOR: '1', LANG: 'en_US.UTF-8', INFO_USER: 'tester', ...options.env },
    streams: {
      // Bytes as a pipe would carry them (DOCX goes out as bytes), read back as UTF-8 like `spawnCli`.
      stdout: {
        write: (chunk: string | Uint8Array) => out.push(Buffer.from(chunk)),
        isTTY: tty,
        columns: tty ? 100 : undefined,
      },
      stderr: { write: (text: string) => (stderr += text), isTTY: tty },
      stdin: { isTTY: tty },
    },
    prompt: options.prompt ? async () => options.prompt! : undefined,
  });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr };
}

/** Runs the built `bin/info.js` in a process of its own with no colour, English unless told, a fixed user. */
export function spawnCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NO_COLOR: '1',
        LANG: 'en_US.UTF-8',
        INFO_USER: 'tester',
        ...options.env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Answers prompts from a script, in order, and records what was asked. */
export function scriptedPrompt(answers: unknown[]) {
  const asked: { kind: string; message: string; choices?: unknown[] }[] = [];
  const next = (kind: string, message: string, choices?: { value: unknown }[]) => {
    asked.push({ kind, message, choices: choices?.map((c) => c.value) });
    if (answers.length === 0) throw new Error(`no scripted answer for ${kind} “${message}”`);
    const answer = answers.shift();
    if (answer instanceof Error) return Promise.reject(answer);
    return Promise.resolve(answer);
  };
  const prompt: Prompt = {
    input: (message) => next('input', message) as Promise<string>,
    select: (message, choices) => next('select', message, choices) as never,
    checkbox: (message, choices) => next('checkbox', message, choices) as never,
    confirm: (message) => next('confirm', message) as Promise<boolean>,
  };
  return { prompt, asked };
}

/** Ctrl-C at an inquirer prompt rejects with this error. */
export function ctrlC(): Error {
  const error = new Error('User force closed the prompt with SIGINT');
  error.name = 'ExitPromptError';
  return error;
}
