/**
 * Layout templates (Mustache): logic-less, so a template from a shared repository can
 * arrange the issue but never run code. Before a template is used it is checked: every
 * variable must be one the issue provides (no walking into `constructor` or `__proto__`),
 * partials are refused, and in HTML only the pre-escaped `…Html` values may be written
 * with triple braces; everything else is escaped. Control characters never get through.
 */
import Mustache, { type TemplateSpans } from 'mustache';
import { InfoError } from '../core/errors.js';
import type { Template } from '../store/bulletins.js';
import { stripControls } from './clean.js';
import { escapeText } from './html.js';

export type View = Record<string, unknown>;

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

function checkSpans(spans: TemplateSpans, allowed: ReadonlySet<string>, html: boolean, template: Template): void {
  for (const span of spans) {
    const [type, name, start] = span;
    const where = { file: template.source, line: lineAt(template.text, start), name };
    if (type === '>') throw new InfoError('template-partial', where);
    if (type === 'name' || type === '&' || type === '#' || type === '^') {
      if (name !== '.' && !name.split('.').every((part) => allowed.has(part)))
        throw new InfoError('template-unknown', where);
      if (html && type === '&' && !name.endsWith('Html')) throw new InfoError('template-raw', where);
    }
    if (span.length > 4) checkSpans(span[4] as TemplateSpans, allowed, html, template);
  }
}

/** Checks `template` against the names a view has, then renders it; HTML-escaped unless `html` is false. */
export function renderTemplate(template: Template, view: View, html: boolean, names: ReadonlySet<string>): string {
  let spans: TemplateSpans;
  try {
    spans = Mustache.parse(template.text);
  } catch (error) {
    throw new InfoError('template-syntax', {
      file: template.source,
      message: error instanceof Error ? error.message : String(error),
    });
  }
  checkSpans(spans, names, html, template);
  return Mustache.render(
    template.text,
    view,
    {},
    { escape: (value: unknown) => (html ? escapeText(String(value)) : stripControls(String(value))) },
  );
}
