/**
 * An issue as a Word document laid out to GB/T 9704-2012: the marks at the top left, the red
 * masthead (series name, number, office and date over a red rule), the 目录, the editor's
 * note, each item under its section's heading (title in 小标宋 22 pt, body in 仿宋 16 pt,
 * heading levels in 黑体 and 楷体), the 简讯, the 版记 at the foot of the last page, page
 * numbers `— N —` outside. Loaded only for `--format docx`.
 */
import { AlignmentType, BorderStyle, type Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { Issue, IssueItem } from '../core/bulletin/issue.js';
import { PT, text, TEXT_WIDTH } from './bulletin-docx-kit.js';
import {
  blockParagraph,
  bodyOptions,
  creditParagraph,
  gbDocument,
  para,
  titleParagraph,
} from './bulletin-docx-body.js';
import { colophon } from './bulletin-docx-colophon.js';
import { briefs, marks, sectionHeading, toc } from './bulletin-docx-parts.js';
import type { View } from './bulletin-template.js';

const RED = 'E60000';

/** A tab as Word wants it (`<w:tab/>`), not a tab character inside the text. */
const tab = () => new TextRun({ children: [new Tab()] });

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

function item(entry: IssueItem, view: { credit: string; sectionHeading: string }): Paragraph[] {
  const { credit } = view;
  return [
    ...(view.sectionHeading ? [sectionHeading(view.sectionHeading)] : []),
    titleParagraph(entry.title),
    ...entry.blocks.map(blockParagraph),
    ...(credit ? [creditParagraph(credit)] : []),
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
        bodyOptions({ spacing: { after: 0 } }),
      ),
    );
}

export async function issueDocx(issue: Issue, view: View): Promise<Buffer> {
  const items = view.items as { credit: string; sectionHeading: string }[];
  return gbDocument({ title: String(view.title), creator: issue.office }, [
    ...marks(view),
    ...masthead(issue, view),
    ...toc(view),
    ...note(issue, view),
    ...issue.items.flatMap((entry, i) => item(entry, items[i]!)),
    ...briefs(view, issue.briefs),
    ...colophon(view),
  ]);
}
