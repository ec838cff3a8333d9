/// <reference lib="dom" />
/**
 * The HTML issue printed by Chromium, as a reader sees the pages: the 版记 at the foot of the
 * last page (its 印发 line in the bottom 15%), for an issue of one page and one of three, and
 * nowhere on the pages before; the marks at the top left of the first page.
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

const PARAGRAPH =
  '全市上下围绕年度目标任务，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，经济社会发展呈现稳中有进、进中向好的良好态势。';

function approved(n: number, paragraphs: number, extra = ''): [string, string] {
  const id = `20261103-ab${String(n).padStart(2, '0')}`;
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `${i === 0 ? '' : `（${'一二三四五六七八九十'[i % 10]}）`}${PARAGRAPH}`,
  );
  return [
    `items/${id}.md`,
    itemText({
      id,
      title: `海门市重点工作进展情况之${n}`,
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
const three: [string, string][] = [approved(1, 3, 'section: 工作动态'), approved(2, 3), approved(3, 2), approved(4, 2)];

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The 印发 line where a reader sees it: on the last page. */
function printedLine(pages: PrintedPage[]) {
  const last = pages.at(-1)!;
  const line = last.lines.find((l) => l.text.includes('日印发'));
  expect(line, 'no 印发 line on the last page').toBeDefined();
  return { last, line: line! };
}

describe('the HTML issue printed by Chromium', { timeout: 120_000 }, () => {
  it.each([
    ['one page', one, 1],
    ['three pages', three, 3],
  ])('sets the 版记 at the foot of the last page of an issue of %s', async (_name, files, count) => {
    const pages = await printed(files);
    expect(pages).toHaveLength(count);
    const { last, line } = printedLine(pages);
    expect(line.top).toBeGreaterThan(last.height * 0.85);
    // Its last rule is on the bottom edge of the type area (35 mm above the page's edge).
    expect(line.bottom).toBeLessThan(last.height - (35 / 25.4) * 72);
    // Phrases without 民, 门, 长: a CJK font may give their glyphs as radicals (⺠) in a PDF's text.
    const tops = ['报：南通市', '送：市委办公室', '发：各区镇', '共印150份', '日印发'].map(
      (phrase) => last.lines.find((l) => l.text.includes(phrase))?.top ?? -1,
    );
    expect(tops.every((top) => top > 0)).toBe(true);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
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
    const [first] = await printed(one);
    const secrecy = first!.lines.find((l) => l.text === '内部资料');
    const urgency = first!.lines.find((l) => l.text === '特急');
    const masthead = first!.lines.find((l) => l.text.includes('政务信息'));
    expect(secrecy && urgency && masthead).toBeTruthy();
    expect(secrecy!.top).toBeLessThan(urgency!.top);
    expect(urgency!.bottom).toBeLessThan(masthead!.top);
  });
});
