/**
 * The interactive review queue: each item in turn, with the moves its status allows and the
 * records an editor keeps. Every action writes at once (safely); Ctrl-C at any question
 * writes nothing more and exits 130.
 */
import { join } from 'node:path';
import type { Outlet } from '../core/config.js';
import { InfoError } from '../core/errors.js';
import { fixTotal } from '../core/fix.js';
import type { Item } from '../core/item.js';
import { isDate } from '../core/schema.js';
import { ADOPTABLE, allowedMoves, AWAITING_OFFICE } from '../core/workflow.js';
import { planItemFix } from '../store/fix-file.js';
import type { ItemFile } from '../store/item-file.js';
import { openEditor } from './editor.js';
import { vocabChoices, type Choice, type Prompt } from './prompts.js';
import { card } from './review-card.js';
import {
  adoptItem,
  fixOnDesk,
  describeAdoption,
  describeInstruction,
  describeMove,
  instructItem,
  moveItem,
  placeItem,
  readItem,
  statusLabel,
  warnFuture,
  type Desk,
} from './review-desk.js';
import { errorText } from './error-text.js';
import { describeLayout, layoutEdits } from './layout-flags.js';
import { allSections } from '../core/bulletin/series-config.js';
import { fixRules } from './fix-summary.js';
import type { Ui } from './ui.js';

type Action =
  | { kind: 'move'; to: string }
  | { kind: 'return' | 'archive' | 'adopt' | 'instruction' | 'place' | 'edit' | 'fix' | 'skip' | 'quit' };

/** Where an item goes in an issue is settled before it is published. */
const PLACEABLE: readonly string[] = ['submitted', 'edited', 'approved'];

export interface QueueDeps {
  prompt: Prompt;
  /** Opens the user's editor on a file (absolute path). */
  edit?: (abs: string) => void;
}

function choices(ui: Ui, desk: Desk, item: Item, last: boolean, fixes: number): Choice<Action>[] {
  const { t } = ui;
  const moves = allowedMoves(item.status, desk.moves);
  const forward = moves.filter((to) => !['returned', 'archived', 'adopted'].includes(to));
  const adoptable = (ADOPTABLE as readonly string[]).includes(item.status);
  // On a reported item, recording the adoption is the step an editor takes most.
  return [
    ...(adoptable
      ? [
          {
            name: t(item.status === 'adopted' ? 'review.action.adoptMore' : 'review.action.adopt'),
            value: { kind: 'adopt' } as Action,
          },
        ]
      : []),
    ...forward.map((to) => ({
      name: t('review.action.move', { to: statusLabel(ui, desk, to) }),
      value: { kind: 'move', to } as Action,
    })),
    ...(moves.includes('returned') ? [{ name: t('review.action.return'), value: { kind: 'return' } as Action }] : []),
    ...(moves.includes('archived') ? [{ name: t('review.action.archive'), value: { kind: 'archive' } as Action }] : []),
    { name: t('review.action.instruction'), value: { kind: 'instruction' } },
    ...(PLACEABLE.includes(item.status)
      ? [{ name: placeLabel(ui, desk, item), value: { kind: 'place' } as Action }]
      : []),
    ...(fixes ? [{ name: t('review.action.fix', { count: fixes }), value: { kind: 'fix' } as Action }] : []),
    { name: t('review.action.edit'), value: { kind: 'edit' } },
    { name: t(last ? 'review.action.skipLast' : 'review.action.skip'), value: { kind: 'skip' } },
    { name: t('review.action.quit'), value: { kind: 'quit' } },
  ];
}

/** An answer that must not be empty, said in the user's language. */
const required =
  (ui: Ui) =>
  (value: string): string | true =>
    value.trim() ? true : ui.t('new.prompt.required');

function dateAnswer(ui: Ui, optional: boolean, after?: string) {
  return (value: string): string | true => {
    if (optional && value.trim() === '') return true;
    if (!isDate(value.trim())) return ui.t('review.prompt.badDate');
    return after && value.trim() < after ? ui.t('review.prompt.dueBefore', { date: after }) : true;
  };
}

/** The configured outlets first (each gives level and form), then any other publication. */
async function askOutlet(ui: Ui, desk: Desk, prompt: Prompt): Promise<Outlet | undefined> {
  const { outlets } = desk.ws.config;
  if (outlets.length === 0) return undefined;
  const choices: Choice<Outlet | null>[] = [
    ...outlets.map((o) => ({
      name: ui.t('review.outletChoice', {
        name: o.name,
        level: o.level,
        form: o.form,
        points: o.points === undefined ? '' : ui.t('review.outletPoints', { points: o.points }),
      }),
      value: o,
    })),
    { name: ui.t('review.prompt.otherOutlet'), value: null },
  ];
  return (await prompt.select(ui.t('review.prompt.pickOutlet'), choices, outlets[0])) ?? undefined;
}

async function askAdoption(ui: Ui, desk: Desk, prompt: Prompt, file: ItemFile): Promise<ItemFile> {
  const { t } = ui;
  const outlet = await askOutlet(ui, desk, prompt);
  const level = outlet?.level ?? (await prompt.select(t('review.prompt.level'), vocabChoices(ui, 'level')));
  const form = outlet?.form ?? (await prompt.select(t('review.prompt.form'), vocabChoices(ui, 'form'), 'bulletin'));
  const name =
    outlet?.name ?? ((await prompt.input(t('review.prompt.outlet'), { required: false })).trim() || undefined);
  // Offices that name their outlets score 简讯 apart; the others are not asked.
  const brief = desk.ws.config.outlets.length > 0 && (await prompt.confirm(t('review.prompt.brief'), false));
  const date = (
    await prompt.input(t('review.prompt.date'), { default: desk.today(), validate: dateAnswer(ui, false) })
  ).trim();
  const adoption = { level, form, outlet: name, date, ...(brief ? { brief: true } : {}) };
  warnFuture(ui, desk, date);
  const done = adoptItem(desk, file, adoption);
  if (done.move) ui.out(describeMove(ui, desk, done.file.item, done.move));
  ui.out(describeAdoption(ui, done.file.item, adoption));
  return done.file;
}

async function askInstruction(ui: Ui, desk: Desk, prompt: Prompt, file: ItemFile): Promise<ItemFile> {
  const { t } = ui;
  const leader = (await prompt.input(t('review.prompt.leader'), { validate: required(ui) })).trim();
  const none = '';
  const level = await prompt.select(t('review.prompt.leaderLevel'), [
    ...vocabChoices(ui, 'level'),
    { name: t('review.prompt.noLevel'), value: none },
  ]);
  const date = (
    await prompt.input(t('review.prompt.date'), { default: desk.today(), validate: dateAnswer(ui, false) })
  ).trim();
  const text = (await prompt.input(t('review.prompt.text'), { validate: required(ui) })).trim();
  const due =
    (await prompt.input(t('review.prompt.due'), { required: false, validate: dateAnswer(ui, true, date) })).trim() ||
    undefined;
  const instruction = { leader, level: level || undefined, date, text, due };
  warnFuture(ui, desk, date);
  const next = instructItem(desk, file, instruction);
  ui.out(describeInstruction(ui, next.item, instruction));
  return next;
}

/** Without sections in the config, the action only makes an item a brief or not. */
function placeLabel(ui: Ui, desk: Desk, item: Item): string {
  if (allSections(desk.ws.config.bulletins).length) return ui.t('layout.action', { layout: describeLayout(ui, item) });
  return ui.t(item.brief ? 'layout.action.unbrief' : 'layout.action.brief');
}

/** The section (any configured one, or none) and whether it is a brief. */
async function askLayout(ui: Ui, desk: Desk, prompt: Prompt, file: ItemFile): Promise<ItemFile> {
  const { t } = ui;
  const sections = allSections(desk.ws.config.bulletins);
  const section = sections.length
    ? await prompt.select(
        t('layout.prompt.section'),
        [...sections.map((name) => ({ name, value: name })), { name: t('layout.prompt.none'), value: '' }],
        file.item.section ?? '',
      )
    : undefined;
  const brief = sections.length
    ? await prompt.confirm(t('layout.prompt.brief'), file.item.brief === true)
    : file.item.brief !== true;
  const next = placeItem(desk, file, layoutEdits({ ...(section !== undefined ? { section } : {}), brief }));
  ui.out(
    ui.t('layout.placed', {
      id: ui.color.cyan(next.item.id),
      layout: describeLayout(ui, next.item),
      title: next.item.title,
    }),
  );
  return next;
}

async function move(ui: Ui, desk: Desk, file: ItemFile, to: string, note?: string): Promise<ItemFile> {
  const done = moveItem(desk, file, to, note);
  ui.out(describeMove(ui, desk, done.file.item, done.entry));
  return done.file;
}

function fix(ui: Ui, desk: Desk, file: ItemFile): ItemFile {
  const done = fixOnDesk(desk, file);
  if (!done) return file;
  const { item } = done.file;
  const count = fixTotal(done.counts);
  ui.out(
    ui.t('review.fixed', { id: ui.color.cyan(item.id), count, rules: fixRules(ui, done.counts), title: item.title }),
  );
  return done.file;
}

/** Carries out one action; undefined means "leave this item". */
async function perform(
  ui: Ui,
  desk: Desk,
  deps: Required<QueueDeps>,
  file: ItemFile,
  action: Action,
): Promise<ItemFile | undefined> {
  const { t } = ui;
  const { prompt } = deps;
  switch (action.kind) {
    case 'move':
      return move(ui, desk, file, action.to);
    case 'return':
      return move(ui, desk, file, 'returned', await prompt.input(t('review.prompt.note'), { validate: required(ui) }));
    case 'archive':
      return (await prompt.confirm(t('review.prompt.archive'), false)) ? move(ui, desk, file, 'archived') : file;
    case 'adopt':
      return askAdoption(ui, desk, prompt, file);
    case 'instruction':
      return askInstruction(ui, desk, prompt, file);
    case 'place':
      return askLayout(ui, desk, prompt, file);
    case 'edit':
      deps.edit(join(desk.ws.root, file.path));
      return readItem(desk, file.path);
    case 'fix':
      return fix(ui, desk, file);
    default:
      return undefined;
  }
}

function reportError(ui: Ui, error: InfoError): void {
  const { message, hint } = errorText(ui, error);
  ui.err(message);
  if (hint) ui.err(hint);
}

/** One item until the editor skips it or it leaves the queue; false when the editor quits. */
async function reviewItem(
  ui: Ui,
  desk: Desk,
  deps: Required<QueueDeps>,
  path: string,
  position: { index: number; total: number },
  tally: { changes: number },
): Promise<boolean> {
  let file = readItem(desk, path);
  let again = false;
  for (;;) {
    for (const line of card(ui, desk, file, position, again)) ui.out(line);
    again = false;
    const fixes = fixTotal(planItemFix(file, desk.lint)?.counts ?? {});
    const options = choices(ui, desk, file.item, position.index + 1 === position.total, fixes);
    const action = await deps.prompt.select(ui.t('review.prompt.action'), options, options[0]!.value);
    if (action.kind === 'quit') return false;
    try {
      const next = await perform(ui, desk, deps, file, action);
      if (!next) return true;
      if (next.text !== file.text && action.kind !== 'edit') tally.changes++;
      again = action.kind !== 'edit' && next.text !== file.text;
      file = next;
      // Edits and fixes leave the status alone: the item stays on the desk.
      const stays = action.kind === 'edit' || action.kind === 'fix';
      if (!stays && !(AWAITING_OFFICE as readonly string[]).includes(file.item.status)) return true;
    } catch (error) {
      if (!(error instanceof InfoError)) throw error;
      reportError(ui, error);
      if (error.code === 'item-broken') return true;
      file = readItem(desk, path); // what is on disk now
    }
  }
}

export async function reviewInteractively(
  ui: Ui,
  desk: Desk,
  paths: readonly string[],
  env: NodeJS.ProcessEnv,
  deps: QueueDeps,
): Promise<number> {
  if (paths.length === 0) {
    ui.err(ui.t('review.empty'));
    return 0;
  }
  const full: Required<QueueDeps> = { prompt: deps.prompt, edit: deps.edit ?? ((abs) => openEditor(env, abs)) };
  const tally = { changes: 0 };
  let seen = 0;
  for (const [index, path] of paths.entries()) {
    seen++;
    try {
      if (!(await reviewItem(ui, desk, full, path, { index, total: paths.length }, tally))) break;
    } catch (error) {
      if (!(error instanceof InfoError)) throw error;
      reportError(ui, error);
    }
  }
  ui.err(ui.t('review.done', { seen, total: paths.length, changes: tally.changes }));
  return 0;
}
