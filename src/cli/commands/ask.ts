/** `info ask new|list|show`: solicitations (约稿) — departments asked for items on a topic by a date. */
import { randomInt } from 'node:crypto';
import { join, relative } from 'node:path';
import { InfoError, usage } from '../../core/errors.js';
import { addDays, planNewTopic, splitNames } from '../../core/new-topic.js';
import { isDate } from '../../core/schema.js';
import { sortTopics, topicJson, topicProgress } from '../../core/topic.js';
import { today } from '../../core/time.js';
import { resolveTopic } from '../../store/ref.js';
import type { Workspace } from '../../store/workspace.js';
import { writeFresh } from '../../store/write.js';
import type { Context } from '../context.js';
import type { AskListOptions, AskNewOptions, AskShowOptions } from './ask-flags.js';
import { dateFlag, list } from '../options.js';
import type { Prompt } from '../prompts.js';
import { table } from '../table.js';
import type { Ui } from '../ui.js';
import { renderTopic, topicState } from './ask-show.js';
import { reportBroken } from '../broken.js';

interface Draft {
  title?: string;
  departments: string[];
  due?: string;
  brief?: string;
}

const random = () => randomInt(0, 2 ** 32) / 2 ** 32;

function missingFlags(draft: Draft): string[] {
  const flags: [unknown, string][] = [
    [draft.title, '--title'],
    [draft.departments[0], '--department'],
    [draft.due, '--due'],
  ];
  return flags.filter(([value]) => value === undefined).map(([, flag]) => flag);
}

/** Asks only for what the flags left out. */
async function ask(draft: Draft, ws: Workspace, ui: Ui, prompt: Prompt, created: string): Promise<void> {
  const { t } = ui;
  const required = (value: string) => (value.trim() ? true : t('new.prompt.required'));
  draft.title ??= (await prompt.input(t('ask.prompt.title'), { validate: required })).trim();
  if (draft.departments.length === 0) {
    const names = ws.config.departments.map((d) => d.name);
    draft.departments = names.length
      ? await prompt.checkbox(
          t('ask.prompt.departments'),
          names.map((name) => ({ name, value: name })),
          (v) => (v.length ? true : t('new.prompt.required')),
        )
      : splitNames([await prompt.input(t('ask.prompt.departmentNames'), { validate: required })]);
  }
  const validDate = (value: string) => (isDate(value.trim()) ? true : t('ask.prompt.badDate'));
  draft.due ??= (await prompt.input(t('ask.prompt.due'), { default: addDays(created, 7), validate: validDate })).trim();
  draft.brief ??= (await prompt.input(t('ask.prompt.brief'), { required: false })).trim();
}

function warnings(ui: Ui, draft: Draft, ws: Workspace, created: string): void {
  for (const name of draft.departments) {
    if (ws.config.departments.length && !ws.config.departments.some((d) => d.name === name))
      ui.warn(ui.t('new.unknownDepartment', { name }));
  }
  if (draft.due! < created) ui.warn(ui.t('ask.duePast', { due: draft.due!, today: created }));
}

export async function runNew(_operands: string[], o: AskNewOptions, context: Context): Promise<number> {
  const { ui } = context;
  const ws = await context.workspace();
  const zone = ws.config.timezone;
  const created = today(context.clock, zone);
  const draft: Draft = {
    title: o.title?.trim() || undefined,
    departments: splitNames(list(o.department)),
    due: dateFlag('--due', o.due),
    brief: o.brief?.trim(),
  };
  if (ui.interactive && missingFlags(draft).length) await ask(draft, ws, ui, await context.prompt(), created);
  const lacking = missingFlags(draft);
  if (lacking.length) throw usage('ask-missing', { flags: lacking.join(' ') });
  warnings(ui, draft, ws, created);
  const input = {
    title: draft.title!,
    departments: draft.departments,
    due: draft.due!,
    brief: draft.brief ?? '',
    created,
  };
  const planned = writeFresh(ws.root, () => planNewTopic(input, random));
  if (!planned) throw new InfoError('new-collision');
  if (o.json) ui.json(topicJson(planned.topic, topicProgress(planned.topic, [], zone, created)));
  else ui.out(relative(context.cwd, join(ws.root, planned.path)));
  return 0;
}

export async function runList(_operands: string[], o: AskListOptions, context: Context): Promise<number> {
  const { ui } = context;
  const { t, color } = ui;
  const ws = await context.workspace();
  const zone = ws.config.timezone;
  const now = today(context.clock, zone);
  const loaded = await context.load();
  reportBroken(ui, loaded);
  const rows = sortTopics(loaded.topics)
    .map((topic) => ({ topic, progress: topicProgress(topic, loaded.items, zone, now) }))
    .filter(({ progress }) => !o.overdue || progress.overdue);
  if (o.json) {
    ui.json(rows.map(({ topic, progress }) => topicJson(topic, progress)));
    return 0;
  }
  if (rows.length === 0) {
    ui.err(t(o.overdue ? 'ask.noneOverdue' : 'ask.none'));
    return 0;
  }
  const head = ['ask.id', 'ask.due', 'ask.state', 'ask.answered', 'ask.missing', 'ask.title'].map((k) =>
    color.bold(t(k)),
  );
  const cells = rows.map(({ topic, progress }) => [
    color.cyan(topic.id),
    topic.due,
    topicState(ui, progress),
    `${progress.answered.length}/${topic.departments.length}`,
    progress.missing.join('、'),
    topic.title,
  ]);
  for (const line of table(head, cells, ui.width)) ui.out(line);
  return 0;
}

export async function runShow([ref]: string[], o: AskShowOptions, context: Context): Promise<number> {
  const { ui } = context;
  const ws = await context.workspace();
  const zone = ws.config.timezone;
  const loaded = await context.load();
  const file = resolveTopic(loaded.files, ref!);
  const topic = file.topic!;
  const progress = topicProgress(topic, loaded.items, zone, today(context.clock, zone));
  if (o.json) ui.json(topicJson(topic, progress));
  else for (const line of renderTopic(ui, topic, progress, loaded.items, zone, ws.config.labels)) ui.out(line);
  for (const p of file.problems) ui.err(ui.problemLine(ui.problem(file.path, p)));
  return 0;
}
