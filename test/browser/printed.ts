/**
 * A PDF the browser printed, read back as a reader sees it: each page's size, its lines of
 * text with their place (points from the page's top), and how much ink a band of the page
 * carries (the page drawn by pdf.js, from npm, onto @napi-rs/canvas). Node alone, no system
 * program.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PrintedLine {
  text: string;
  /** Top and bottom of the line's glyphs, in points from the top of the page. */
  top: number;
  bottom: number;
}

export interface PrintedPage {
  width: number;
  height: number;
  lines: PrintedLine[];
  /** Dark pixels in the band from `from` to `to` (fractions of the page's height, from the top). */
  ink(from: number, to: number): Promise<number>;
}

interface TextItem {
  str: string;
  transform: number[];
  height: number;
}

/**
 * Some CJK fonts give glyphs as Kangxi radicals (⽇ for 日) in a PDF's text: those read back
 * as the characters a reader sees (the radicals supplement, ⺠ for 民, has no such mapping).
 */
const radicals = (text: string) => text.replace(/[\u2f00-\u2fdf]/g, (c) => c.normalize('NFKC'));

/** Glyph runs on one baseline (within a point) make a line, left to right. */
function linesOf(items: readonly TextItem[], height: number): PrintedLine[] {
  const rows = new Map<number, TextItem[]>();
  for (const item of items) {
    if (!item.str.trim()) continue;
    const y = Math.round(item.transform[5]!);
    const key = [...rows.keys()].find((k) => Math.abs(k - y) <= 1) ?? y;
    rows.set(key, [...(rows.get(key) ?? []), item]);
  }
  return [...rows.entries()]
    .map(([y, row]) => {
      const size = Math.max(...row.map((i) => i.height || Math.abs(i.transform[3]!)));
      return {
        text: row
          .sort((a, b) => a.transform[4]! - b.transform[4]!)
          .map((i) => radicals(i.str))
          .join(''),
        top: height - y - size,
        bottom: height - y,
      };
    })
    .sort((a, b) => a.top - b.top);
}

export async function readPrinted(pdf: Uint8Array): Promise<PrintedPage[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const ink = async (from: number, to: number) => {
      const viewport = page.getViewport({ scale: 0.5 });
      const { context } = (doc.canvasFactory as { create(w: number, h: number): unknown }).create(
        viewport.width,
        viewport.height,
      ) as {
        context: CanvasRenderingContext2D;
      };
      await page.render({ canvasContext: context, viewport }).promise;
      const top = Math.floor(viewport.height * from);
      const band = context.getImageData(0, top, viewport.width, Math.floor(viewport.height * to) - top).data;
      let dark = 0;
      for (let i = 0; i < band.length; i += 4) if (band[i]! + band[i + 1]! + band[i + 2]! < 600) dark++;
      return dark;
    };
    pages.push({ width, height, lines: linesOf(content.items as TextItem[], height), ink });
  }
  return pages;
}

/** The first line holding `phrase`, with its page's index. */
export function lineWith(
  pages: readonly PrintedPage[],
  phrase: string,
): { page: number; line: PrintedLine } | undefined {
  for (const [page, { lines }] of pages.entries()) {
    const line = lines.find((l) => l.text.replace(/\s+/g, '').includes(phrase));
    if (line) return { page, line };
  }
  return undefined;
}
