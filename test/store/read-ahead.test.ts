import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemText, ROOT, testdir, workspace } from '../helpers.js';

// The worker runs compiled code: the test takes the built modules (`npm test` builds first).
const built = async <T>(path: string) => (await import(join(ROOT, 'dist', path))) as T;
const { readAhead } = await built<typeof import('../../src/store/cache/read-ahead.js')>('store/cache/read-ahead.js');
const { readTextStamped } = await built<typeof import('../../src/store/files.js')>('store/files.js');
const { loadWorkspace } = await built<typeof import('../../src/store/load.js')>('store/load.js');
const { openWorkspace } = await built<typeof import('../../src/store/workspace.js')>('store/workspace.js');

/** Lets the worker run ahead until the ring is full. */
const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 40);

/** What the main thread reads itself: the text (or problem) and the stamp. */
function direct(root: string, path: string) {
  const { read, stats } = readTextStamped(join(root, path));
  return { read, stamp: { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino } };
}

describe('files read ahead by a worker', () => {
  // Sizes around a 64-byte ring: empty, small, exactly half, just under and over the whole ring.
  const sizes = [0, 5, 31, 32, 40, 63, 64, 65, 10, 50, 1, 33, 20, 20, 20, 20];
  const files = Object.fromEntries(
    sizes.map((size, i) => [`items/f${String(i).padStart(2, '0')}.md`, 'é'.repeat(size >> 1) + 'x'.repeat(size & 1)]),
  );
  const paths = Object.keys(files);

  it('give each file as the main thread would read it, the ring filled and wrapped many times over', () => {
    const root = testdir(files);
    const ahead = readAhead(root, paths, 64)!;
    expect(ahead).toBeDefined();
    paths.forEach((path, i) => {
      if (i % 3 === 0) pause();
      const got = ahead.take(i);
      // A file larger than the ring is left to the main thread.
      if (statSync(join(root, path)).size > 64) expect(got).toBeUndefined();
      else expect(got).toEqual(direct(root, path));
    });
    ahead.stop();
  });

  it('leave to the main thread what is not a regular file, or is gone, or cannot be decoded the same way twice', () => {
    const root = testdir({ 'items/a.md': 'first', 'items/c.md': 'third' });
    mkdirSync(join(root, 'items/b.md'));
    execFileSync('mkfifo', [join(root, 'items/pipe.md')]);
    const listed = ['items/a.md', 'items/b.md', 'items/pipe.md', 'items/gone.md', 'items/c.md'];
    const ahead = readAhead(root, listed)!;
    expect(listed.map((_, i) => ahead.take(i)?.read)).toEqual([
      { text: 'first' },
      undefined,
      undefined,
      undefined,
      { text: 'third' },
    ]);
    ahead.stop();
  });

  it('stop when told, mid-way, without waiting on the main thread', () => {
    const root = testdir(files);
    const ahead = readAhead(root, paths, 64)!;
    expect(ahead.take(0)).toEqual(direct(root, paths[0]!));
    ahead.stop();
    // Once stopped, every file is the main thread's: nothing waits on the worker.
    const started = Date.now();
    for (let i = 1; i < paths.length; i++) expect(ahead.take(i)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('a workspace loaded with its files read ahead', () => {
  it('has the same records and problems as one read on the main thread, and leaves a cache that serves every file next time', async () => {
    const good = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `items/2026/0${(i % 9) + 1}/f${i}.md`,
        itemText({ id: `20261103-b${String(i).padStart(3, '0')}`, title: `第${i}条信息` }),
      ]),
    );
    const broken = {
      'items/2026/01/syntax.md': itemText({ id: '20261103-zz01' }).replace('title:', 'title: ['),
      'items/2026/01/empty.md': '',
      'items/2026/01/gbk.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xd6, 0xd0, 0xce, 0xc4, 0x0a]),
      'items/2026/01/dup.md': itemText({ id: '20261103-b001', title: '重复' }),
      'items/2026/01/bom.md': `\ufeff${itemText({ id: '20261103-zz02', title: '带 BOM' })}`,
    };
    const load = (root: string, readAheadFrom: number) =>
      loadWorkspace(openWorkspace(root, root), { readAheadFrom, items: true });
    const plain = workspace({ ...good, ...broken });
    const ahead = workspace({ ...good, ...broken });
    const a = load(plain, Infinity);
    const b = load(ahead, 1);
    expect(b.files.length).toBe(35);
    expect(JSON.parse(JSON.stringify(b.files))).toEqual(JSON.parse(JSON.stringify(a.files)));
    expect(b.files.find((f) => f.path.endsWith('syntax.md'))!.problems[0]).toMatchObject({ rule: 'yaml-syntax' });
    expect(b.items.map((item) => item.id)).toEqual(a.items.map((item) => item.id));
    await new Promise((resolve) => setTimeout(resolve, 120));
    // Stored at the stamps the worker took: the next run reads nothing.
    load(ahead, 1);
    expect(load(ahead, 1).reused).toBe(35);
  });
});
