/**
 * An item sent upward (上报件) as a file: Markdown, plain text (UTF-8 with a BOM and CRLF,
 * as Windows tools open it), or Word laid out like an item of the bulletin (GB/T 9704-2012).
 */
import type { Upward } from '../core/upward.js';
import type { Translate } from '../i18n/index.js';
import { stripControls } from './clean.js';

export type UpwardFormat = 'docx' | 'md' | 'txt';
export const UPWARD_FORMATS: readonly UpwardFormat[] = ['docx', 'md', 'txt'];

/** `（报送单位：财政局　联系人：陆卫东（0513-82123456））`: who sent it, who to call. */
export function contactLine(doc: Upward, t: Translate): string {
  const sep = t('bulletin.listSep');
  const names = doc.contacts
    .map((c) => (c.phone ? t('export.phone', { name: c.name, phone: c.phone }) : c.name))
    .join(sep);
  const parts = [
    doc.departments.length ? t('export.reporter', { departments: doc.departments.join(sep) }) : '',
    names ? t('export.contact', { names }) : '',
  ].filter(Boolean);
  return parts.length ? t('export.line', { parts: parts.join(t('export.partSep')) }) : '';
}

function markdown(doc: Upward, t: Translate): string {
  const contact = contactLine(doc, t);
  return `${[`# ${doc.title}`, doc.markdown, contact].filter(Boolean).join('\n\n')}\n`;
}

function plainText(doc: Upward, t: Translate): string {
  const paragraphs = doc.blocks
    .filter((b) => b.kind !== 'rule')
    .map((b) => [...b.lead, ...b.runs].map((r) => r.text).join(''));
  const lines = [doc.title, '', ...paragraphs.map((p) => `　　${p}`), '', contactLine(doc, t)];
  return `\uFEFF${stripControls(lines.join('\r\n')).trimEnd()}\r\n`;
}

export async function renderUpward(doc: Upward, format: UpwardFormat, t: Translate): Promise<string | Buffer> {
  if (format === 'md') return stripControls(markdown(doc, t));
  if (format === 'txt') return plainText(doc, t);
  const { blockParagraph, creditParagraph, gbDocument, titleParagraph } = await import('./bulletin-docx-body.js');
  const contact = contactLine(doc, t);
  return gbDocument({ title: doc.title, creator: doc.departments.join(t('bulletin.listSep')) }, [
    titleParagraph(doc.title, 0),
    ...doc.blocks.map(blockParagraph),
    ...(contact ? [creditParagraph(contact)] : []),
  ]);
}
