/**
 * merge-file over random pairs of histories grown from one base, the way the tool grows them
 * (`editFrontMatter`): every record of both sides is in the result exactly once (a move both
 * sides made is kept once, the earlier), the result does not depend on which side is ours
 * (up to the conflict markers), and a clean result is a valid history ending at its status.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFile } from '../../src/core/frontmatter.js';
import { mergeFile, type LineMerge } from '../../src/core/merge/merge-file.js';
import { compareRecords, recordKey } from '../../src/core/merge/records.js';
import { resolveConflicts } from '../../src/core/merge/sides.js';
import { editFrontMatter, type Edit } from '../../src/core/rewrite.js';
import { allowedMoves, checkHistory } from '../../src/core/workflow.js';

const LABELS = { ours: 'ours', theirs: 'theirs' };
const noLineMerge: LineMerge = () => {
  throw new Error('the bodies never both change here');
};

const START = [
  '---',
  'id: 20261101-k7f2',
  'title: 标题',
  'category: key      # 重点',
  'source: meeting',
  'status: draft',
  'department: 发改委',
  'authors: [张三]',
  'created: 2026-11-01',
  'tags: []',
  'history:',
  '  - {at: 2026-11-01T09:00:00+08:00, by: 张三, to: draft}',
  'adoptions: []',
  'instructions: []',
  'bulletins: []',
  '---',
  '正文。',
  '',
].join('\n');

type Op =
  | { kind: 'move'; pick: number; minutes: number; by: string }
  | { kind: 'adopt'; level: string; day: number }
  | { kind: 'instruct'; leader: string; day: number }
  | { kind: 'tag'; tag: string }
  | { kind: 'issue'; number: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      pick: fc.nat(9),
      minutes: fc.integer({ min: 1, max: 600 }),
      by: fc.constantFrom('甲', '乙'),
    }),
  },
  fc.record({
    kind: fc.constant('adopt' as const),
    level: fc.constantFrom('county', 'city', 'province'),
    day: fc.integer({ min: 1, max: 28 }),
  }),
  fc.record({
    kind: fc.constant('instruct' as const),
    leader: fc.constantFrom('王市长', '李书记'),
    day: fc.integer({ min: 1, max: 28 }),
  }),
  fc.record({ kind: fc.constant('tag' as const), tag: fc.constantFrom('民生', '项目', '安全') }),
  fc.record({ kind: fc.constant('issue' as const), number: fc.integer({ min: 1, max: 5 }) }),
);

interface State {
  text: string;
  status: string;
  /** Minutes after the start of the last move. */
  clock: number;
}

const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}`;
const stamp = (minutes: number) =>
  new Date(Date.parse('2026-11-01T09:00:00+08:00') + minutes * 60_000).toISOString().replace('.000Z', '+00:00');

function grow(state: State, ops: readonly Op[]): State {
  let { text, status, clock } = state;
  for (const o of ops) {
    const edits: Edit[] = [];
    if (o.kind === 'move') {
      const next = allowedMoves(status);
      if (next.length === 0) continue;
      const to = next[o.pick % next.length]!;
      clock += o.minutes;
      const note = to === 'returned' ? { note: '请补充数据' } : {};
      edits.push({ op: 'append', key: 'history', value: { at: stamp(clock), by: o.by, from: status, to, ...note } });
      edits.push({ op: 'set', key: 'status', value: to });
      status = to;
    } else if (o.kind === 'adopt') {
      edits.push({ op: 'append', key: 'adoptions', value: { level: o.level, form: 'bulletin', date: day(o.day) } });
    } else if (o.kind === 'instruct') {
      edits.push({
        op: 'append',
        key: 'instructions',
        value: { leader: o.leader, level: 'city', date: day(o.day), text: '阅' },
      });
    } else if (o.kind === 'tag') {
      edits.push({ op: 'append', key: 'tags', value: o.tag });
    } else {
      edits.push({ op: 'append', key: 'bulletins', value: `2026-0${o.number}` });
    }
    // The tool never appends a record a list already holds.
    const data = splitFile(text).data!;
    const fresh = edits.filter(
      (e) => e.op === 'set' || !(data[e.key] as unknown[]).some((v) => recordKey(v) === recordKey(e.value)),
    );
    text = editFrontMatter(text, fresh);
  }
  return { text, status, clock };
}

const LISTS = ['history', 'adoptions', 'instructions', 'tags', 'bulletins'] as const;
type Data = Record<string, unknown>;
const read = (text: string): Data => splitFile(text).data!;
const keysOf = (data: Data, list: string) => ((data[list] as unknown[]) ?? []).map(recordKey);

/** Every record of both sides, each once; in history, a record may give way to the other side's earlier same move. */
function expectEveryRecordOnce(merged: Data[], ours: Data, theirs: Data): void {
  for (const list of LISTS) {
    const present = new Set(merged.flatMap((d) => keysOf(d, list)));
    for (const d of merged) expect(new Set(keysOf(d, list)).size, list).toBe(keysOf(d, list).length);
    for (const side of [ours, theirs]) {
      for (const record of (side[list] as unknown[]) ?? []) {
        if (present.has(recordKey(record))) continue;
        expect(list, `${recordKey(record)} is lost`).toBe('history');
        const { from, to } = record as { from: string; to: string };
        const kept = merged
          .flatMap((d) => d.history as { from?: string; to: string }[])
          .find((h) => h.from === from && h.to === to);
        expect(kept, `${recordKey(record)} is lost`).toBeDefined();
        expect(
          compareRecords({ value: kept, key: recordKey(kept) }, { value: record, key: recordKey(record) }),
        ).toBeLessThan(0);
      }
    }
    const all = new Set([ours, theirs].flatMap((d) => keysOf(d, list)));
    for (const key of present) expect(all.has(key), `${list}: ${key} came from nowhere`).toBe(true);
  }
}

describe('merge-file, property', () => {
  it('keeps every record of both sides once, whichever side is ours', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 5 }),
        fc.array(op, { maxLength: 6 }),
        fc.array(op, { maxLength: 6 }),
        (baseOps, oursOps, theirsOps) => {
          const base = grow({ text: START, status: 'draft', clock: 0 }, baseOps);
          const ours = grow(base, oursOps).text;
          const theirs = grow(base, theirsOps).text;
          const one = mergeFile({ base: base.text, ours, theirs }, noLineMerge, LABELS);
          const other = mergeFile({ base: base.text, ours: theirs, theirs: ours }, noLineMerge, LABELS);
          if (one.failed || other.failed) throw new Error(`merge failed: ${one.failed ?? other.failed}`);
          expect(one.conflicts).toEqual(other.conflicts);
          if (one.conflicts.length === 0) {
            const merged = read(one.text);
            expect(merged).toEqual(read(other.text));
            expectEveryRecordOnce([merged], read(ours), read(theirs));
            const errors = checkHistory(merged.status as string, merged.history as never[]).filter(
              (f) => f.severity === 'error',
            );
            expect(errors).toEqual([]);
          } else {
            // Moves to different states; status too, unless both ended in the same one.
            expect(one.conflicts).toContain('history');
            expect(['status', 'history']).toEqual(expect.arrayContaining(one.conflicts));
            const settled = (['ours', 'theirs'] as const).map((side) => read(resolveConflicts(one.text, side)));
            expect(settled[0]).toEqual(read(resolveConflicts(other.text, 'theirs')));
            expect(settled[1]).toEqual(read(resolveConflicts(other.text, 'ours')));
            expectEveryRecordOnce(settled, read(ours), read(theirs));
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
