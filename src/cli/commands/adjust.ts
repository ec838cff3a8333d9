/** `info adjust`: one entry of the ledger (加减分台账), one file under `ledger/YYYY/`; `info adjust list`. */
import { randomInt } from 'node:crypto';
import { join, relative } from 'node:path';
import type { Config } from '../../core/config.js';
import { InfoError, usage } from '../../core/errors.js';
import {
  byDate,
  entriesBetween,
  kindLabel,
  kindPoints,
  ledgerJson,
  ledgerKinds,
  resolveKind,
  type LedgerEntry,
} from '../../core/ledger.js';
import { planLedgerEntry } from '../../core/new-ledger.js';
import { closeNames } from '../../core/report/explain.js';
import { round2 } from '../../core/report/points.js';
import { isDate } from '../../core/schema.js';
import { nowIso, today } from '../../core/time.js';
import { loadLedger } from '../../store/ledger.js';
import { headOf, type Loaded } from '../../store/load.js';
import { resolveRef } from '../../store/ref.js';
import type { Workspace } from '../../store/workspace.js';
import { writeFresh } from '../../store/write.js';
import { reportBroken, reportBrokenLedger } from '../broken.js';
import type { Context } from '../context.js';
import { dateFlag, monthFlag } from '../options.js';
import type { Choice, Prompt } from '../prompts.js';
import { table } from '../table.js';
import type { Ui } from '../ui.js';
import type { AdjustListOptions, AdjustOptions } from './adjust-flags.js';

const random = () => randomInt(0, 2 ** 32) / 2 ** 32;

interface Draft {
  department?: string;
  /** As typed; resolved to a kind's key later. */
  kind?: string;
  date?: string;
  note?: string;
  points?: number;
}

function pointsFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n)) throw usage('adjust-points', { value });
  return n;
}

function missingFlags(draft: Draft): string[] {
  const flags: [unknown, string][] = [
    [draft.department, '--department'],
    [draft.kind, '--kind'],
    [draft.date, '--date'],
    [draft.note, '--note'],
  ];
  return flags.filter(([value]) => value === undefined).map(([, flag]) => flag);
}

const OTHER = '\u0000other';

async function askKind(ui: Ui, config: Config, prompt: Prompt): Promise<string> {
  const choices: Choice<string>[] = ledgerKinds(config).map((kind) => ({
    name: ui.t('adjust.kindChoice', { label: kindLabel(config, kind, ui.lang), points: kindPoints(config, kind) ?? 0 }),
    value: kind,
  }));
  const kind = await prompt.select(ui.t('adjust.prompt.kind'), [
    ...choices,
    { name: ui.t('adjust.prompt.otherKind'), value: OTHER },
  ]);
  if (kind !== OTHER) return kind;
  return (await prompt.input(ui.t('adjust.prompt.kindName'), { validate: required(ui) })).trim();
}

const required = (ui: Ui) => (value: string) => (value.trim() ? true : ui.t('new.prompt.required'));

/** Asks for what the flags left out, the points only for a kind without default points. */
async function ask(draft: Draft, ws: Workspace, ui: Ui, prompt: Prompt, now: string): Promise<void> {
  const { t } = ui;
  const names = ws.config.departments.map((d) => d.name);
  draft.department ??= names.length
    ? await prompt.select(
        t('adjust.prompt.department'),
        names.map((name) => ({ name, value: name })),
      )
    : (await prompt.input(t('adjust.prompt.department'), { validate: required(ui) })).trim();
  draft.kind ??= await askKind(ui, ws.config, prompt);
  if (draft.points === undefined && kindPoints(ws.config, resolveKind(ws.config, draft.kind)) === undefined) {
    const valid = (value: string) =>
      value.trim() !== '' && Number.isFinite(Number(value.trim())) ? true : t('adjust.prompt.badPoints');
    draft.points = Number((await prompt.input(t('adjust.prompt.points'), { validate: valid })).trim());
  }
  const validDate = (value: string) => (isDate(value.trim()) ? true : t('review.prompt.badDate'));
  draft.date ??= (await prompt.input(t('adjust.prompt.date'), { default: now, validate: validDate })).trim();
  draft.note ??= (await prompt.input(t('adjust.prompt.note'), { validate: required(ui) })).trim();
}

/** A department the config does not name is refused: its points would go to a unit no table shows. */
function checkDepartment(config: Config, name: string, ui: Ui): void {
  const names = config.departments.map((d) => d.name);
  if (names.length === 0 || names.includes(name)) return;
  const close = closeNames(name, names);
  const sep = ui.t('report.list.sep');
  throw new InfoError('adjust-department', {
    name,
    close: close.length ? ui.t('report.unknown-name.close', { names: close.join(sep) }) : '',
    names: names.join(sep),
  });
}

function warnAuthor(ui: Ui, config: Config, author: string, department: string): void {
  if (config.writers.length === 0) return;
  const writer = config.writers.find((w) => w.name === author);
  if (!writer) ui.warn(ui.t('adjust.unknownAuthor', { name: author }));
  else if (writer.department !== department)
    ui.warn(ui.t('adjust.authorElsewhere', { name: author, unit: writer.department, department }));
}

function itemId(loaded: Loaded, ref: string | undefined, ws: Workspace, cwd: string): string | null {
  if (ref === undefined || ref.trim() === '') return null;
  return headOf(resolveRef(loaded.files, ref, ws.root, cwd))?.id ?? null;
}

export async function runNew(_operands: string[], o: AdjustOptions, context: Context): Promise<number> {
  const { ui } = context;
  const ws = await context.workspace();
  const { config } = ws;
  const now = today(context.clock, config.timezone);
  const draft: Draft = {
    department: o.department?.trim() || undefined,
    kind: o.kind?.trim() || undefined,
    date: dateFlag('--date', o.date),
    note: o.note?.trim() || undefined,
    points: pointsFlag(o.points),
  };
  const needsPoints = (d: Draft) =>
    d.kind !== undefined && d.points === undefined && kindPoints(config, resolveKind(config, d.kind)) === undefined;
  if (ui.interactive && (missingFlags(draft).length || needsPoints(draft)))
    await ask(draft, ws, ui, await context.prompt(), now);
  const lacking = missingFlags(draft);
  if (lacking.length) throw usage('adjust-missing', { flags: lacking.join(' ') });
  const kind = resolveKind(config, draft.kind!);
  const points = draft.points ?? kindPoints(config, kind);
  if (points === undefined) {
    const allowed = ledgerKinds(config).map((k) => (ui.lang === 'en' ? k : `${k}（${kindLabel(config, k, 'zh-CN')}）`));
    throw usage('adjust-kind-points', { kind, allowed: allowed.join(ui.t('report.list.sep')) });
  }
  checkDepartment(config, draft.department!, ui);
  const loaded = await context.load();
  const item = itemId(loaded, o.item, ws, context.cwd);
  const author = o.author?.trim() || null;
  if (author) warnAuthor(ui, config, author, draft.department!);
  const input = {
    department: draft.department!,
    author,
    kind,
    kindLabel: kindLabel(config, kind, 'zh-CN'),
    points,
    date: draft.date!,
    note: draft.note!,
    item,
    disqualify: Boolean(o.disqualify),
    by: await context.actor(o.by),
    at: nowIso(context.clock, config.timezone),
  };
  const planned = writeFresh(ws.root, () => planLedgerEntry(input, random));
  if (!planned) throw new InfoError('new-collision');
  if (o.json) ui.json(ledgerJson(planned.entry));
  else ui.out(relative(context.cwd, join(ws.root, planned.path)));
  return 0;
}

function entryRow(ui: Ui, config: Config, e: LedgerEntry): string[] {
  const kind = kindLabel(config, e.kind, ui.lang);
  const note = e.disqualify ? `${e.note}（${ui.t('adjust.disqualified')}）` : e.note;
  return [ui.color.cyan(e.id), e.date, e.department, kind, String(e.points), e.author ?? '', note];
}

export async function runList(_operands: string[], o: AdjustListOptions, context: Context): Promise<number> {
  const { ui } = context;
  const month = monthFlag('--month', o.month);
  const ws = await context.workspace();
  const loaded = await context.load();
  reportBroken(ui, loaded);
  const ledger = loadLedger(ws.root, ws.config, loaded);
  reportBrokenLedger(ui, ledger);
  const entries = month ? entriesBetween(ledger.entries, month, month) : [...ledger.entries].sort(byDate);
  if (o.json) {
    ui.json(entries.map(ledgerJson));
    return 0;
  }
  if (entries.length === 0) {
    ui.err(month ? ui.t('adjust.noneMonth', { month }) : ui.t('adjust.none'));
    return 0;
  }
  const head = ['id', 'date', 'department', 'kind', 'points', 'author', 'note'].map((k) =>
    ui.color.bold(ui.t(`adjust.col.${k}`)),
  );
  for (const line of table(
    head,
    entries.map((e) => entryRow(ui, ws.config, e)),
    ui.width,
  ))
    ui.out(line);
  const total = round2(entries.reduce((sum, e) => sum + e.points, 0));
  ui.err(ui.t('adjust.total', { count: entries.length, points: total }));
  return 0;
}
