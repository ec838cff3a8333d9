import { describe, expect, it } from 'vitest';
import { check, isDate, isId, isTimestamp, keyName } from '../../src/core/schema.js';
import { ITEM_SPEC, checkItemData, toItem } from '../../src/core/item.js';
import { describeKeys, labelOf, resolveKey } from '../../src/core/vocab.js';
import type { Finding } from '../../src/core/problems.js';

describe('vocabulary', () => {
  it.each([
    ['category', '重点', 'key'],
    ['category', 'KEY', 'key'],
    ['status', '待审', 'submitted'],
    ['status', '退回', 'returned'],
    ['level', '省', 'province'],
    ['level', '国务院', 'national'],
    ['level', '县', 'county'],
    ['form', '专报', 'special'],
    ['source', 'grassroots', 'grassroots'],
  ] as const)('resolves %s “%s” to %s', (kind, input, key) => {
    expect(resolveKey(kind, input)).toBe(key);
  });

  it('refuses unknown values and inherited property names', () => {
    expect(resolveKey('category', 'urgent')).toBeUndefined();
    expect(resolveKey('category', 'constructor')).toBeUndefined();
    expect(resolveKey('category', '__proto__')).toBeUndefined();
  });

  it('accepts labels renamed by the config', () => {
    expect(resolveKey('status', '待审核', { submitted: '待审核' })).toBe('submitted');
    expect(labelOf('status', 'submitted', 'zh-CN', { submitted: '待审核' })).toBe('待审核');
    expect(labelOf('status', 'submitted', 'en', { submitted: '待审核' })).toBe('submitted');
  });

  it('describes allowed values in both languages', () => {
    expect(describeKeys('nature', 'zh-CN')).toBe('sign（苗头）、result（成果）');
    expect(describeKeys('nature', 'en')).toBe('sign, result');
  });
});

describe('formats', () => {
  it.each([
    ['2026-11-03', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-1-3', false],
    ['2026-13-01', false],
  ])('date %s → %s', (value, ok) => expect(isDate(value)).toBe(ok));

  it.each([
    ['2026-11-03T09:12:00+08:00', true],
    ['2026-11-03T09:12+08:00', true],
    ['2026-11-03T09:12:00Z', true],
    ['2026-11-03T09:12:00', false],
    ['2026-11-03 09:12:00+08:00', false],
    ['2026-11-31T09:12:00+08:00', false],
  ])('timestamp %s → %s', (value, ok) => expect(isTimestamp(value)).toBe(ok));

  it.each([
    ['20261103-k7f2', true],
    ['20261303-k7f2', false],
    ['20261103-K7F2', false],
    ['20261103-k7f', false],
  ])('id %s → %s', (value, ok) => expect(isId(value)).toBe(ok));

  it('names key paths as a reader would', () => {
    expect(keyName(['history', 2, 'to'])).toBe('history[2].to');
  });
});

describe('item schema', () => {
  const valid = {
    id: '20261103-k7f2',
    title: '标题',
    category: 'key',
    source: 'meeting',
    status: 'draft',
    department: '发改委',
    authors: ['张三'],
    created: '2026-11-03',
    history: [{ at: '2026-11-03T09:12:00+08:00', by: '张三', to: 'draft' }],
  };

  it('accepts a minimal valid item', () => {
    expect(checkItemData(valid)).toEqual([]);
  });

  it('reports every problem at once, with its rule and key path', () => {
    const found = checkItemData({
      ...valid,
      category: '重点',
      source: 7,
      created: '2026/11/03',
      title: '',
      id: undefined,
    });
    const summary = found.map((f: Finding) => `${f.rule}@${keyName(f.path ?? [])}`);
    expect(summary).toEqual([
      'field-required@id',
      'field-required@title',
      'field-enum@category',
      'field-type@source',
      'date-format@created',
    ]);
    expect(found[2]!.params).toMatchObject({ meant: 'key', detail: 'label' });
  });

  it('checks records inside lists', () => {
    const out: Finding[] = [];
    check(ITEM_SPEC, { ...valid, adoptions: [{ level: 'moon', date: '2026-11-40' }] }, [], out);
    expect(out.map((f) => keyName(f.path ?? []))).toEqual(['adoptions[0].level', 'adoptions[0].date']);
  });

  it('builds a lenient model: one department becomes a list, form defaults to bulletin', () => {
    const item = toItem(
      { ...valid, department: ' 发改委 ', adoptions: [{ level: 'city', date: '2026-11-04' }], unknown: 1 },
      'items/a.md',
    );
    expect(item.departments).toEqual(['发改委']);
    expect(item.adoptions[0]!.form).toBe('bulletin');
    expect(item.nature).toBeNull();
    expect(item.path).toBe('items/a.md');
  });
});
