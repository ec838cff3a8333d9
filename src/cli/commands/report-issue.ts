/**
 * `info report --issue`: the next numbered bulletin issue from the approved items (or those
 * named), written under `bulletins/`, its items moved to `published`. A run plans, renders,
 * claims the number under the series' lock (planning again if another run took it), then
 * moves the items; a rerun after an interruption finishes the issue it finds unfinished.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildIssue, printOrder, type Issue } from '../../core/bulletin/issue.js';
import { runningTotal } from '../../core/bulletin/numbering.js';
import { planIssue, type ItemState, type Plan } from '../../core/bulletin/plan.js';
import { ISSUE_FORMATS, issueFileName, issuePath, type IssueFormat, type IssueRef } from '../../core/bulletin/ref.js';
import { findSeries, type Series } from '../../core/bulletin/series-config.js';
import { seriesKey } from '../../core/bulletin/series.js';
import { InfoError, usage } from '../../core/errors.js';
import { splitFile } from '../../core/frontmatter.js';
import type { Item } from '../../core/item.js';
import { nowIso, today } from '../../core/time.js';
import { renderIssue } from '../../render/bulletin-files.js';
import { knownIssues, listIssueFiles, loadTemplate, readIssueRecords } from '../../store/bulletins.js';
import { claimIssue, publishItem, writeFiles, type OutFile } from '../../store/bulletin-publish.js';
import type { Loaded } from '../../store/load.js';
import { resolveRef } from '../../store/ref.js';
import { isInside, toPosix } from '../../store/scan.js';
import type { Workspace } from '../../store/workspace.js';
import type { Context } from '../context.js';
import type { ReportOptions } from './report-flags.js';
import { dateFlag, list } from '../options.js';
import { fromOutcome, fromState, printDryRun, printIssue, type Line } from './report-issue-output.js';
import { reportBroken } from '../broken.js';

const ATTEMPTS = 8;

interface Request {
  formats: IssueFormat[];
  /** Formats named with --format: these go to --out. */
  asked: IssueFormat[];
  date: string;
  note: string | null;
  supplement: boolean;
  refs: string[];
  out: string | null;
  dryRun: boolean;
  json: boolean;
  by: string | undefined;
}

function readRequest(options: ReportOptions, context: Context, ws: Workspace): Request {
  if (options.explain !== undefined) throw usage('issue-month-flag', { flags: '--explain' });
  if (options.letters) throw usage('issue-month-flag', { flags: '--letters' });
  const asked = list(options.format).map((value) => {
    if (!(ISSUE_FORMATS as readonly string[]).includes(value)) throw usage('issue-format', { value });
    return value as IssueFormat;
  });
  return {
    formats: ISSUE_FORMATS.filter((f) => f === 'md' || asked.includes(f)),
    asked,
    date: dateFlag('--date', options.date) ?? today(context.clock, ws.config.timezone),
    note: options.note?.trim() || null,
    supplement: Boolean(options.supplement),
    refs: list(options.items),
    out: options.out === undefined ? null : resolve(context.cwd, options.out),
    dryRun: Boolean(options.dryRun),
    json: Boolean(options.json),
    by: options.by,
  };
}

interface Run {
  ws: Workspace;
  series: Series;
  /** Whether it is the first (default) series: its refs in items are plain. */
  first: boolean;
  key: string;
  request: Request;
  context: Context;
}

/** `--series NAME` (a name or its file key), else the first series; two series may not share a file key. */
function chooseSeries(ws: Workspace, name: string | undefined): Pick<Run, 'series' | 'first' | 'key'> {
  const all = ws.config.bulletins;
  const series = name === undefined ? all[0]! : findSeries(all, name, seriesKey);
  if (!series)
    throw usage('bad-value', { flag: '--series', value: name ?? '', allowed: all.map((s) => s.name).join('、') });
  const key = seriesKey(series.name);
  const other = all.find((s) => s !== series && seriesKey(s.name) === key);
  if (other) throw new InfoError('issue-series-key', { series: series.name, other: other.name, key });
  return { series, first: series === all[0], key };
}

const labelOf = (run: Pick<Run, 'series' | 'first'>) => (run.first ? null : run.series.name);

interface State {
  loaded: Loaded;
  plan: Plan;
  known: ReturnType<typeof knownIssues>;
  seen: Set<string>;
}

function namedItem(loaded: Loaded, ref: string, { ws, context }: Run): Item {
  const file = resolveRef(loaded.files, ref, ws.root, context.cwd);
  if (!file.item || file.problems.some((p) => p.severity === 'error'))
    throw new InfoError('issue-item-broken', { file: file.path });
  return file.item;
}

async function readState(run: Run): Promise<State> {
  const { ws, key, series, request, context } = run;
  const loaded = await context.load({ bodies: true });
  const named = request.refs.length ? request.refs.map((ref) => namedItem(loaded, ref, run)) : null;
  const files = listIssueFiles(ws.root, key);
  const records = readIssueRecords(ws.root, key, files);
  const own = new Set(files.map((f) => f.path));
  const reserved = new Set(
    readIssueRecords(ws.root, null)
      .filter((record) => !own.has(record.path))
      .flatMap((record) => record.items),
  );
  const known = knownIssues(
    files,
    records,
    loaded.files.flatMap((f) => (f.item ? [f.item] : [])),
    { name: series.name, first: run.first },
  );
  const plan = planIssue({
    items: loaded.items,
    named,
    records,
    known,
    year: Number(request.date.slice(0, 4)),
    supplement: request.supplement,
    numbering: series.numbering,
    label: labelOf(run),
    reserved,
  });
  return { loaded, plan, known, seen: new Set(files.map((f) => f.path)) };
}

type Place = Omit<OutFile, 'content'> & { format: IssueFormat };

/** Where each format goes: the Markdown record under `bulletins/`, the others there or in --out. */
function places({ ws, key, request }: Run, ref: IssueRef): Place[] {
  const place = (format: IssueFormat, out: boolean): Place => {
    const abs =
      out && request.out
        ? join(request.out, issueFileName(key, ref, format))
        : join(ws.root, issuePath(key, ref, format));
    return { abs, shown: isInside(ws.root, abs) ? toPosix(relative(ws.root, abs)) : abs, format };
  };
  const copy = request.out && request.asked.includes('md') ? [place('md', true)] : [];
  return [...request.formats.map((format) => place(format, format !== 'md')), ...copy];
}

async function render({ ws, context }: Run, issue: Issue, wanted: readonly Place[]): Promise<OutFile[]> {
  const templates = {
    md: () => loadTemplate(ws.root, 'md'),
    html: () => loadTemplate(ws.root, 'html'),
    css: () => loadTemplate(ws.root, 'css'),
  };
  const formats = [...new Set(wanted.map((p) => p.format))];
  const rendered = await renderIssue(issue, formats, templates, {
    t: context.ui.t,
    lang: context.ui.lang,
    labels: ws.config.labels,
  });
  return wanted.map((p) => ({
    abs: p.abs,
    shown: p.shown,
    content: rendered.find((r) => r.format === p.format)!.content,
  }));
}

function withBodies(loaded: Loaded, items: readonly Item[]) {
  return items.map((item) => ({
    item,
    body: splitFile((loaded.bodies.get(item.path) ?? '').replace(/^\uFEFF/, '')).body,
  }));
}

async function publishAll({ ws, request, context }: Run, ref: string, items: readonly Item[]): Promise<Line[]> {
  const meta = { at: nowIso(context.clock, ws.config.timezone), by: await context.actor(request.by) };
  return items.map((item) => fromOutcome(item.id, item.title, publishItem(ws.root, item.path, item.id, ref, meta)));
}

/** A new issue: false when another run took its number or items first. */
async function newIssue(run: Run, state: State, plan: Extract<Plan, { kind: 'new' }>): Promise<number | false> {
  const { ws, key, request, context } = run;
  const issue = buildIssue({
    series: run.series,
    first: run.first,
    office: ws.config.office,
    ref: plan.ref,
    total: plan.total,
    date: request.date,
    note: request.note,
    items: withBodies(state.loaded, plan.items),
  });
  const files = await render(run, issue, places(run, plan.ref));
  if (request.dryRun) return printDryRun(context.ui, { issue, files, moves: plan.items, json: request.json });
  if (
    !claimIssue(ws.root, {
      key,
      numbering: run.series.numbering,
      ref: plan.ref,
      itemIds: plan.items.map((i) => i.id),
      known: state.known,
      seen: state.seen,
      files,
    })
  )
    return false;
  // Items move in the issue's order (by section, briefs last), as its record lists them.
  const byId = new Map(plan.items.map((item) => [item.id, item]));
  const lines = await publishAll(
    run,
    issue.itemRef,
    printOrder(issue).map((entry) => byId.get(entry.id)!),
  );
  return printIssue(context.ui, { issue, files: files.map((f) => f.shown), lines, json: request.json });
}

/** The issue an interrupted run left: write its missing files, move the items still waiting. */
async function finishIssue(run: Run, state: State, plan: Extract<Plan, { kind: 'resume' }>): Promise<number> {
  const { ws, request, context } = run;
  const { record, states, others } = plan;
  const present = states.filter((s): s is Exclude<ItemState, { state: 'missing' }> => s.state !== 'missing');
  const issue = buildIssue({
    series: run.series,
    first: run.first,
    office: ws.config.office,
    ref: record,
    date: record.date ?? request.date,
    note: record.note,
    total: record.supplement ? null : (record.total ?? runningTotal(state.known, record)),
    items: withBodies(
      state.loaded,
      present.map((s) => s.item),
    ),
  });
  // The record is where it was found (even in another year's folder); the other formats go where they belong.
  const [, ...rest] = places(run, record);
  const all = [{ abs: join(ws.root, record.path), shown: record.path, format: 'md' as const }, ...rest];
  const files = await render(
    run,
    issue,
    all.filter((p) => !existsSync(p.abs)),
  );
  const waiting = present.filter((s) => s.state === 'waiting').map((s) => s.item);
  const resume = { path: record.path, others: others.length };
  if (request.dryRun)
    return printDryRun(context.ui, {
      issue,
      files,
      moves: waiting,
      json: request.json,
      resume,
      lines: states.map(fromState),
    });
  writeFiles(files);
  const moved = await publishAll(run, issue.itemRef, waiting);
  const lines = states.map((s) => moved.find((m) => m.id === s.id) ?? fromState(s));
  return printIssue(context.ui, { issue, files: all.map((p) => p.shown), lines, json: request.json, resume });
}

export async function run(_operands: string[], options: ReportOptions, context: Context): Promise<number> {
  const ws = await context.workspace();
  const request = readRequest(options, context, ws);
  const current: Run = { ws, ...chooseSeries(ws, options.series), request, context };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const state = await readState(current);
    // Broken files are left out of the issue: say so once.
    if (attempt === 0) reportBroken(context.ui, state.loaded);
    if (state.plan.kind === 'resume') return finishIssue(current, state, state.plan);
    const done = await newIssue(current, state, state.plan);
    if (done !== false) return done;
  }
  throw new InfoError('issue-busy');
}
