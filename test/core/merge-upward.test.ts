/** The pure parts of `info merge` and `info export`: what a 综合稿 takes from its sources, and the 上报件's file name. */
import { describe, expect, it } from 'vitest';
import { toItem } from '../../src/core/item.js';
import { distinctSources, mergedBody, mergedFields, unknownMerged } from '../../src/core/merged-item.js';
import { upwardFileName } from '../../src/core/upward.js';

const item = (id: string, extra: Record<string, unknown>) =>
  toItem({ id, title: `标题${id.slice(-1)}`, category: 'hot', source: 'meeting', ...extra }, `items/${id}.md`);

describe('a merged item', () => {
  const a = item('20261101-aaa1', {
    department: ['财政局', '发改委'],
    authors: ['甲'],
    tags: ['x'],
    topic: '20261101-top1',
  });
  const b = item('20261101-bbb2', {
    department: '发改委',
    authors: ['乙', '甲'],
    tags: ['y', 'x'],
    topic: '20261101-top1',
    category: 'key',
  });
  const c = item('20261101-ccc3', { department: '临江镇', authors: ['丙'] });

  it('takes the union of units, writers and tags in the sources’ order, and the first’s category', () => {
    expect(
      mergedFields([
        { item: a, body: '' },
        { item: b, body: '' },
      ]),
    ).toEqual({
      category: 'hot',
      source: 'meeting',
      departments: ['财政局', '发改委'],
      authors: ['甲', '乙'],
      tags: ['x', 'y'],
      topic: '20261101-top1',
      merged: ['20261101-aaa1', '20261101-bbb2'],
    });
    expect(
      mergedFields([
        { item: a, body: '' },
        { item: c, body: '' },
      ]),
    ).not.toHaveProperty('topic');
  });

  it('starts its body from each source’s text under its title and units, comments removed', () => {
    const body = mergedBody(
      [
        { item: a, body: '<!-- 提示 -->\r\n甲的正文。\r\n' },
        { item: c, body: '' },
      ],
      '<!-- 改写 -->',
    );
    expect(body).toBe('<!-- 改写 -->\n\n# 标题1（财政局、发改委）\n\n甲的正文。\n\n# 标题3（临江镇）\n');
  });

  it('counts a source named twice once, and validate names a merged id that does not exist', () => {
    expect(distinctSources([{ item: a }, { item: b }, { item: a }]).map((s) => s.item.id)).toEqual([a.id, b.id]);
    const found = unknownMerged(
      [{ path: 'items/m.md', merged: [a.id, '20261101-gone', '20261101-gone'], keyLines: { merged: 20 } }],
      new Set([a.id]),
    );
    expect(found).toEqual([
      {
        path: 'items/m.md',
        problem: { rule: 'merged-unknown', severity: 'error', line: 20, column: 1, params: { id: '20261101-gone' } },
      },
    ]);
  });
});

describe('the 上报件’s file name', () => {
  it('is the id and the title, without what a file system refuses, cut to 40 characters', () => {
    expect(upwardFileName('20261101-aaa1', '关于“免申即享”/兑付的情况?', 'docx')).toBe(
      '20261101-aaa1-关于“免申即享” 兑付的情况.docx',
    );
    expect(upwardFileName('20261101-aaa1', '..\\..\\etc', 'md')).toBe('20261101-aaa1-etc.md');
    expect(upwardFileName('20261101-aaa1', '   ', 'txt')).toBe('20261101-aaa1-untitled.txt');
    expect(upwardFileName('20261101-aaa1', '长'.repeat(60), 'md')).toBe(`20261101-aaa1-${'长'.repeat(40)}.md`);
  });
});
