/** `--format xlsx`: the notice's tables as a workbook, read back with the library that wrote it. */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Workbook, Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/core/width.js';
import { MONTH_CONFIG, MONTH_FILES } from '../fixtures/month.js';
import { PERIOD_CONFIG, PERIOD_FILES } from '../fixtures/periods.js';
import { cli, testdir, workspace } from '../helpers.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
const NOW = { INFO_NOW: '2027-04-02T10:00:00+08:00' };

async function workbook(root: string, args: string[]): Promise<Workbook> {
  const out = join(testdir(), 'notice.xlsx');
  const result = await cli(['report', '--dir', root, ...args, '--format', 'xlsx', '--out', out], { env: NOW });
  expect(result.code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  return book;
}

const header = (sheet: Worksheet) => (sheet.getRow(4).values as unknown[]).slice(1);
const row = (sheet: Worksheet, name: string) =>
  (sheet.getRows(5, sheet.rowCount - 4) ?? []).find((r) => r.getCell(1).value === name)!;

describe('info report --format xlsx', () => {
  it('the year: one sheet per group, writers, adopted items, ledger, awards', async () => {
    const book = await workbook(workspace(PERIOD_FILES, PERIOD_CONFIG), ['--year', '2026']);
    expect(book.worksheets.map((s) => s.name)).toEqual(['一类', '二类', '信息员', '采用信息', '加减分', '年度先进']);
    const first = book.getWorksheet('一类')!;
    expect(first.getCell('A1').value).toBe('关于2026年度政务信息工作情况的通报');
    expect(first.getCell('A2').value).toBe('测试县人民政府办公室　2027年4月2日');
    expect(first.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(header(first).slice(0, 3)).toEqual(['单位', '报送条数', '累计']);
    const yi = row(first, '乙局');
    const rate = header(first).indexOf('采用率') + 1;
    expect(yi.getCell(2).value).toBe(2);
    expect(yi.getCell(rate).value).toBe(0.5);
    expect(first.getColumn(rate).numFmt).toBe('0.0%');
    expect(row(first, '甲局').getCell(header(first).indexOf('加减分') + 1).value).toBe(-5);
    expect(book.getWorksheet('年度先进')!.getRow(5).values).toEqual([undefined, '先进单位', '一类', '乙局', 7, 1]);
    const ledger = book.getWorksheet('加减分')!;
    expect((ledger.getRow(5).values as unknown[]).slice(1)).toEqual([
      '2026-08-01',
      '甲局',
      '',
      '漏报',
      -5,
      '瞒报重大突发事件',
      '',
      '是',
    ]);
  });

  it('the month: one units sheet without groups; columns as wide as their Chinese text', async () => {
    const book = await workbook(workspace(MONTH_FILES, MONTH_CONFIG), ['--month', '2026-11']);
    expect(book.worksheets.map((s) => s.name)).toEqual(['各单位', '信息员', '采用信息']);
    const units = book.getWorksheet('各单位')!;
    expect(units.getCell('A1').value).toBe('关于2026年11月份政务信息报送采用情况的通报');
    expect(row(units, '发改委').getCell(header(units).indexOf('得分') + 1).value).toBe(47.17);
    const adopted = book.getWorksheet('采用信息')!;
    const titles = adopted.getColumn(2).values.slice(5) as string[];
    expect(adopted.getColumn(2).width).toBeGreaterThanOrEqual(Math.max(...titles.map(displayWidth)));
    const writers = book.getWorksheet('信息员')!;
    expect(writers.getColumn(header(writers).indexOf('稿酬（元）') + 1).numFmt).toBe('0.00');
  });

  it('needs --out: exit 2 naming it', async () => {
    const result = await cli(['report', '--month', '2026-11', '--format', 'xlsx', '--lang', 'en'], {
      cwd: workspace(MONTH_FILES, MONTH_CONFIG),
      env: NOW,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format xlsx needs --out');
  });
});
