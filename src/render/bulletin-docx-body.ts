/**
 * What a Word issue and an item sent upward (上报件) share: the GB/T 9704-2012 page (A4,
 * the margins, 22 lines of 28 characters, page numbers `— N —` outside), an item's title in
 * 小标宋 22 pt, its body in 仿宋 16 pt with heading levels in 黑体 and 楷体, its source line.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
  type Table,
} from 'docx';
import type { Block, Run } from '../core/bulletin/body.js';
import {
  A4,
  chars,
  fontOf,
  GRID,
  issueFontTableXml,
  LANGUAGE,
  MARGINS,
  PT,
  text,
  type FontRole,
} from './bulletin-docx-kit.js';

export type ParaOptions = Omit<IParagraphOptions, 'children'>;

export const para = (children: ParagraphChild[], options: ParaOptions = {}) => new Paragraph({ ...options, children });

/** A body paragraph: justified, two characters in. */
export const bodyOptions = (options: ParaOptions = {}): ParaOptions => ({
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: chars(2) },
  ...options,
});

const ROLE_OF_LEVEL: Record<Block['level'], FontRole> = {
  0: 'body',
  1: 'heading',
  2: 'subheading',
  3: 'body',
  4: 'body',
};

function runs(list: readonly Run[], role: FontRole, bold = false): TextRun[] {
  return list.map((run) =>
    text(run.text, role, PT.san, { bold: bold || run.strong === true, italics: run.em === true }),
  );
}

export function blockParagraph(b: Block): Paragraph {
  const bold = b.level === 3;
  if (b.kind === 'rule')
    return para([], { border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } } });
  if (b.kind === 'heading') return para(runs(b.runs, ROLE_OF_LEVEL[b.level], bold), bodyOptions({ keepNext: true }));
  if (b.kind === 'quote')
    return para(
      runs(b.runs, 'subheading'),
      bodyOptions({ indent: { left: chars(2), right: chars(2), firstLine: chars(2) } }),
    );
  return para([...runs(b.lead, ROLE_OF_LEVEL[b.level], bold), ...runs(b.runs, 'body')], bodyOptions());
}

/** An item's title, 小标宋 二号, centred, kept with its first line. */
export function titleParagraph(title: string, before: number = GRID.linePitch): Paragraph {
  return para([text(title, 'title', PT.er)], {
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before, after: Math.round(GRID.linePitch / 2) },
  });
}

/** `（财政局供稿）`: 楷体, flush right. */
export function creditParagraph(credit: string): Paragraph {
  return para([text(credit, 'subheading', PT.san)], { alignment: AlignmentType.RIGHT });
}

/** `— 3 —` in 四号 宋体, one character in from the outer edge: right on odd pages, left on even. */
function pageFooter(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  const number = new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fontOf('table'), size: PT.si * 2 });
  return new Footer({
    children: [
      new Paragraph({ alignment, indent: { left: chars(1, PT.si), right: chars(1, PT.si) }, children: [number] }),
    ],
  });
}

/** A document on the GB/T 9704 page, packed to bytes. */
export async function gbDocument(
  meta: { title: string; creator: string },
  children: readonly (Paragraph | Table)[],
): Promise<Buffer> {
  const doc = new Document({
    title: meta.title,
    creator: meta.creator || 'infodesk',
    evenAndOddHeaderAndFooters: true,
    // LibreOffice sizes the character grid from the Normal style, Word from the defaults: both say 16 pt.
    styles: {
      default: { document: { run: { font: fontOf('body'), size: PT.san * 2, language: LANGUAGE } } },
      paragraphStyles: [
        { id: 'Normal', name: 'Normal', run: { font: fontOf('body'), size: PT.san * 2, language: LANGUAGE } },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: A4, margin: { ...MARGINS, header: 851, footer: 992 } },
          grid: { type: DocumentGridType.LINES, ...GRID },
        },
        footers: { default: pageFooter(AlignmentType.RIGHT), even: pageFooter(AlignmentType.LEFT) },
        children: [...children],
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: issueFontTableXml() }]);
}
