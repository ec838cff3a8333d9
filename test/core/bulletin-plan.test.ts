import { describe, expect, it } from 'vitest';
import { unfinishedIssueFindings, type IssueEntry } from '../../src/core/bulletin/cross.js';
import { itemStates, planIssue, unfinishedIssue } from '../../src/core/bulletin/plan.js';
import type { IssueRecord } from '../../src/core/bulletin/record.js';
import { approvedItems, namedItems } from '../../src/core/bulletin/select.js';
import type { InfoError } from '../../src/core/errors.js';
import { toItem, type Item } from '../../src/core/item.js';

function item(
  id: string,
  status: string,
  options: { category?: string; approvedAt?: string; bulletins?: string[] } = {},
): Item {
  const history = [{ at: '2026-11-01T09:00:00+08:00', by: '张三', to: 'submitted' }];
  if (status !== 'submitted')
    history.push({ at: options.approvedAt ?? '2026-11-02T09:00:00+08:00', by: '王', to: 'approved' });
  if (status !== 'approved' && status !== 'submitted')
    history.push({ at: '2026-11-03T09:00:00+08:00', by: '王', to: status });
  return toItem(
    {
      id,
      title: `标题${id}`,
      status,
      category: options.category ?? 'key',
      created: '2026-11-01',
      history,
      bulletins: options.bulletins ?? [],
    },
    `items/${id}.md`,
  );
}

const record = (number: number, items: string[], supplement = false): IssueRecord => ({
  year: 2026,
  number,
  supplement,
  path: `bulletins/2026/zheng-wu-xin-xi-2026-${supplement ? 's' : ''}${String(number).padStart(2, '0')}.md`,
  series: null,
  date: '2026-12-01',
  note: null,
  items,
});

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as InfoError;
  }
  throw new Error('expected an error');
};

describe('choosing items', () => {
  it('takes the approved items, key work first, then by the time each was signed off', () => {
    const items = [
      item('20261101-aaa1', 'approved', { category: 'hot', approvedAt: '2026-11-02T08:00:00+08:00' }),
      item('20261101-aaa2', 'approved', { category: 'key', approvedAt: '2026-11-05T08:00:00+08:00' }),
      item('20261101-aaa3', 'submitted'),
      item('20261101-aaa4', 'approved', { category: 'key', approvedAt: '2026-11-03T08:00:00+08:00' }),
      item('20261101-aaa5', 'approved', { category: 'highlight' }),
      item('20261101-aaa6', 'published', { bulletins: ['2026-01'] }),
    ];
    expect(approvedItems(items).map((i) => i.id)).toEqual([
      '20261101-aaa4',
      '20261101-aaa2',
      '20261101-aaa5',
      '20261101-aaa1',
    ]);
  });

  it('keeps named items in the order given, once each, and refuses one that is not approved, naming its status', () => {
    const a = item('20261101-aaa1', 'approved');
    const b = item('20261101-aaa2', 'approved');
    expect(namedItems([b, a, b]).map((i) => i.id)).toEqual([b.id, a.id]);
    const error = errorOf(() => namedItems([a, item('20261101-aaa3', 'edited')]));
    expect(error.code).toBe('issue-not-approved');
    expect(error.params).toMatchObject({ id: '20261101-aaa3', status: 'edited' });
  });
});

describe('planIssue', () => {
  const base = {
    records: [] as IssueRecord[],
    known: [],
    year: 2026,
    supplement: false,
    numbering: 'yearly' as const,
    label: null,
  };

  it('numbers a new issue after every known one, with its running total', () => {
    const items = [item('20261101-aaa1', 'approved')];
    const plan = planIssue({
      ...base,
      items,
      named: null,
      known: [
        { year: 2025, number: 40, supplement: false },
        { year: 2026, number: 3, supplement: false },
      ],
    });
    expect(plan).toMatchObject({ kind: 'new', ref: { year: 2026, number: 4, supplement: false }, total: 44 });
  });

  it('gives a supplement its own number and no running total', () => {
    const plan = planIssue({
      ...base,
      items: [item('20261101-aaa1', 'approved')],
      named: null,
      supplement: true,
      known: [{ year: 2026, number: 3, supplement: false }],
    });
    expect(plan).toMatchObject({ kind: 'new', ref: { number: 1, supplement: true }, total: null });
  });

  it('refuses when nothing is approved', () => {
    expect(errorOf(() => planIssue({ ...base, items: [item('20261101-aaa1', 'submitted')], named: null })).code).toBe(
      'issue-no-items',
    );
  });

  it('finishes an issue that lists an approved item lacking its ref instead of numbering a new one', () => {
    const done = item('20261101-aaa1', 'published', { bulletins: ['2026-02'] });
    const waiting = item('20261101-aaa2', 'approved');
    const other = item('20261101-aaa3', 'approved');
    const records = [record(1, ['20261101-aaa9']), record(2, [done.id, waiting.id, '20261101-gone'])];
    const plan = planIssue({ ...base, items: [done, waiting, other], named: null, records });
    expect(plan.kind).toBe('resume');
    if (plan.kind !== 'resume') return;
    expect(plan.record.number).toBe(2);
    expect(plan.states.map((s) => s.state)).toEqual(['done', 'waiting', 'missing']);
    expect(plan.others.map((i) => i.id)).toEqual([other.id]);
  });

  it('finishes the issue when the same items are named again, even those already published in it', () => {
    const done = item('20261101-aaa1', 'published', { bulletins: ['2026-02'] });
    const waiting = item('20261101-aaa2', 'approved');
    const plan = planIssue({
      ...base,
      items: [done, waiting],
      named: [done, waiting],
      records: [record(2, [done.id, waiting.id])],
    });
    expect(plan).toMatchObject({ kind: 'resume', record: { number: 2 }, others: [] });
  });

  it('does not take a complete issue for an unfinished one', () => {
    const done = item('20261101-aaa1', 'published', { bulletins: ['2026-02'] });
    const fresh = item('20261101-aaa2', 'approved');
    const plan = planIssue({
      ...base,
      items: [done, fresh],
      named: null,
      records: [record(2, [done.id])],
      known: [{ year: 2026, number: 2, supplement: false }],
    });
    expect(plan).toMatchObject({ kind: 'new', ref: { number: 3 } });
  });
});

describe('itemStates and unfinishedIssue', () => {
  it('tells each item of an issue apart: in it, waiting, moved elsewhere, gone', () => {
    const states = itemStates(
      record(4, ['20261101-aaa1', '20261101-aaa2', '20261101-aaa3', '20261101-aaa4']),
      [
        item('20261101-aaa1', 'reported', { bulletins: ['2026-04'] }),
        item('20261101-aaa2', 'approved'),
        item('20261101-aaa3', 'archived'),
      ],
      null,
    );
    expect(states.map((s) => s.state)).toEqual(['done', 'waiting', 'blocked', 'missing']);
  });

  it('picks the earliest unfinished issue, supplements after ordinary issues of the year', () => {
    const waiting = [item('20261101-aaa1', 'approved'), item('20261101-aaa2', 'approved')];
    const found = unfinishedIssue([record(3, ['20261101-aaa2']), record(1, ['20261101-aaa1'], true)], waiting, null);
    expect(found?.number).toBe(3);
  });
});

describe('the validate rule issue-unfinished', () => {
  it('warns on an item an issue file lists that lacks the issue’s ref, at its bulletins line', () => {
    const entries: IssueEntry[] = [
      {
        path: 'items/a.md',
        id: '20261101-aaa1',
        status: 'published',
        bulletins: ['2026-02'],
        keyLines: { bulletins: 12 },
      },
      {
        path: 'items/b.md',
        id: '20261101-aaa2',
        status: 'approved',
        bulletins: [],
        keyLines: { status: 5, bulletins: 12 },
      },
    ];
    const found = unfinishedIssueFindings(
      [record(2, ['20261101-aaa1', '20261101-aaa2', '20261101-gone'])],
      entries,
      '政务信息',
    );
    expect(found).toEqual([
      {
        path: 'items/b.md',
        problem: {
          rule: 'issue-unfinished',
          severity: 'warning',
          line: 12,
          column: 1,
          params: { ref: '2026-02', file: 'bulletins/2026/zheng-wu-xin-xi-2026-02.md', status: 'approved' },
        },
      },
    ]);
  });
});
