/**
 * Runs in a worker thread: a Word document's bytes → Markdown (headings, paragraphs, lists,
 * bold). Mammoth reads the document (no external files, images never decoded), Turndown
 * writes the Markdown. The host bounds this thread's memory and time, since a crafted
 * document can make the conversion arbitrarily expensive.
 */
import { parentPort } from 'node:worker_threads';
import mammoth from 'mammoth';
import TurndownService from 'turndown';

export interface DocxRequest {
  bytes: Uint8Array;
}

export type DocxReply = { markdown: string } | { error: string };

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

async function convert(bytes: Uint8Array): Promise<DocxReply> {
  try {
    const html = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { convertImage: noImages, externalFileAccess: false },
    );
    // Turndown pads list markers to four columns (`-   item`); one space is what people write.
    return { markdown: turndown.turndown(html.value).replace(/^([ \t]*)([-*+]|\d+\.) {2,}/gm, '$1$2 ') };
  } catch (error) {
    return { error: (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200) };
  }
}

parentPort?.on('message', (request: DocxRequest) => {
  void convert(request.bytes).then((reply) => parentPort!.postMessage(reply));
});
