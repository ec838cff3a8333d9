/** The month notice as a Word document an office can print and send. */
import { AlignmentType, Paragraph, type Table } from 'docx';
import { bodyPara, docxTable, headingPara, packDocx, para, SIZE, titlePara, widthsFor } from './docx-kit.js';
import type { TextTable } from './columns.js';
import type { NoticeText } from './notice-text.js';

/** Column widths by what they hold; a column not named here takes 1. */
const DEPARTMENT_WEIGHTS: Record<string, number> = {
  department: 2.3,
  group: 1.1,
  submitted: 1.1,
  cumulative: 0.9,
  county: 0.9,
  city: 0.8,
  province: 0.8,
  national: 0.9,
  special: 0.9,
  instructions: 0.9,
  rate: 1.1,
  quotaBonus: 1.0,
  adjustments: 1.0,
  points: 1.0,
  cumulativePoints: 1.1,
  rank: 0.9,
  groupRank: 1.0,
};
const WRITER_WEIGHTS = [1.2, 2.6, 0.9, 1.1, 1.0, 1.0, 1.2];

function unitsTable(table: TextTable): Table {
  const weights = table.columns.map((c) => DEPARTMENT_WEIGHTS[c.key ?? ''] ?? 1);
  return docxTable(table.columns, table.rows, widthsFor(weights));
}

const note = (text: string) => bodyPara(text, SIZE.xiaosi, false);

function sections(n: NoticeText): (Paragraph | Table)[] {
  return [
    headingPara(n.headings.departments),
    ...n.departmentTables.flatMap(({ heading, table }) => [
      ...(heading ? [headingPara(heading, 'subheading')] : []),
      unitsTable(table),
    ]),
    ...n.departmentNotes.map(note),
    ...(n.ledger.length ? [headingPara(n.headings.ledger), ...n.ledger.map((line) => bodyPara(line))] : []),
    ...(n.awards.length ? [headingPara(n.headings.awards), ...n.awards.map((line) => bodyPara(line))] : []),
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
