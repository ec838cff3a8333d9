/** `info import PATH...`: files departments sent (.docx, .txt, .md) become items. */
import { randomInt } from 'node:crypto';
import { basename, dirname, extname, join, relative } from 'node:path';
import { InfoError, usage } from '../../core/errors.js';
import { creditLine } from '../../core/credit-line.js';
import { titleFromFileName, type TitleOptions } from '../../core/import-title.js';
import { foreignFrontMatter, namesIn, splitImported, titleKey } from '../../core/imported.js';
import { itemJson } from '../../core/item.js';
import { planNewItem, type NewItemInput, type PlannedItem } from '../../core/new-item.js';
import type { Params } from '../../core/problems.js';
import { isoOnDate, nowIso, today } from '../../core/time.js';
import { labelOf } from '../../core/vocab.js';
import { DocxConverter } from '../../store/import/docx.js';
import type { EncodingChoice } from '../../store/import/decode.js';
import { readSource } from '../../store/import/read.js';
import { findSources } from '../../store/import/walk.js';
import type { Workspace } from '../../store/workspace.js';
import { writeFresh } from '../../store/write.js';
import type { Context } from '../context.js';
import { flagName } from '../define.js';
import type { ImportOptions } from './import-flags.js';
import { dateFlag, list, optionalEnum } from '../options.js';
import { pickTemplate } from '../item-template.js';
import type { Ui } from '../ui.js';

const random = () => randomInt(0, 2 ** 32) / 2 ** 32;
const ENCODINGS: Record<string, EncodingChoice> = {
  auto: 'auto',
  utf8: 'utf8',
  'utf-8': 'utf8',
  gbk: 'gbk',
  gb18030: 'gbk',
  gb2312: 'gbk',
};

interface Settings {
  encoding: EncodingChoice;
  status: 'draft' | 'submitted';
  category: string;
  source: string;
  topic: string | undefined;
  departments: string[];
  authors: string[];
  created: string;
  at: string;
  by: string;
  force: boolean;
  dryRun: boolean;
}

/** `--encoding`: auto, utf8 or gbk (and their other spellings); exit 2 for anything else. */
export function encodingOf(o: ImportOptions): EncodingChoice {
  const encoding = ENCODINGS[(o.encoding ?? 'auto').toLowerCase()];
  if (!encoding) throw usage('bad-value', { flag: '--encoding', value: o.encoding ?? '', allowed: 'auto, utf8, gbk' });
  return encoding;
}

async function settings(o: ImportOptions, context: Context, ws: Workspace): Promise<Settings> {
  const { ui } = context;
  const encoding = encodingOf(o);
  const status = optionalEnum(ui, 'status', '--status', o.status, ws.config.labels.status) ?? 'submitted';
  if (status !== 'draft' && status !== 'submitted') throw usage('new-status', { value: o.status ?? '' });
  const topic = o.topic?.trim();
  const zone = ws.config.timezone;
  const date = dateFlag('--date', o.date);
  return {
    encoding,
    status,
    category: optionalEnum(ui, 'category', '--category', o.category) ?? 'key',
    source: optionalEnum(ui, 'source', '--source', o.source) ?? (topic ? 'solicited' : 'grassroots'),
    topic,
    departments: list(o.department),
    authors: list(o.author),
    created: date ?? today(context.clock, zone),
    at: date ? isoOnDate(date, nowIso(context.clock, zone).slice(11, 19), zone) : nowIso(context.clock, zone),
    by: await context.actor(o.by),
    force: Boolean(o.force),
    dryRun: Boolean(o.dryRun),
  };
}

/**
 * Who sent it: the flags, else configured names in the file name (or its folder's), else
 * the writer's department. Who wrote it: `--author`, else a configured writer named in the
 * file name, else the department's writer when the config names exactly one, else the
 * file's credit line (作者/供稿), else nobody yet: the editor running the import is never
 * taken for the writer (the notice would pay the editor for a department's item).
 */
function senders(
  abs: string,
  s: Settings,
  ws: Workspace,
  credited: readonly string[],
): { departments: string[]; authors: string[] } {
  const departmentNames = ws.config.departments.map((d) => d.name);
  const writerNames = ws.config.writers.map((w) => w.name);
  let authors = s.authors.length ? s.authors : namesIn(basename(abs), writerNames);
  let departments = s.departments.length ? s.departments : namesIn(basename(abs), departmentNames);
  if (!departments.length) departments = namesIn(basename(dirname(abs)), departmentNames);
  if (!departments.length && authors.length) {
    departments = [...new Set(ws.config.writers.filter((w) => authors.includes(w.name)).map((w) => w.department))];
  }
  if (!authors.length) authors = onlyWriters(ws, departments);
  if (!authors.length) authors = [...credited];
  return { departments, authors };
}

/** Each department's one configured writer, when every department has exactly one. */
function onlyWriters(ws: Workspace, departments: readonly string[]): string[] {
  const writers = departments.map((d) => ws.config.writers.filter((w) => w.department === d));
  return departments.length && writers.every((list) => list.length === 1) ? writers.map((list) => list[0]!.name) : [];
}

/** What choosing a title needs to know: the limit, a title from the file's name, the names of senders. */
function titleOptions(abs: string, ws: Workspace): TitleOptions {
  const names = [...ws.config.departments.map((d) => d.name), ...ws.config.writers.map((w) => w.name)];
  return { titleMax: ws.config.lint.titleMax, fileTitle: titleFromFileName(basename(abs), names), names };
}

/** A note's values as a warning quotes them: a 365-character first line is cut short. */
function quoted(file: string, params: Params): Params {
  const cut = (v: string | number) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 59)}…` : v);
  return { file, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, cut(v)])) };
}

/** What a run has done so far, and what it reads from. */
interface Batch {
  created: PlannedItem[];
  failed: number;
  skipped: number;
  /** Title key → path of the item that has it, the ones imported so far included. */
  titles: Map<string, string>;
  docx: DocxConverter;
  /** One category per run, so one template. */
  template: string;
  json: boolean;
}

/** Names a file that was not imported and why; it makes the run exit 1. */
function fail(ui: Ui, state: Pick<Batch, 'failed'>, shown: string, code: string, params: Params = {}): void {
  state.failed++;
  ui.err(
    `${ui.errColor.red(ui.t('label.error'))}${ui.t('import.failed', { file: shown, reason: ui.t(`import.reason.${code}`, params) })}`,
  );
}

async function importOne(
  abs: string,
  shown: string,
  s: Settings,
  ws: Workspace,
  context: Context,
  state: Batch,
): Promise<void> {
  const { ui } = context;
  const read = await readSource(abs, s.encoding, state.docx);
  if ('failure' in read) return fail(ui, state, shown, read.failure, read.params);
  const language = foreignFrontMatter(read.text, read.kind);
  if (language !== undefined) return fail(ui, state, shown, 'frontmatter-language', { language });
  const parts = splitImported(read.text, read.kind, titleOptions(abs, ws));
  if (!parts) return fail(ui, state, shown, 'empty');
  for (const note of parts.notes ?? []) ui.warn(ui.t(`import.title.${note.kind}`, quoted(shown, note.params)));
  const credit = creditLine(
    parts.body,
    ws.config.departments.map((d) => d.name),
  );
  const who = senders(abs, s, ws, credit.authors);
  if (!who.departments.length) return fail(ui, state, shown, 'no-department');
  const existing = state.titles.get(titleKey(parts.title));
  if (existing && !s.force) {
    state.skipped++;
    return ui.warn(ui.t('import.duplicate', { file: shown, title: parts.title, existing }));
  }
  if (!who.authors.length) ui.warn(ui.t('import.noAuthor', { file: shown }));
  if (read.replaced) ui.warn(ui.t('import.replaced', { file: shown, count: read.replaced, encoding: read.encoding }));
  const input: NewItemInput = {
    title: parts.title,
    body: credit.body,
    category: s.category,
    source: s.source,
    topic: s.topic,
    tags: [],
    status: s.status,
    date: s.created,
    at: s.at,
    by: s.by,
    ...who,
  };
  const plan = () => planNewItem(input, state.template, random);
  const planned = s.dryRun ? plan() : writeFresh(ws.root, plan);
  if (!planned) throw new InfoError('new-collision');
  state.titles.set(titleKey(parts.title), planned.path);
  state.created.push(planned);
  if (!state.json) ui.out(`${shown} → ${relative(context.cwd, join(ws.root, planned.path))}`);
}

export async function run(paths: string[], o: ImportOptions, context: Context): Promise<number> {
  if (o.sheet !== undefined) return (await import('./import-sheet.js')).runSheet(paths, o, context);
  const sheetOnly = ['sheetName', 'map'].filter((k) => o[k as keyof ImportOptions] !== undefined);
  if (sheetOnly.length) throw usage('sheet-only', { flags: sheetOnly.map(flagName).join(' ') });
  if (!paths.length) throw usage('import-what');
  const { ui } = context;
  const ws = await context.workspace();
  const s = await settings(o, context, ws);
  const loaded = await context.load();
  if (s.topic && !loaded.files.some((f) => f.topic?.id === s.topic))
    throw new InfoError('topic-unknown', { topic: s.topic });
  const sources = findSources(paths, context.cwd, ws.root);
  const shown = (abs: string) => relative(context.cwd, abs) || '.';
  const titles = new Map(loaded.files.filter((f) => f.item?.title).map((f) => [titleKey(f.item!.title), f.path]));
  const state: Batch = {
    created: [],
    failed: 0,
    skipped: 0,
    titles,
    docx: new DocxConverter(),
    template: pickTemplate(ui, ws.root, s.category),
    json: Boolean(o.json),
  };
  for (const abs of sources.missing) fail(ui, state, shown(abs), 'missing');
  for (const abs of sources.unsupported)
    fail(ui, state, shown(abs), 'unsupported', { ext: extname(abs) || basename(abs) });
  for (const { path, reason } of sources.skipped) fail(ui, state, shown(path), reason);
  try {
    for (const abs of sources.files) await importOne(abs, shown(abs), s, ws, context, state);
  } finally {
    await state.docx.close();
  }
  summarize(
    ui,
    o,
    s,
    state,
    sources.files.length + sources.missing.length + sources.unsupported.length + sources.skipped.length,
  );
  return state.failed ? 1 : 0;
}

function summarize(ui: Ui, o: ImportOptions, s: Settings, state: Batch, files: number): void {
  if (state.json) ui.json(state.created.map((p) => itemJson(p.item)));
  if (state.created.length && (o.category === undefined || o.source === undefined)) {
    ui.warn(
      ui.t('import.defaults', {
        category: labelOf('category', s.category, ui.lang),
        source: labelOf('source', s.source, ui.lang),
      }),
    );
  }
  const params = { created: state.created.length, files, skipped: state.skipped, failed: state.failed };
  ui.err(ui.t(s.dryRun ? 'import.summaryDry' : 'import.summary', params));
}
