/**
 * Building blocks for Word documents an office prints: A4 pages with the GB/T 9704-2012
 * margins, the customary Chinese fonts (named with fallbacks in the font table, so Word
 * and LibreOffice pick a near font where one is missing), titles, paragraphs and ruled
 * tables. Shared by the month notice and bulletin issues. Loaded only for `--format docx`.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { stripControls } from './clean.js';
import { groupSpan, type Column } from './columns.js';

/** The fonts by role, with the names a machine without them should fall back to. */
export const DOCX_FONTS = {
  title: { name: '方正小标宋简体', alt: '华文中宋', family: 'roman' },
  body: { name: '仿宋_GB2312', alt: '仿宋', family: 'roman' },
  heading: { name: '黑体', alt: 'SimHei', family: 'swiss' },
  subheading: { name: '楷体_GB2312', alt: '楷体', family: 'script' },
  table: { name: '宋体', alt: 'SimSun', family: 'roman' },
  latin: { name: 'Times New Roman', alt: 'Liberation Serif', family: 'roman' },
} as const;

export type FontRole = keyof typeof DOCX_FONTS;

/** Point sizes of the Chinese size names (二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt, 小五 9 pt). */
export const SIZE = { er: 22, san: 16, si: 14, xiaosi: 12, wu: 10.5, xiaowu: 9 } as const;

export const A4 = { width: 11906, height: 16838 };
/** Millimetres to twips (1/1440 inch), to the nearest: docx's own helper truncates 37 mm to 2097. */
export function mm(value: number): number {
  return Math.round((value / 25.4) * 1440);
}
/** GB/T 9704: top 37 mm, bottom 35 mm, binding (left) 28 mm, right 26 mm. */
export const MARGINS = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;

const font = (role: FontRole) => ({
  ascii: DOCX_FONTS.latin.name,
  hAnsi: DOCX_FONTS.latin.name,
  eastAsia: DOCX_FONTS[role].name,
  hint: 'eastAsia',
});

export function run(text: string, role: FontRole, size: number, extra: IRunOptions = {}): TextRun {
  return new TextRun({ text: stripControls(text), font: font(role), size: Math.round(size * 2), ...extra });
}

export function para(
  text: string,
  role: FontRole,
  size: number,
  options: Omit<IParagraphOptions, 'children'> & { run?: IRunOptions } = {},
): Paragraph {
  const { run: runOptions, ...rest } = options;
  return new Paragraph({ ...rest, children: [run(text, role, size, runOptions)] });
}

/** A body paragraph with the customary two-character first-line indent. */
export function bodyPara(text: string, size: number = SIZE.san, indent = true): Paragraph {
  return para(text, 'body', size, {
    indent: indent ? { firstLine: Math.round(size * 20 * 2) } : undefined,
    spacing: { line: Math.round(size * 20 * 1.75) },
  });
}

export function titlePara(text: string): Paragraph {
  return para(text, 'title', SIZE.er, {
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 480, line: Math.round(SIZE.er * 20 * 1.4) },
  });
}

export function headingPara(text: string, role: FontRole = 'heading'): Paragraph {
  return para(text, role, SIZE.san, { spacing: { before: 240, after: 120 }, keepNext: true });
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

function cell(
  text: string,
  width: number,
  size: number,
  opts: { head?: boolean; align?: 'left' | 'center'; rowSpan?: number; columnSpan?: number } = {},
): TableCell {
  const alignment = opts.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    ...(opts.head ? { shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } } : {}),
    ...(opts.rowSpan ? { rowSpan: opts.rowSpan } : {}),
    ...(opts.columnSpan ? { columnSpan: opts.columnSpan } : {}),
    children: [para(text, 'table', size, { alignment, run: { bold: opts.head ?? false } })],
  });
}

/** Header rows: columns sharing a `group` get one cell over them; the others span both rows. */
function headRows(columns: readonly Column[], widths: readonly number[], size: number): TableRow[] {
  if (!columns.some((c) => c.group))
    return [
      new TableRow({
        tableHeader: true,
        children: columns.map((c, i) => cell(c.label, widths[i]!, size, { head: true })),
      }),
    ];
  const top: TableCell[] = [];
  columns.forEach((c, i) => {
    if (!c.group) top.push(cell(c.label, widths[i]!, size, { head: true, rowSpan: 2 }));
    else if (columns[i - 1]?.group !== c.group) {
      const span = groupSpan(columns, i);
      const width = widths.slice(i, i + span).reduce((a, b) => a + b, 0);
      top.push(cell(c.group, width, size, { head: true, columnSpan: span }));
    }
  });
  const second = columns.flatMap((c, i) => (c.group ? [cell(c.label, widths[i]!, size, { head: true })] : []));
  return [new TableRow({ tableHeader: true, children: top }), new TableRow({ tableHeader: true, children: second })];
}

/** A ruled table: widths in twips (they should add up to TEXT_WIDTH); text columns left-aligned. */
export function docxTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
  size: number = SIZE.xiaowu,
): Table {
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, i) =>
          cell(text, widths[i]!, size, { align: columns[i]?.numeric ? 'center' : 'left' }),
        ),
      }),
  );
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    borders: BORDERS,
    rows: [...headRows(columns, widths, size), ...body],
  });
}

/** Spreads `total` twips over columns by weight. */
export function widthsFor(weights: readonly number[], total: number = TEXT_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[0]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** The font table, naming each font's fallback (`w:altName`) and its character set (GB2312). */
export function fontTableXml(): string {
  const fonts = Object.values(DOCX_FONTS).map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.alt}"/><w:charset w:val="${f.name === DOCX_FONTS.latin.name ? '00' : '86'}"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts.join('')}</w:fonts>`;
}

export interface DocxSpec {
  title: string;
  creator: string;
  /** The document's language (`zh-CN`, `en`): which glyph forms a viewer picks for Chinese. */
  lang: string;
  children: (Paragraph | Table)[];
}

/** An A4 document with the GB/T 9704 margins, packed to bytes. */
export async function packDocx({ title, creator, lang, children }: DocxSpec): Promise<Buffer> {
  const language = { value: lang === 'zh-CN' ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' };
  const doc = new Document({
    title,
    creator: creator || 'infodesk',
    styles: { default: { document: { run: { font: font('body'), size: SIZE.san * 2, language } } } },
    sections: [{ properties: { page: { size: A4, margin: MARGINS } }, children }],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
