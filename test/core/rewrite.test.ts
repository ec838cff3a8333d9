import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { splitFile } from '../../src/core/frontmatter.js';
import { editFrontMatter } from '../../src/core/rewrite.js';
import { moveEdits } from '../../src/core/transition.js';

/** Lines removed from `a` and added in `b` (a plain LCS diff; the files are small). */
function lineDiff(a: string, b: string): { removed: string[]; added: string[] } {
  const x = a.split('\n');
  const y = b.split('\n');
  const lcs = x.map(() => new Array<number>(y.length + 1).fill(0));
  lcs.push(new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i++;
      j++;
    } else if (j < y.length && (i === x.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(y[j++]!);
    else removed.push(x[i++]!);
  }
  return { removed, added };
}

const entry = { at: '2026-11-05T10:00:00+08:00', by: '编辑甲', from: 'submitted', to: 'edited' };
const move = moveEdits(entry);

function check(text: string) {
  const result = analyzeText(text.replace(/^\uFEFF/, ''), 'items/a.md', 'item', {
    config: DEFAULT_CONFIG,
    templateLines: new Set(),
  });
  return { item: result.item, errors: result.problems.filter((p) => p.severity === 'error') };
}

const CRLF_BOM = [
  '\uFEFF---',
  '# 由发改委报送，编辑请勿删除本行',
  'status: submitted   # 状态',
  'title: "春节后海门市项目早开工"',
  'id: 20261103-k7f2',
  "category: 'key'",
  'source: meeting',
  'x-reviewer: {name: 王五, phone: "0513-1234"}   # unknown key',
  'department: [发改委, 临江镇]',
  'authors:',
  '    - 张三',
  '    - 李四',
  'created: 2026-11-03',
  'history:',
  '    - {at: 2026-11-03T09:12:00+08:00, by: 张三, to: draft}   # created',
  '    # submitted by the department',
  '    - {at: 2026-11-04T08:00:00+08:00, by: 张三, from: draft, to: submitted}',
  '',
  'adoptions: []',
  '---',
  '春节假期刚过，全市42个重点项目集中开工。',
  '---',
  'status: draft',
  '',
].join('\r\n');

const BLOCK = `---
id: 20261103-k7f2
title: 设施农业
category: highlight
source: research
status: submitted
department: 农业农村局
authors: [张三]
created: 2026-11-03
history:
- at: 2026-11-03T09:12:00+08:00
  by: 张三
  to: submitted   # created submitted
tags:
- 农业
---
正文。
`;

const ONE_LINE = `---
id: 20261103-k7f2
title: 设施农业
category: highlight
source: research
status: "submitted" # quoted
department: 农业农村局
authors: [ 张三 ]
created: 2026-11-03
history: [{ at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted }]
---
正文。
`;

describe('a move rewrites only the status line and appends history lines', () => {
  it('keeps a BOM, CRLF, comments, key order, quoting, unknown keys, indentation and the body', () => {
    const after = editFrontMatter(CRLF_BOM, move);
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lineDiff(CRLF_BOM, after)).toEqual({
      removed: ['status: submitted   # 状态\r'],
      added: [
        'status: edited   # 状态\r',
        '    - {at: 2026-11-05T10:00:00+08:00, by: 编辑甲, from: submitted, to: edited}\r',
      ],
    });
    expect(after.indexOf('to: edited}')).toBeLessThan(after.indexOf('\r\n\r\nadoptions: []'));
    expect(splitFile(after.slice(1)).body).toBe(splitFile(CRLF_BOM.slice(1)).body);
    const { item, errors } = check(after);
    expect(errors).toEqual([]);
    expect(item?.status).toBe('edited');
    expect(item?.history.at(-1)).toEqual(entry);
  });

  it('writes a block map after block maps, at the same indentation', () => {
    const after = editFrontMatter(BLOCK, move);
    expect(lineDiff(BLOCK, after)).toEqual({
      removed: ['status: submitted'],
      added: ['status: edited', '- at: 2026-11-05T10:00:00+08:00', '  by: 编辑甲', '  from: submitted', '  to: edited'],
    });
    expect(after).toContain('  to: submitted   # created submitted\n- at: 2026-11-05');
    expect(check(after).errors).toEqual([]);
  });

  it('extends a one-line flow list in place, keeping its padding and the quotes of the status', () => {
    const after = editFrontMatter(ONE_LINE, move);
    expect(lineDiff(ONE_LINE, after)).toEqual({
      removed: [
        'status: "submitted" # quoted',
        'history: [{ at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted }]',
      ],
      added: [
        'status: "edited" # quoted',
        'history: [{ at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted }, { at: 2026-11-05T10:00:00+08:00, by: 编辑甲, from: submitted, to: edited }]',
      ],
    });
    expect(check(after).errors).toEqual([]);
  });

  it('keeps a note with line breaks, quotes and a # on one line, and reads it back', () => {
    const note = '第二段数据有误：\n"42个" 应为 41 个 # 见附件';
    const after = editFrontMatter(BLOCK, moveEdits({ ...entry, to: 'returned', note }));
    expect(lineDiff(BLOCK, after).added.at(-1)).toBe('  note: "第二段数据有误：\\n\\"42个\\" 应为 41 个 # 见附件"');
    expect(check(after).item?.history.at(-1)?.note).toBe(note);
  });

  it('keeps a long note with line breaks on the one line of a flow map', () => {
    const note = `数据口径与民政局不一致：\n${'民政局通报为 32 个助餐点，稿件写 35 个，请核实。'.repeat(3)}`;
    const after = editFrontMatter(CRLF_BOM, moveEdits({ ...entry, to: 'returned', note }));
    const added = lineDiff(CRLF_BOM, after).added;
    expect(added).toHaveLength(2);
    expect(added[1]).toMatch(/^ {4}- \{at: .*, note: "数据口径与民政局不一致：\\n民政局.*"\}\r$/);
    expect(check(after).item?.history.at(-1)?.note).toBe(note);
  });
});

describe('records', () => {
  const adoption = { level: 'province', form: 'special', outlet: '《江苏政务信息》2026年第5期', date: '2026-11-20' };

  it('turns an empty flow list into a block list styled like the file’s other lists, keeping its comment', () => {
    const after = editFrontMatter(CRLF_BOM, [{ op: 'append', key: 'adoptions', value: adoption }]);
    expect(lineDiff(CRLF_BOM, after)).toEqual({
      removed: ['adoptions: []\r'],
      added: [
        'adoptions:\r',
        '    - {level: province, form: special, outlet: 《江苏政务信息》2026年第5期, date: 2026-11-20}\r',
      ],
    });
    const commented = CRLF_BOM.replace('adoptions: []', 'adoptions: []  # 暂无');
    expect(editFrontMatter(commented, [{ op: 'append', key: 'adoptions', value: adoption }])).toContain(
      'adoptions:  # 暂无\r\n    - {level: province',
    );
  });

  it('adds a missing list at the end of the front matter, and appends to a list of scalars', () => {
    const after = editFrontMatter(ONE_LINE, [
      { op: 'append', key: 'instructions', value: { leader: '王市长', date: '2026-11-21', text: '很好' } },
      { op: 'append', key: 'bulletins', value: '2026-07' },
      { op: 'append', key: 'bulletins', value: '2026-08' },
    ]);
    expect(after).toContain(
      'history: [{ at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted }]\ninstructions:\n  - { leader: 王市长, date: 2026-11-21, text: 很好 }\nbulletins: [ 2026-07, 2026-08 ]\n---\n正文。\n',
    );
    const item = check(after).item!;
    expect(item.bulletins).toEqual(['2026-07', '2026-08']);
    expect(item.instructions).toEqual([{ leader: '王市长', date: '2026-11-21', text: '很好' }]);
  });

  it('fills a key left empty', () => {
    const text = BLOCK.replace('tags:\n- 农业\n', 'adoptions:\nbulletins: ~   # none\n');
    const after = editFrontMatter(text, [
      { op: 'append', key: 'adoptions', value: adoption },
      { op: 'append', key: 'bulletins', value: '2026-07' },
    ]);
    expect(after).toContain(
      'adoptions:\n- {level: province, form: special, outlet: 《江苏政务信息》2026年第5期, date: 2026-11-20}\nbulletins: [2026-07]   # none\n',
    );
  });
});

describe('set', () => {
  it('quotes a value that YAML would misread and keeps the comment after it', () => {
    const after = editFrontMatter(CRLF_BOM, [
      { op: 'set', key: 'title', value: '标题: 带冒号 #和井号' },
      { op: 'set', key: 'source', value: 'null' },
    ]);
    expect(lineDiff(CRLF_BOM, after)).toEqual({
      removed: ['title: "春节后海门市项目早开工"\r', 'source: meeting\r'],
      added: ['title: "标题: 带冒号 #和井号"\r', 'source: "null"\r'],
    });
  });

  it('refuses text that has no front matter, and a list where a list is not', () => {
    expect(() => editFrontMatter('正文', move)).toThrow(expect.objectContaining({ code: 'rewrite-failed' }));
    expect(() =>
      editFrontMatter(BLOCK.replace('tags:\n- 农业', 'tags: 农业'), [{ op: 'append', key: 'tags', value: 'x' }]),
    ).toThrow(expect.objectContaining({ code: 'rewrite-failed', params: expect.objectContaining({ key: 'tags' }) }));
  });
});

describe('awkward values', () => {
  it('finds the closing delimiter by line, not after a U+2028 inside a value', () => {
    const note = '第一句\u2028--- 第二句';
    const after = editFrontMatter(BLOCK, moveEdits({ ...entry, to: 'returned', note }));
    expect(check(after).item?.history.at(-1)?.note).toBe(note);
  });

  it('writes any string so that both YAML readers get it back (a seeded sample of nasty strings)', () => {
    const pieces = [
      'a',
      ' ',
      ':',
      ': ',
      '#',
      ' #',
      '"',
      "'",
      '\n',
      '\r\n',
      '\t',
      '- ',
      '{',
      '}',
      '[',
      ']',
      ',',
      '&',
      '*',
      '!',
      '%',
      '@',
      '`',
      '|',
      '>',
      '?',
      '中',
      '\u2028',
      '\\',
      'null',
      'true',
      '0x1F',
      '~',
      '---',
      '...',
    ];
    let seed = 7;
    const pick = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const text = () => Array.from({ length: 1 + pick(10) }, () => pieces[pick(pieces.length)]).join('');
    for (let i = 0; i < 150; i++) {
      const base = [CRLF_BOM, BLOCK, ONE_LINE][i % 3]!;
      const note = text();
      const outlet = text();
      const after = editFrontMatter(base, [
        { op: 'set', key: 'title', value: text() },
        ...moveEdits({ ...entry, note }),
        { op: 'append', key: 'adoptions', value: { level: 'city', outlet, date: '2026-11-20' } },
      ]);
      const item = check(after).item!;
      expect(item.history.at(-1)!.note).toBe(note);
      expect(item.adoptions.at(-1)!.outlet).toBe(outlet);
    }
  });
});
