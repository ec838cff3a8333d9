/**
 * What `info review` does to one item, shared by the flags and the interactive queue:
 * read it fresh, plan the change in core, write it safely, say what happened.
 */
import type { Clock } from '../core/clock.js';
import { InfoError } from '../core/errors.js';
import type { FixCounts } from '../core/fix.js';
import type { Adoption, HistoryEntry, Instruction, Item } from '../core/item.js';
import type { LintContext } from '../core/lint/index.js';
import { planAdoption, planInstruction, type Plan } from '../core/records.js';
import type { Edit } from '../core/rewrite.js';
import { nowIso, today } from '../core/time.js';
import { assertMovable, moveEdits, transition } from '../core/transition.js';
import { labelOf } from '../core/vocab.js';
import { movesOf, type Moves } from '../core/workflow.js';
import { planItemFix, writeItemFix } from '../store/fix-file.js';
import { changeItemFile, readItemFile, type ItemFile } from '../store/item-file.js';
import { loadTemplates, type Workspace } from '../store/workspace.js';
import type { Ui } from './ui.js';

export interface Desk {
  ws: Workspace;
  lint: LintContext;
  moves: Moves;
  by: string;
  /** Now, as a timestamp in the configured zone (read at each change). */
  now(): string;
  /** Today in the configured zone. */
  today(): string;
}

export function openDesk(ws: Workspace, by: string, clock: Clock): Desk {
  const zone = ws.config.timezone;
  return {
    ws,
    lint: { config: ws.config, templateLines: loadTemplates(ws.root).lines },
    moves: movesOf(ws.config),
    by,
    now: () => nowIso(clock, zone),
    today: () => today(clock, zone),
  };
}

export const readItem = (desk: Desk, path: string): ItemFile => readItemFile(desk.ws.root, path, desk.lint);

function apply(desk: Desk, file: ItemFile, plan: Plan): ItemFile {
  return changeItemFile(desk.ws.root, file, plan.edits, desk.lint);
}

/** Refuses an item whose history is broken, naming the lines at fault (they are in the file's problems). */
function movable(file: ItemFile): void {
  try {
    assertMovable(file.item);
  } catch (error) {
    if (!(error instanceof InfoError) || error.code !== 'history-broken') throw error;
    throw error.withProblems(
      file.path,
      file.problems.filter((p) => p.rule === 'status-history' && p.severity === 'error'),
    );
  }
}

/** A move, with `extra` edits written at once (the section or brief set with it). */
export function moveItem(
  desk: Desk,
  file: ItemFile,
  to: string,
  note?: string,
  extra: readonly Edit[] = [],
): { file: ItemFile; entry: HistoryEntry } {
  movable(file);
  const entry = transition(file.item, to, { at: desk.now(), by: desk.by, note }, desk.moves);
  return { file: apply(desk, file, { edits: [...moveEdits(entry), ...extra] }), entry };
}

/** The section and brief flags alone: no move, no history entry. */
export function placeItem(desk: Desk, file: ItemFile, edits: readonly Edit[]): ItemFile {
  return apply(desk, file, { edits: [...edits] });
}

export function adoptItem(
  desk: Desk,
  file: ItemFile,
  adoption: Adoption,
  note?: string,
): { file: ItemFile; move?: HistoryEntry } {
  movable(file);
  const plan = planAdoption(file.item, adoption, { at: desk.now(), by: desk.by, note });
  return { file: apply(desk, file, plan), move: plan.move };
}

export function instructItem(desk: Desk, file: ItemFile, instruction: Instruction): ItemFile {
  return apply(desk, file, planInstruction(file.item, instruction));
}

/** The safe fixes (`info fix`) on this item, written as `review` writes; undefined when there is nothing to fix. */
export function fixOnDesk(desk: Desk, file: ItemFile): { file: ItemFile; counts: FixCounts } | undefined {
  const fix = planItemFix(file, desk.lint);
  return fix && { file: writeItemFix(desk.ws.root, file, fix, desk.lint), counts: fix.counts };
}

/** Status and record labels in the user's language, with the config's renamed labels. */
export function statusLabel(ui: Ui, desk: Pick<Desk, 'ws'>, status: string): string {
  return labelOf('status', status, ui.lang, desk.ws.config.labels.status);
}

export function describeMove(ui: Ui, desk: Desk, item: Item, entry: HistoryEntry): string {
  return `${ui.color.cyan(item.id)}  ${statusLabel(ui, desk, entry.from ?? '')} → ${ui.color.bold(statusLabel(ui, desk, entry.to))}  ${item.title}`;
}

export function describeAdoption(ui: Ui, item: Item, a: Adoption): string {
  const brief = a.brief ? ui.t('review.brief') : '';
  const what = [labelOf('level', a.level, ui.lang), labelOf('form', a.form, ui.lang), brief, a.outlet, a.date]
    .filter(Boolean)
    .join(ui.lang === 'en' ? ', ' : '，');
  return `${ui.color.cyan(item.id)}  ${ui.t('review.adopted', { what })}  ${item.title}`;
}

export function describeInstruction(ui: Ui, item: Item, i: Instruction): string {
  const level = i.level ? labelOf('level', i.level, ui.lang) : '';
  const who = level ? (ui.lang === 'en' ? `${i.leader} (${level})` : `${i.leader}（${level}）`) : i.leader;
  return `${ui.color.cyan(item.id)}  ${ui.t('review.instructed', { who, date: i.date })}  ${item.title}`;
}

/** A record dated after today is most likely a typo: said, not refused. */
export function warnFuture(ui: Ui, desk: Desk, date: string): void {
  if (date > desk.today()) ui.warn(ui.t('review.future', { date, today: desk.today() }));
}
