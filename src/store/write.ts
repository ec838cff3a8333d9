/**
 * Writing files so that a reader never sees half of one: write a temporary file beside the
 * target, flush it, then rename (or link, when the target must not exist yet).
 */
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { link, mkdir, open, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

function tempFor(abs: string): { temp: string; fd: number } {
  const dir = dirname(abs);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  return { temp, fd: openSync(temp, 'wx', 0o644) };
}

function writeTemp(abs: string, content: string | Uint8Array, mode?: number): string {
  const { temp, fd } = tempFor(abs);
  try {
    if (mode !== undefined) fchmodSync(fd, mode);
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  return temp;
}

/** Replaces (or creates) `abs` atomically; `mode` keeps the permissions of the file replaced. */
export function writeAtomic(abs: string, content: string | Uint8Array, mode?: number): void {
  const temp = writeTemp(abs, content, mode);
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

/**
 * Writes a planned file under a fresh name (ids are random): a clash with an existing file
 * only draws again. Undefined when every draw clashed.
 */
export function writeFresh<P extends { path: string; text: string }>(
  root: string,
  plan: () => P,
  attempts = 8,
): P | undefined {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const planned = plan();
    if (writeNew(join(root, planned.path), planned.text)) return planned;
  }
  return undefined;
}

/**
 * `writeNew` without blocking the thread: many new files written at once (a ledger's
 * thousands of items) wait for the disk together, and their flushes share its journal.
 */
export async function writeNewAsync(abs: string, content: string | Uint8Array): Promise<boolean> {
  const dir = dirname(abs);
  const temp = join(dir, `.${basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // The folder usually exists (a month's folder takes many items): made only when it does not.
  const handle = await open(temp, 'wx', 0o644).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await mkdir(dir, { recursive: true });
    return open(temp, 'wx', 0o644);
  });
  try {
    try {
      await handle.writeFile(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, abs);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** `writeFresh` without blocking: `first` is the plan already drawn; a clash draws again. */
export async function writeFreshAsync<P extends { path: string; text: string }>(
  root: string,
  plan: () => P,
  first: P = plan(),
  attempts = 8,
): Promise<P | undefined> {
  let planned = first;
  for (let attempt = 0; attempt < attempts; attempt++, planned = plan()) {
    if (await writeNewAsync(join(root, planned.path), planned.text)) return planned;
  }
  return undefined;
}

/** A file written piece by piece (large, streamed) that appears under its name only when committed. */
export interface AtomicFile {
  fd: number;
  /** The temporary file, until committed. */
  temp: string;
  commit(): void;
  abort(): void;
}

/**
 * Opens a temporary file beside `abs`; `commit` renames it over `abs`, `abort` removes it.
 * `durable: false` skips the flush to disk, for files that are checked when read and rebuilt
 * when damaged (the cache): after a power cut such a file may be short or empty, which its
 * reader rejects; other processes never see half of it.
 */
export function openAtomic(abs: string, options: { durable?: boolean } = {}): AtomicFile {
  const { temp, fd } = tempFor(abs);
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    fd,
    temp,
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
