/**
 * Every requested format of an issue from the one model and the one view, so a dry run
 * shows exactly what a real run writes. Markdown (the issue's record) always comes first.
 */
import type { Issue } from '../core/bulletin/issue.js';
import type { IssueFormat } from '../core/bulletin/ref.js';
import type { Template, TemplateName } from '../store/bulletins.js';
import { issueView, type ViewOptions } from './bulletin-view.js';

export interface Rendered {
  format: IssueFormat;
  content: string | Uint8Array;
}

export type Templates = Record<TemplateName, () => Template>;

export async function renderIssue(
  issue: Issue,
  formats: readonly IssueFormat[],
  templates: Templates,
  options: ViewOptions,
): Promise<Rendered[]> {
  const view = issueView(issue, options);
  const out: Rendered[] = [];
  for (const format of formats) {
    if (format === 'md')
      out.push({ format, content: (await import('./bulletin-md.js')).issueMd(issue, view, templates.md()) });
    if (format === 'html')
      out.push({
        format,
        content: (await import('./bulletin-html.js')).issueHtml(view, options.lang, templates.html(), templates.css()),
      });
    if (format === 'docx')
      out.push({ format, content: await (await import('./bulletin-docx.js')).issueDocx(issue, view) });
  }
  return out;
}
