/**
 * A self-contained HTML page that loads nothing and runs nothing: every value escaped, no
 * script, and a Content-Security-Policy that allows only the page's own style sheet (by
 * its hash) and inline images. Shared by the month notice and bulletin issues.
 */
import { createHash } from 'node:crypto';
import { escape as escapeHtml } from 'html-escaper';
import { stripControls } from './clean.js';
import { groupSpan, type Column } from './columns.js';

/** Text for HTML or SVG: markup escaped, control characters dropped. */
export function escapeText(text: string): string {
  return escapeHtml(stripControls(text));
}

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
    `<html lang="${escapeText(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // The policy is made here from a hash: no outside text in it, and no double quote.
    `<meta http-equiv="Content-Security-Policy" content="${csp(css)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeText(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
    '',
  ].join('\n');
}

/** Columns that share a `group` get one header cell over them; the others span two rows. */
function headRows(columns: readonly Column[]): string {
  const grouped = columns.some((c) => c.group);
  if (!grouped) return `<tr>${columns.map((c) => `<th>${escapeText(c.label)}</th>`).join('')}</tr>`;
  const top: string[] = [];
  columns.forEach((c, i) => {
    if (!c.group) top.push(`<th rowspan="2">${escapeText(c.label)}</th>`);
    else if (columns[i - 1]?.group !== c.group) {
      top.push(`<th colspan="${groupSpan(columns, i)}">${escapeText(c.group)}</th>`);
    }
  });
  const second = columns.filter((c) => c.group).map((c) => `<th>${escapeText(c.label)}</th>`);
  return `<tr>${top.join('')}</tr>\n<tr>${second.join('')}</tr>`;
}

export function htmlTable(columns: readonly Column[], rows: readonly (readonly string[])[], className = ''): string {
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td${columns[i]?.numeric ? ' class="n"' : ''}>${escapeText(cell)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table${className ? ` class="${escapeText(className)}"` : ''}>\n<thead>\n${headRows(columns)}\n</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** The fonts an office's printed documents use, each with fallbacks found on other systems. */
export const FONTS = {
  title:
    '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "Noto Serif CJK SC", "Source Han Serif SC", serif',
  body: '"仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif',
  heading: '"黑体", "SimHei", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  table: '"宋体", "SimSun", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", serif',
};
