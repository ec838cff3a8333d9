import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';

describe('translator', () => {
  it('counts nouns in English: one file, two files, no files', () => {
    const t = translator('en');
    expect(t('validate.summary', { files: 1, errors: 0, warnings: 2 })).toBe('Checked 1 file: 0 errors, 2 warnings');
    expect(t('validate.summary', { files: 3, errors: 1, warnings: 1 })).toBe('Checked 3 files: 1 error, 1 warning');
  });

  it('leaves Chinese without plural forms', () => {
    expect(translator('zh-CN')('validate.summary', { files: 1, errors: 2, warnings: 0 })).toBe(
      '检查了 1 个文件：2 个错误，0 个提醒',
    );
  });
});
