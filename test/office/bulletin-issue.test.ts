/**
 * A bulletin issue as Word makes it: the next issue of the Haimen example, printed to PDF
 * by LibreOffice, is A4 with the masthead, number, office and date on its first page, the
 * item, and the distribution block (版记) on its last.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, testdir } from '../helpers.js';
import { A4, docxToPdf, findLine, once, type PdfPage, pageText, readPdf } from './office.js';

// Made by the first test that asks; a missing program fails every test, none is skipped.
const printed = once(async (): Promise<PdfPage[]> => {
  const root = testdir();
  cpSync(join(ROOT, 'examples/haimen'), root, { recursive: true });
  const result = await cli(['report', '--issue', '--format', 'docx', '--json'], {
    cwd: root,
    env: { INFO_NOW: '2026-12-05T10:00:00+08:00' },
  });
  expect(result.code).toBe(0);
  const { files } = JSON.parse(result.stdout) as { files: string[] };
  const docx = files.find((file) => file.endsWith('.docx'));
  expect(docx).toBeDefined();
  return readPdf(await docxToPdf(join(root, docx!)));
});

function line(pages: PdfPage[], phrase: string) {
  const found = findLine(pages, phrase);
  if (!found) throw new Error(`no line with “${phrase}” in the PDF`);
  return found;
}

describe('the bulletin issue DOCX, printed by LibreOffice', () => {
  it('is one or a few A4 pages', async () => {
    const pages = await printed();
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(4);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(A4.width, 0);
      expect(page.height).toBeCloseTo(A4.height, 0);
    }
  });

  it('opens with the masthead, centred at the top, then number, office and date on one line', async () => {
    const pages = await printed();
    const masthead = line(pages, '政务信息');
    expect(masthead.page).toBe(0);
    expect(masthead.line.yMax).toBeLessThan(A4.height / 3);
    expect((masthead.line.xMin + masthead.line.xMax) / 2).toBeCloseTo(A4.width / 2, -1);
    const number = line(pages, '第15期');
    expect(number.line.yMin).toBeGreaterThan(masthead.line.yMax);
    expect(pageText(pages[0]!)).toContain('（总第15期）');
    const office = line(pages, '海门市人民政府办公室');
    const date = line(pages, '2026年12月5日');
    expect([office.page, date.page]).toEqual([0, 0]);
    expect(date.line.yMin).toBeCloseTo(office.line.yMin, 0);
    expect(date.line.xMin).toBeGreaterThan(office.line.xMax);
  });

  it('carries the item: its title below the masthead, its body and its source', async () => {
    const pages = await printed();
    const title = line(pages, '海门市惠企资金“免申即享”兑付1.8亿元');
    expect(title.page).toBe(0);
    expect(title.line.yMin).toBeGreaterThan(line(pages, '第15期').line.yMax);
    const text = pages.map(pageText).join('');
    expect(text).toContain('累计向2860家企业兑付资金1.8亿元');
    expect(text).toContain('（财政局供稿）');
  });

  it('ends with the distribution block on the last page: 报, 送, 发, the copies, the printing line', async () => {
    const pages = await printed();
    const last = pages.length - 1;
    const block = ['报：南通市人民政府办公室。', '送：市委办公室', '发：各区镇人民政府', '共印150份', '日印发'].map(
      (phrase) => line(pages, phrase),
    );
    expect(block.map((found) => found.page)).toEqual(block.map(() => last));
    const tops = block.map((found) => found.line.yMin);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(line(pages, '日印发').line.xMax).toBeGreaterThan(A4.width / 2);
  });
});
