/**
 * Opening the user's editor on a file. The editor is started directly, never through a
 * shell, so nothing in a file name or title can run as a command.
 */
import { spawnSync } from 'node:child_process';
import { InfoError } from '../core/errors.js';

/** `code --wait` → ['code', '--wait']; quotes group words; nothing is expanded. */
export function splitCommand(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** The editor the user named (`VISUAL`, else `EDITOR`); none when neither is set. */
const namedEditor = (env: NodeJS.ProcessEnv) => splitCommand(env.VISUAL?.trim() || env.EDITOR?.trim() || '');

const DEFAULT_EDITOR = process.platform === 'win32' ? 'notepad' : 'vi';

export function editorCommand(env: NodeJS.ProcessEnv): string[] {
  const words = namedEditor(env);
  return words.length ? words : [DEFAULT_EDITOR];
}

/**
 * Opens the editor on `file` and waits for it. Without a terminal (a script, a pipe) the
 * default editor is not started: `vi` would draw on whatever stdout is, then fail. An editor
 * the user named (`code --wait`, a script) is trusted to run without one.
 */
export function openEditor(env: NodeJS.ProcessEnv, file: string, terminal = true, shown = file): void {
  // `shown` is the file as the user reads it (relative to where they are): the messages name it.
  if (!terminal && namedEditor(env).length === 0)
    throw new InfoError('editor-no-terminal', { editor: DEFAULT_EDITOR, path: shown });
  const [command, ...args] = editorCommand(env);
  const result = spawnSync(command!, [...args, file], { stdio: 'inherit', shell: false });
  if (result.error)
    throw new InfoError('editor-failed', {
      editor: command!,
      path: shown,
      reason: (result.error as NodeJS.ErrnoException).code ?? result.error.message,
    });
  if (result.status !== 0)
    throw new InfoError('editor-failed', {
      editor: command!,
      path: shown,
      reason: `exit ${result.status ?? result.signal}`,
    });
}
