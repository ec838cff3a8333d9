import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, itemText, testdir, workspace } from '../helpers.js';

const ID = '20261103-k7f2';
const FILE = `items/2026/11/${ID}-chun-jie.md`;

function office(): string {
  return workspace({
    [FILE]: itemText({ id: ID }),
    'items/2026/11/20261104-m3n8-qi-ta.md': itemText({ id: '20261104-m3n8', title: '另一条信息' }),
  });
}

describe('a command about one item, after the files were moved by hand', () => {
  it('still finds the item moved to another folder or renamed, and shows it as before', async () => {
    const root = office();
    const before = await cli(['show', ID, '--json'], { cwd: root });
    expect(before.code).toBe(0);
    mkdirSync(join(root, 'items/old'));
    for (const to of ['items/old/20261103-k7f2-chun-jie.md', 'items/old/renamed.md', 'items/2026/20990101-zzzz.md']) {
      const from = JSON.parse((await cli(['show', ID, '--json'], { cwd: root })).stdout).path as string;
      renameSync(join(root, from), join(root, to));
      const shown = await cli(['show', ID.slice(0, 11), '--json'], { cwd: root });
      expect(shown.code).toBe(0);
      expect(JSON.parse(shown.stdout)).toEqual({ ...JSON.parse(before.stdout), path: to });
    }
    const moved = await cli(['review', ID, '--to', 'submitted', '--by', '李四'], { cwd: root });
    expect(moved.code).toBe(0);
    expect(readFileSync(join(root, 'items/2026/20990101-zzzz.md'), 'utf8')).toContain('to: submitted');
    // The other commands about named items find it too.
    const out = testdir();
    const exported = await cli(['export', ID, '--format', 'md', '--out', out], { cwd: root });
    expect(exported.code).toBe(0);
    expect(readdirSync(out)).toHaveLength(1);
    expect((await cli(['fix', ID, '--dry-run'], { cwd: root })).code).toBe(0);
  });

  it('refuses an id made twice by copying a file, wherever the copy went, and changes nothing', async () => {
    for (const copy of [
      'items/2026/10/20261103-k7f2-chun-jie.md',
      'items/2026/11/20261103-k7f2-chun-jie copy.md',
      'items/2026/11/copy.md',
    ]) {
      const root = office();
      await cli(['show', ID], { cwd: root }); // the names are cached before the copy
      mkdirSync(join(root, 'items/2026/10'), { recursive: true });
      copyFileSync(join(root, FILE), join(root, copy));
      const text = readFileSync(join(root, FILE), 'utf8');
      const review = await cli(['review', ID, '--to', 'submitted', '--by', '李四'], { cwd: root });
      expect(review.code).toBe(1);
      expect(review.stderr).toContain(copy);
      // Not "give more of the id": the whole id is in two files, and the user is told what to do.
      expect(review.stderr).toContain(`id ${ID} is in 2 files`);
      expect(review.stderr).toContain('Keep one');
      expect(readFileSync(join(root, FILE), 'utf8')).toBe(text);
      const show = await cli(['show', ID], { cwd: root });
      expect(show.code).toBe(1);
      expect(show.stdout).toBe('');
      // Named by its path, the copy shows, with the duplicate id as its error.
      const byPath = await cli(['show', copy], { cwd: root });
      expect(byPath.stderr).toContain(FILE);
    }
  });
});
