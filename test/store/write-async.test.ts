import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFreshAsync, writeNewAsync } from '../../src/store/write.js';
import { testdir } from '../helpers.js';

describe('writing many new files at once', () => {
  it('creates a file in a folder it makes, never replaces one, and leaves no temporary file', async () => {
    const dir = testdir();
    const abs = join(dir, 'items', '2026', '01', 'a.md');
    expect(await writeNewAsync(abs, '一')).toBe(true);
    expect(await writeNewAsync(abs, '二')).toBe(false);
    expect(readFileSync(abs, 'utf8')).toBe('一');
    expect(readdirSync(join(dir, 'items', '2026', '01'))).toEqual(['a.md']);
  });

  it('draws another plan when the first one’s name is taken', async () => {
    const dir = testdir();
    writeFileSync(join(dir, 'taken.md'), 'kept');
    const plans = ['taken.md', 'free.md'].map((path) => ({ path, text: path }));
    let drawn = 0;
    const written = await writeFreshAsync(dir, () => plans[++drawn]!, plans[0]);
    expect(written?.path).toBe('free.md');
    expect(readFileSync(join(dir, 'taken.md'), 'utf8')).toBe('kept');
    expect(existsSync(join(dir, 'free.md'))).toBe(true);
    expect(await writeFreshAsync(dir, () => plans[0]!, plans[0], 3)).toBeUndefined();
  });
});
