/**
 * Where a reader finds the 版记 of a Word issue: LibreOffice prints the DOCX to PDF, poppler
 * reads the words back, and the 印发 line stands in the bottom 15% of the last page, its last
 * rule on the bottom edge of the type area, for an issue of one page and one of three; the
 * pages before hold no 版记. Marks, sections and briefs are where the issue puts them. An
 * item sent upward (上报件) prints as one A4 page laid out like the bulletin's items.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, itemText, workspace } from '../helpers.js';
import { A4, docxToPdf, findLine, once, type PdfPage, pageText, readPdf } from './office.js';

const CONFIG = `office: 海门市人民政府办公室
lang: zh-CN
writers: [{name: 陆卫东, department: 财政局, phone: 0513-82123456}]
bulletin:
  series: 政务信息
  marks: {secrecy: 内部资料, urgency: 特急}
  sections: [工作动态, 经验做法]
  toc: 3
  distribution: {报: [南通市人民政府办公室], 送: [市委办公室, 市人大常委会办公室], 发: [各区镇人民政府、市各委办局]}
  copies: 150
`;
const PARAGRAPH =
  '全市上下围绕年度目标任务，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，经济社会发展呈现稳中有进、进中向好的良好态势。';
/** The bottom edge of the type area: 35 mm above the page's. */
const TYPE_BOTTOM = A4.height - (35 / 25.4) * 72;

function approved(n: number, paragraphs: number, extra = ''): [string, string] {
  const id = `20261103-ab${String(n).padStart(2, '0')}`;
  return [
    `items/${id}.md`,
    itemText({
      id,
      title: `海门市重点工作进展情况之${n}`,
      status: 'approved',
      department: '财政局',
      authors: '[陆卫东]',
      history: [
        '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted}',
        `{at: 2026-11-04T10:${String(n).padStart(2, '0')}:00+08:00, by: 王主任, from: submitted, to: approved}`,
      ],
      extra: ['bulletins: []', extra].filter(Boolean).join('\n'),
      body: Array.from({ length: paragraphs }, () => PARAGRAPH).join('\n\n'),
    }),
  ];
}

async function issuePdf(files: [string, string][]): Promise<PdfPage[]> {
  const root = workspace(Object.fromEntries(files), CONFIG);
  const result = await cli(['report', '--issue', '--format', 'docx', '--json'], {
    cwd: root,
    env: { INFO_NOW: '2026-12-05T10:00:00+08:00' },
  });
  expect(result.code).toBe(0);
  const docx = (JSON.parse(result.stdout) as { files: string[] }).files.find((f) => f.endsWith('.docx'))!;
  return readPdf(await docxToPdf(join(root, docx)));
}

const onePage = once(() => issuePdf([approved(1, 1)]));
const threePages = once(() =>
  issuePdf([
    approved(1, 2, 'section: 经验做法'),
    approved(2, 2, 'section: 工作动态'),
    approved(3, 1),
    approved(4, 1, 'brief: true'),
  ]),
);

function colophonOnLastPage(pages: PdfPage[]) {
  const last = pages.length - 1;
  const printed = findLine([pages[last]!], '日印发');
  expect(printed, 'no 印发 line on the last page').toBeDefined();
  for (const page of pages.slice(0, -1)) expect(pageText(page)).not.toContain('日印发');
  return { page: pages[last]!, line: printed!.line };
}

describe('the 版记 of a Word issue, printed by LibreOffice', () => {
  it.each([
    ['one page', onePage, 1],
    ['three pages', threePages, 3],
  ])('stands at the foot of the last page of an issue of %s', async (_name, pdf, count) => {
    const pages = await pdf();
    expect(pages).toHaveLength(count);
    const { page, line } = colophonOnLastPage(pages);
    expect(line.yMin).toBeGreaterThan(page.height * 0.85);
    expect(line.yMax).toBeLessThan(TYPE_BOTTOM);
    expect(TYPE_BOTTOM - line.yMax).toBeLessThan(20);
    const tops = ['报：南通市人民政府办公室。', '送：市委办公室', '发：各区镇人民政府', '共印150份', '日印发'].map(
      (phrase) => findLine([page], phrase)?.line.yMin ?? -1,
    );
    expect(tops.every((top) => top > 0)).toBe(true);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  });

  it('prints the marks at the top left, sections in order and the briefs last', async () => {
    const pages = await threePages();
    const secrecy = findLine(pages, '内部资料')!;
    const masthead = findLine(pages, '政务信息')!;
    expect(secrecy.page).toBe(0);
    expect(secrecy.line.yMax).toBeLessThan(masthead.line.yMin);
    expect(secrecy.line.xMin).toBeLessThan(A4.width * 0.2);
    const text = pages.map(pageText).join('');
    const order = ['目录', '【工作动态】', '之2', '【经验做法】', '之1', '之3', '【简讯】', '之4'].map((p) =>
      text.lastIndexOf(p),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('an item sent upward, printed by LibreOffice', () => {
  it('is an A4 page: the title at the top, the text, the unit and the contact at the end', async () => {
    const [path, text] = approved(1, 2);
    const root = workspace({ [path]: text }, CONFIG);
    const result = await cli(['export', '20261103-ab01', '--out', 'out', '--json'], { cwd: root });
    expect(result.code).toBe(0);
    const [file] = JSON.parse(result.stdout) as { file: string }[];
    const pages = await readPdf(await docxToPdf(join(root, file!.file)));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.height).toBeCloseTo(A4.height, 0);
    const title = findLine(pages, '海门市重点工作进展情况之1')!;
    const contact = findLine(pages, '联系人：陆卫东（0513-82123456）')!;
    expect(title.line.yMin).toBeLessThan(A4.height * 0.25);
    expect(contact.line.yMin).toBeGreaterThan(title.line.yMax);
    expect(pageText(pages[0]!)).toContain('报送单位：财政局');
  });
});
