import { describe, expect, it } from 'vitest';
import { itemPath, makeId, slugify } from '../../src/core/id.js';
import { DEFAULT_TEMPLATE, planNewItem, type NewItemInput } from '../../src/core/new-item.js';
import { checkItemData } from '../../src/core/item.js';
import { splitFile } from '../../src/core/frontmatter.js';
import { isoAt, isoOnDate, localDate, today } from '../../src/core/time.js';

describe('ids and slugs', () => {
  it('makes an id from the date and four base-32 characters', () => {
    const values = [0, 0.5, 0.99, 0.3];
    expect(makeId('2026-11-03', () => values.shift()!)).toBe('20261103-0gz9');
  });

  it.each([
    ['春节后海门市项目早开工', 'chun-jie-hou-hai-men-shi-xiang-mu-zao-kai-gong'],
    ['2026年GDP增长5.2%', '2026-nian-gdp-zeng-zhang-5-2'],
    ['', 'untitled'],
    ['！？。', 'untitled'],
    ['绿色低碳', 'lv-se-di-tan'],
    ['Ünïcödé Café 调研', 'unicode-cafe-diao-yan'],
  ])('slug of “%s” is %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('cuts long slugs at a syllable boundary, at most 48 characters', () => {
    const slug = slugify('全市深入推进营商环境优化提升行动取得阶段性成效企业满意度持续提高');
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug.endsWith('-')).toBe(false);
    expect('quan-shi-shen-ru-tui-jin-ying-shang-huan-jing-you-hua'.startsWith(slug)).toBe(true);
  });

  it('places items by the id date', () => {
    expect(itemPath('20261103-k7f2', '标题')).toBe('items/2026/11/20261103-k7f2-biao-ti.md');
  });
});

describe('planNewItem', () => {
  const input: NewItemInput = {
    title: '标题: 带冒号',
    category: 'hot',
    source: 'grassroots',
    departments: ['发改委', '财政局'],
    authors: ['张三'],
    tags: ['民生'],
    status: 'submitted',
    date: '2026-11-03',
    at: '2026-11-03T09:12:00+08:00',
    by: '张三',
    body: '正文。\n',
  };

  it('writes a valid item whose history starts at the given status', () => {
    const planned = planNewItem(input, DEFAULT_TEMPLATE, () => 0);
    const split = splitFile(planned.text);
    expect(checkItemData(split.data)).toEqual([]);
    expect(split.data).toMatchObject({ title: '标题: 带冒号', department: ['发改委', '财政局'], status: 'submitted' });
    expect(planned.text).toContain('  - {at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted}\n');
    expect(planned.text.endsWith('---\n正文。\n')).toBe(true);
    expect(planned.item.id).toBe('20261103-0000');
  });

  it('keeps the template’s comments, key order and body when no body is given', () => {
    const template =
      '---\n# schema line\ntitle:\ncategory: key  # 类别\nstatus: draft\nextra: kept\n---\n（导语：写清楚。）\n';
    const { text } = planNewItem({ ...input, body: undefined }, template, () => 0);
    expect(
      text.startsWith(
        '---\n# schema line\ntitle: "标题: 带冒号"\ncategory: hot # 类别\nstatus: submitted\nextra: kept\n',
      ),
    ).toBe(true);
    expect(text.endsWith('---\n（导语：写清楚。）\n')).toBe(true);
  });
});

describe('time in the configured zone', () => {
  it('formats instants with the zone offset, whatever TZ the process has', () => {
    const instant = new Date('2026-10-31T16:30:00Z');
    expect(isoAt(instant, 'Asia/Shanghai')).toBe('2026-11-01T00:30:00+08:00');
    expect(today({ now: () => instant }, 'Asia/Shanghai')).toBe('2026-11-01');
    expect(today({ now: () => instant }, 'America/Los_Angeles')).toBe('2026-10-31');
    // Offsets of half and three quarters of an hour, UTC itself, and an instant with milliseconds.
    expect(isoAt(instant, 'Asia/Kolkata')).toBe('2026-10-31T22:00:00+05:30');
    expect(isoAt(instant, 'Asia/Kathmandu')).toBe('2026-10-31T22:15:00+05:45');
    expect(isoAt(instant, 'UTC')).toBe('2026-10-31T16:30:00+00:00');
    expect(isoAt(new Date('2026-10-31T16:30:05.987Z'), 'America/St_Johns')).toBe('2026-10-31T14:00:05-02:30');
  });

  it('puts a timestamp on a date at a wall-clock time', () => {
    expect(isoOnDate('2026-10-31', '09:12:00', 'Asia/Shanghai')).toBe('2026-10-31T09:12:00+08:00');
  });

  it('gives the local date of a timestamp written with another offset', () => {
    expect(localDate('2026-10-31T16:30:00Z', 'Asia/Shanghai')).toBe('2026-11-01');
    expect(localDate('2026-11-01T00:10:00+08:00', 'Asia/Shanghai')).toBe('2026-11-01');
    expect(localDate('2026-11-03', 'Asia/Shanghai')).toBe('2026-11-03');
  });
});

describe('planNewItem key order', () => {
  it('puts nature after source and topic after created when the template lacks them (SPEC order)', () => {
    const input: NewItemInput = {
      title: 't',
      category: 'key',
      source: 'solicited',
      nature: 'sign',
      topic: '20261101-a9c3',
      departments: ['发改委'],
      authors: ['张三'],
      tags: ['x'],
      status: 'draft',
      date: '2026-11-03',
      at: '2026-11-03T09:12:00+08:00',
      by: '张三',
    };
    const keys = planNewItem(input, DEFAULT_TEMPLATE, () => 0)
      .text.split('\n')
      .map((l) => /^(\w+):/.exec(l)?.[1])
      .filter(Boolean);
    expect(keys).toEqual([
      'id',
      'title',
      'category',
      'source',
      'nature',
      'status',
      'department',
      'authors',
      'created',
      'topic',
      'tags',
      'history',
      'adoptions',
      'instructions',
      'bulletins',
    ]);
  });
});
