/**
 * Writing files so that a reader never sees half of one: write a temporary file beside the
 * target, flush it, then rename (or link, when the target must not exist yet).
 */
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

function tempFor(abs: string): { temp: string; fd: number } {
  const dir = dirname(abs);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  return { temp, fd: openSync(temp, 'wx', 0o644) };
}

function writeTemp(abs: string, content: string | Uint8Array, durable = true): string {
  const { temp, fd } = tempFor(abs);
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    if (durable) fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  return temp;
}

/**
 * Replaces (or creates) `abs` atomically. `durable: false` skips the flush to disk, for files
 * that are checked when read and rebuilt when damaged (the cache): after a power cut such a
 * file may be short or empty, which its reader rejects; other processes never see half of it.
 */
export function writeAtomic(abs: string, content: string | Uint8Array, options: { durable?: boolean } = {}): void {
  const temp = writeTemp(abs, content, options.durable ?? true);
  try {
    renameSync(temp, abs);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Creates `abs` atomically, never replacing an existing file: false when it exists. */
export function writeNew(abs: string, content: string | Uint8Array): boolean {
  const temp = writeTemp(abs, content);
  try {
    linkSync(temp, abs);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** A file written piece by piece (large, streamed) that appears under its name only when committed. */
export interface AtomicFile {
  fd: number;
  commit(): void;
  abort(): void;
}

/** Opens a temporary file beside `abs`; `commit` renames it over `abs`, `abort` removes it. */
export function openAtomic(abs: string, options: { durable?: boolean } = {}): AtomicFile {
  const { temp, fd } = tempFor(abs);
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    fd,
    commit() {
      if (options.durable ?? true) fsyncSync(fd);
      close();
      try {
        renameSync(temp, abs);
      } catch (error) {
        rmSync(temp, { force: true });
        throw error;
      }
    },
    abort() {
      close();
      rmSync(temp, { force: true });
    },
  };
}
