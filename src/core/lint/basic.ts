/** The simplest content rules: title length, an empty body, text left from the template. */
import { finding, type Finding } from '../problems.js';
import type { LintContext, LintInput } from './index.js';

export function titleLength({ item }: LintInput, { config }: LintContext): Finding[] {
  const length = [...item.title].length;
  const max = config.lint.titleMax;
  return length > max ? [finding('title-length', 'warning', { path: ['title'] }, { length, max })] : [];
}

/** HTML comments are guidance for the writer, not content. */
export function stripComments(body: string): string {
  return body.replace(/<!--[\s\S]*?-->/g, '');
}

/** An item brought in from a ledger row (`origin`) has no text to check: the ledger kept none. */
export function bodyEmpty({ item, body, bodyLine }: LintInput): Finding[] {
  if (item.origin) return [];
  return stripComments(body).trim() === '' ? [finding('body-empty', 'warning', { line: bodyLine, column: 1 })] : [];
}

export function templateLeftover({ body, bodyLine }: LintInput, { templateLines }: LintContext): Finding[] {
  if (templateLines.size === 0) return [];
  const out: Finding[] = [];
  body.split('\n').forEach((line, i) => {
    const text = line.trim();
    if (text.length >= 4 && templateLines.has(text)) {
      out.push(
        finding(
          'template-leftover',
          'warning',
          { line: bodyLine + i, column: line.indexOf(text) + 1 },
          { text: text.slice(0, 30) },
        ),
      );
    }
  });
  return out;
}

/** The lines of a template body that count as guidance: every non-blank line of 4+ characters. */
export function guidanceLines(templateBody: string): string[] {
  return templateBody
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length >= 4 && !/^<!--|-->$/.test(line));
}
