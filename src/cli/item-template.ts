/** The item template a new or imported item starts from. */
import { splitFile } from '../core/frontmatter.js';
import { DEFAULT_TEMPLATE } from '../core/new-item.js';
import { loadTemplates } from '../store/workspace.js';
import type { Ui } from './ui.js';

/**
 * The category's template, else default.md, else the built-in one. One whose front matter cannot
 * be read is named: only its body would be lost.
 */
export function pickTemplate(ui: Ui, root: string, category: string): string {
  const templates = loadTemplates(root).byCategory;
  const name = templates.has(category) ? category : templates.has('default') ? 'default' : undefined;
  if (!name) return DEFAULT_TEMPLATE;
  const text = templates.get(name)!;
  const broken = splitFile(text.replace(/^\uFEFF/, '')).findings.filter((f) => f.severity === 'error');
  if (broken.length === 0) return text;
  const file = `templates/items/${name}.md`;
  ui.warn(ui.t('new.templateBroken', { file }));
  for (const { rule, severity, line, column, params } of broken) {
    ui.err(`  ${ui.problemLine(ui.problem(file, { rule, severity, line: line ?? 1, column: column ?? 1, params }))}`);
  }
  return text;
}
