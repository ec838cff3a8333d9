/** `info adjust`: one entry of the ledger (加减分台账), one file under `ledger/YYYY/`. */
import { randomInt } from 'node:crypto';
import { join, relative } from 'node:path';
import type { Config } from '../../core/config.js';
import { InfoError, usage } from '../../core/errors.js';
import { kindLabel, kindPoints, ledgerJson, ledgerKinds, resolveKind } from '../../core/ledger.js';
import { planLedgerEntry } from '../../core/new-ledger.js';
import { closeNames } from '../../core/report/explain.js';
import { isDate } from '../../core/schema.js';
import { nowIso, today } from '../../core/time.js';
import { headOf } from '../../store/file-record.js';
import type { Workspace } from '../../store/workspace.js';
import { writeFresh } from '../../store/write.js';
import type { Context } from '../context.js';
import { dateFlag } from '../options.js';
import type { Choice, Prompt } from '../prompts.js';
import type { Ui } from '../ui.js';
import type { AdjustOptions } from './adjust-flags.js';

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

async function itemId(context: Context, ref: string | undefined): Promise<string | null> {
  if (ref === undefined || ref.trim() === '') return null;
  return headOf(await context.findItem(ref))?.id ?? null;
}

interface Settled {
  department: string;
  kind: string;
  points: number;
  date: string;
  note: string;
}

/** The entry's values: the flags, then (on a terminal) the answers; exit 2 naming what is still missing. */
async function settle(o: AdjustOptions, context: Context, ws: Workspace): Promise<Settled> {
  const { ui } = context;
  const { config } = ws;
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
    await ask(draft, ws, ui, await context.prompt(), today(context.clock, config.timezone));
  const lacking = missingFlags(draft);
  if (lacking.length) throw usage('adjust-missing', { flags: lacking.join(' ') });
  const kind = resolveKind(config, draft.kind!);
  const points = draft.points ?? kindPoints(config, kind);
  if (points === undefined) {
    const allowed = ledgerKinds(config).map((k) => (ui.lang === 'en' ? k : `${k}（${kindLabel(config, k, 'zh-CN')}）`));
    throw usage('adjust-kind-points', { kind, allowed: allowed.join(ui.t('report.list.sep')) });
  }
  return { department: draft.department!, kind, points, date: draft.date!, note: draft.note! };
}

export async function run(_operands: string[], o: AdjustOptions, context: Context): Promise<number> {
  const { ui } = context;
  const ws = await context.workspace();
  const { config } = ws;
  const entry = await settle(o, context, ws);
  checkDepartment(config, entry.department, ui);
  const item = await itemId(context, o.item);
  const author = o.author?.trim() || null;
  if (author) warnAuthor(ui, config, author, entry.department);
  const input = {
    ...entry,
    author,
    kindLabel: kindLabel(config, entry.kind, 'zh-CN'),
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
