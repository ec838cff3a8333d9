/**
 * An issue as a Word document laid out to GB/T 9704-2012: the marks at the top left, the red
 * masthead (series name, number, office and date over a red rule), the 目录, the editor's
 * note, each item under its section's heading (title in 小标宋 22 pt, body in 仿宋 16 pt,
 * heading levels in 黑体 and 楷体), the 简讯, the 版记 at the foot of the last page, page
 * numbers `— N —` outside. Loaded only for `--format docx`.
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
  Tab,
  TabStopType,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, Run } from '../core/bulletin/body.js';
import type { Issue, IssueItem } from '../core/bulletin/issue.js';
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
  TEXT_WIDTH,
  type FontRole,
} from './bulletin-docx-kit.js';
import { colophon } from './bulletin-docx-colophon.js';
import { briefs, marks, sectionHeading, toc } from './bulletin-docx-parts.js';
import type { View } from './bulletin-template.js';

const RED = 'E60000';
type ParaOptions = Omit<IParagraphOptions, 'children'>;

/** A tab as Word wants it (`<w:tab/>`), not a tab character inside the text. */
const tab = () => new TextRun({ children: [new Tab()] });
const para = (children: ParagraphChild[], options: ParaOptions = {}) => new Paragraph({ ...options, children });
const body = (options: ParaOptions = {}): ParaOptions => ({
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: chars(2) },
  ...options,
});

function masthead(issue: Issue, view: View): Paragraph[] {
  const centered = { alignment: AlignmentType.CENTER };
  return [
    para([text(issue.series, 'title', PT.chu, { color: RED, characterSpacing: 120 })], {
      ...centered,
      spacing: { before: 0, after: 240 },
    }),
    para([text(String(view.issueLabel), 'body', PT.san)], centered),
    ...(view.totalLabel ? [para([text(String(view.totalLabel), 'body', PT.san)], centered)] : []),
    para([text(issue.office, 'body', PT.san), tab(), text(String(view.dateLabel), 'body', PT.san)], {
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: { bottom: { style: BorderStyle.THICK, size: 18, color: RED, space: 6 } },
      spacing: { after: 240 },
    }),
  ];
}

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

function block(b: Block): Paragraph {
  const bold = b.level === 3;
  if (b.kind === 'rule')
    return para([], { border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } } });
  if (b.kind === 'heading') return para(runs(b.runs, ROLE_OF_LEVEL[b.level], bold), body({ keepNext: true }));
  if (b.kind === 'quote')
    return para(runs(b.runs, 'subheading'), body({ indent: { left: chars(2), right: chars(2), firstLine: chars(2) } }));
  return para([...runs(b.lead, ROLE_OF_LEVEL[b.level], bold), ...runs(b.runs, 'body')], body());
}

function item(entry: IssueItem, view: { credit: string; sectionHeading: string }): Paragraph[] {
  const { credit } = view;
  return [
    ...(view.sectionHeading ? [sectionHeading(view.sectionHeading)] : []),
    para([text(entry.title, 'title', PT.er)], {
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: GRID.linePitch, after: Math.round(GRID.linePitch / 2) },
    }),
    ...entry.blocks.map(block),
    ...(credit ? [para([text(credit, 'subheading', PT.san)], { alignment: AlignmentType.RIGHT })] : []),
  ];
}

function note(issue: Issue, view: View): Paragraph[] {
  if (!issue.note) return [];
  return issue.note
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line, i) =>
      para(
        [
          ...(i === 0 ? [text(String(view.noteLabel), 'heading', PT.san)] : []),
          text(line.trim(), 'subheading', PT.san),
        ],
        body({ spacing: { after: 0 } }),
      ),
    );
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

export async function issueDocx(issue: Issue, view: View): Promise<Buffer> {
  const items = view.items as { credit: string; sectionHeading: string }[];
  const doc = new Document({
    title: String(view.title),
    creator: issue.office || 'infodesk',
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
        children: [
          ...marks(view),
          ...masthead(issue, view),
          ...toc(view),
          ...note(issue, view),
          ...issue.items.flatMap((entry, i) => item(entry, items[i]!)),
          ...briefs(view, issue.briefs),
          ...colophon(view),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: issueFontTableXml() }]);
}
