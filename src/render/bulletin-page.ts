/**
 * A self-contained HTML page that loads nothing and runs nothing: a Content-Security-Policy
 * that allows only the page's own style sheet (by its hash) and inline images.
 * Interim copy for bulletin issues until the shared page helper of the reports lands.
 */
import { createHash } from 'node:crypto';
import { escapeHtml as escape } from './bulletin-template.js';

export interface Page {
  lang: string;
  title: string;
  css: string;
  body: string;
}

export function csp(css: string): string {
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; font-src 'none'; base-uri 'none'; form-action 'none'`;
}

export function htmlPage({ lang, title, css, body }: Page): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escape(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escape(csp(css))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escape(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
    '',
  ].join('\n');
}
