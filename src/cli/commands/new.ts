/** `info new`: draft an item from the category's template, by flags or by prompts on a TTY. */
import { randomInt } from 'node:crypto';
import { join, relative } from 'node:path';
import { InfoError, usage } from '../../core/errors.js';
import { itemJson } from '../../core/item.js';
import { planNewItem, type NewItemInput } from '../../core/new-item.js';
import { isoOnDate, nowIso, today } from '../../core/time.js';
import { MAX_BYTES } from '../../store/files.js';
import { analyzeFile } from '../../store/file-record.js';
import { listMarkdown } from '../../store/scan.js';
import { loadTemplates, type Workspace } from '../../store/workspace.js';
import { writeFresh } from '../../store/write.js';
import type { Context } from '../context.js';
import type { NewOptions } from './new-flags.js';
import { openEditor } from '../editor.js';
import { dateFlag, list, optionalEnum, readBodyFile } from '../options.js';
import { vocabChoices, type Prompt } from '../prompts.js';
import { pickTemplate } from '../item-template.js';
import { sectionFlag } from '../layout-flags.js';
import type { Ui } from '../ui.js';

type Draft = Partial<Omit<NewItemInput, 'at' | 'by' | 'date'>> & {
  departments: string[];
  authors: string[];
  tags: string[];
};

const random = () => randomInt(0, 2 ** 32) / 2 ** 32;

function fromFlags(ui: Ui, o: NewOptions, cwd: string): Draft {
  const status = optionalEnum(ui, 'status', '--status', o.status);
  if (status && status !== 'draft' && status !== 'submitted') throw usage('new-status', { value: o.status ?? '' });
  if (o.body !== undefined && o.bodyFile !== undefined) throw usage('body-both');
  return {
    title: o.title?.trim() || undefined,
    category: optionalEnum(ui, 'category', '--category', o.category),
    source: optionalEnum(ui, 'source', '--source', o.source),
    nature: optionalEnum(ui, 'nature', '--nature', o.nature),
    status: status as Draft['status'],
    departments: list(o.department),
    authors: list(o.author),
    tags: list(o.tag),
    topic: o.topic?.trim(),
    body: o.body ?? (o.bodyFile === undefined ? undefined : readBodyFile(o.bodyFile, cwd)),
    ...(o.brief ? { brief: true } : {}),
  };
}

/** Without a named author, the one acting writes; a configured writer brings their department. */
function fillDefaults(draft: Draft, ws: Workspace, by: string): void {
  if (draft.authors.length === 0) draft.authors = [by];
  if (draft.departments.length === 0) {
    const writer = ws.config.writers.find((w) => w.name === draft.authors[0]);
    if (writer) draft.departments = [writer.department];
  }
}

/** Asks only for what the flags left out. */
async function ask(draft: Draft, ws: Workspace, ui: Ui, prompt: Prompt, by: string): Promise<void> {
  const { t } = ui;
  const required = (value: string) => (value.trim() ? true : t('new.prompt.required'));
  draft.title ??= (await prompt.input(t('new.prompt.title'), { validate: required })).trim();
  draft.category ??= await prompt.select(t('new.prompt.category'), vocabChoices(ui, 'category'));
  draft.source ??= await prompt.select(t('new.prompt.source'), vocabChoices(ui, 'source'));
  const writers = ws.config.writers;
  if (draft.authors.length === 0 && writers.length > 0) {
    const other = '\u0000other';
    const choice = await prompt.select(
      t('new.prompt.author'),
      [
        ...writers.map((w) => ({ name: `${w.name}（${w.department}）`, value: w.name })),
        { name: t('new.prompt.other'), value: other },
      ],
      writers.some((w) => w.name === by) ? by : undefined,
    );
    draft.authors = [
      choice === other
        ? (await prompt.input(t('new.prompt.authorName'), { default: by, validate: required })).trim()
        : choice,
    ];
  } else if (draft.authors.length === 0) {
    draft.authors = [(await prompt.input(t('new.prompt.authorName'), { default: by, validate: required })).trim()];
  }
  fillDefaults(draft, ws, by);
  if (draft.departments.length === 0) {
    const names = ws.config.departments.map((d) => d.name);
    draft.departments = names.length
      ? await prompt.checkbox(
          t('new.prompt.department'),
          names.map((name) => ({ name, value: name })),
          (v) => (v.length ? true : t('new.prompt.required')),
        )
      : [(await prompt.input(t('new.prompt.departmentName'), { validate: required })).trim()];
  }
}

function topicExists(root: string, id: string, ws: Workspace): boolean {
  const context = { config: ws.config, templateLines: new Set<string>() };
  return listMarkdown(root, ['topics']).files.some((path) => analyzeFile(root, path, context).topic?.id === id);
}

function missing(draft: Draft): string[] {
  const flags: [unknown, string][] = [
    [draft.title, '--title'],
    [draft.category, '--category'],
    [draft.source, '--source'],
    [draft.departments[0], '--department'],
  ];
  return flags.filter(([value]) => value === undefined).map(([, flag]) => flag);
}

export async function run(_operands: string[], options: NewOptions, context: Context): Promise<number> {
  const { ui } = context;
  const ws = await context.workspace();
  const draft = fromFlags(ui, options, context.cwd);
  const section = sectionFlag(ws.config, options.section);
  if (section) draft.section = section;
  const date = dateFlag('--date', options.date);
  const by = await context.actor(options.by);
  if (ui.interactive && missing(draft).length + (draft.authors.length ? 0 : 1) > 0)
    await ask(draft, ws, ui, await context.prompt(), by);
  fillDefaults(draft, ws, by);
  const lacking = missing(draft);
  if (lacking.length) throw usage('new-missing', { flags: lacking.join(' ') });
  if (draft.topic && !topicExists(ws.root, draft.topic, ws))
    throw new InfoError('topic-unknown', { topic: draft.topic });
  for (const name of draft.departments) {
    if (ws.config.departments.length && !ws.config.departments.some((d) => d.name === name))
      ui.warn(ui.t('new.unknownDepartment', { name }));
  }

  const zone = ws.config.timezone;
  const created = date ?? today(context.clock, zone);
  const at = date ? isoOnDate(date, nowIso(context.clock, zone).slice(11, 19), zone) : nowIso(context.clock, zone);
  const template = pickTemplate(ui, ws.root, draft.category!);
  const input = { ...draft, status: draft.status ?? 'draft', date: created, at, by } as NewItemInput;
  const plan = () => {
    const planned = planNewItem(input, template, random);
    // A file over the read limit would be written and then never read again (file-too-large).
    const size = Buffer.byteLength(planned.text);
    if (size > MAX_BYTES) throw new InfoError('new-too-large', { size, max: MAX_BYTES });
    return planned;
  };

  if (options.dryRun) {
    const planned = plan();
    if (options.json) ui.json(itemJson(planned.item));
    else {
      ui.err(ui.errColor.dim(ui.t('new.dryRun', { path: planned.path })));
      ui.out(planned.text.replace(/\n$/, ''));
    }
    return 0;
  }
  const planned = writeFresh(ws.root, plan);
  if (!planned) throw new InfoError('new-collision');
  const abs = join(ws.root, planned.path);
  let item = planned.item;
  if (options.edit) {
    openEditor(context.env, abs, ui.interactive, relative(context.cwd, abs));
    const after = analyzeFile(ws.root, planned.path, {
      config: ws.config,
      templateLines: loadTemplates(ws.root).lines,
    });
    for (const problem of after.problems) ui.err(ui.problemLine(ui.problem(relative(context.cwd, abs), problem)));
    item = after.item ?? item;
  }
  if (options.json) ui.json(itemJson(item));
  else ui.out(relative(context.cwd, abs));
  return 0;
}
