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

export function editorCommand(env: NodeJS.ProcessEnv): string[] {
  const words = splitCommand(env.VISUAL?.trim() || env.EDITOR?.trim() || '');
  return words.length ? words : [process.platform === 'win32' ? 'notepad' : 'vi'];
}

/**
 * Opens the editor on `file` and waits for it. Without a terminal (a script, a pipe) the
 * default editor is not started: `vi` would draw on whatever stdout is, then fail. An editor
 * the user named (`code --wait`, a script) is trusted to run without one.
 */
export function openEditor(env: NodeJS.ProcessEnv, file: string, terminal = true, shown = file): void {
  const [command, ...args] = editorCommand(env);
  const named = Boolean(env.VISUAL?.trim() || env.EDITOR?.trim());
  // `shown` is the file as the user reads it (relative to where they are): the messages name it.
  if (!named && !terminal) throw new InfoError('editor-no-terminal', { editor: command!, path: shown });
  const result = spawnSync(command!, [...args, file], { stdio: 'inherit', shell: false });
  if (result.error) throw new InfoError('editor-failed', { editor: command!, path: shown, reason: (result.error as NodeJS.ErrnoException).code ?? result.error.message });
  if (result.status !== 0) throw new InfoError('editor-failed', { editor: command!, path: shown, reason: `exit ${result.status ?? result.signal}` });
}
