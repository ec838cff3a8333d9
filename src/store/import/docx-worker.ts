/**
 * Runs in a worker thread: a Word document's bytes → Markdown (headings, paragraphs, lists,
 * bold). Its parts are read within the limits of docx-zip.ts first; then mammoth reads the
 * document (no external files, images never decoded) and Turndown writes the Markdown. The
 * host bounds this thread's memory and time, since a crafted document can make the conversion
 * arbitrarily expensive.
 */
import { parentPort } from 'node:worker_threads';
import mammoth from 'mammoth';
import TurndownService from 'turndown';
import type { DocxResult } from './docx.js';
import { readDocxZip } from './docx-zip.js';

export interface DocxRequest {
  bytes: Uint8Array;
}

const turndown = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '-',
  strongDelimiter: '**',
  emDelimiter: '*',
  codeBlockStyle: 'fenced',
});
// Links keep their words only and images vanish: an item is text, and a link target from
// outside may be anything (javascript:, a local file).
turndown.addRule('link-text', { filter: 'a', replacement: (content) => content });
turndown.addRule('no-images', { filter: 'img', replacement: () => '' });

const noImages = mammoth.images.imgElement(async () => ({ src: '' }));

async function convert(bytes: Uint8Array): Promise<DocxResult> {
  const read = await readDocxZip(bytes);
  if ('failure' in read) return read;
  try {
    const html = await mammoth.convertToHtml(
      { buffer: Buffer.from(read.zip.buffer, read.zip.byteOffset, read.zip.byteLength) },
      { convertImage: noImages, externalFileAccess: false },
    );
    // Turndown pads list markers to four columns (`-   item`); one space is what people write.
    return { markdown: turndown.turndown(html.value).replace(/^([ \t]*)([-*+]|\d+\.) {2,}/gm, '$1$2 ') };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
    return { failure: 'docx-corrupt', params: { reason } };
  }
}

parentPort?.on('message', (request: DocxRequest) => {
  void convert(request.bytes).then((reply) => parentPort!.postMessage(reply));
});
