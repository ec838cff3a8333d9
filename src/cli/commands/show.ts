/** `info show REF`: one item, readably, or as JSON. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InfoError } from '../../core/errors.js';
import { splitFile } from '../../core/frontmatter.js';
import { itemJson, type Item } from '../../core/item.js';
import { printable, printableLine } from '../../core/printable.js';
import { labelOf, type VocabKind } from '../../core/vocab.js';
import type { Context } from '../context.js';
import type { ShowOptions } from './show-flags.js';
import { describeLayout } from '../layout-flags.js';
import { recordSections } from '../show-records.js';
import type { Ui } from '../ui.js';

function render(ui: Ui, item: Item, body: string, labels: Record<string, Record<string, string>>): string[] {
  const { t, color, lang } = ui;
  const label = (kind: VocabKind, key: string | null | undefined) =>
    key ? labelOf(kind, key, lang, labels[kind]) : '';
  const field = (key: string, value: string) =>
    value
      ? [
          `${color.dim(t(`show.${key}`).padEnd(lang === 'en' ? 12 : 0))}${lang === 'en' ? '' : '  '}${printableLine(value)}`,
        ]
      : [];
  const lines = [
    `${color.cyan(printableLine(item.id))}  ${color.bold(printableLine(item.title))}`,
    '',
    ...field('status', `${label('status', item.status)}`),
    ...field('category', label('category', item.category)),
    ...field('source', label('source', item.source)),
    ...field('nature', label('nature', item.nature)),
    ...field('departments', item.departments.join('、')),
    ...field('authors', item.authors.join('、')),
    ...field('created', item.created),
    ...field('topic', item.topic ?? ''),
    ...field('tags', item.tags.join('、')),
    ...field('bulletins', item.bulletins.join('、')),
    ...field('layout', item.section || item.brief ? describeLayout(ui, item) : ''),
    ...field('merged', (item.merged ?? []).join('、')),
    ...field('origin', item.origin ? t('show.originRow', { ...item.origin }) : ''),
    ...field('path', item.path),
  ];
  lines.push(...recordSections(ui, item, labels));
  if (body.trim()) lines.push('', color.dim('─'.repeat(Math.min(ui.width ?? 60, 60))), printable(body.trimEnd()));
  return lines;
}

export async function run([ref]: string[], options: ShowOptions, context: Context): Promise<number> {
  const { ui } = context;
  const ws = await context.workspace();
  const file = await context.findItem(ref!);
  const item = file.item;
  if (!item) {
    for (const p of file.problems) ui.err(ui.problemLine(ui.problem(file.path, p)));
    throw new InfoError('item-unreadable', { file: file.path });
  }
  if (options.json) ui.json(itemJson(item));
  else {
    const body = splitFile(readFileSync(join(ws.root, file.path), 'utf8').replace(/^\uFEFF/, '')).body;
    for (const line of render(ui, item, body, ws.config.labels)) ui.out(line);
  }
  for (const p of file.problems) ui.err(ui.problemLine(ui.problem(file.path, p)));
  return 0;
}
