/**
 * What the office tests need from programs npm cannot bring: LibreOffice turns a DOCX into
 * the PDF a user would print, poppler reads back its pages, lines and word boxes (in points,
 * from the top left of the page), so a test can say where on which page a line was set.
 * To look at a page: `pdftoppm -png -r 60 -f 1 -l 1 FILE.pdf page`.
 */
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { unescape as unescapeHtml } from 'html-escaper';
import { findOnPath, testdir } from '../helpers.js';

const run = promisify(execFile);
const INSTALL = 'apt-get install libreoffice-writer libreoffice-calc poppler-utils fonts-noto-cjk';
/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 };

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface PdfWord extends Box {
  text: string;
}
export interface PdfLine extends Box {
  /** The words joined by single spaces, as pdftotext reads them. */
  text: string;
  words: PdfWord[];
}
export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

/**
 * Fails, naming the packages to install, when LibreOffice, poppler or a Chinese font is
 * missing: every test that converts or reads a PDF fails with this message, none is skipped.
 */
const requireOfficeTools = once(async () => {
  const missing = ['soffice', 'pdftotext', 'fc-list'].filter((program) => !findOnPath([program]));
  if (missing.length === 0) {
    const { stdout } = await run('fc-list', [':lang=zh', 'family']);
    if (stdout.trim() === '') missing.push('a Chinese font');
  }
  if (missing.length > 0) {
    throw new Error(`the office tests need ${missing.join(', ')}: ${INSTALL} (as root, or with sudo)`);
  }
});

/**
 * The PDF LibreOffice makes of `docx`, in a temporary folder (removed after the test file)
 * beside a throwaway user profile, so runs at once never share one.
 */
export async function docxToPdf(docx: string): Promise<string> {
  await requireOfficeTools();
  const dir = testdir();
  const profile = pathToFileURL(join(dir, 'profile')).href;
  const { stdout, stderr } = await run(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
    { timeout: 120_000 },
  );
  rmSync(join(dir, 'profile'), { recursive: true, force: true });
  const pdf = join(dir, basename(docx).replace(/\.(docx|xlsx)$/i, '.pdf'));
  // soffice reports a file it could not convert on its output and still exits 0.
  if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${docx}:\n${stdout}${stderr}`);
  return pdf;
}

/** Every page of `pdf` with its size and its lines of words, in reading order. */
export async function readPdf(pdf: string): Promise<PdfPage[]> {
  await requireOfficeTools();
  const { stdout } = await run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    lines: [...page[3]!.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map((line) => {
      const words = [...line[2]!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((word) => ({
        ...box(word[1]!),
        text: unescapeHtml(word[2]!),
      }));
      return { ...box(line[1]!), text: words.map((word) => word.text).join(' '), words };
    }),
  }));
}

function box(attributes: string): Box {
  const value = (name: string) => Number(new RegExp(`${name}="([\\d.-]+)"`).exec(attributes)?.[1]);
  return { xMin: value('xMin'), yMin: value('yMin'), xMax: value('xMax'), yMax: value('yMax') };
}

/** Text without the spaces pdftotext puts between words (and between Chinese and digits). */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The page text, compacted: what to look for phrases in. */
export function pageText(page: PdfPage): string {
  return compact(page.lines.map((line) => line.text).join(''));
}

/** The first line whose compacted text contains `phrase`, with the index of its page. */
export function findLine(pages: PdfPage[], phrase: string): { page: number; line: PdfLine } | undefined {
  for (const [index, page] of pages.entries()) {
    const line = page.lines.find((candidate) => compact(candidate.text).includes(compact(phrase)));
    if (line) return { page: index, line };
  }
  return undefined;
}

/**
 * The words of a page grouped into rows by height, each left to right: a table's row reads
 * as one, whereas pdftotext gives every cell a line of its own.
 */
export function rows(page: PdfPage, tolerance = 3): PdfWord[][] {
  const words = page.lines.flatMap((line) => line.words).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  const grouped: PdfWord[][] = [];
  for (const word of words) {
    const row = grouped.at(-1);
    if (row && Math.abs(word.yMin - row[0]!.yMin) <= tolerance) row.push(word);
    else grouped.push([word]);
  }
  return grouped.map((row) => row.sort((a, b) => a.xMin - b.xMin));
}

/** `make` run on the first call only; later calls share its promise (and its failure). */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}
