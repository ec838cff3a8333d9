import { describe, expect, it } from 'vitest';
import { toItem } from '../../src/core/item.js';
import { instructionsDue, statusCounts } from '../../src/core/status.js';

const item = (id: string, status: string, instructions: Record<string, string>[] = []) =>
  toItem({ id, title: id, status, history: [], instructions }, `items/${id}.md`);

describe('status figures', () => {
  it('counts every status, zeros included', () => {
    const counts = statusCounts([item('a', 'draft'), item('b', 'draft'), item('c', 'adopted')]);
    expect(counts).toMatchObject({ draft: 2, adopted: 1, submitted: 0, archived: 0 });
    expect(Object.keys(counts)).toHaveLength(10);
  });

  it('lists instructions due within a week or past, soonest first, leaving archived items out', () => {
    const due = instructionsDue(
      [
        item('a', 'adopted', [
          { leader: '甲', date: '2026-11-01', text: 't', due: '2026-12-05' },
          { leader: '乙', date: '2026-11-01', text: 't', due: '2026-12-06' },
        ]),
        item('b', 'reported', [
          { leader: '丙', date: '2026-11-01', text: 't', due: '2026-11-20' },
          { leader: '丁', date: '2026-11-01', text: 't' },
        ]),
        item('c', 'archived', [{ leader: '戊', date: '2026-11-01', text: 't', due: '2026-11-20' }]),
      ],
      '2026-11-28',
    );
    expect(due.map((d) => [d.instruction.leader, d.days])).toEqual([
      ['丙', -8],
      ['甲', 7],
    ]);
  });
});
