/**
 * The month notice as Word makes it: the DOCX of the Haimen example, printed to PDF by
 * LibreOffice, is A4, carries the title, the tallies of every unit in its table rows, the
 * adopted items and the office's signature.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, ROOT, testdir } from '../helpers.js';
import {
  A4,
  compact,
  docxToPdf,
  findLine,
  once,
  type PdfLine,
  type PdfPage,
  pageText,
  readPdf,
  rows,
} from './office.js';

const NOW = { INFO_NOW: '2026-12-05T10:00:00+08:00' };

interface Department {
  name: string;
  submitted: number;
  cumulativeSubmitted: number;
  adoptions: { county: number; city: number; province: number; national: number };
  special: number;
  instructions: number;
  points: number;
  cumulativePoints: number;
  rank: number;
  adjustments: number;
  groupRank: number;
}
interface Notice {
  office: string;
  totals: { submitted: number };
  departments: Department[];
  writers: { name: string }[];
  adopted: { title: string }[];
}

// Made by the first test that asks; a missing program fails every test, none is skipped.
const printed = once(async (): Promise<{ pages: PdfPage[]; notice: Notice }> => {
  const root = testdir();
  cpSync(join(ROOT, 'examples/haimen'), root, { recursive: true });
  const docx = join(root, 'notice.docx');
  const written = await cli(['report', '--month', '2026-11', '--format', 'docx', '--out', docx], {
    cwd: root,
    env: NOW,
  });
  expect(written.code).toBe(0);
  const json = await cli(['report', '--month', '2026-11', '--json'], { cwd: root, env: NOW });
  return { notice: JSON.parse(json.stdout) as Notice, pages: await readPdf(await docxToPdf(docx)) };
});

/** The last line holding `phrase` (the signature comes after every other mention). */
function lastLine(pages: PdfPage[], phrase: string): { page: number; line: PdfLine } | undefined {
  return [...pages.entries()]
    .flatMap(([page, { lines }]) => lines.map((line) => ({ page, line })))
    .filter(({ line }) => compact(line.text).includes(compact(phrase)))
    .at(-1);
}

describe('the month notice DOCX, printed by LibreOffice', () => {
  it('is a few A4 pages', async () => {
    const { pages } = await printed();
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(6);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(A4.width, 0);
      expect(page.height).toBeCloseTo(A4.height, 0);
    }
  });

  it('opens with its title at the top of the first page and the month in figures', async () => {
    const { pages, notice } = await printed();
    const title = findLine(pages, '关于2026年11月份政务信息报送采用情况');
    expect(title?.page).toBe(0);
    expect(title!.line.yMin).toBeLessThan(pages[0]!.height / 4);
    expect(pageText(pages[0]!)).toContain('关于2026年11月份政务信息报送采用情况的通报');
    expect(pageText(pages[0]!)).toContain(`各单位共报送信息${notice.totals.submitted}条`);
  });

  it('gives every unit a row of its group’s table, in the configured order, with its tallies', async () => {
    const { pages, notice } = await printed();
    const config = parse(readFileSync(join(ROOT, 'examples/haimen/info.config.yaml'), 'utf8')) as {
      departments: { name: string }[];
    };
    const table = rows(pages[0]!).filter((row) => notice.departments.some((d) => d.name === row[0]!.text));
    expect(table.map((row) => row[0]!.text)).toEqual(config.departments.map((d) => d.name));
    for (const row of table) {
      const cells = row.map((word) => word.text);
      const d = notice.departments.find((department) => department.name === cells[0])!;
      const { county, city, province, national } = d.adoptions;
      expect(cells.slice(0, 9)).toEqual(
        [d.name, d.submitted, d.cumulativeSubmitted, county, city, province, national, d.special, d.instructions].map(
          String,
        ),
      );
      expect(cells[9]).toMatch(/^(\d+(\.\d+)?%|—)$/);
      // The example's own method: a quota bonus and a ledger column, and the rank within the unit's group.
      expect(cells.slice(-4)).toEqual([d.adjustments, d.points, d.cumulativePoints, d.groupRank].map(String));
    }
  });

  it('names every writer and every adopted item', async () => {
    const { pages, notice } = await printed();
    const text = compact(pages.map(pageText).join(''));
    for (const writer of notice.writers) expect(text).toContain(writer.name);
    expect(notice.adopted.length).toBeGreaterThan(0);
    for (const item of notice.adopted) expect(text).toContain(`《${compact(item.title)}》`);
  });

  it('is signed by the office, on the right, near the end', async () => {
    const { pages, notice } = await printed();
    const signature = [...pages.entries()]
      .flatMap(([page, { lines }]) => lines.map((line) => ({ page, line })))
      .filter(({ line }) => compact(line.text) === notice.office)
      .at(-1);
    expect(signature).toBeDefined();
    expect(signature!.page).toBeGreaterThanOrEqual(pages.length - 2);
    expect(signature!.line.xMin).toBeGreaterThan(A4.width / 2);
    expect(pageText(pages.at(-1)!)).toContain('2026年12月5日');
  });

  it('keeps the signature block together: the office and its date on one page, never the date alone', async () => {
    const { pages, notice } = await printed();
    const office = lastLine(pages, notice.office);
    const date = lastLine(pages, '2026年12月5日');
    expect(office).toBeDefined();
    expect(date).toBeDefined();
    expect(date!.page).toBe(office!.page);
    expect(date!.line.yMin).toBeGreaterThan(office!.line.yMin);
    // The closing sentence goes with them: a signature never opens a page on its own.
    const closing = lastLine(pages, '确保完成全年信息工作任务');
    expect(closing?.page).toBe(office!.page);
  });
});
