/**
 * A lock per workspace file, across processes: a file under `.info/locks/` created with
 * `wx` (only one process can create it) holding its owner's pid, host and a nonce. A lock
 * whose owner process is gone, or that is older than `staleMs`, is taken over, so a crash
 * never leaves a file locked for good. Waiting is synchronous: locks are held for the few
 * milliseconds a write takes.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { InfoError } from '../core/errors.js';

export interface LockOptions {
  /** How long to wait for another process's lock before giving up. */
  waitMs?: number;
  /** A lock older than this is taken over even when its owner seems alive. */
  staleMs?: number;
}

interface Owner {
  pid: number;
  host: string;
  nonce: string;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => void Atomics.wait(sleeper, 0, 0, ms);

/** `.info/locks/<name>-<hash>.lock`: readable, and unique for the file's workspace path. */
export function lockPath(root: string, rel: string): string {
  const hash = createHash('sha256').update(rel).digest('hex').slice(0, 16);
  const name = basename(rel)
    .replace(/[^\w.-]/g, '_')
    .slice(0, 40);
  return join(root, '.info', 'locks', `${name}-${hash}.lock`);
}

function readOwner(path: string): { owner: Partial<Owner>; text: string; age: number } | undefined {
  try {
    const age = Date.now() - statSync(path).mtimeMs;
    const text = readFileSync(path, 'utf8');
    let owner: Partial<Owner> = {};
    try {
      owner = JSON.parse(text) as Partial<Owner>;
    } catch {
      // Being written right now, or damaged: only its age can tell.
    }
    return { owner, text, age };
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(found: { owner: Partial<Owner>; age: number }, staleMs: number): boolean {
  if (found.age > staleMs) return true;
  const { pid, host } = found.owner;
  return typeof pid === 'number' && host === hostname() && !alive(pid);
}

/**
 * Moves a stale lock aside, then checks that what was moved is the lock judged stale; if a
 * fresh lock took its place in between, it is put back.
 */
function takeOver(path: string, seen: string): void {
  const aside = `${path}.${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return; // another process took it over first
  }
  if (readFileSync(aside, 'utf8') !== seen) {
    try {
      linkSync(aside, path); // never replaces a lock made in the meantime
    } catch {
      // Its owner finishes as usual; the file-changed check still guards the write.
    }
  }
  rmSync(aside, { force: true });
}

function tryCreate(path: string, owner: Owner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

function release(path: string, owner: Owner): void {
  const found = readOwner(path);
  if (found?.owner.nonce === owner.nonce) rmSync(path, { force: true });
}

/** Runs `fn` holding the lock of `rel` (a path relative to `root`). */
export function withLock<T>(root: string, rel: string, fn: () => T, options: LockOptions = {}): T {
  const { waitMs = 10_000, staleMs = 30_000 } = options;
  const path = lockPath(root, rel);
  mkdirSync(join(root, '.info', 'locks'), { recursive: true });
  const owner: Owner = { pid: process.pid, host: hostname(), nonce: randomBytes(8).toString('hex') };
  const deadline = Date.now() + waitMs;
  for (let round = 0; !tryCreate(path, owner); round++) {
    const found = readOwner(path);
    if (found && isStale(found, staleMs)) takeOver(path, found.text);
    else if (Date.now() > deadline) throw new InfoError('file-locked', { file: rel, pid: found?.owner.pid ?? '?' });
    else sleep(Math.min(100, 5 * 2 ** Math.min(round, 5)) + Math.random() * 10);
  }
  try {
    return fn();
  } finally {
    release(path, owner);
  }
}
