import { describe, expect, it } from 'vitest';
import { safeFileName, uniqueFileNames } from '../../src/core/file-name.js';

describe('file names from department names', () => {
  it.each([
    ['发改委', '发改委'],
    ['../../etc/passwd', '_.._etc_passwd'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j'],
    ['  .hidden. ', 'hidden'],
    ['CON', '_CON'],
    ['lpt1', '_lpt1'],
    ['', '_'],
    ['\u0007响铃\u001b[2J', '_响铃_[2J'],
  ])('%j → %j', (name, file) => {
    expect(safeFileName(name)).toBe(file);
  });

  it('keeps a long name within 120 bytes, whole characters only', () => {
    const name = safeFileName('局'.repeat(100));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(120);
    expect(name).toBe('局'.repeat(40));
  });

  it('names that meet after cleaning, or differ only in case, stay apart', () => {
    expect(uniqueFileNames(['a/b', 'a:b', 'AB', 'ab'], '.md')).toEqual(['a_b.md', 'a_b-2.md', 'AB.md', 'ab-2.md']);
  });
});
