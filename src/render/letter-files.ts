/** A letter to one unit as Markdown, as a printable HTML page, or as a Word document. */
import { AlignmentType, Paragraph } from 'docx';
import { stripControls } from './clean.js';
import { bodyPara, headingPara, packDocx, para, SIZE, titlePara } from './docx-kit.js';
import { escapeText, FONTS, htmlPage } from './html.js';
import type { LetterText } from './letter-text.js';

/** Untrusted text on a line of its own must not turn into a heading, list or HTML. */
function plain(text: string): string {
  return stripControls(text.replace(/\r?\n|\r/g, ' ')).replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

export function letterMarkdown(l: LetterText): string {
  const indent = l.lang === 'zh-CN' ? '\u3000\u3000' : '';
  const lines = [
    `# ${plain(l.title)}`,
    '',
    plain(l.to),
    '',
    `${indent}${plain(l.figures)}`,
    '',
    ...l.sections.flatMap((s) => [`## ${plain(s.heading)}`, '', ...s.lines.flatMap((line) => [plain(line), ''])]),
    `${indent}${plain(l.closing)}`,
    '',
    plain(l.office),
    l.date,
  ];
  return `${lines.join('\n')}\n`;
}

const CSS = `@page { size: A4; margin: 25mm 22mm; }
body { margin: 0 auto; max-width: 166mm; padding: 8mm 0; color: #000; font-family: ${FONTS.body}; font-size: 14pt; line-height: 1.7; }
h1 { font-family: ${FONTS.title}; font-weight: normal; font-size: 20pt; text-align: center; margin: 0 0 8mm; }
h2 { font-family: ${FONTS.heading}; font-weight: normal; font-size: 14pt; margin: 5mm 0 1mm; break-after: avoid; }
p { margin: 0 0 2mm; }
p.indent { text-indent: 2em; }
.sign { text-align: right; margin-top: 12mm; break-inside: avoid; }`;

export function letterHtml(l: LetterText): string {
  const p = (text: string, cls = '') => `<p${cls ? ` class="${cls}"` : ''}>${escapeText(text)}</p>`;
  const body = [
    `<h1>${escapeText(l.title)}</h1>`,
    p(l.to),
    p(l.figures, 'indent'),
    ...l.sections.flatMap((s) => [`<h2>${escapeText(s.heading)}</h2>`, ...s.lines.map((line) => p(line))]),
    p(l.closing, 'indent'),
    `<p class="sign">${escapeText(l.office)}<br>${escapeText(l.date)}</p>`,
  ];
  return htmlPage({ lang: l.lang, title: l.title, css: CSS, body: body.join('\n') });
}

export function letterDocx(l: LetterText): Promise<Buffer> {
  const sign = (text: string, last: boolean) =>
    para(text, 'body', SIZE.san, { alignment: AlignmentType.RIGHT, indent: { right: 640 }, keepNext: !last });
  return packDocx({
    title: l.title,
    creator: l.office,
    lang: l.lang,
    children: [
      titlePara(l.title),
      bodyPara(l.to, SIZE.san, false),
      bodyPara(l.figures),
      ...l.sections.flatMap((s) => [headingPara(s.heading), ...s.lines.map((line) => bodyPara(line))]),
      bodyPara(l.closing),
      new Paragraph({ children: [], keepNext: true }),
      ...(l.office ? [sign(l.office, false)] : []),
      sign(l.date, true),
    ],
  });
}
