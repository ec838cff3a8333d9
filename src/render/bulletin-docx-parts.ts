/**
 * The parts of a Word issue around its items: the marks at the top left (GB/T 9704-2012
 * 7.2: 份号 in 3号 Arabic figures, 密级 and 紧急程度 in 3号黑体, one a line, flush left), the
 * 目录, the heading of each section (栏目), and the 简讯 at the end, one paragraph each.
 */
import { AlignmentType, BorderStyle, Paragraph, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { IssueBrief } from '../core/bulletin/issue.js';
import type { Run } from '../core/bulletin/body.js';
import { chars, GRID, PT, text } from './bulletin-docx-kit.js';
import type { View } from './bulletin-template.js';

type ParaOptions = Omit<IParagraphOptions, 'children'>;
const para = (children: ParagraphChild[], options: ParaOptions = {}) => new Paragraph({ ...options, children });

export function marks(view: View): Paragraph[] {
  if (!view.marks) return [];
  const lines: Paragraph[] = [];
  if (view.copyNumber) lines.push(para([text(String(view.copyNumber), 'body', PT.san)]));
  for (const mark of [view.secrecy, view.urgency]) if (mark) lines.push(para([text(String(mark), 'heading', PT.san)]));
  return lines;
}

/** `【工作动态】`: a section's heading, 黑体, kept with the item it opens. */
export function sectionHeading(heading: string): Paragraph {
  return para([text(heading, 'heading', PT.san)], { keepNext: true, spacing: { before: GRID.linePitch } });
}

interface TocGroup {
  heading: string;
  titles: { index: number; title: string }[];
}

/** 目录: its label centred, each section's heading, the titles indented two characters, a rule below. */
export function toc(view: View): Paragraph[] {
  const groups = view.toc as TocGroup[];
  if (groups.length === 0) return [];
  const lines: [ParagraphChild[], ParaOptions][] = [
    [[text(String(view.tocLabel), 'heading', PT.san)], { alignment: AlignmentType.CENTER }],
  ];
  for (const group of groups) {
    if (group.heading) lines.push([[text(group.heading, 'heading', PT.san)], { keepNext: true }]);
    for (const entry of group.titles) lines.push([[text(entry.title, 'body', PT.san)], { indent: { left: chars(2) } }]);
  }
  const rule = { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 4 } };
  return lines.map(([runs, options], i) => para(runs, i === lines.length - 1 ? { ...options, border: rule } : options));
}

const plain = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

/** 简讯: the heading, then each brief as one paragraph — its title in 黑体, its text, its source in 楷体. */
export function briefs(view: View, list: readonly IssueBrief[]): Paragraph[] {
  if (list.length === 0) return [];
  const credits = (view.briefs as { credit: string }[]).map((b) => b.credit);
  return [
    sectionHeading(String(view.briefsHeading)),
    ...list.map((brief, i) =>
      para(
        [
          text(`${brief.title}　`, 'heading', PT.san),
          text(plain(brief.runs), 'body', PT.san),
          ...(credits[i] ? [text(credits[i]!, 'subheading', PT.san)] : []),
        ],
        { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: chars(2) } },
      ),
    ),
  ];
}
