import { describe, expect, it } from 'vitest';
import { toItem } from '../../src/core/item.js';
import { dueDates, eventYears } from '../../src/core/dated.js';
import { topicText } from '../fixtures/month.js';
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
    expect(dueDates(item)).toEqual([]);
  });

  it('lists the due dates of the instructions that have one', () => {
    const item = toItem(
      {
        instructions: [
          { leader: 'x', date: '2026-05-05', text: 't', due: '2026-06-01' },
          { leader: 'y', date: '2026-05-06', text: 'u' },
        ],
      },
      'a.md',
    );
    expect(dueDates(item)).toEqual(['2026-06-01']);
  });
});

describe('the month report reads only the items of its year', () => {
  it('still counts a move written in the old year that falls in the new one in the configured zone', async () => {
    const files = {
      'items/a.md': itemText({
        id: '20251231-aaaa',
        created: '2025-12-31',
        status: 'submitted',
        history: ['{at: 2025-12-31T20:00:00-05:00, by: 张三, to: submitted}'],
      }),
      'items/b.md': itemText({
        id: '20240303-bbbb',
        created: '2024-03-03',
        status: 'submitted',
        history: ['{at: 2024-03-03T09:00:00+08:00, by: 张三, to: submitted}'],
      }),
    };
    const root = workspace(files);
    const warm = async () => JSON.parse((await cli(['report', '--month', '2026-01', '--json'], { cwd: root })).stdout);
    const first = await warm();
    expect(first.totals.submitted).toBe(1);
    expect(await warm()).toEqual(first);
    expect(
      JSON.parse((await cli(['--no-cache', 'report', '--month', '2026-01', '--json'], { cwd: root })).stdout),
    ).toEqual(first);
  });
});

describe('the month report reads topic answers from the heads', () => {
  it('counts an answer submitted in the year before, which is never decoded', async () => {
    const files = {
      'topics/t.md': topicText('20251215-t001', '年终约稿', '[发改委, 财政局]', '2026-01-10', '2025-12-15'),
      // Submitted 2025-12-20: no event of 2026, so only its head is read for the report of 2026-01.
      'items/a.md': itemText({
        id: '20251220-aaaa',
        created: '2025-12-20',
        status: 'submitted',
        extra: 'topic: 20251215-t001',
        history: ['{at: 2025-12-20T09:00:00+08:00, by: 张三, to: submitted}'],
      }),
      // A draft answers nothing.
      'items/b.md': itemText({
        id: '20251221-bbbb',
        created: '2025-12-21',
        department: '财政局',
        extra: 'topic: 20251215-t001',
      }),
    };
    const root = workspace(files);
    const report = async (...flags: string[]) =>
      JSON.parse((await cli([...flags, 'report', '--month', '2026-01', '--json'], { cwd: root })).stdout);
    const cold = await report('--no-cache');
    expect(cold.topics).toEqual([expect.objectContaining({ answered: ['发改委'], missing: ['财政局'] })]);
    await report();
    expect(await report()).toEqual(cold);
  });
});
