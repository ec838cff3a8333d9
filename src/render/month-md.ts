/** The month notice as Markdown: readable in a terminal, valid for any Markdown viewer. */
import { stripControls } from './clean.js';
import type { TextTable } from './columns.js';
import type { NoticeText } from './notice-text.js';
import { pipeTable } from './text-table.js';

function table(t: TextTable): string[] {
  return pipeTable(
    t.columns.map((c) => c.label),
    t.rows,
    t.columns.map((c) => c.numeric),
  );
}

/** Untrusted text on a line of its own must not turn into a heading, list or HTML. */
function plain(text: string): string {
  return stripControls(text.replace(/\r?\n|\r/g, ' ')).replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

export function monthMarkdown(n: NoticeText): string {
  const indent = n.lang === 'zh-CN' ? '\u3000\u3000' : '';
  const lines = [
    `# ${plain(n.title)}`,
    '',
    plain(n.to),
    '',
    `${indent}${n.summary}`,
    '',
    `## ${n.headings.departments}`,
    '',
    ...n.departmentTables.flatMap(({ heading, table: t }) => [
      ...(heading ? [`### ${plain(heading)}`, ''] : []),
      ...table(t),
      '',
    ]),
    ...n.departmentNotes.flatMap((note) => [plain(note), '']),
    ...(n.ledger.length ? [`## ${n.headings.ledger}`, '', ...n.ledger.flatMap((line) => [plain(line), ''])] : []),
    ...(n.awards.length ? [`## ${n.headings.awards}`, '', ...n.awards.flatMap((line) => [plain(line), ''])] : []),
    `## ${n.headings.writers}`,
    '',
    ...table(n.writers),
    '',
    `## ${n.headings.adopted}`,
    '',
    ...n.adopted.map(plain),
    ...(n.topics.length ? ['', `## ${n.headings.topics}`, '', ...n.topics.map((line) => `- ${plain(line)}`)] : []),
    '',
    `## ${n.headings.breakdown}`,
    '',
    ...n.breakdown.map((line) => `- ${plain(line)}`),
    '',
    `${indent}${n.closing}`,
    '',
    plain(n.office),
    n.date,
  ];
  return `${lines.join('\n')}\n`;
}
