import { describe, expect, it } from 'vitest';
import { toItem } from '../../src/core/item.js';
import { eventYears } from '../../src/store/head.js';
import { cli, itemText, workspace } from '../helpers.js';

describe('eventYears', () => {
  it('lists the years of every date, and both years for dates near New Year', () => {
    const item = toItem(
      {
        created: '2025-06-01',
        history: [{ at: '2025-06-01T09:00:00+08:00' }, { at: '2025-12-31T20:00:00-05:00' }],
        adoptions: [{ level: 'city', date: '2027-01-02' }],
        instructions: [{ leader: 'x', date: '2026-05-05', text: 't' }],
      },
      'a.md',
    );
    expect(eventYears(item)).toEqual(['2025', '2026', '2027']);
  });
});

describe('the month report reads only the items of its year', () => {
  it('still counts a move written in the old year that falls in the new one in the configured zone', async () => {
    const files = {
      'items/a.md': itemText({ id: '20251231-aaaa', created: '2025-12-31', status: 'submitted', history: ['{at: 2025-12-31T20:00:00-05:00, by: 张三, to: submitted}'] }),
      'items/b.md': itemText({ id: '20240303-bbbb', created: '2024-03-03', status: 'submitted', history: ['{at: 2024-03-03T09:00:00+08:00, by: 张三, to: submitted}'] }),
    };
    const root = workspace(files);
    const warm = async () => JSON.parse((await cli(['report', '--month', '2026-01', '--json'], { cwd: root })).stdout);
    const first = await warm();
    expect(first.totals.submitted).toBe(1);
    expect(await warm()).toEqual(first);
    expect(JSON.parse((await cli(['--no-cache', 'report', '--month', '2026-01', '--json'], { cwd: root })).stdout)).toEqual(first);
  });
});
