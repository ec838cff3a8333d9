/**
 * `info import --sheet FILE`: the office's ledger (台账), one item per row, back-dated to its
 * 报送日期, with its adoption and instruction records and its origin. Rows already brought in
 * (same title, department and date) are skipped; a row that cannot be read is named with
 * its reasons and the others are still imported (exit 1).
 */
import { randomInt } from 'node:crypto';
import { basename, relative, resolve } from 'node:path';
import { InfoError, usage } from '../../core/errors.js';
import { itemJson } from '../../core/item.js';
import { planNewItem, type PlannedItem } from '../../core/new-item.js';
import type { Params } from '../../core/problems.js';
import type { Cell } from '../../core/sheet/cell.js';
import {
  FIELDS,
  type Field,
  fieldNamed,
  findHeader,
  type Header,
  headerTable,
  REQUIRED,
} from '../../core/sheet/fields.js';
import { localDate } from '../../core/local-date.js';
import { ledgerInput, matchKey } from '../../core/sheet/plan.js';
import { isBlank, readRow, type Reason } from '../../core/sheet/row.js';
import { readSheet, type Worksheet } from '../../store/import/sheet.js';
import type { Workspace } from '../../store/workspace.js';
import { writeFreshAsync } from '../../store/write.js';
import type { Context } from '../context.js';
import { flagName } from '../define.js';
import { pickTemplate } from '../item-template.js';
import { optionalEnum } from '../options.js';
import type { Ui } from '../ui.js';
import { encodingOf } from './import.js';
import type { ImportOptions } from './import-flags.js';

const random = () => randomInt(0, 2 ** 32) / 2 ** 32;

/** Flags about the files departments send, which a ledger's rows say for themselves. */
const FILE_ONLY = ['department', 'author', 'status', 'topic', 'date', 'force'] as const;

/** Columns every ledger numbers its rows with: nothing to import, nothing to warn about. */
const ROW_NUMBERS = new Set(['序号', '编号', '序', 'no', 'no.']);

function mapOf(values: readonly string[] | undefined): Map<string, Field> {
  const map = new Map<string, Field>();
  for (const value of values ?? []) {
    const at = value.lastIndexOf('=');
    const field = at > 0 ? fieldNamed(value.slice(at + 1)) : undefined;
    if (!field) throw usage('sheet-map', { value, allowed: FIELDS.join(', ') });
    map.set(value.slice(0, at).trim(), field);
  }
  return map;
}

/** The worksheet asked for, else the first one with a header row. */
function pick(
  sheets: Worksheet[],
  table: ReadonlyMap<string, Field>,
  name: string | undefined,
  file: string,
): { sheet: Worksheet; header: Header } {
  const cells = (s: Worksheet) => s.rows.map((r) => r.cells);
  if (name !== undefined) {
    const sheet = sheets.find((s) => s.name.trim() === name.trim());
    if (!sheet) throw new InfoError('sheet-name-unknown', { file, name, names: sheets.map((s) => s.name).join('、') });
    const header = findHeader(cells(sheet), table);
    if (!header) throw new InfoError('sheet-no-header', { file });
    return { sheet, header };
  }
  for (const sheet of sheets) {
    const header = findHeader(cells(sheet), table);
    if (header) return { sheet, header };
  }
  throw new InfoError('sheet-no-header', { file });
}

interface Run {
  ui: Ui;
  file: string;
  created: PlannedItem[];
  skipped: number;
  refused: number;
  noAuthor: number;
}

function reasonText(ui: Ui, reasons: readonly Reason[]): string {
  return reasons
    .map(({ code, params }) => {
      const field = typeof params.field === 'string' ? ui.t(`sheet.field.${params.field}`) : undefined;
      return ui.t(`sheet.reason.${code}`, { ...params, ...(field ? { field } : {}) } as Params);
    })
    .join(ui.t('sheet.separator'));
}

export async function runSheet(paths: string[], o: ImportOptions, context: Context): Promise<number> {
  const { ui } = context;
  const wrong = [...(paths.length ? ['PATH'] : []), ...FILE_ONLY.filter((k) => o[k] !== undefined).map(flagName)];
  if (wrong.length) throw usage('sheet-flags', { flags: wrong.join(' ') });
  const encoding = encodingOf(o);
  const table = headerTable(mapOf(o.map));
  const defaults = {
    category: optionalEnum(ui, 'category', '--category', o.category) ?? 'key',
    source: optionalEnum(ui, 'source', '--source', o.source) ?? 'grassroots',
  };
  const ws = await context.workspace();
  const abs = resolve(context.cwd, o.sheet!);
  const file = relative(context.cwd, abs) || abs;
  const read = await readSheet(abs, encoding, basename(abs));
  if ('failure' in read) {
    throw new InfoError('sheet-unreadable', { file, reason: ui.t(`import.reason.${read.failure}`, read.params) });
  }
  const { sheet, header } = pick(read.sheets, table, o.sheetName, file);
  const headerRow = sheet.rows[header.index]!.row;
  const missing = REQUIRED.filter((f) => header.columns[f] === undefined);
  if (missing.length) {
    const fields = missing.map((f) => ui.t(`sheet.field.${f}`)).join(ui.lang === 'zh-CN' ? '、' : ', ');
    throw new InfoError('sheet-columns-missing', { file, row: headerRow, fields });
  }
  const unknown = header.unknown.filter((h) => !ROW_NUMBERS.has(h.toLowerCase()));
  if (unknown.length)
    ui.warn(ui.t('sheet.unknownColumns', { file, columns: unknown.join(ui.lang === 'zh-CN' ? '、' : ', ') }));
  const by = await context.actor(o.by);
  const loaded = await context.load();
  // A ledger records the day an item was sent: an item made here is known by that day too.
  const known = new Map<string, string>();
  for (const h of loaded.listing(['title', 'departments', 'created', 'submitted'])) {
    known.set(matchKey(h.title, h.departments, h.created), h.path);
    if (h.submitted) known.set(matchKey(h.title, h.departments, localDate(h.submitted, ws.config.timezone)), h.path);
  }
  const run: Run = { ui, file, created: [], skipped: 0, refused: 0, noAuthor: 0 };
  const templates = new Map<string, string>();
  const template = (category: string) => {
    if (!templates.has(category)) templates.set(category, pickTemplate(ui, ws.root, category));
    return templates.get(category)!;
  };
  const json = Boolean(o.json);
  const how = { context, ws, dryRun: Boolean(o.dryRun), json };
  let batch: Pending[] = [];
  let writing = Promise.resolve();
  for (const { row, cells } of sheet.rows.slice(header.index + 1)) {
    if (isBlank(cells)) continue;
    const get = (field: Field): Cell | undefined => {
      const column = header.columns[field];
      return column === undefined ? undefined : cells[column];
    };
    const result = readRow(get, ws.config, defaults);
    if ('reasons' in result) {
      run.refused++;
      ui.err(
        `${ui.errColor.red(ui.t('label.error'))}${ui.t('sheet.refused', { file, row, reasons: reasonText(ui, result.reasons) })}`,
      );
      continue;
    }
    const { row: ledger } = result;
    const key = matchKey(ledger.title, ledger.departments, ledger.date);
    const existing = known.get(key);
    if (existing) {
      run.skipped++;
      ui.warn(ui.t('sheet.skipped', { file, row, path: existing }));
      continue;
    }
    for (const o of ledger.overruled) ui.warn(ui.t('sheet.overruled', { file, row, ...o }));
    const input = ledgerInput(ledger, { sheet: basename(abs), row, by, zone: ws.config.timezone });
    const plan = () => planNewItem(input, template(ledger.category), random);
    const planned = plan();
    known.set(key, planned.path);
    batch.push({ row, key, plan, planned, authors: ledger.authors.length });
    if (batch.length === BATCH) {
      // The next batch is planned while this one is written.
      await writing;
      writing = write(batch, run, known, how);
      batch = [];
    }
  }
  await writing;
  await write(batch, run, known, how);
  return finish(run, Boolean(o.dryRun), json);
}

/** A row ready to be written: its plan, drawn once for its path, drawn again on a clash. */
interface Pending {
  row: number;
  key: string;
  plan: () => PlannedItem;
  planned: PlannedItem;
  authors: number;
}

/** Rows written at once: their files wait for the disk together. */
const BATCH = 64;

/** Writes a batch of rows' items (nothing with --dry-run), then reports them in row order. */
async function write(
  batch: Pending[],
  run: Run,
  known: Map<string, string>,
  c: { context: Context; ws: Workspace; dryRun: boolean; json: boolean },
): Promise<void> {
  if (!c.dryRun) {
    await Promise.all(
      batch.map(async (pending) => {
        const planned = await writeFreshAsync(c.ws.root, pending.plan, pending.planned);
        if (!planned) throw new InfoError('new-collision');
        pending.planned = planned;
        known.set(pending.key, planned.path);
      }),
    );
  }
  for (const { row, planned, authors } of batch) {
    run.created.push(planned);
    if (!authors) run.noAuthor++;
    if (!c.json) run.ui.out(run.ui.t('sheet.created', { row, path: shown(c.context, c.ws, planned.path) }));
  }
}

function shown(context: Context, ws: Workspace, path: string): string {
  return relative(context.cwd, resolve(ws.root, path));
}

function finish(run: Run, dryRun: boolean, json: boolean): number {
  const { ui } = run;
  if (json) ui.json(run.created.map((p) => itemJson(p.item)));
  if (run.noAuthor) ui.warn(ui.t('sheet.noAuthor', { count: run.noAuthor }));
  const params = { file: run.file, created: run.created.length, skipped: run.skipped, refused: run.refused };
  ui.err(ui.t(dryRun ? 'sheet.summaryDry' : 'sheet.summary', params));
  return run.refused ? 1 : 0;
}
