/**
 * Word building blocks for an issue printed to GB/T 9704-2012: A4, the standard's margins
 * and 22 × 28 character grid, the customary fonts named with their fallbacks in the
 * document's font table (Word and LibreOffice then pick a near font where one is missing).
 */
import { TextRun, type IRunOptions } from 'docx';

/** Each font with its fallback (`w:altName`); LibreOffice falls back by the GB2312 charset to Noto CJK. */
export const FONTS = {
  title: { name: '方正小标宋简体', alt: '华文中宋', family: 'roman' },
  body: { name: '仿宋_GB2312', alt: '仿宋', family: 'modern' },
  hei: { name: '黑体', alt: 'SimHei', family: 'modern' },
  kai: { name: '楷体_GB2312', alt: '楷体', family: 'modern' },
  song: { name: '宋体', alt: 'SimSun', family: 'auto' },
  latin: { name: 'Times New Roman', alt: 'Liberation Serif', family: 'roman' },
} as const;

export type FontRole = keyof typeof FONTS;

/** Chinese text marked as such, so a fallback font shows the simplified-Chinese glyphs. */
export const LANGUAGE = { eastAsia: 'zh-CN' } as const;

/** The further fonts each role falls back to, in order, kept in the font table for readers of the file. */
const MORE_FALLBACKS: Partial<Record<FontRole, readonly string[]>> = {
  title: ['宋体', 'STZhongsong', 'Noto Serif CJK SC'],
  body: ['FangSong', 'STFangsong', 'Noto Serif CJK SC'],
  hei: ['STHeiti', 'Noto Sans CJK SC'],
  kai: ['KaiTi', 'STKaiti', 'Noto Serif CJK SC'],
  song: ['Noto Serif CJK SC'],
};

/** Point sizes of the Chinese size names: 初号 42, 二号 22, 三号 16, 四号 14. */
export const PT = { chu: 42, er: 22, san: 16, si: 14 } as const;

export const A4 = { width: 11906, height: 16838 };
/** 37 mm top, 35 mm bottom, 28 mm binding (left), 26 mm right, in twips as Word writes them. */
export const MARGINS = { top: 2098, bottom: 1984, left: 1588, right: 1474, header: 851, footer: 992 };
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
/** 22 lines on the 225 mm text height: a line grid of 28.95 pt. */
export const GRID = { linePitch: 579 };
/**
 * 28 characters of 16 pt on the 156 mm line: each condensed by 0.25 pt (in twips). A
 * character grid would do this in Word, but LibreOffice then gives every character two cells.
 */
export const CONDENSE = -5;

export function fontOf(role: FontRole) {
  return { ascii: FONTS.latin.name, hAnsi: FONTS.latin.name, eastAsia: FONTS[role].name, hint: 'eastAsia' } as const;
}

export function text(value: string, role: FontRole, pt: number, extra: IRunOptions = {}): TextRun {
  return new TextRun({ text: value, font: fontOf(role), size: Math.round(pt * 2), characterSpacing: CONDENSE, language: LANGUAGE, ...extra });
}

/** A character of `pt` points, in twips (indents are counted in characters). */
export const chars = (count: number, pt: number = PT.san) => Math.round(count * pt * 20);

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The font table, naming each font's fallback (`w:altName`) and its character set (86: GB2312). */
export function fontTableXml(): string {
  const entry = (name: string, alt: string | undefined, family: string, latin: boolean) =>
    `<w:font w:name="${attr(name)}">${alt ? `<w:altName w:val="${attr(alt)}"/>` : ''}<w:charset w:val="${latin ? '00' : '86'}"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`;
  const main = Object.values(FONTS).map((f) => entry(f.name, f.alt, f.family, f === FONTS.latin));
  const named = new Set<string>(Object.values(FONTS).flatMap((f) => [f.name, f.alt]));
  const more = Object.entries(MORE_FALLBACKS).flatMap(([role, names]) =>
    names.filter((n) => !named.has(n) && named.add(n)).map((n) => entry(n, undefined, FONTS[role as FontRole].family, false)),
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${[...main, ...more].join('')}</w:fonts>`;
}
