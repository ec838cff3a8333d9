/** An issue as Markdown: the record (front matter) the tool keeps, then the layout template. */
import type { Issue } from '../core/bulletin/issue.js';
import { stringify } from 'yaml';
import { recordData } from '../core/bulletin/record.js';
import type { Template } from '../store/bulletins.js';
import { renderTemplate, type View } from './bulletin-template.js';
import { VIEW_NAMES } from './bulletin-view.js';

export function issueMd(issue: Issue, view: View, template: Template): string {
  const body = renderTemplate(template, view, false, VIEW_NAMES)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return `---\n${stringify(recordData(issue), { lineWidth: 0 })}---\n${body}\n`;
}
