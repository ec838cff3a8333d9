/**
 * `info export REF... [--format docx|md|txt] [--out DIR]`: each item as the document sent to
 * the higher office (上报件), one file per item named `<id>-<title>.<ext>`. Items are not
 * changed. Each REF succeeds or fails on its own; a file already there is kept unless
 * `--force` (then replaced atomically).
 */
import { join, relative, resolve } from 'node:path';
import { InfoError, usage } from '../../core/errors.js';
import { splitFile } from '../../core/frontmatter.js';
import { upward, upwardFileName } from '../../core/upward.js';
import { renderUpward, UPWARD_FORMATS, type UpwardFormat } from '../../render/upward.js';
import { readItemFile } from '../../store/item-file.js';
import { writeAtomic, writeNew } from '../../store/write.js';
import { loadTemplates } from '../../store/workspace.js';
import type { Context } from '../context.js';
import { eachOnItsOwn } from '../each.js';
import type { ExportOptions } from './export-flags.js';

function chooseFormat(value: string | undefined): UpwardFormat {
  if (value === undefined) return 'docx';
  if (!(UPWARD_FORMATS as readonly string[]).includes(value))
    throw usage('bad-value', { flag: '--format', value, allowed: UPWARD_FORMATS.join(', ') });
  return value as UpwardFormat;
}

function write(abs: string, content: string | Uint8Array, force: boolean, shown: string): void {
  try {
    if (force) writeAtomic(abs, content);
    else if (!writeNew(abs, content)) throw new InfoError('export-exists', { file: shown });
  } catch (error) {
    if (error instanceof InfoError) throw error;
    throw new InfoError('export-write', { file: shown, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
}

export async function run(refs: string[], o: ExportOptions, context: Context): Promise<number> {
  const { ui } = context;
  const format = chooseFormat(o.format);
  if (refs.length === 0) throw usage('review-refs', { flag: 'info export' });
  const ws = await context.workspace();
  const lint = { config: ws.config, templateLines: loadTemplates(ws.root).lines };
  const dir = resolve(context.cwd, o.out ?? '.');
  const written: { id: string; file: string }[] = [];
  const failed = await eachOnItsOwn(ui, refs, async (ref) => {
    const { item, text } = readItemFile(ws.root, (await context.findItem(ref)).path, lint);
    if (written.some((w) => w.id === item.id)) return;
    const doc = upward(item, splitFile(text.replace(/^\uFEFF/, '')).body, ws.config.writers);
    const abs = join(dir, upwardFileName(item.id, item.title, format));
    const shown = relative(context.cwd, abs) || abs;
    write(abs, await renderUpward(doc, format, ui.t), Boolean(o.force), shown);
    written.push({ id: item.id, file: shown });
    if (!o.json) ui.out(shown);
  });
  if (o.json) ui.json(written);
  else ui.err(ui.t('export.written', { count: written.length }));
  return failed ? 1 : 0;
}
