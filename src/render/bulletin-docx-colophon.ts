/**
 * The 版记 of a Word issue (GB/T 9704-2012 7.4): the distribution lines, the copies, and last
 * the office and the printing date, between rules of 0.35 mm (first and last) and 0.25 mm, at the
 * foot of the last page with its last rule on the bottom edge of the type area. It is a
 * table floating at the bottom of the text area, anchored in the paragraph after it, so
 * it lands on the page where the text ends (or on a page of its own when the text leaves
 * no room). Word, WPS and LibreOffice all place such a table; LibreOffice keeps a floating
 * table that is as wide as the text area floating only when it is positioned from the
 * page's edge, hence the page anchor at the left margin.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Tab,
  Table,
  TableAnchorType,
  TableCell,
  TableRow,
  TabStopType,
  LineRuleType,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { chars, MARGINS, PT, text, TEXT_WIDTH } from './bulletin-docx-kit.js';
import type { View } from './bulletin-template.js';

/** Rule widths in eighths of a point: 0.35 mm and 0.25 mm. */
const THICK: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** One character of 四号 in from either side, as GB/T 9704 sets the 版记's lines. */
const INDENT = { left: chars(1, PT.si), right: chars(1, PT.si) };

/** Its lines at exactly 20 pt (四号), not on the text's line grid of 28.95 pt. */
const LINES = { spacing: { before: 0, after: 0, line: 400, lineRule: LineRuleType.EXACT } };

function row(paragraph: Paragraph): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [new TableCell({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, children: [paragraph] })],
  });
}

/** `报：…`: a long list runs on aligned after the colon (a hanging indent of two characters). */
function distributionLine(line: string): Paragraph {
  return new Paragraph({
    ...LINES,
    indent: { ...INDENT, left: chars(3, PT.si), hanging: chars(2, PT.si) },
    children: [text(line, 'body', PT.si)],
  });
}

function printedLine(view: View): Paragraph {
  return new Paragraph({
    ...LINES,
    indent: INDENT,
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - chars(2, PT.si) }],
    children: [
      text(String(view.office), 'body', PT.si),
      new TextRun({ children: [new Tab()] }),
      text(String(view.printedLabel), 'body', PT.si),
    ],
  });
}

export function colophon(view: View): (Table | Paragraph)[] {
  const lines = (view.distribution as { line: string }[]).map((d) => distributionLine(d.line));
  const copies = view.copiesLabel
    ? [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: INDENT,
          children: [text(String(view.copiesLabel), 'body', PT.si)],
        }),
      ]
    : [];
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    margins: { left: 0, right: 0, top: 40, bottom: 40 },
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: MARGINS.left,
      verticalAnchor: TableAnchorType.MARGIN,
      // No distance from the text above: LibreOffice would then want far more room than that.
      relativeVerticalPosition: 'bottom',
    },
    borders: { top: THICK, bottom: THICK, left: NONE, right: NONE, insideHorizontal: THIN, insideVertical: NONE },
    rows: [...lines, ...copies, printedLine(view)].map(row),
  });
  // The table's anchor: the last paragraph of the document, as small as a paragraph can be.
  const anchor = new Paragraph({
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: '', size: 2 })],
  });
  return [table, anchor];
}
