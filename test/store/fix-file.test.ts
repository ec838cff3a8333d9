import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { InfoError } from '../../src/core/errors.js';
import { planItemFix, writeItemFix } from '../../src/store/fix-file.js';
import { readItemFile } from '../../src/store/item-file.js';
import { itemText, workspace } from '../helpers.js';

const lint = { config: DEFAULT_CONFIG, templateLines: new Set<string>() };

describe('fixing an item file', () => {
  it('plans nothing for a file with nothing to fix', () => {
    const root = workspace({ 'items/a.md': itemText() });
    expect(planItemFix(readItemFile(root, 'items/a.md', lint), lint)).toBeUndefined();
  });

  it('refuses a file changed since it was read, and loses neither version', () => {
    const root = workspace({ 'items/a.md': itemText({ body: '正文,内容。' }) });
    const file = readItemFile(root, 'items/a.md', lint);
    const fix = planItemFix(file, lint)!;
    const theirs = itemText({ body: '别人刚改过的正文,内容。' });
    writeFileSync(join(root, 'items/a.md'), theirs);
    expect(() => writeItemFix(root, file, fix, lint)).toThrow(InfoError);
    expect(readFileSync(join(root, 'items/a.md'), 'utf8')).toBe(theirs);
  });

  it('writes the fix and gives the file as it now is, analysed again', () => {
    const root = workspace({ 'items/a.md': itemText({ body: '正文,内容。' }) });
    const file = readItemFile(root, 'items/a.md', lint);
    expect(file.problems.map((p) => p.rule)).toEqual(['halfwidth-punctuation']);
    const after = writeItemFix(root, file, planItemFix(file, lint)!, lint);
    expect(after.problems).toEqual([]);
    expect(readFileSync(join(root, 'items/a.md'), 'utf8')).toBe(after.text);
    expect(after.text).toContain('正文，内容。');
  });
});
