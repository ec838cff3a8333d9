/**
 * `info status`: what awaits attention now — items per status, the review queue, overdue
 * solicitations, instructions due, this month's ledger entries.
 */
import { safeJson } from '../../core/printable.js';
import { instructionsDue, statusCounts, type DueInstruction } from '../../core/status.js';
import { today } from '../../core/time.js';
import { overdueTopics, topicJson } from '../../core/topic.js';
import { labelOf } from '../../core/vocab.js';
import { reviewQueue } from '../../core/workflow.js';
import type { Context } from '../context.js';
import type { StatusOptions } from './status-flags.js';
import { printQueue } from '../review-table.js';
import type { Ui } from '../ui.js';
import { reportBroken, reportBrokenLedger } from '../broken.js';
import type { Config } from '../../core/config.js';
import { entriesBetween, kindLabel, ledgerJson, type LedgerEntry } from '../../core/ledger.js';
import { loadLedger } from '../../store/ledger.js';
import { driverState } from '../../store/git.js';

/** A screen shows the oldest of a long queue; `info review` (and `--json`) give all of it. */
const QUEUE_SHOWN = 15;

/** Where the queue goes in the JSON document: a key of the top level is indented by two spaces, a nested one by more. */
const QUEUE_KEY = '\n  "queue": ';
const QUEUE_MARK = `${QUEUE_KEY}0`;

function dueLine(ui: Ui, { item, instruction, days }: DueInstruction): string {
  const { t, color } = ui;
  const when =
    days < 0
      ? color.red(t('status.overdueBy', { days: -days }))
      : days === 0
        ? color.yellow(t('status.dueToday'))
        : t('status.dueIn', { days });
  return `  ${instruction.due}  ${when}  ${color.cyan(item.id)}  ${instruction.leader}：${instruction.text}  —  ${item.title}`;
}

function ledgerLine(ui: Ui, config: Config, e: LedgerEntry): string {
  const { color } = ui;
  const points = e.points < 0 ? color.red(String(e.points)) : color.green(`+${e.points}`);
  const who = e.author ? `${e.department}（${e.author}）` : e.department;
  const barred = e.disqualify ? `  ${color.red(ui.t('adjust.disqualified'))}` : '';
  return `  ${e.date}  ${color.cyan(e.id)}  ${who}  ${kindLabel(config, e.kind, ui.lang)} ${points}  ${e.note}${barred}`;
}

export async function run(_operands: string[], o: StatusOptions, context: Context): Promise<number> {
  const { ui } = context;
  const ws = await context.workspace();
  const loaded = await context.load();
  const zone = ws.config.timezone;
  const now = today(context.clock, zone);
  // Counted and ordered from the index; only the items shown are decoded (on a screen, the
  // oldest of the queue; in JSON, all of it).
  const heads = loaded.listing(['id', 'status', 'created', 'updated']);
  const counts = statusCounts(heads);
  const waiting = reviewQueue(heads);
  const overdue = overdueTopics(loaded.topics, loaded.answers(), zone, now);
  const due = instructionsDue(loaded.itemsWithDues(), now);
  reportBroken(ui, loaded);
  const ledger = loadLedger(ws.root, ws.config, loaded);
  reportBrokenLedger(ui, ledger);
  const month = entriesBetween(ledger.entries, now.slice(0, 7), now.slice(0, 7));
  // A clone that shares the workspace through git without the merge driver turns every pull into hand work.
  const mergeDriver = driverState(ws.root);
  if (mergeDriver && mergeDriver !== 'ok') ui.warn(ui.t(`status.mergeDriver.${mergeDriver}`));
  if (o.json) {
    // The queue (all of it: a long one is most of the document) is copied from the cache as it
    // is written, like `list --json`, never decoded; the rest is placed around it.
    const document = safeJson({
      today: now,
      counts,
      queue: 0,
      overdueTopics: overdue.map(({ topic, progress }) => topicJson(topic, progress)),
      instructionsDue: due.map(({ item, instruction, days }) => ({
        id: item.id,
        title: item.title,
        ...instruction,
        daysLeft: days,
      })),
      ledger: month.map(ledgerJson),
      mergeDriver,
    });
    const [before, after] = document.split(QUEUE_MARK);
    await ui.pour(Buffer.from(`${before}${QUEUE_KEY}`));
    await loaded.pourJson(waiting, ui.pour, '  ');
    await ui.pour(Buffer.from(`${after}\n`));
    return 0;
  }
  const queue = loaded.itemsAt(waiting.slice(0, QUEUE_SHOWN).map((head) => head.path));
  const { t, color, lang } = ui;
  const heading = (key: string, count: number) => ['', color.bold(t(key, { count }))];
  const figures = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${labelOf('status', status, lang, ws.config.labels.status)} ${color.bold(String(n))}`);
  ui.out(`${t('status.items', { count: heads.length })} ${figures.join(' · ')}`);
  ui.out(heading('status.queue', waiting.length).join('\n'));
  if (queue.length) printQueue(ui, ws.config, queue, context.clock);
  if (waiting.length > QUEUE_SHOWN) ui.out(color.dim(t('status.more', { count: waiting.length - QUEUE_SHOWN })));
  ui.out(heading('status.topics', overdue.length).join('\n'));
  for (const { topic, progress } of overdue) {
    ui.out(
      `  ${topic.due}  ${color.cyan(topic.id)}  ${topic.title}  ${color.red(t('status.missing', { names: progress.missing.join('、') }))}`,
    );
  }
  ui.out(heading('status.instructions', due.length).join('\n'));
  for (const entry of due) ui.out(dueLine(ui, entry));
  // Only an office that keeps a ledger sees its section.
  if (ledger.entries.length || ledger.files.length) {
    ui.out(heading('status.ledger', month.length).join('\n'));
    for (const e of month) ui.out(ledgerLine(ui, ws.config, e));
  }
  return 0;
}
