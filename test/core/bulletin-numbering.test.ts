import { describe, expect, it } from 'vitest';
import { nextNumber, runningTotal, type KnownIssue } from '../../src/core/bulletin/numbering.js';
import { formatRef, issuePath, parseRef, refOfFileName } from '../../src/core/bulletin/ref.js';
import { seriesKey } from '../../src/core/bulletin/series.js';

const ref = (year: number, number: number, supplement = false) => ({ year, number, supplement });

describe('issue refs and file names', () => {
  it('writes two digits, more when needed, and s for a supplement', () => {
    expect(formatRef(ref(2026, 7))).toBe('2026-07');
    expect(formatRef(ref(2026, 123))).toBe('2026-123');
    expect(formatRef(ref(2026, 3, true))).toBe('2026-s03');
  });

  it('reads refs back and refuses text that is not one', () => {
    expect(parseRef('2026-07')).toEqual(ref(2026, 7));
    expect(parseRef('2026-s12')).toEqual(ref(2026, 12, true));
    expect(parseRef(' 2026-100 ')).toEqual(ref(2026, 100));
    for (const bad of ['2026-00', '26-07', '2026-07-01', 'latest', '2026-x1', '']) expect(parseRef(bad)).toBeNull();
  });

  it('keys a series by the pinyin of its name', () => {
    expect(seriesKey('政务信息')).toBe('zheng-wu-xin-xi');
    expect(issuePath('zheng-wu-xin-xi', ref(2026, 7), 'md')).toBe('bulletins/2026/zheng-wu-xin-xi-2026-07.md');
    expect(issuePath('zheng-wu-xin-xi', ref(2026, 2, true), 'docx')).toBe(
      'bulletins/2026/zheng-wu-xin-xi-2026-s02.docx',
    );
  });

  it('recognises only the files of the series it is asked about', () => {
    expect(refOfFileName('zheng-wu-xin-xi', 'zheng-wu-xin-xi-2026-07.html')).toEqual(ref(2026, 7));
    expect(refOfFileName('zheng-wu-xin-xi', 'zheng-wu-xin-xi-2026-s01.md')).toEqual(ref(2026, 1, true));
    expect(refOfFileName('zheng-wu-xin-xi', 'zheng-wu-xin-xi-zhuan-bao-2026-07.md')).toBeNull();
    expect(refOfFileName('zheng-wu-xin-xi', 'zheng-wu-xin-xi-2026-07.pdf')).toBeNull();
    expect(refOfFileName('zheng-wu-xin-xi', 'notes.md')).toBeNull();
    expect(refOfFileName(null, 'zheng-wu-xin-xi-zhuan-bao-2026-07.md')).toEqual(ref(2026, 7));
  });
});

describe('nextNumber', () => {
  const known: KnownIssue[] = [ref(2025, 30), ref(2026, 1), ref(2026, 2), ref(2026, 1, true)];

  it('continues the year of the issue, each year from 1', () => {
    expect(nextNumber(known, 2026, false)).toBe(3);
    expect(nextNumber(known, 2025, false)).toBe(31);
    expect(nextNumber(known, 2027, false)).toBe(1);
  });

  it('numbers supplements in a sequence of their own', () => {
    expect(nextNumber(known, 2026, true)).toBe(2);
    expect(nextNumber(known, 2025, true)).toBe(1);
  });

  it('goes past a gap rather than filling it: a missing number may belong to a lost file', () => {
    expect(nextNumber([ref(2026, 1), ref(2026, 5)], 2026, false)).toBe(6);
  });

  it('is not fooled by the same issue known twice (file and item ref)', () => {
    expect(nextNumber([ref(2026, 4), ref(2026, 4), ref(2026, 2)], 2026, false)).toBe(5);
  });
});

describe('runningTotal (总第N期)', () => {
  it('counts every ordinary issue of earlier years, by each year’s highest number', () => {
    // 2024: 24 issues, 2025: 30 issues (numbers 3..29 known only from gaps), 2026 issue 5.
    const known = [ref(2024, 24), ref(2025, 1), ref(2025, 30), ref(2026, 1)];
    expect(runningTotal(known, ref(2026, 5))).toBe(24 + 30 + 5);
  });

  it('leaves supplements out', () => {
    expect(runningTotal([ref(2025, 10), ref(2025, 4, true)], ref(2026, 1))).toBe(11);
  });

  it('is the number itself for the first year', () => {
    expect(runningTotal([], ref(2026, 1))).toBe(1);
    expect(runningTotal([ref(2026, 14)], ref(2026, 15))).toBe(15);
  });

  it('continues from the latest earlier issue whose record states a total', () => {
    const known: KnownIssue[] = [{ ...ref(2025, 20), total: 328 }, ref(2025, 24), ref(2026, 1)];
    // 2025: issues 21–24 after the one recorded as 328, then 2026 issue 3.
    expect(runningTotal(known, ref(2026, 3))).toBe(328 + 4 + 3);
    expect(
      runningTotal(
        [
          { ...ref(2026, 2), total: 100 },
          { ...ref(2026, 1), total: 7 },
        ],
        ref(2026, 4),
      ),
    ).toBe(102);
  });

  it('ignores a recorded total of a later issue', () => {
    expect(runningTotal([{ ...ref(2026, 9), total: 500 }, ref(2025, 12)], ref(2026, 3))).toBe(15);
  });
});
