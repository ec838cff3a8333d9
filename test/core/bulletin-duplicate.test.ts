import { describe, expect, it } from 'vitest';
import { duplicateIssues, type IssueCopy } from '../../src/core/bulletin/duplicate.js';

const copy = (path: string, series: string, ref: string, items: string[], side?: 'ours' | 'theirs'): IssueCopy => ({
  path,
  series,
  name: series === 'zheng-wu-xin-xi' ? '政务信息' : '信息专报',
  ref,
  items,
  line: 2,
  ...(side && { side }),
});

describe('bulletin-duplicate', () => {
  it('names the two sides of an issue file a merge left with both versions', () => {
    const path = 'bulletins/2026/zheng-wu-xin-xi-2026-15.md';
    const found = duplicateIssues([
      copy(path, 'zheng-wu-xin-xi', '2026-15', ['a', 'b'], 'ours'),
      copy(path, 'zheng-wu-xin-xi', '2026-15', ['c'], 'theirs'),
    ]);
    expect(found).toEqual([
      {
        path,
        problem: {
          rule: 'bulletin-duplicate',
          severity: 'error',
          line: 2,
          column: 1,
          params: { detail: 'merge', ref: '2026-15', series: '政务信息', ours: 'a, b', theirs: 'c' },
        },
      },
    ]);
  });

  it('names the other file of an issue recorded twice, per series', () => {
    const found = duplicateIssues([
      copy('bulletins/2026/zheng-wu-xin-xi-2026-15.md', 'zheng-wu-xin-xi', '2026-15', ['a']),
      copy('bulletins/old/zheng-wu-xin-xi-2026-15.md', 'zheng-wu-xin-xi', '2026-15', ['a']),
      // Each series numbers on its own: another series' issue 15 is no duplicate.
      copy('bulletins/2026/xin-xi-zhuan-bao-2026-15.md', 'xin-xi-zhuan-bao', '2026-15', ['d']),
      copy('bulletins/2026/zheng-wu-xin-xi-2026-16.md', 'zheng-wu-xin-xi', '2026-16', ['e']),
    ]);
    expect(found.map((f) => [f.path, f.problem.params.others])).toEqual([
      ['bulletins/2026/zheng-wu-xin-xi-2026-15.md', 'bulletins/old/zheng-wu-xin-xi-2026-15.md'],
      ['bulletins/old/zheng-wu-xin-xi-2026-15.md', 'bulletins/2026/zheng-wu-xin-xi-2026-15.md'],
    ]);
  });
});
