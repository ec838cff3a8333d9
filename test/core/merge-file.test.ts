import { describe, expect, it } from 'vitest';
import { splitFile } from '../../src/core/frontmatter.js';
import { mergeFile, type LineMerge, type Texts } from '../../src/core/merge/merge-file.js';
import { resolveConflicts } from '../../src/core/merge/sides.js';
import { editFrontMatter, type Edit } from '../../src/core/rewrite.js';

const LABELS = { ours: 'ours', theirs: 'theirs' };

/** The bodies in these tests never both change: a line merge asked for is a fault. */
const noLineMerge: LineMerge = () => {
  throw new Error('line merge asked for');
};

const BASE = [
  '---',
  'id: 20261103-k7f2',
  'title: 春节后海门市项目早开工   # 标题',
  'category: key            # key 重点',
  'source: meeting',
  'status: reported',
  'department: 发改委',
  'authors: [张三]',
  'created: 2026-11-03',
  'tags: [项目建设]',
  'x-contact: {name: 王五, phone: "0513-1234"}',
  'history:',
  '  - {at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted}',
  '  # signed off by the director',
  '  - {at: 2026-11-04T09:00:00+08:00, by: 徐主任, from: submitted, to: approved}',
  '  - {at: 2026-11-05T09:00:00+08:00, by: 周秘书, from: approved, to: reported}',
  'adoptions: []            # {level, form, outlet, date, issue?}',
  'instructions: []',
  'bulletins: []',
  '---',
  '第一段。',
  '',
  '第二段。',
  '',
].join('\n');

const edit = (text: string, ...edits: Edit[]) => editFrontMatter(text, edits);
const move = (at: string, by: string, from: string, to: string, note?: string): Edit[] => [
  { op: 'append', key: 'history', value: { at, by, from, to, ...(note ? { note } : {}) } },
  { op: 'set', key: 'status', value: to },
];
const adopt = (level: string, date: string): Edit => ({
  op: 'append',
  key: 'adoptions',
  value: { level, form: 'bulletin', date },
});
const instruct = (leader: string, date: string): Edit => ({
  op: 'append',
  key: 'instructions',
  value: { leader, level: 'city', date, text: '请抓好落实' },
});

function merge(texts: Texts, lines: LineMerge = noLineMerge) {
  const out = mergeFile(texts, lines, LABELS);
  if (out.failed) throw new Error(`merge failed: ${out.failed} ${out.reason}`);
  return out;
}

const data = (text: string) => splitFile(text.replace(/^\uFEFF/, '')).data!;

describe('merge-file: lists that only grow', () => {
  it('keeps an adoption from one side and an instruction from the other', () => {
    const ours = edit(
      BASE,
      ...move('2026-11-06T10:00:00+08:00', '甲', 'reported', 'adopted'),
      adopt('city', '2026-11-06'),
    );
    const theirs = edit(BASE, instruct('王市长', '2026-11-07'));
    const { text, conflicts } = merge({ base: BASE, ours, theirs });
    expect(conflicts).toEqual([]);
    const d = data(text);
    expect(d.status).toBe('adopted');
    expect(d.adoptions).toEqual([{ level: 'city', form: 'bulletin', date: '2026-11-06' }]);
    expect(d.instructions).toEqual([{ leader: '王市长', level: 'city', date: '2026-11-07', text: '请抓好落实' }]);
    // Every line ours had is still there, comments and all; the one added is theirs' record.
    expect(text).toContain('title: 春节后海门市项目早开工   # 标题\ncategory: key            # key 重点\n');
    expect(text).toContain('  # signed off by the director\n');
    expect(text).toContain('instructions:\n  - {leader: 王市长, level: city, date: 2026-11-07, text: 请抓好落实}\n');
  });

  it('keeps the same move made on both sides once, the earlier, and both adoptions', () => {
    const ours = edit(
      BASE,
      ...move('2026-11-06T10:00:00+08:00', '甲', 'reported', 'adopted'),
      adopt('city', '2026-11-06'),
    );
    const theirs = edit(
      BASE,
      ...move('2026-11-06T09:30:00+08:00', '乙', 'reported', 'adopted'),
      adopt('province', '2026-11-05'),
    );
    const { text, conflicts } = merge({ base: BASE, ours, theirs });
    expect(conflicts).toEqual([]);
    const d = data(text) as { history: { by: string; to: string }[]; adoptions: { level: string }[] };
    expect(d.history.map((h) => h.to)).toEqual(['submitted', 'approved', 'reported', 'adopted']);
    expect(d.history[3]!.by).toBe('乙');
    // Between the records both hold, the ones each side added go in time order.
    expect(d.adoptions.map((a) => a.level)).toEqual(['province', 'city']);
  });

  it('stops at moves from one state to two different states, keeping every record between markers', () => {
    const ours = edit(
      BASE,
      ...move('2026-11-06T10:00:00+08:00', '甲', 'reported', 'adopted'),
      adopt('city', '2026-11-06'),
    );
    const theirs = edit(BASE, ...move('2026-11-06T11:00:00+08:00', '乙', 'reported', 'declined'));
    const { text, conflicts } = merge({ base: BASE, ours, theirs });
    expect(conflicts).toEqual(['status', 'history']);
    expect(text).toContain(
      [
        '<<<<<<< ours',
        '  - {at: 2026-11-06T10:00:00+08:00, by: 甲, from: reported, to: adopted}',
        '=======',
        '  - {at: 2026-11-06T11:00:00+08:00, by: 乙, from: reported, to: declined}',
        '>>>>>>> theirs',
        'adoptions:',
      ].join('\n'),
    );
    expect(text).toContain('<<<<<<< ours\nstatus: adopted\n=======\nstatus: declined\n>>>>>>> theirs\n');
    // Settled either way, the file reads as a valid item that lost nothing of the other side.
    const keepOurs = data(resolveConflicts(text, 'ours'));
    expect(keepOurs.status).toBe('adopted');
    const keepTheirs = data(resolveConflicts(text, 'theirs')) as { status: string; adoptions: unknown[] };
    expect(keepTheirs.status).toBe('declined');
    expect(keepTheirs.adoptions).toHaveLength(1);
  });

  it('continues a run of moves one side took further', () => {
    const base = edit(BASE, { op: 'set', key: 'status', value: 'reported' });
    const ours = edit(base, ...move('2026-11-06T10:00:00+08:00', '甲', 'reported', 'adopted'));
    const theirs = edit(
      base,
      ...move('2026-11-06T09:00:00+08:00', '乙', 'reported', 'adopted'),
      ...move('2026-11-07T09:00:00+08:00', '乙', 'adopted', 'archived'),
    );
    const { text, conflicts } = merge({ base, ours, theirs });
    expect(conflicts).toEqual([]);
    expect(data(text).status).toBe('archived');
    expect((data(text).history as unknown[]).length).toBe(5);
  });

  it('unites tags and issue refs in flow lists, in ours’ layout', () => {
    const ours = edit(
      BASE,
      { op: 'append', key: 'tags', value: '民生' },
      { op: 'append', key: 'bulletins', value: '2026-15' },
    );
    const theirs = edit(
      BASE,
      { op: 'append', key: 'tags', value: '安全' },
      { op: 'append', key: 'bulletins', value: '2026-15' },
    );
    const { text, conflicts } = merge({ base: BASE, ours, theirs });
    expect(conflicts).toEqual([]);
    expect(text).toContain('tags: [项目建设, 安全, 民生]\n');
    expect(text).toContain('bulletins: [2026-15]\n');
  });

  it('gives the same records whichever side is ours', () => {
    const ours = edit(BASE, adopt('city', '2026-11-06'), instruct('甲', '2026-11-08'));
    const theirs = edit(BASE, adopt('province', '2026-11-07'), instruct('乙', '2026-11-06'));
    const one = data(merge({ base: BASE, ours, theirs }).text);
    const other = data(merge({ base: BASE, ours: theirs, theirs: ours }).text);
    expect(one).toEqual(other);
  });
});

describe('merge-file: other fields, three-way', () => {
  it('takes a change made on one side as that side wrote it', () => {
    const theirs = BASE.replace('title: 春节后海门市项目早开工   # 标题', 'title: "春节后项目早开工"  # 改过');
    const ours = edit(BASE, instruct('王市长', '2026-11-07'));
    const { text, conflicts } = merge({ base: BASE, ours, theirs });
    expect(conflicts).toEqual([]);
    expect(text).toContain('title: "春节后项目早开工"  # 改过\n');
  });

  it('adds a key only theirs has after the key it follows there, and removes one theirs removed', () => {
    const theirs = BASE.replace('source: meeting\n', 'source: meeting\nnature: result\n').replace(
      'x-contact: {name: 王五, phone: "0513-1234"}\n',
      '',
    );
    const { text, conflicts } = merge({ base: BASE, ours: BASE.replace('第二段。', '第二段，改。'), theirs });
    expect(conflicts).toEqual([]);
    expect(text).toContain('source: meeting\nnature: result\nstatus: reported\n');
    expect(text).not.toContain('x-contact');
    expect(text).toContain('第二段，改。');
  });

  it('marks a field both sides changed differently, and only that field', () => {
    const ours = BASE.replace('department: 发改委', 'department: [发改委, 财政局]');
    const theirs = BASE.replace('department: 发改委', 'department: 临江镇');
    const { text, conflicts } = merge({ base: BASE, ours, theirs });
    expect(conflicts).toEqual(['department']);
    expect(text).toContain(
      '<<<<<<< ours\ndepartment: [发改委, 财政局]\n=======\ndepartment: 临江镇\n>>>>>>> theirs\nauthors:',
    );
    expect(text.match(/<<<<<<</g)).toHaveLength(1);
  });

  it('merges topic and ledger files by the same rules (no schema needed)', () => {
    const ledger = [
      '---',
      'id: 20261120-q3w8',
      'department: 临江镇',
      'kind: late',
      'points: -5',
      'date: 2026-11-20',
      'note: 迟报',
      '---',
      '',
    ].join('\n');
    const ours = ledger.replace('points: -5', 'points: -3');
    const theirs = ledger.replace('note: 迟报', 'note: 迟报两天');
    const { text, conflicts } = merge({ base: ledger, ours, theirs });
    expect(conflicts).toEqual([]);
    expect(data(text)).toMatchObject({ points: -3, note: '迟报两天' });
  });
});

describe('merge-file: the file as a whole', () => {
  it('keeps ours’ BOM and CRLF, reading a side saved with LF', () => {
    const crlf = `\uFEFF${BASE.replaceAll('\n', '\r\n')}`;
    const ours = editFrontMatter(crlf, [adopt('city', '2026-11-06')]);
    const theirs = edit(BASE, instruct('王市长', '2026-11-07'));
    const { text, conflicts } = merge({ base: crlf, ours, theirs });
    expect(conflicts).toEqual([]);
    expect(text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(data(text).instructions).toHaveLength(1);
  });

  it('takes the body from the side that changed it, and asks the line merge only when both did', () => {
    const calls: string[][] = [];
    const lines: LineMerge = (base, ours, theirs) => {
      calls.push([base, ours, theirs]);
      return { text: ours.replace('第二段。', '第二段，改。'), conflicts: 0 };
    };
    const theirs = BASE.replace('第二段。', '第二段，改。');
    expect(merge({ base: BASE, ours: BASE, theirs }, lines).text).toBe(theirs);
    expect(calls).toEqual([]);
    const ours = BASE.replace('第一段。', '第一段，改。');
    const both = merge({ base: BASE, ours, theirs }, lines);
    expect(calls).toEqual([['第一段。\n\n第二段。\n', '第一段，改。\n\n第二段。\n', '第一段。\n\n第二段，改。\n']]);
    expect(both.text.endsWith('---\n第一段，改。\n\n第二段，改。\n')).toBe(true);
  });

  it('names the body among the conflicts when the line merge left markers there', () => {
    const lines: LineMerge = () => ({ text: '<<<<<<< ours\n甲\n=======\n乙\n>>>>>>> theirs\n', conflicts: 1 });
    const out = merge(
      { base: BASE, ours: BASE.replace('第一段。', '甲'), theirs: BASE.replace('第一段。', '乙') },
      lines,
    );
    expect(out.conflicts).toEqual(['body']);
  });

  it('merges two files added on both sides (no common ancestor)', () => {
    const ours = edit(BASE, adopt('city', '2026-11-06'));
    const theirs = edit(BASE, instruct('王市长', '2026-11-07'));
    const { text, conflicts } = merge({ base: null, ours, theirs });
    expect(conflicts).toEqual([]);
    expect(data(text)).toMatchObject({ adoptions: [{ level: 'city' }], instructions: [{ leader: '王市长' }] });
  });

  it('reads a common ancestor that holds conflict markers (a criss-cross merge) by one of its sides', () => {
    const base = BASE.replace(
      'department: 发改委',
      '<<<<<<< a\ndepartment: 发改委\n=======\ndepartment: 财政局\n>>>>>>> b',
    );
    const ours = edit(BASE, adopt('city', '2026-11-06'));
    const { conflicts } = merge({ base, ours, theirs: BASE.replace('第一段。', '第一段，改。') });
    expect(conflicts).toEqual([]);
  });

  it.each([
    ['ours', { ours: 'no front matter\n' }],
    ['theirs', { theirs: '---\ntitle: [unclosed\n---\n' }],
    ['theirs', { theirs: '---js\nmodule.exports = {}\n---\n' }],
    ['base', { base: '---\n- a list\n---\n' }],
    ['theirs', { theirs: BASE.replace('status: reported', '<<<<<<< x\nstatus: a\n=======\nstatus: b\n>>>>>>> y') }],
  ] as const)('refuses a side it cannot read as a file with front matter (%s)', (side, change) => {
    const ours = edit(BASE, adopt('city', '2026-11-06'));
    const theirs = edit(BASE, instruct('王市长', '2026-11-07'));
    const out = mergeFile({ base: BASE, ours, theirs, ...change }, noLineMerge, LABELS);
    expect(out.failed).toBe(side);
  });

  it('takes the side that changed when the other did not, as it is', () => {
    const theirs = `${BASE}# a comment theirs added\n`;
    expect(merge({ base: BASE, ours: BASE, theirs }).text).toBe(theirs);
    expect(merge({ base: BASE, ours: theirs, theirs: BASE }).text).toBe(theirs);
  });
});
