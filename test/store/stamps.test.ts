import { statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, testdir } from '../helpers.js';

// The worker runs compiled code: the test takes the built module (`npm test` builds first).
const { scanFiles } = (await import(join(ROOT, 'dist/store/stamps.js'))) as typeof import('../../src/store/stamps.js');

const stat = (root: string, path: string) => {
  const { size, mtimeMs, ctimeMs, ino } = statSync(join(root, path));
  return { size, mtimeMs, ctimeMs, ino };
};

describe('listing and stamps taken in a worker', () => {
  const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`items/2026/0${(i % 9) + 1}/f${i}.md`, 'x'.repeat(i)]));

  it('list the files and stamp them as the main thread would, the main thread taking batches too', () => {
    const root = testdir({ ...files, 'topics/t.md': 't', 'items/note.txt': 'not listed' });
    utimesSync(join(root, 'items/2026/04/f3.md'), new Date('2020-01-02T03:04:05.678Z'), new Date('2020-01-02T03:04:05.678Z'));
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
    expect(worked.at(listing.files.indexOf('items/2026/04/f3.md'))!.mtimeMs).toBeCloseTo(Date.parse('2020-01-02T03:04:05.678Z'), 0);
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
