/**
 * `info review`: move items through the office's stages, record adoptions and leader
 * instructions. With REFs and an action flag it works non-interactively; without, it shows
 * the queue (interactive on a terminal, a table or JSON otherwise).
 */
import { usage } from '../../core/errors.js';
import { itemJson, type Item } from '../../core/item.js';
import { adoptionFrom, findOutlet } from '../../core/outlets.js';
import { resolveKey } from '../../core/vocab.js';
import { reviewQueue } from '../../core/workflow.js';
import { resolveRef } from '../../store/ref.js';
import type { Context } from '../context.js';
import { flagName } from '../define.js';
import type { ReviewOptions } from './review-flags.js';
import { dateFlag, enumFlag, optionalEnum } from '../options.js';
import {
  adoptItem,
  describeAdoption,
  describeInstruction,
  describeMove,
  instructItem,
  moveItem,
  openDesk,
  placeItem,
  readItem,
  warnFuture,
  type Desk,
} from '../review-desk.js';
import { describeLayout, layoutEdits, layoutFlags } from '../layout-flags.js';
import type { Edit } from '../../core/rewrite.js';
import { printQueue } from '../review-table.js';
import { eachOnItsOwn } from '../each.js';
import type { Ui } from '../ui.js';
import { reportBroken } from '../broken.js';

type Action = 'to' | 'adopt' | 'instruction' | 'place';

/** The flags each action takes besides its own; any other combination is a usage error. */
const ACTION_FLAGS: Record<Exclude<Action, 'place'>, readonly (keyof ReviewOptions)[]> = {
  to: ['note', 'section', 'brief'],
  adopt: ['form', 'outlet', 'brief', 'date', 'note'],
  instruction: ['leader', 'level', 'date', 'due'],
};

/** `--section` and `--brief`: an action of their own, or set with a move (`--to`). */
const placing = (o: ReviewOptions) => o.section !== undefined || o.brief !== undefined;

function chooseAction(o: ReviewOptions, refs: readonly string[]): Action | undefined {
  const actions = (Object.keys(ACTION_FLAGS) as Exclude<Action, 'place'>[]).filter((a) => o[a] !== undefined);
  if (actions.length > 1) throw usage('review-actions', { flags: actions.map((a) => flagName(a)).join(' ') });
  if (actions.length === 0 && placing(o)) {
    if (refs.length === 0) throw usage('review-refs', { flag: o.section !== undefined ? '--section' : '--brief' });
    return 'place';
  }
  const action = actions[0];
  const allowed = action ? ACTION_FLAGS[action] : [];
  for (const flag of new Set(Object.values(ACTION_FLAGS).flat())) {
    if (o[flag] === undefined || allowed.includes(flag)) continue;
    const owners = (Object.keys(ACTION_FLAGS) as Exclude<Action, 'place'>[])
      .filter((a) => ACTION_FLAGS[a].includes(flag))
      .map((a) => flagName(a));
    throw usage('review-flag', { flag: flagName(flag), with: owners.join(' / ') });
  }
  if (action && refs.length === 0) throw usage('review-refs', { flag: flagName(action) });
  if ((action === 'adopt' || action === 'instruction') && refs.length > 1)
    throw usage('review-one-ref', { flag: flagName(action) });
  return action;
}

/**
 * `--to` (and `--section` / `--brief` with it, or alone): every REF succeeds or fails on its
 * own; exit 1 when any failed.
 */
async function moveAll(
  ui: Ui,
  desk: Desk,
  context: Context,
  refs: readonly string[],
  o: ReviewOptions,
): Promise<number> {
  const to = o.to === undefined ? undefined : enumFlag(ui, 'status', '--to', o.to, desk.ws.config.labels.status);
  const note = o.note;
  if (to === 'returned' && !note?.trim()) throw usage('note-required', { id: refs.join(' '), to });
  const layout = layoutEdits(layoutFlags(desk.ws.config, o));
  const moved: Item[] = [];
  const seen = new Set<string>();
  const failed = await eachOnItsOwn(ui, refs, async (ref) => {
    const record = await context.findItem(ref);
    if (seen.has(record.path)) return; // named twice (id and path): moved once
    seen.add(record.path);
    moved.push(changeOne(ui, desk, record.path, to, note, layout, o.json));
  });
  if (failed && moved.length + failed > 1) ui.err(ui.t('review.failed', { failed, total: moved.length + failed }));
  if (o.json) ui.json(moved.map(itemJson));
  return failed ? 1 : 0;
}

/** One item of `moveAll`: moved and placed in one write, or placed alone. */
function changeOne(
  ui: Ui,
  desk: Desk,
  path: string,
  to: string | undefined,
  note: string | undefined,
  layout: readonly Edit[],
  json: boolean | undefined,
): Item {
  const file = readItem(desk, path);
  if (to === undefined) {
    const placed = placeItem(desk, file, layout).item;
    if (!json)
      ui.out(
        ui.t('layout.placed', {
          id: ui.color.cyan(placed.id),
          layout: describeLayout(ui, placed),
          title: placed.title,
        }),
      );
    return placed;
  }
  const { file: moved, entry } = moveItem(desk, file, to, note, layout);
  if (!json) ui.out(describeMove(ui, desk, moved.item, entry));
  if (!json && layout.length) ui.out(`  ${describeLayout(ui, moved.item)}`);
  return moved.item;
}

/**
 * `--adopt LEVEL [--outlet NAME]`, or `--adopt --outlet NAME` for a configured outlet; a
 * configured outlet's name given as the level (`--adopt 南通信息`) is read as `--outlet`.
 */
function adoptTarget(ui: Ui, desk: Desk, o: ReviewOptions): { level?: string; outlet?: string } {
  const outlet = o.outlet?.trim() || undefined;
  if (typeof o.adopt !== 'string') return { outlet };
  if (!outlet && !resolveKey('level', o.adopt, ui.labels.level) && findOutlet(desk.ws.config.outlets, o.adopt))
    return { outlet: o.adopt.trim() };
  return { level: enumFlag(ui, 'level', '--adopt', o.adopt), outlet };
}

async function recordOne(
  ui: Ui,
  desk: Desk,
  context: Context,
  ref: string,
  action: 'adopt' | 'instruction',
  o: ReviewOptions,
): Promise<number> {
  const record = await context.findItem(ref);
  const file = readItem(desk, record.path);
  const date = dateFlag('--date', o.date) ?? desk.today();
  warnFuture(ui, desk, date);
  let item: Item;
  if (action === 'adopt') {
    const adoption = adoptionFrom(desk.ws.config.outlets, {
      ...adoptTarget(ui, desk, o),
      form: optionalEnum(ui, 'form', '--form', o.form),
      brief: Boolean(o.brief),
      date,
    });
    const done = adoptItem(desk, file, adoption, o.note);
    item = done.file.item;
    if (done.move && !o.json) ui.out(describeMove(ui, desk, item, done.move));
    if (!o.json) ui.out(describeAdoption(ui, item, adoption));
  } else {
    if (!o.leader?.trim()) throw usage('review-missing', { flags: '--leader' });
    const instruction = {
      leader: o.leader,
      level: optionalEnum(ui, 'level', '--level', o.level),
      date,
      text: o.instruction!,
      due: dateFlag('--due', o.due),
    };
    item = instructItem(desk, file, instruction).item;
    if (!o.json) ui.out(describeInstruction(ui, item, instruction));
  }
  if (o.json) ui.json(itemJson(item));
  return 0;
}

export async function run(refs: string[], o: ReviewOptions, context: Context): Promise<number> {
  const { ui } = context;
  const action = chooseAction(o, refs);
  if (!action && refs.length && !ui.interactive) throw usage('review-no-action');
  const ws = await context.workspace();
  const desk = openDesk(ws, await context.actor(o.by), context.clock);
  if (action === 'to' || action === 'place') return moveAll(ui, desk, context, refs, o);
  if (action) return recordOne(ui, desk, context, refs[0]!, action, o);
  const loaded = await context.load();
  reportBroken(ui, loaded);
  const queue = refs.length
    ? refs.map((ref) => resolveRef(loaded.files, ref, ws.root, context.cwd).path)
    : reviewQueue(loaded.items).map((item) => item.path);
  if (ui.interactive && !o.json) {
    const { reviewInteractively } = await import('../review-queue.js');
    return reviewInteractively(ui, desk, queue, context.env, { prompt: await context.prompt() });
  }
  const byPath = new Map(loaded.items.map((item) => [item.path, item]));
  const items = queue.map((path) => byPath.get(path)).filter((item): item is Item => item !== undefined);
  if (o.json) ui.json(items.map(itemJson));
  else printQueue(ui, desk.ws.config, items, context.clock);
  return 0;
}
