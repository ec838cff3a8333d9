import { statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { built, itemText, testdir, workspace } from '../helpers.js';

const { scanFiles, cachedScan } =
  await built<typeof import('../../src/store/cache/stamps.js')>('store/cache/stamps.js');
const { FileCache } = await built<typeof import('../../src/store/cache/cache.js')>('store/cache/cache.js');
const { loadWorkspace } = await built<typeof import('../../src/store/load.js')>('store/load.js');
const { openWorkspace } = await built<typeof import('../../src/store/workspace.js')>('store/workspace.js');

const stat = (root: string, path: string) => {
  const { size, mtimeMs, ctimeMs, ino } = statSync(join(root, path));
  return { size, mtimeMs, ctimeMs, ino };
};

describe('listing and stamps taken in a worker', () => {
  const files = Object.fromEntries(
    Array.from({ length: 40 }, (_, i) => [`items/2026/0${(i % 9) + 1}/f${i}.md`, 'x'.repeat(i)]),
  );

  it('list the files and stamp them as the main thread would, the main thread taking batches too', () => {
    const root = testdir({ ...files, 'topics/t.md': 't', 'items/note.txt': 'not listed' });
    utimesSync(
      join(root, 'items/2026/04/f3.md'),
      new Date('2020-01-02T03:04:05.678Z'),
      new Date('2020-01-02T03:04:05.678Z'),
    );
    const direct = scanFiles(root, ['items', 'topics'], false);
    // Batches of three: the worker and the main thread share them out.
    const worked = scanFiles(root, ['items', 'topics'], true, 3);
    const listing = direct.listing();
    expect(worked.listing()).toEqual(listing);
    expect(listing.files).toHaveLength(41);
    listing.files.forEach((path, i) => {
      expect(worked.at(i)).toEqual(stat(root, path));
      expect(direct.at(i)).toEqual(stat(root, path));
    });
    expect(worked.at(listing.files.indexOf('items/2026/04/f3.md'))!.mtimeMs).toBeCloseTo(
      Date.parse('2020-01-02T03:04:05.678Z'),
      0,
    );
    worked.stop();
  });

  it('give no stamp for a file gone since it was listed, and see a file as it was when stated', () => {
    const root = testdir(files);
    const scan = scanFiles(root, ['items'], true, 1000);
    const { files: listed } = scan.listing();
    const first = scan.at(0)!;
    writeFileSync(join(root, listed[0]!), 'changed, and longer than before');
    expect(first.size).toBe(0);
    expect(scanFiles(root, ['items'], true).at(0)!.size).toBe(31);
    scan.stop();
  });
});

describe('stamps of the files a cache lists, taken by a worker reading its path column', () => {
  /** A workspace loaded twice (the cache then holds its listing), and what its cache file says. */
  async function cachedWorkspace() {
    const root = workspace(
      Object.fromEntries(
        Array.from({ length: 12 }, (_, i) => [
          `items/2026/0${(i % 3) + 1}/f${i}.md`,
          itemText({ id: `20261103-aa${String(i).padStart(2, '0')}`, title: `第${i}条` }),
        ]),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 120));
    const ws = openWorkspace(root, root);
    loadWorkspace(ws);
    let found: import('../../src/store/cache/cache.js').CacheFound | undefined;
    const cache = FileCache.open(
      root,
      { config: ws.config, templateLines: new Set() },
      () => {
        throw new Error('not needed');
      },
      undefined,
      (f) => (found = f),
    );
    return { root, found: found!, paths: cache.paths };
  }

  it('are the stamps the main thread would take, batches shared out', async () => {
    const { root, found, paths } = await cachedWorkspace();
    expect(found.count).toBe(12);
    const scan = cachedScan(
      root,
      ['items'],
      { ...found, paths: found.paths!, folders: found.folders! },
      () => paths,
      true,
      2,
    );
    expect(scan.listing().files).toEqual([...paths]);
    for (const [i, path] of paths.entries()) expect(scan.at(i)).toEqual(stat(root, path));
    scan.stop();
  });

  it('are still right when the cache file was replaced meanwhile (the worker finds another inode and leaves it all to the main thread)', async () => {
    const { root, found, paths } = await cachedWorkspace();
    const scan = cachedScan(
      root,
      ['items'],
      { ...found, ino: found.ino + 1, paths: found.paths!, folders: found.folders! },
      () => paths,
      true,
      2,
    );
    for (const [i, path] of paths.entries()) expect(scan.at(i)).toEqual(stat(root, path));
    scan.stop();
  });

  it('fall back to walking the folders when the index could not be decoded after all', async () => {
    const { root, found } = await cachedWorkspace();
    const scan = cachedScan(
      root,
      ['items'],
      { ...found, paths: found.paths!, folders: found.folders! },
      () => undefined,
      true,
      2,
    );
    expect(scan.listing().files).toHaveLength(12);
    expect(scan.at(0)).toEqual(stat(root, scan.listing().files[0]!));
    scan.stop();
  });
});
