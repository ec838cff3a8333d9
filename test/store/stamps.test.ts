import { statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stampsOf } from '../../src/store/stamps.js';
import { testdir } from '../helpers.js';

const stat = (root: string, path: string) => {
  const { size, mtimeMs, ctimeMs, ino } = statSync(join(root, path));
  return { size, mtimeMs, ctimeMs, ino };
};

describe('stamps taken in a worker', () => {
  const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`items/2026/0${(i % 9) + 1}/f${i}.md`, 'x'.repeat(i)]));
  const paths = [...Object.keys(files), 'items/gone.md'];

  it('are the stamps the main thread would take, and none for a file that is not there', () => {
    const root = testdir(files);
    utimesSync(join(root, paths[3]!), new Date('2020-01-02T03:04:05.678Z'), new Date('2020-01-02T03:04:05.678Z'));
    const stamps = stampsOf(root, paths, 1);
    const direct = stampsOf(root, paths, Infinity);
    for (let i = 0; i < paths.length - 1; i++) {
      expect(stamps.at(i)).toEqual(stat(root, paths[i]!));
      expect(direct.at(i)).toEqual(stat(root, paths[i]!));
    }
    expect(stamps.at(paths.length - 1)).toBeUndefined();
    expect(stamps.at(3)!.mtimeMs).toBeCloseTo(Date.parse('2020-01-02T03:04:05.678Z'), 0);
    stamps.stop();
  });

  it('see a file as it was when stated: an edit afterwards gives a different stamp from a new stat', () => {
    const root = testdir(files);
    const before = stampsOf(root, paths, 1);
    const first = before.at(0)!;
    writeFileSync(join(root, paths[0]!), 'changed, and longer than before');
    expect(first.size).toBe(0);
    expect(stampsOf(root, paths, 1).at(0)!.size).toBe(31);
  });
});
