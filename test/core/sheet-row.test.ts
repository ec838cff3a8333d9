import { describe, expect, it } from 'vitest';
import { type Config, DEFAULT_CONFIG } from '../../src/core/config.js';
import type { Cell } from '../../src/core/sheet/cell.js';
import type { Field } from '../../src/core/sheet/fields.js';
import { ledgerInput, matchKey } from '../../src/core/sheet/plan.js';
import { readRow } from '../../src/core/sheet/row.js';

const config: Config = {
  ...DEFAULT_CONFIG,
  departments: [{ name: '发改委' }, { name: '财政局' }],
  outlets: [
    { name: '南通信息', level: 'city', form: 'bulletin', points: 6 },
    { name: '江苏政务信息专报', level: 'province', form: 'special' },
  ],
};

const row = (cells: Partial<Record<Field, Cell>>) => readRow((field) => cells[field], config);
const base = { title: '一条信息', department: '发改委', date: '2026-03-02' };

describe('a ledger row', () => {
  it('takes values by key or Chinese label, and defaults category and source', () => {
    expect(row({ ...base, category: '亮点', source: 'meeting', nature: '苗头' })).toMatchObject({
      row: { category: 'highlight', source: 'meeting', nature: 'sign' },
    });
    expect(row(base)).toMatchObject({ row: { category: 'key', source: 'grassroots', authors: [], body: '' } });
  });

  it('lets a configured outlet decide level and form, and says when the sheet wrote others', () => {
    const result = row({ ...base, outlet: '《南通信息》', level: '省级', adopted: '2026/3/9' });
    expect(result).toMatchObject({
      row: {
        adoptions: [{ level: 'city', form: 'bulletin', outlet: '南通信息', date: '2026-03-09' }],
        overruled: [{ outlet: '南通信息', given: '省级' }],
      },
    });
  });

  it('aligns several adoptions by position, a single date serving all', () => {
    const two = row({ ...base, outlet: '南通信息、江苏政务信息专报', adopted: '2026-03-05；2026-03-20' });
    expect(two).toMatchObject({
      row: {
        adoptions: [
          { level: 'city', outlet: '南通信息', date: '2026-03-05' },
          { level: 'province', form: 'special', outlet: '江苏政务信息专报', date: '2026-03-20' },
        ],
      },
    });
    const shared = row({ ...base, outlet: '海门信息', level: '县', adopted: { date: '2026-03-04' } });
    expect(shared).toMatchObject({
      row: { adoptions: [{ level: 'county', form: 'bulletin', outlet: '海门信息', date: '2026-03-04' }] },
    });
    // No 采用日期: the 报送日期.
    expect(row({ ...base, level: '市' })).toMatchObject({
      row: { adoptions: [{ level: 'city', date: '2026-03-02' }] },
    });
  });

  it('reads "none" marks as empty', () => {
    expect(row({ ...base, outlet: '未采用', level: '/', adopted: '—', leader: '无' })).toMatchObject({
      row: { adoptions: [], instructions: [] },
    });
  });

  it('gives every reason a row is refused at once', () => {
    const result = row({
      department: '交通局、发改委',
      date: '2026-13-40',
      category: '要闻',
      leader: '',
      instructionDate: '2026-03-04',
    });
    expect(result).toEqual({
      reasons: [
        { code: 'missing', params: { field: 'title' } },
        { code: 'department', params: { value: '交通局' } },
        { code: 'date', params: { field: 'date', value: '2026-13-40' } },
        { code: 'value', params: { field: 'category', value: '要闻' } },
      ],
    });
    expect(row({ ...base, outlet: '人民日报内参', adopted: '2026-03-01' })).toEqual({
      reasons: [
        { code: 'before', params: { field: 'adopted', value: '2026-03-01', date: '2026-03-02' } },
        { code: 'adoption-level', params: { value: '人民日报内参' } },
      ],
    });
    expect(row({ ...base, instructionDate: '2026-03-04' })).toEqual({
      reasons: [{ code: 'instruction-leader', params: {} }],
    });
    expect(row({ ...base, adopted: '2026-03-04' })).toEqual({ reasons: [{ code: 'adoption-empty', params: {} }] });
    expect(
      row({ ...base, outlet: '南通信息、江苏政务信息专报', adopted: '2026-03-04、2026-03-05、2026-03-06' }),
    ).toEqual({
      reasons: [{ code: 'adoption-count', params: { field: 'adopted', count: 3, records: 2 } }],
    });
  });

  it('becomes a back-dated item input reaching submitted, and adopted on its first adoption', () => {
    const result = row({
      ...base,
      outlet: '南通信息、江苏政务信息专报',
      adopted: '2026-03-20、2026-03-05',
      leader: '王副省长、李市长',
      instructionLevel: '省、市',
    });
    if (!('row' in result)) throw new Error('refused');
    const input = ledgerInput(result.row, { sheet: '台账.xlsx', row: 7, by: '陈编辑', zone: 'America/New_York' });
    expect(input.ledger?.history.map((h) => [h.at, h.to])).toEqual([
      ['2026-03-02T09:00:00-05:00', 'submitted'],
      ['2026-03-02T09:00:00-05:00', 'approved'],
      ['2026-03-02T09:00:00-05:00', 'reported'],
      ['2026-03-05T09:00:00-05:00', 'adopted'],
    ]);
    expect(input.ledger).toMatchObject({ status: 'adopted', origin: { sheet: '台账.xlsx', row: 7 } });
    expect(input.ledger?.instructions).toEqual([
      { leader: '王副省长', level: 'province', date: '2026-03-02', text: '' },
      { leader: '李市长', level: 'city', date: '2026-03-02', text: '' },
    ]);
  });

  it('matches rows on title, departments in any order, and date', () => {
    expect(matchKey(' 一条  信息', ['财政局', '发改委'], '2026-03-02')).toBe(
      matchKey('一条 信息', ['发改委', '财政局'], '2026-03-02'),
    );
    expect(matchKey('一条信息', ['发改委'], '2026-03-02')).not.toBe(matchKey('一条信息', ['发改委'], '2026-03-03'));
  });
});
