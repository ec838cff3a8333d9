import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPath, withLock } from '../../src/store/lock.js';
import { updateFile } from '../../src/store/update.js';
import { ROOT, testdir } from '../helpers.js';

const locks = (root: string) =>
  existsSync(join(root, '.info', 'locks')) ? readdirSync(join(root, '.info', 'locks')) : [];

function placeLock(root: string, rel: string, owner: object, ageMs = 0): string {
  const path = lockPath(root, rel);
  mkdirSync(join(root, '.info', 'locks'), { recursive: true });
  writeFileSync(path, JSON.stringify(owner));
  const then = (Date.now() - ageMs) / 1000;
  utimesSync(path, then, then);
  return path;
}

/** A pid that belonged to a process that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('close', resolve));
  return child.pid!;
}

describe('updateFile', () => {
  it('writes when the file still holds what was read, keeping its permissions, and leaves no lock behind', () => {
    const root = testdir({ 'items/a.md': 'old' });
    chmodSync(join(root, 'items/a.md'), 0o640);
    updateFile(root, 'items/a.md', 'old', 'new');
    expect(readFileSync(join(root, 'items/a.md'), 'utf8')).toBe('new');
    expect(statSync(join(root, 'items/a.md')).mode & 0o777).toBe(0o640);
    expect(locks(root)).toEqual([]);
    expect(readdirSync(join(root, 'items'))).toEqual(['a.md']);
  });

  it('refuses with file-changed when the file changed since it was read, and keeps the other change', () => {
    const root = testdir({ 'items/a.md': 'changed by someone else' });
    expect(() => updateFile(root, 'items/a.md', 'old', 'new')).toThrow(
      expect.objectContaining({ code: 'file-changed', exit: 1, params: { file: 'items/a.md' } }),
    );
    expect(readFileSync(join(root, 'items/a.md'), 'utf8')).toBe('changed by someone else');
    expect(locks(root)).toEqual([]);
  });

  it('compares bytes: a BOM added by an editor counts as a change', () => {
    const root = testdir({ 'items/a.md': '\uFEFFold' });
    expect(() => updateFile(root, join(root, 'items/a.md'), 'old', 'new')).toThrow(
      expect.objectContaining({ code: 'file-changed' }),
    );
  });

  it('refuses when the file was deleted meanwhile', () => {
    const root = testdir({ 'items/b.md': 'x' });
    expect(() => updateFile(root, 'items/a.md', 'old', 'new')).toThrow(
      expect.objectContaining({ code: 'file-changed' }),
    );
    expect(existsSync(join(root, 'items/a.md'))).toBe(false);
  });
});

describe('withLock', () => {
  it('takes over a lock whose owner process is gone', async () => {
    const root = testdir({ 'items/a.md': 'old' });
    placeLock(root, 'items/a.md', { pid: await deadPid(), host: hostname(), nonce: 'x' });
    updateFile(root, 'items/a.md', 'old', 'new', { waitMs: 200 });
    expect(readFileSync(join(root, 'items/a.md'), 'utf8')).toBe('new');
    expect(locks(root)).toEqual([]);
  });

  it('takes over a lock older than the stale limit even when its owner lives', () => {
    const root = testdir({ 'items/a.md': 'old' });
    placeLock(root, 'items/a.md', { pid: process.pid, host: hostname(), nonce: 'x' }, 60_000);
    updateFile(root, 'items/a.md', 'old', 'new', { waitMs: 200, staleMs: 30_000 });
    expect(readFileSync(join(root, 'items/a.md'), 'utf8')).toBe('new');
  });

  it('waits for a live lock and gives up with file-locked, writing nothing', () => {
    const root = testdir({ 'items/a.md': 'old' });
    const path = placeLock(root, 'items/a.md', { pid: process.pid, host: hostname(), nonce: 'x' });
    const started = Date.now();
    expect(() => updateFile(root, 'items/a.md', 'old', 'new', { waitMs: 150 })).toThrow(
      expect.objectContaining({ code: 'file-locked', params: { file: 'items/a.md', pid: process.pid } }),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(readFileSync(join(root, 'items/a.md'), 'utf8')).toBe('old');
    expect(readFileSync(path, 'utf8')).toContain('"nonce":"x"');
  });

  it('releases the lock when the work throws', () => {
    const root = testdir();
    expect(() =>
      withLock(root, 'items/a.md', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(locks(root)).toEqual([]);
  });

  it('never loses an update when processes write the same file at once', async () => {
    const root = testdir({ 'counter.txt': '' });
    const script = `
      import { readFileSync } from 'node:fs';
      import { updateFile } from ${JSON.stringify(join(ROOT, 'dist/store/update.js'))};
      const [root, name] = process.argv.slice(1);
      for (let done = 0; done < 10; ) {
        const before = readFileSync(root + '/counter.txt', 'utf8');
        try { updateFile(root, 'counter.txt', before, before + name + '\\n'); done++; }
        catch (error) { if (error.code !== 'file-changed') throw error; }
      }`;
    const runs = ['a', 'b', 'c', 'd'].map(
      (name) =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, ['--input-type=module', '-e', script, root, name], {
            stdio: 'inherit',
          });
          child.on('close', resolve);
        }),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0]);
    const lines = readFileSync(join(root, 'counter.txt'), 'utf8').trim().split('\n').sort();
    expect(lines).toEqual(['a', 'b', 'c', 'd'].flatMap((n) => new Array(10).fill(n)));
    expect(locks(root)).toEqual([]);
  });
});
