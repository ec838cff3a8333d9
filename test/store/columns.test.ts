import { describe, expect, it } from 'vitest';
import { ColumnReader, ColumnWriter } from '../../src/store/cache/columns.js';

/** Writes columns, then reads them back the way a cache file would (by range, each in memory of its own). */
function roundTrip(write: (w: ColumnWriter) => void, damage?: (bytes: Buffer) => void): ColumnReader {
  const writer = new ColumnWriter();
  write(writer);
  const bytes = Buffer.concat(writer.bytes);
  damage?.(bytes);
  return new ColumnReader(
    (offset, length) => Buffer.from(bytes.subarray(offset, offset + length)),
    JSON.parse(JSON.stringify(writer.directory)),
  );
}

describe('the columns of the cache index', () => {
  it('give back every string exactly: Latin-1, CJK, emoji, lone surrogates, empty and null', () => {
    const values = ['items/2026/11/a.md', '', null, '春节后我市重点项目集中开工', '😀 ok', 'bad \ud800 half', 'café'];
    const ascii = ['20261103-aaa1', '20261103-aaa2'];
    const reader = roundTrip((w) => {
      w.strings('mixed', values);
      w.strings('ascii', ascii);
    });
    expect(reader.strings('mixed').values).toEqual(values);
    expect(reader.strings('mixed').hasNull).toBe(true);
    expect(reader.strings('ascii').values).toEqual(ascii);
  });

  it('give back lists, numbers and JSON, and empty columns (whose digest is that of no bytes)', () => {
    const lists = [['发改委', '财政局'], [], ['临江镇']];
    const numbers = Float64Array.from([1.5, -1, 1_700_000_000_123.25]);
    const reader = roundTrip((w) => {
      w.lists('departments', lists);
      w.lists('tags', [[], [], []]);
      w.strings('none', []);
      w.numbers('numbers', numbers);
      w.json('problems', [[1, { rule: 'x' }]]);
    });
    expect(reader.lists('departments').values).toEqual(lists);
    expect(reader.lists('tags').values).toEqual([[], [], []]);
    expect(reader.strings('none').values).toEqual([]);
    expect([...reader.numbers('numbers')]).toEqual([...numbers]);
    expect(reader.json('problems')).toEqual([[1, { rule: 'x' }]]);
  });

  it('refuse a damaged column, a missing one and a directory out of shape', () => {
    const reader = roundTrip(
      (w) => w.strings('title', ['第一条', '第二条']),
      (bytes) => (bytes[bytes.length - 1]! ^= 1),
    );
    expect(() => reader.strings('title')).toThrow(/damaged/);
    expect(() => reader.strings('other')).toThrow(/no column/);
    expect(() => new ColumnReader(() => Buffer.alloc(0), { title: [0, -1, 0] })).toThrow(/directory/);
  });
});
