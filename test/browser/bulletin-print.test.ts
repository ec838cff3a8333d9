/// <reference lib="dom" />
/**
 * The HTML issue printed by Chromium, as a reader sees the pages: the 版记 at the foot of the
 * last page (its 印发 line in the bottom 15%), for an issue of one page and one of three, and
 * nowhere on the pages before; the marks at the top left of the first page. A machine may
 * lack Chinese fonts: every paragraph is short enough to take one line whatever the glyphs'
 * widths, and lines are found by their figures (2026…印发, 共印150份).
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, itemText, workspace } from '../helpers.js';
import { launchBrowser } from './launch.js';
import { type PrintedPage, readPrinted } from './printed.js';

const CONFIG = `office: 海门市人民政府办公室
lang: zh-CN
bulletin:
  series: 政务信息
  marks: {secrecy: 内部资料, urgency: 特急}
  sections: [工作动态]
  distribution: {报: [南通市人民政府办公室], 送: [市委办公室, 市人大常委会办公室], 发: [各区镇人民政府、市各委办局]}
  copies: 150
`;

/** A paragraph of one line: 16 characters of the 28 a line holds. */
const LINE = '全市重点工作推进有力，成效明显。';

function approved(n: number, paragraphs: number, extra = ''): [string, string] {
  const id = `20261103-ab${String(n).padStart(2, '0')}`;
  const body = Array.from({ length: paragraphs }, () => LINE);
  return [
    `items/${id}.md`,
    itemText({
      id,
      title: `重点工作之${n}`,
      status: 'approved',
      department: '财政局',
      history: [
        '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted}',
        `{at: 2026-11-04T10:${String(n).padStart(2, '0')}:00+08:00, by: 王主任, from: submitted, to: approved}`,
      ],
      extra: ['bulletins: []', extra].filter(Boolean).join('\n'),
      body: body.join('\n\n'),
    }),
  ];
}

let browser: Browser;

async function printed(files: [string, string][], hideText = false): Promise<PrintedPage[]> {
  const root = workspace(Object.fromEntries(files), CONFIG);
  const result = await cli(['report', '--issue', '--format', 'html', '--json'], {
    cwd: root,
    env: { INFO_NOW: '2026-12-01T10:00:00+08:00' },
  });
  expect(result.code).toBe(0);
  const html = (JSON.parse(result.stdout) as { files: string[] }).files.find((f) => f.endsWith('.html'))!;
  // To see where the 版记 shows, the text alone is made invisible (the policy set aside for it).
  const context = await browser.newContext({ bypassCSP: hideText });
  const page = await context.newPage();
  await page.goto(`file://${join(root, html)}`);
  if (hideText)
    await page.addStyleTag({
      content: '.paper, .paper * { color: transparent !important; border-color: transparent !important; }',
    });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await context.close();
  return readPrinted(pdf);
}

const one: [string, string][] = [approved(1, 1)];
const three: [string, string][] = [approved(1, 8, 'section: 工作动态'), approved(2, 8), approved(3, 8), approved(4, 7)];

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The lowest line of the last page holding `figures`: what a reader sees there (earlier pages hide the 版记). */
function lowest(pages: PrintedPage[], figures: string) {
  const last = pages.at(-1)!;
  const line = last.lines.filter((l) => l.text.replace(/\s+/g, '').includes(figures)).at(-1);
  expect(line, `no line with ${figures} on the last page`).toBeDefined();
  return { last, line: line! };
}

describe('the HTML issue printed by Chromium', { timeout: 120_000 }, () => {
  it.each([
    ['one page', one, 1],
    ['three pages', three, 3],
  ])('sets the 版记 at the foot of the last page of an issue of %s', async (_name, files, count) => {
    const pages = await printed(files);
    expect(pages).toHaveLength(count);
    // The 印发 line: the office and 2026年12月1日印发.
    const { last, line } = lowest(pages, '2026');
    expect(line.top).toBeGreaterThan(last.height * 0.85);
    // Its last rule is on the bottom edge of the type area (35 mm above the page's edge).
    expect(line.bottom).toBeLessThan(last.height - (35 / 25.4) * 72);
    // The copies just above it, in the 版记.
    const copies = lowest(pages, '150').line;
    expect(copies.bottom).toBeLessThanOrEqual(line.top + 1);
    expect(line.top - copies.top).toBeLessThan(40);
  });

  it('shows the 版记 only on the last page: the pages before carry no ink where it stands', async () => {
    const pages = await printed(three, true);
    expect(pages).toHaveLength(3);
    const band = [0.72, 0.87] as const;
    expect(await pages[0]!.ink(...band)).toBe(0);
    expect(await pages[1]!.ink(...band)).toBe(0);
    expect(await pages[2]!.ink(...band)).toBeGreaterThan(500);
  });

  it('puts the marks at the top left of the first page, above the masthead', async () => {
    const root = workspace(Object.fromEntries(one), CONFIG);
    const result = await cli(['report', '--issue', '--format', 'html', '--json'], { cwd: root });
    const html = (JSON.parse(result.stdout) as { files: string[] }).files.find((f) => f.endsWith('.html'))!;
    const page = await browser.newPage();
    await page.goto(`file://${join(root, html)}`);
    await page.emulateMedia({ media: 'print' });
    const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
    const [secrecy, urgency, series, paper] = [
      await box('.marks .secrecy'),
      await box('.marks .urgency'),
      await box('.masthead .series'),
      await box('.paper'),
    ];
    expect(secrecy.y + secrecy.height).toBeLessThanOrEqual(urgency.y + 1);
    expect(urgency.y + urgency.height).toBeLessThanOrEqual(series.y + 1);
    expect([secrecy.x, urgency.x]).toEqual([paper.x, paper.x]);
    expect(await page.locator('.marks').textContent()).toContain('内部资料');
    await page.close();
  });
});
