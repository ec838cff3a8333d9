/**
 * An issue as one printable HTML page: the layout template fills the body, the style sheet
 * (`issue.css`) sets A4 print; every value is escaped and the page runs no script.
 */
import { InfoError } from '../core/errors.js';
import type { Template } from '../store/bulletins.js';
import { htmlPage } from './html.js';
import { renderTemplate, type View } from './bulletin-template.js';
import { VIEW_NAMES } from './bulletin-view.js';

export function issueHtml(view: View, lang: string, body: Template, css: Template): string {
  // A style sheet from a shared repository must not close its <style> element and add markup.
  if (/<\/style/i.test(css.text)) throw new InfoError('template-css', { file: css.source });
  return htmlPage({
    lang,
    title: String(view.title),
    css: css.text,
    body: renderTemplate(body, view, true, VIEW_NAMES).trim(),
  });
}
