import { describe, expect, it } from 'vitest';
import { InfoError } from '../../src/core/errors.js';
import { toItem } from '../../src/core/item.js';
import { planAdoption, planInstruction } from '../../src/core/records.js';
import { transition } from '../../src/core/transition.js';
import { updatedOf } from '../../src/core/query.js';
import { checkHistory, MOVES, reviewQueue } from '../../src/core/workflow.js';

/** SPEC section 4, copied by hand so the test does not read the table it checks. */
const SPEC_TABLE = `
draft      submitted archived
submitted  edited approved returned archived
returned   submitted archived
edited     approved returned
approved   published reported returned
published  reported archived
reported   adopted declined
adopted    archived
declined   archived
archived
`;
const allowed = new Map(
  SPEC_TABLE.trim()
    .split('\n')
    .map((line) => {
      const [from, ...to] = line.trim().split(/\s+/);
      return [from!, to] as const;
    }),
);
const statuses = [...allowed.keys()];
const pairs = statuses.flatMap((from) => statuses.map((to) => ({ from, to, legal: allowed.get(from)!.includes(to) })));

const meta = { at: '2026-11-05T10:00:00+08:00', by: '编辑甲', note: '请补充数据来源' };
const itemAt = (status: string) =>
  toItem(
    {
      id: '20261103-k7f2',
      status,
      history: [
        {
          at: '2026-11-03T09:12:00+08:00',
          by: '张三',
          to: status,
          ...(status === 'returned' ? { note: '请补充' } : {}),
        },
      ],
      adoptions: [],
      instructions: [],
    },
    'items/a.md',
  );

/** The fixtures start mid-life (first entry at any status), so the first-entry warning is left out. */
const chain = (status: string, history: Parameters<typeof checkHistory>[1]) =>
  checkHistory(status, history).filter((f) => f.params.detail !== 'first');

describe('the status table', () => {
  it('has exactly the statuses of SPEC section 4', () => {
    expect(Object.keys(MOVES).sort()).toEqual([...statuses].sort());
  });

  it.each(pairs.filter((p) => p.legal))('allows $from → $to', ({ from, to }) => {
    const entry = transition(itemAt(from), to, meta);
    expect(entry).toEqual({ at: meta.at, by: meta.by, from, to, note: meta.note });
    expect(chain(to, [...itemAt(from).history, entry])).toEqual([]);
  });

  it.each(pairs.filter((p) => !p.legal))('refuses $from → $to, naming the allowed moves', ({ from, to }) => {
    const attempt = () => transition(itemAt(from), to, meta);
    expect(attempt).toThrow(InfoError);
    try {
      attempt();
    } catch (error) {
      expect((error as InfoError).code).toBe('illegal-move');
      expect((error as InfoError).exit).toBe(1);
      expect((error as InfoError).params).toMatchObject({
        id: '20261103-k7f2',
        from,
        to,
        allowed: allowed.get(from)!.join(', ') || '—',
      });
    }
  });

  it('needs a note to return an item, and leaves the note out of other moves when blank', () => {
    expect(() => transition(itemAt('submitted'), 'returned', { ...meta, note: '  ' })).toThrow(
      expect.objectContaining({ code: 'note-required', exit: 2 }),
    );
    expect(transition(itemAt('submitted'), 'edited', { at: meta.at, by: meta.by, note: ' ' })).toEqual({
      at: meta.at,
      by: meta.by,
      from: 'submitted',
      to: 'edited',
    });
  });

  it('follows a narrowed table', () => {
    const narrowed = { ...MOVES, submitted: ['edited', 'returned'] };
    expect(() => transition(itemAt('submitted'), 'approved', meta, narrowed)).toThrow(
      expect.objectContaining({
        code: 'illegal-move',
        params: expect.objectContaining({ allowed: 'edited, returned' }),
      }),
    );
  });
});

describe('checkHistory', () => {
  const at = (day: number) => `2026-11-0${day}T09:00:00+08:00`;
  it('accepts the move an adoption makes from published, but not other moves outside the table', () => {
    const history = [
      { at: at(1), to: 'approved' },
      { at: at(2), from: 'approved', to: 'published' },
      { at: at(3), from: 'published', to: 'adopted' },
    ];
    expect(chain('adopted', history)).toEqual([]);
    const skipped = [
      { at: at(1), to: 'draft' },
      { at: at(2), from: 'draft', to: 'published' },
    ];
    expect(chain('published', skipped)).toEqual([
      expect.objectContaining({ severity: 'warning', params: expect.objectContaining({ detail: 'illegal' }) }),
    ]);
  });

  it('finds a broken chain and a status that is not the last move', () => {
    const history = [
      { at: at(1), to: 'draft' },
      { at: at(2), from: 'submitted', to: 'edited' },
    ];
    const found = checkHistory('approved', history).map((f) => f.params.detail);
    expect(found).toEqual(['chain', 'last']);
  });
});

describe('adoptions and instructions', () => {
  const adoption = { level: 'province', form: 'special', outlet: '《江苏政务信息》', date: '2026-11-20' };

  it.each(['reported', 'published'])('moves a %s item to adopted and records the adoption', (status) => {
    const plan = planAdoption(itemAt(status), adoption, meta);
    expect(plan.move).toEqual({ at: meta.at, by: meta.by, from: status, to: 'adopted', note: meta.note });
    expect(plan.edits).toEqual([
      { op: 'set', key: 'status', value: 'adopted' },
      { op: 'append', key: 'history', value: plan.move },
      { op: 'append', key: 'adoptions', value: adoption },
    ]);
  });

  it('adds a further adoption to an adopted item without a move, but not the same one twice', () => {
    const item = { ...itemAt('adopted'), adoptions: [{ ...adoption, level: 'city' }] };
    expect(planAdoption(item, adoption, meta)).toEqual({
      edits: [{ op: 'append', key: 'adoptions', value: adoption }],
      move: undefined,
    });
    expect(() => planAdoption({ ...item, adoptions: [adoption] }, adoption, meta)).toThrow(
      expect.objectContaining({ code: 'adopt-duplicate' }),
    );
  });

  it.each(statuses.filter((s) => !['reported', 'published', 'adopted'].includes(s)))(
    'refuses an adoption on a %s item',
    (status) => {
      expect(() => planAdoption(itemAt(status), adoption, meta)).toThrow(
        expect.objectContaining({
          code: 'adopt-status',
          params: expect.objectContaining({ allowed: 'reported, published, adopted' }),
        }),
      );
    },
  );

  it('records an instruction in the order SPEC 3 writes it, leaving out what is empty', () => {
    const plan = planInstruction(itemAt('adopted'), {
      leader: ' 王市长 ',
      text: '很好，请推广。',
      date: '2026-11-21',
      due: '2026-12-01',
    });
    expect(plan.edits).toEqual([
      {
        op: 'append',
        key: 'instructions',
        value: { leader: '王市长', date: '2026-11-21', text: '很好，请推广。', due: '2026-12-01' },
      },
    ]);
    expect(Object.keys(plan.edits[0]!.value as object)).toEqual(['leader', 'date', 'text', 'due']);
  });

  it('refuses a due date before the instruction, and the same instruction twice', () => {
    expect(() =>
      planInstruction(itemAt('adopted'), { leader: '王市长', text: '阅', date: '2026-11-21', due: '2026-11-20' }),
    ).toThrow(expect.objectContaining({ code: 'instruction-due', exit: 2 }));
    const item = { ...itemAt('adopted'), instructions: [{ leader: '王市长', text: '阅', date: '2026-11-21' }] };
    expect(() => planInstruction(item, { leader: '王市长', text: '阅', date: '2026-11-21' })).toThrow(
      expect.objectContaining({ code: 'instruction-duplicate' }),
    );
  });
});

describe('narrowing the table in the config', () => {
  it('keeps the defaults for statuses it does not name and removes moves it leaves out', async () => {
    const { readConfig } = await import('../../src/core/config.js');
    const { movesOf } = await import('../../src/core/workflow.js');
    const { config, findings } = readConfig({
      workflow: { moves: { submitted: ['edited', 'returned'], approved: [] } },
    });
    expect(findings).toEqual([]);
    const moves = movesOf(config);
    expect(moves.submitted).toEqual(['edited', 'returned']);
    expect(moves.approved).toEqual([]);
    expect(moves.draft).toEqual(allowed.get('draft'));
  });

  it('refuses a move the default table lacks and a status that does not exist', async () => {
    const { readConfig } = await import('../../src/core/config.js');
    const { findings } = readConfig({
      workflow: { moves: { draft: ['submitted', 'published'], drafts: ['submitted'] } },
    });
    expect(findings.map((f) => [f.params.key, f.params.value])).toEqual([
      ['workflow.moves.draft[1]', 'published'],
      ['workflow.moves.drafts', 'drafts'],
    ]);
  });
});

describe('the review queue', () => {
  it('orders heads (the time of their last move) as it orders whole items, the longest waiting first', () => {
    const items = [
      toItem(
        {
          id: '20261103-cccc',
          status: 'submitted',
          created: '2026-11-03',
          history: [{ at: '2026-11-05T09:00:00+08:00', to: 'submitted' }],
        },
        'c.md',
      ),
      toItem(
        {
          id: '20261103-bbbb',
          status: 'edited',
          created: '2026-11-03',
          history: [{ at: '2026-11-04T01:00:00Z', to: 'edited' }],
        },
        'b.md',
      ),
      toItem(
        {
          id: '20261103-aaaa',
          status: 'approved',
          created: '2026-11-03',
          history: [{ at: '2026-11-04T09:00:00+08:00', to: 'approved' }],
        },
        'a.md',
      ),
      toItem({ id: '20261101-dddd', status: 'reported', created: '2026-11-01', history: [] }, 'd.md'),
      toItem({ id: '20261101-eeee', status: 'draft', created: '2026-10-01', history: [] }, 'e.md'),
    ];
    const heads = items.map((i) => ({ id: i.id, status: i.status, created: i.created, updated: updatedOf(i) }));
    const order = reviewQueue(items).map((i) => i.id);
    expect(order).toEqual(['20261101-dddd', '20261103-aaaa', '20261103-bbbb', '20261103-cccc']);
    expect(reviewQueue(heads).map((h) => h.id)).toEqual(order);
  });
});
