import { describe, expect, it } from 'vitest';
import { cellDate, fromSerial } from '../../src/core/sheet/cell.js';
import { fieldNamed, findHeader, headerTable } from '../../src/core/sheet/fields.js';
import { splitList } from '../../src/core/sheet/row.js';

describe('ledger dates', () => {
  it('reads Excel serial numbers in the 1900 system', () => {
    expect(fromSerial(46027)).toBe('2026-01-05');
    expect(fromSerial(46027.75)).toBe('2026-01-05');
    expect(fromSerial(1)).toBe('1900-01-01');
    expect(fromSerial(61)).toBe('1900-03-01');
    expect(fromSerial(60)).toBeUndefined();
    expect(fromSerial(0)).toBeUndefined();
  });

  it.each([
    ['2026-01-05', '2026-01-05'],
    ['2026/1/5', '2026-01-05'],
    ['2026.1.5', '2026-01-05'],
    ['2026年1月5日', '2026-01-05'],
    ['2026 年 1 月 5 日', '2026-01-05'],
    ['２０２６/１/５', '2026-01-05'],
    ['20260105', '2026-01-05'],
    ['2026/1/5 9:30', '2026-01-05'],
  ])('reads the text date %s', (text, date) => {
    expect(cellDate(text)).toBe(date);
  });

  it('refuses days no calendar has and what is not a date', () => {
    for (const text of ['2026-13-40', '2026-02-29', '2026/1', '明天', '1月5日', ''])
      expect(cellDate(text), text).toBeUndefined();
    expect(cellDate({ date: '2026-01-05' })).toBe('2026-01-05');
    expect(cellDate(true)).toBeUndefined();
  });
});

describe('ledger headers', () => {
  const table = headerTable(new Map());

  it('finds the header row under a title row, by headers and their synonyms', () => {
    const rows = [
      ['海门市2026年政务信息报送台账', null, null],
      [],
      ['序号', '日期', ' 单位 ', '标 题', '撰稿人', '报送日期（年月日）'],
    ];
    const header = findHeader(rows, table);
    expect(header?.index).toBe(2);
    expect(header?.columns).toEqual({ date: 1, department: 2, title: 3, author: 4 });
    expect(header?.unknown).toEqual(['序号']);
  });

  it('needs three known headers, counting the ones --map names', () => {
    const rows = [['稿件名称', '报送单位', '日期']];
    expect(findHeader(rows, table)).toBeUndefined();
    const mapped = headerTable(new Map([['稿件名称', fieldNamed('标题')!]]));
    expect(findHeader(rows, mapped)?.columns).toEqual({ title: 0, department: 1, date: 2 });
  });

  it('names a field by its key or a header', () => {
    expect(fieldNamed('title')).toBe('title');
    expect(fieldNamed('刊物')).toBe('outlet');
    expect(fieldNamed('nothing')).toBeUndefined();
  });

  it('splits cells that list several names', () => {
    expect(splitList('发改委、财政局')).toEqual(['发改委', '财政局']);
    expect(splitList(' 南通信息；江苏政务信息\n')).toEqual(['南通信息', '江苏政务信息']);
    expect(splitList('')).toEqual([]);
  });
});
