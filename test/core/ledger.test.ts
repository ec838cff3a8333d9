/** Ledger files (加减分台账): planned, read back, checked like items, kinds by key or label. */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/core/config.js';
import { analyzeLedger, crossCheckLedger, validEntries } from '../../src/core/ledger-file.js';
import { kindLabel, kindPoints, ledgerKinds, resolveKind } from '../../src/core/ledger.js';
import { planLedgerEntry } from '../../src/core/new-ledger.js';

const { config } = readConfig({
  departments: [{ name: '应急管理局' }, { name: '住建局' }],
  scoring: { adjustments: { zeroSubmission: -3 } },
  labels: { adjustment: { zeroSubmission: '零报送' } },
});

const input = {
  department: '应急管理局',
  author: null,
  kind: 'late',
  kindLabel: '迟报',
  points: -5,
  date: '2026-11-20',
  note: '安全生产信息迟报: 2小时',
  item: null,
  disqualify: false,
  by: '陈编辑',
  at: '2026-11-21T09:00:00+08:00',
};

describe('a ledger entry’s file', () => {
  it('is plain front matter in the contract’s key order, under ledger/YYYY/, named after unit and kind', () => {
    const planned = planLedgerEntry(input, () => 0);
    expect(planned.path).toBe('ledger/2026/20261120-0000-ying-ji-guan-li-ju-chi-bao.md');
    expect(planned.text).toBe(
      [
        '---',
        'id: 20261120-0000',
        'department: 应急管理局',
        'author:',
        'kind: late',
        'points: -5',
        'date: 2026-11-20',
        'note: "安全生产信息迟报: 2小时"',
        'item:',
        'disqualify: false',
        'by: 陈编辑',
        'at: 2026-11-21T09:00:00+08:00',
        '---',
        '',
      ].join('\n'),
    );
    const read = analyzeLedger(planned.text, planned.path, config);
    expect(read.problems).toEqual([]);
    expect(read.entry).toEqual({ ...planned.entry });
    expect(read.entry).toMatchObject({ author: null, item: null, points: -5, note: '安全生产信息迟报: 2小时' });
  });

  it('names every problem with its line, and refuses an unknown department', () => {
    const text = [
      '---',
      'id: 2026-1120',
      'department: 应急局',
      'kind: late',
      'points: 五',
      'date: 2026-11-31',
      'disqualify: yes',
      '---',
      '',
    ].join('\n');
    const { problems } = analyzeLedger(text, 'ledger/2026/x.md', config);
    expect(problems.map((p) => [p.line, p.rule, p.params.key ?? p.params.name])).toEqual([
      [1, 'field-required', 'note'],
      [2, 'field-format', 'id'],
      [3, 'department-unknown', '应急局'],
      [5, 'field-type', 'points'],
      [6, 'date-format', 'date'],
      [7, 'field-type', 'disqualify'],
    ]);
    expect(problems.find((p) => p.rule === 'department-unknown')?.severity).toBe('error');
  });

  it('across files: an item that does not exist, an id used twice; only valid entries count', () => {
    const a = planLedgerEntry({ ...input, item: '20261113-sxz6' }, () => 0);
    const b = planLedgerEntry({ ...input, department: '住建局' }, () => 0);
    const files = [analyzeLedger(a.text, a.path, config), analyzeLedger(b.text, `${b.path}x`, config)];
    crossCheckLedger(files, new Set(['20261110-gp6c']));
    expect(files.map((f) => f.problems.map((p) => [p.line, p.rule]))).toEqual([
      [
        [2, 'id-duplicate'],
        [9, 'item-unknown'],
      ],
      [[2, 'id-duplicate']],
    ]);
    expect(validEntries(files)).toEqual([]);
  });
});

describe('ledger kinds', () => {
  it('are the five built in, then the config’s own', () => {
    expect(ledgerKinds(config)).toEqual([
      'late',
      'missed',
      'inaccurate',
      'feedbackMissed',
      'commended',
      'zeroSubmission',
    ]);
  });

  it.each([
    ['迟报', 'late'],
    ['瞒报', 'missed'],
    ['漏报、瞒报', 'missed'],
    ['失实', 'inaccurate'],
    ['FEEDBACKMISSED', 'feedbackMissed'],
    ['批示落实情况未按时反馈', 'feedbackMissed'],
    ['通报表扬', 'commended'],
    ['零报送', 'zeroSubmission'],
    ['zerosubmission', 'zeroSubmission'],
    ['专项加分', '专项加分'],
  ])('“%s” is %s', (typed, kind) => expect(resolveKind(config, typed)).toBe(kind));

  it('have default points and labels in both languages; a kind of the user’s own has neither', () => {
    expect([kindPoints(config, 'late'), kindPoints(config, 'zeroSubmission'), kindPoints(config, '专项加分')]).toEqual([
      -5,
      -3,
      undefined,
    ]);
    expect(['late', 'feedbackMissed', 'zeroSubmission', '专项加分'].map((k) => kindLabel(config, k, 'zh-CN'))).toEqual([
      '迟报',
      '反馈逾期',
      '零报送',
      '专项加分',
    ]);
    expect(kindLabel(config, 'late', 'en')).toBe('late report');
  });
});
