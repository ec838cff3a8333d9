/**
 * The year notice's workbook as LibreOffice Calc opens it: printed to PDF, its first sheet
 * shows the title, the header and every unit of the group with its figures, Chinese intact.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, testdir } from '../helpers.js';
import { compact, docxToPdf, findLine, once, pageText, readPdf } from './office.js';

const NOW = { INFO_NOW: '2026-12-05T10:00:00+08:00' };

const printed = once(async () => {
  const root = testdir();
  cpSync(join(ROOT, 'examples/haimen'), root, { recursive: true });
  const xlsx = join(root, 'year.xlsx');
  const written = await cli(['report', '--year', '2026', '--format', 'xlsx', '--out', xlsx], { cwd: root, env: NOW });
  expect(written.code).toBe(0);
  return readPdf(await docxToPdf(xlsx));
});

describe('the year notice XLSX, printed by LibreOffice Calc', () => {
  it('opens with the title, the office and date, then the header row', async () => {
    const pages = await printed();
    const text = compact(pageText(pages[0]!));
    expect(text).toContain('关于2026年度政务信息工作情况的通报');
    expect(text).toContain('海门市人民政府办公室2026年12月5日');
    const title = findLine(pages, '关于2026年度政务信息工作情况的通报')!;
    const header = findLine(pages, '报送条数')!;
    expect(header.page).toBe(0);
    expect(header.line.yMin).toBeGreaterThan(title.line.yMax);
  });

  it('shows the units with their figures, the rate as a percentage, and the other sheets', async () => {
    const pages = await printed();
    const all = compact(pages.map(pageText).join('\n'));
    for (const name of ['发改委', '财政局', '常乐镇', '顾建华', '先进单位']) expect(all).toContain(name);
    expect(all).toMatch(/\d+\.\d%/);
    expect(all).not.toContain('???');
  });
});
