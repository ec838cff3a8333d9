/**
 * Rewriting an existing workspace file without losing anyone's work: under the file's lock,
 * the file is read again and written (atomically) only if it still holds exactly the bytes
 * the command read. Otherwise another process, an editor or a `git pull` changed it in the
 * meantime, and the command refuses: exit 1, nothing lost.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { InfoError } from '../core/errors.js';
import { withLock, type LockOptions } from './lock.js';
import { toPosix } from './scan.js';
import { writeAtomic } from './write.js';

function current(abs: string): Buffer | undefined {
  try {
    return readFileSync(abs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Replaces the file at `path` (relative to `root`, or absolute) with `next`, provided it
 * still reads `original`; throws `file-changed` otherwise.
 */
export function updateFile(root: string, path: string, original: string, next: string, options?: LockOptions): void {
  const abs = isAbsolute(path) ? path : resolve(root, path);
  const rel = toPosix(relative(root, abs));
  withLock(
    root,
    rel,
    () => {
      const bytes = current(abs);
      if (!bytes?.equals(Buffer.from(original, 'utf8'))) {
        throw new InfoError('file-changed', { file: rel });
      }
      // Through a symbolic link (inside the workspace), the file it points to is replaced.
      const target = realpathSync(abs);
      if (next !== original) writeAtomic(target, next, statSync(target).mode & 0o7777);
    },
    options,
  );
}
