/**
 * `info merge REF REF... --title T`: a 综合稿. The sources are read fresh and every archive
 * move is checked before anything is written; then the new draft is written (create-only),
 * and each source moves to `archived` with the note `并入 <new id>`, each under its own lock.
 */
import { randomInt } from 'node:crypto';
import { join, relative } from 'node:path';
import { splitFile } from '../../core/frontmatter.js';
import { InfoError, usage } from '../../core/errors.js';
import { itemJson } from '../../core/item.js';
import { distinctSources, mergedBody, mergedFields, type Source } from '../../core/merged-item.js';
import { planNewItem, type NewItemInput } from '../../core/new-item.js';
import { transition } from '../../core/transition.js';
import { MAX_BYTES } from '../../store/files.js';
import type { ItemFile } from '../../store/item-file.js';
import { writeFresh } from '../../store/write.js';
import type { Context } from '../context.js';
import { errorText } from '../error-text.js';
import { pickTemplate } from '../item-template.js';
import { optionalEnum } from '../options.js';
import { moveItem, openDesk, readItem, type Desk } from '../review-desk.js';
import type { Ui } from '../ui.js';
import type { MergeOptions } from './merge-flags.js';

const random = () => randomInt(0, 2 ** 32) / 2 ** 32;

type Read = Source & { file: ItemFile };

async function readSources(desk: Desk, refs: readonly string[], context: Context) {
  const read: Read[] = [];
  for (const ref of refs) {
    const file = readItem(desk, (await context.findItem(ref)).path);
    read.push({ file, item: file.item, body: splitFile(file.text.replace(/^\uFEFF/, '')).body });
  }
  const sources = distinctSources(read);
  if (sources.length < 2) throw usage('merge-few', { count: sources.length });
  // Every source must be free to move to archived before anything is written.
  for (const s of sources) transition(s.item, 'archived', { at: desk.now(), by: desk.by, note: '' }, desk.moves);
  return sources;
}

function plan(ui: Ui, desk: Desk, sources: readonly Read[], o: MergeOptions): () => ReturnType<typeof planNewItem> {
  const fields = mergedFields(sources);
  const input: NewItemInput = {
    ...fields,
    title: o.title!.trim(),
    category: optionalEnum(ui, 'category', '--category', o.category) ?? fields.category,
    source: optionalEnum(ui, 'source', '--source', o.source) ?? fields.source,
    status: 'draft',
    date: desk.today(),
    at: desk.now(),
    by: desk.by,
    note: ui.t('merge.note', { ids: fields.merged.join(ui.t('bulletin.listSep')) }),
    body: mergedBody(sources, ui.t('merge.body.intro')),
  };
  const template = pickTemplate(ui, desk.ws.root, input.category);
  return () => {
    const planned = planNewItem(input, template, random);
    const size = Buffer.byteLength(planned.text);
    if (size > MAX_BYTES) throw new InfoError('new-too-large', { size, max: MAX_BYTES });
    return planned;
  };
}

/** Archives each source as merged into `id`; each succeeds or fails on its own. */
function archiveAll(ui: Ui, desk: Desk, sources: readonly Read[], id: string, json: boolean): number {
  let failed = 0;
  for (const source of sources) {
    try {
      const done = moveItem(desk, readItem(desk, source.file.path), 'archived', `并入 ${id}`);
      if (!json) ui.err(ui.t('merge.archived', { id: done.file.item.id, merged: id, title: done.file.item.title }));
    } catch (error) {
      if (!(error instanceof InfoError)) throw error;
      failed++;
      ui.err(errorText(ui, error).message);
    }
  }
  return failed;
}

export async function run(refs: string[], o: MergeOptions, context: Context): Promise<number> {
  const { ui } = context;
  if (!o.title?.trim()) throw usage('new-missing', { flags: '--title' });
  if (refs.length < 2) throw usage('merge-few', { count: refs.length });
  const ws = await context.workspace();
  const desk = openDesk(ws, await context.actor(o.by), context.clock);
  const sources = await readSources(desk, refs, context);
  const make = plan(ui, desk, sources, o);
  if (o.dryRun) {
    const planned = make();
    if (o.json) ui.json(itemJson(planned.item));
    else ui.out(planned.text.replace(/\n$/, ''));
    ui.err(ui.t('merge.dry', { path: planned.path }));
    for (const s of sources)
      ui.err(ui.t('merge.archived', { id: s.item.id, merged: planned.item.id, title: s.item.title }));
    return 0;
  }
  const planned = writeFresh(ws.root, make);
  if (!planned) throw new InfoError('new-collision');
  const shown = relative(context.cwd, join(ws.root, planned.path));
  if (o.json) ui.json(itemJson(planned.item));
  else ui.out(shown);
  if (!o.json) ui.err(ui.t('merge.done', { path: shown, count: sources.length }));
  const failed = archiveAll(ui, desk, sources, planned.item.id, Boolean(o.json));
  if (!failed) return 0;
  const { message, hint } = errorText(ui, new InfoError('merge-partial', { id: planned.item.id, count: failed }));
  ui.err(message);
  if (hint) ui.err(hint);
  return 1;
}
