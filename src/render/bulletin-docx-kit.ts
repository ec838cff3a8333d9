/**
 * What an issue needs beyond the shared Word building blocks (`docx-kit.ts`): the GB/T
 * 9704 line grid and 28 characters a line, Chinese marked as such, indents in characters,
 * and more fallbacks named in the font table.
 */
import type { IRunOptions, TextRun } from 'docx';
import { DOCX_FONTS, fontTableXml, run, type FontRole } from './docx-kit.js';

export { A4, DOCX_FONTS, MARGINS, TEXT_WIDTH, type FontRole } from './docx-kit.js';

/** Point sizes of the Chinese size names: 初号 42, 二号 22, 三号 16, 四号 14. */
export const PT = { chu: 42, er: 22, san: 16, si: 14 } as const;

/** 22 lines on the 225 mm text height: a line grid of 28.95 pt. */
export const GRID = { linePitch: 579 };
/**
 * 28 characters of 16 pt on the 156 mm line: each condensed by 0.25 pt (in twips). A
 * character grid would do this in Word, but LibreOffice then gives every character two cells.
 */
export const CONDENSE = -5;

/** Chinese text marked as such, so a fallback font shows the simplified-Chinese glyphs. */
export const LANGUAGE = { eastAsia: 'zh-CN' } as const;

export function fontOf(role: FontRole) {
  return {
    ascii: DOCX_FONTS.latin.name,
    hAnsi: DOCX_FONTS.latin.name,
    eastAsia: DOCX_FONTS[role].name,
    hint: 'eastAsia',
  } as const;
}

/** A run of issue text: condensed to the 28-character line, marked Chinese. */
export function text(value: string, role: FontRole, pt: number, extra: IRunOptions = {}): TextRun {
  return run(value, role, pt, { characterSpacing: CONDENSE, language: LANGUAGE, ...extra });
}

/** `count` characters of `pt` points, in twips (indents are counted in characters). */
export const chars = (count: number, pt: number = PT.san) => Math.round(count * pt * 20);

/** The further fonts each role falls back to after its `altName`, for Word, WPS and LibreOffice. */
const MORE_FALLBACKS: Partial<Record<FontRole, readonly string[]>> = {
  title: ['宋体', 'STZhongsong', 'Noto Serif CJK SC'],
  body: ['FangSong', 'STFangsong', 'Noto Serif CJK SC'],
  heading: ['STHeiti', 'Noto Sans CJK SC'],
  subheading: ['KaiTi', 'STKaiti'],
};

/** The shared font table with the further fallbacks named too. */
export function issueFontTableXml(): string {
  const named = new Set<string>(Object.values(DOCX_FONTS).flatMap((f) => [f.name, f.alt]));
  const more = Object.entries(MORE_FALLBACKS).flatMap(([role, names]) =>
    names
      .filter((name) => !named.has(name) && named.add(name))
      .map(
        (name) =>
          `<w:font w:name="${name}"><w:charset w:val="86"/><w:family w:val="${DOCX_FONTS[role as FontRole].family}"/><w:pitch w:val="variable"/></w:font>`,
      ),
  );
  return fontTableXml().replace('</w:fonts>', `${more.join('')}</w:fonts>`);
}
