/**
 * An issue as one printable HTML page: the layout template fills the body, the style sheet
 * (`issue.css`) sets A4 print; every value is escaped and the page runs no script.
 */
import type { Template } from '../store/bulletins.js';
import { htmlPage } from './bulletin-page.js';
import { renderTemplate, type View } from './bulletin-template.js';

export function issueHtml(view: View, lang: string, body: Template, css: Template): string {
  return htmlPage({ lang, title: String(view.title), css: css.text, body: renderTemplate(body, view, true).trim() });
}
