/**
 * The guides run: every command of `docs/guide.en.md` and `docs/guide.zh-CN.md`, in order,
 * on a fresh copy of `examples/haimen`, as a reader following the guide would type it. A
 * command fails the test when it ends with another exit code than the guide says (0 unless
 * its comment says `exits N` / `退出码 N`).
 *
 * `info` runs the built program (`dist/`, as `bin/info.js` loads it) in this process, without
 * a terminal: a command that would prompt shows its documented behaviour without one. `cd`
 * and `export` change where and with what the next commands run, `alias` is passed over (the
 * built program is what `info` means here), and anything else goes to `sh` with `info`
 * defined as the built binary. Paths under `/tmp/` are moved into a temporary folder, and the
 * guide starts in a copy of the repository's `examples/`, so nothing outside is touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, testdir } from '../helpers.js';
import { expandWords, guideCommands, type GuideCommand } from './guide-commands.js';

type Main = typeof import('../../src/cli/main.js').main;

const MAIN = join(ROOT, 'dist', 'cli', 'main.js');

async function builtMain(): Promise<Main> {
  if (!existsSync(MAIN)) throw new Error('dist/ is missing: run npm run build first');
  return ((await import(pathToFileURL(MAIN).href)) as { main: Main }).main;
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Session {
  cwd: string;
  env: Record<string, string | undefined>;
  sandbox: string;
  main: Main;
}

async function runInfo(session: Session, args: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await session.main({
    argv: args,
    cwd: session.cwd,
    env: { ...session.env },
    streams: {
      stdout: { write: (chunk: string | Uint8Array) => (stdout += String(chunk)) },
      stderr: { write: (text: string) => (stderr += text) },
      stdin: {},
    },
  });
  return { code, stdout, stderr };
}

function runShell(session: Session, text: string): Outcome {
  const script = `info() { "${process.execPath}" "${BIN}" "$@"; }\n${text}`;
  const result = spawnSync('sh', ['-c', script], { cwd: session.cwd, env: session.env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs one command; `cd`, `export` and `alias` act on the session itself. */
async function step(session: Session, command: GuideCommand): Promise<Outcome> {
  const text = command.text.replaceAll('/tmp/', `${session.sandbox}/`);
  const words = expandWords({ ...command, text }, session.env);
  const done = { code: 0, stdout: '', stderr: '' };
  if (words?.[0] === 'cd') {
    session.env.OLDPWD = session.cwd;
    session.cwd = resolve(session.cwd, words[1] ?? session.env.HOME ?? '.');
    return existsSync(session.cwd) ? done : { ...done, code: 1, stderr: `cd: no such folder ${words[1]}` };
  }
  if (words?.[0] === 'export') {
    for (const pair of words.slice(1)) {
      const at = pair.indexOf('=');
      if (at > 0) session.env[pair.slice(0, at)] = pair.slice(at + 1);
    }
    return done;
  }
  if (words?.[0] === 'alias') return done;
  if (words?.[0] === 'info') {
    // The program must never run in the repository: every info command is in the copy.
    const outside = relative(session.sandbox, session.cwd).startsWith('..');
    expect(outside, `${command.text} runs outside the copy`).toBe(false);
    return runInfo(session, words.slice(1));
  }
  return runShell(session, text);
}

async function followGuide(name: string): Promise<{ infoCommands: number; cwd: string; sandbox: string }> {
  const guide = readFileSync(join(ROOT, 'docs', name), 'utf8');
  const sandbox = testdir();
  const repo = join(sandbox, 'repo');
  mkdirSync(join(repo, 'examples'), { recursive: true });
  // As committed: a cache left by runs in the repository (`.info/`, ignored by git) stays behind.
  cpSync(join(ROOT, 'examples', 'haimen'), join(repo, 'examples', 'haimen'), {
    recursive: true,
    filter: (source) => !source.split(sep).includes('.info'),
  });
  // The sample ledger the guides' "starting mid-year" brings in.
  cpSync(join(ROOT, 'examples', 'taizhang-2026.xlsx'), join(repo, 'examples', 'taizhang-2026.xlsx'));
  const session: Session = {
    cwd: repo,
    sandbox,
    main: await builtMain(),
    // A reader's shell: no colour in a log, a clock the guide pins itself (a fallback here).
    env: {
      PATH: process.env.PATH,
      HOME: sandbox,
      NO_COLOR: '1',
      LANG: 'C.UTF-8',
      INFO_NOW: '2026-11-30T10:00:00+08:00',
    },
  };
  let infoCommands = 0;
  for (const command of guideCommands(guide)) {
    const outcome = await step(session, command);
    if (command.text.startsWith('info ')) infoCommands++;
    const said = `${name}:${command.line}  ${command.text}\nexit ${outcome.code}\n${outcome.stdout.slice(-2000)}\n${outcome.stderr.slice(-2000)}`;
    expect(outcome.code, said).toBe(command.exit);
  }
  return { infoCommands, cwd: session.cwd, sandbox };
}

describe('the guides, run as written', () => {
  it.each(['guide.en.md', 'guide.zh-CN.md'])('%s: every command ends as the guide says', async (name) => {
    const { infoCommands, cwd, sandbox } = await followGuide(name);
    // A parser that found nothing would pass vacuously.
    expect(infoCommands).toBeGreaterThan(15);
    expect(cwd).toBe(join(sandbox, 'haimen'));
    // The guide's work happened in the copy: the issue it builds is there.
    expect(existsSync(join(cwd, 'bulletins', '2026'))).toBe(true);
  });
});

describe('reading a guide’s commands', () => {
  const env = { HOME: '/home/a' };

  it('joins continued lines, drops comments and reads an expected exit code', () => {
    const md = [
      'Text.',
      '```sh',
      'info new --title "A b" \\',
      "         --body 'x # y'   # a comment",
      'info review X --to approved   # exits 1: a draft is submitted first',
      '```',
      '```js',
      'info not-a-command',
      '```',
      '```sh',
      'info review Y --to 已签发    # 退出码 1：草稿须先报送',
      '```',
    ].join('\n');
    const commands = guideCommands(md);
    expect(commands.map((c) => [c.line, c.exit])).toEqual([
      [3, 0],
      [5, 1],
      [11, 1],
    ]);
    expect(commands[0]!.words).toEqual(['info', 'new', '--title', 'A b', '--body', 'x # y']);
  });

  it('splits at && and expands variables, except in single quotes', () => {
    const [copy, cd] = guideCommands('```sh\ncp -r a "$HOME/b" && cd $HOME/b\n```');
    expect(expandWords(copy!, env)).toEqual(['cp', '-r', 'a', '/home/a/b']);
    expect(expandWords(cd!, env)).toEqual(['cd', '/home/a/b']);
    const [quoted] = guideCommands('```sh\necho \'$HOME\' "\\$HOME"\n```');
    expect(expandWords(quoted!, env)).toEqual(['echo', '$HOME', '$HOME']);
  });

  it('leaves pipes and redirections to the shell', () => {
    const [piped] = guideCommands('```sh\ninfo list --json | head -1\n```');
    expect(piped!.words).toBeNull();
  });
});
