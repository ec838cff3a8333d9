/** The month notice as a Word document an office can print and send. */
import { AlignmentType, Paragraph, type Table } from 'docx';
import { bodyPara, docxTable, headingPara, packDocx, para, SIZE, titlePara, widthsFor } from './docx-kit.js';
import type { NoticeText } from './notice-text.js';

const DEPARTMENT_WEIGHTS = [2.3, 1.1, 0.9, 0.9, 0.8, 0.8, 0.9, 0.9, 0.9, 1.1, 1.0, 1.1, 0.9];
const WRITER_WEIGHTS = [1.2, 2.6, 0.9, 1.1, 1.0, 1.0, 1.2];

const note = (text: string) => bodyPara(text, SIZE.xiaosi, false);

function sections(n: NoticeText): (Paragraph | Table)[] {
  return [
    headingPara(n.headings.departments),
    docxTable(n.departments.columns, n.departments.rows, widthsFor(DEPARTMENT_WEIGHTS)),
    ...n.departmentNotes.map(note),
    headingPara(n.headings.writers),
    docxTable(n.writers.columns, n.writers.rows, widthsFor(WRITER_WEIGHTS)),
    headingPara(n.headings.adopted),
    ...n.adopted.map((line) => bodyPara(line)),
    ...(n.topics.length ? [headingPara(n.headings.topics), ...n.topics.map((line) => bodyPara(line))] : []),
    headingPara(n.headings.breakdown),
    ...n.breakdown.map((line) => bodyPara(line)),
  ];
}

/**
 * The closing sentence, the office and the date are one block: each keeps with the next and
 * none splits, so the date never falls alone onto a page of its own.
 */
function signature(n: NoticeText): Paragraph[] {
  const sign = (text: string, last: boolean) =>
    para(text, 'body', SIZE.san, {
      alignment: AlignmentType.RIGHT,
      indent: { right: 640 },
      keepLines: true,
      keepNext: !last,
    });
  const closing = para(n.closing, 'body', SIZE.san, {
    indent: { firstLine: SIZE.san * 40 },
    spacing: { line: Math.round(SIZE.san * 20 * 1.75) },
    keepLines: true,
    keepNext: true,
  });
  return [
    closing,
    new Paragraph({ children: [], keepNext: true }),
    ...(n.office ? [sign(n.office, false)] : []),
    sign(n.date, true),
  ];
}

export function monthDocx(n: NoticeText): Promise<Buffer> {
  return packDocx({
    title: n.title,
    creator: n.office,
    lang: n.lang,
    children: [
      titlePara(n.title),
      bodyPara(n.to, SIZE.san, false),
      bodyPara(n.summary),
      ...sections(n),
      ...signature(n),
    ],
  });
}
