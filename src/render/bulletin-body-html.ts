/**
 * An item's body blocks as HTML: every character of the text escaped, so a body can never
 * add markup, let alone script. Heading levels get classes the style sheet dresses in the
 * customary fonts (一、 黑体, （一） 楷体).
 */
import type { Block, Run } from '../core/bulletin/body.js';
import { escapeText } from './html.js';

export function runsHtml(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      let html = escapeText(run.text);
      if (run.em) html = `<em>${html}</em>`;
      if (run.strong) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'rule':
      return '<hr>';
    case 'heading':
      return `<h3 class="l${block.level}">${runsHtml(block.runs)}</h3>`;
    case 'quote':
      return `<blockquote><p>${runsHtml(block.runs)}</p></blockquote>`;
    default: {
      const lead = block.lead.length ? `<span class="lead l${block.level}">${runsHtml(block.lead)}</span>` : '';
      return `<p>${lead}${runsHtml(block.runs)}</p>`;
    }
  }
}

export function blocksHtml(blocks: readonly Block[]): string {
  return blocks.map(blockHtml).join('\n');
}
