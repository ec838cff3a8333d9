/** What `info report --issue` tells the user: the files, and where each item of the issue stands. */
import { printOrder, type Issue } from '../../core/bulletin/issue.js';
import type { ItemState } from '../../core/bulletin/plan.js';
import type { Item } from '../../core/item.js';
import type { Params } from '../../core/problems.js';
import { citeIssue } from '../../render/bulletin-view.js';
import type { OutFile, Outcome } from '../../store/bulletin-publish.js';
import type { Ui } from '../ui.js';

export interface Line {
  id: string;
  title: string;
  state: 'moved' | 'done' | 'waiting' | 'blocked' | 'missing' | 'failed';
  /** The item's status (blocked, done). */
  status?: string;
  reason?: { code: string; params: Params };
}

export function fromOutcome(id: string, title: string, outcome: Outcome): Line {
  if (outcome.state === 'blocked') return { id, title, state: 'blocked', status: outcome.status };
  if (outcome.state === 'failed')
    return { id, title, state: 'failed', reason: { code: outcome.code, params: outcome.params } };
  if (outcome.state === 'done') return { id, title, state: 'done', status: 'published' };
  return { id, title, state: outcome.state };
}

export function fromState(s: ItemState): Line {
  if (s.state === 'missing') return { id: s.id, title: '', state: 'missing' };
  return { id: s.id, title: s.item.title, state: s.state, status: s.item.status };
}

function json(ui: Ui, issue: Issue, ids: readonly string[], files: readonly string[]): void {
  const { year, number, supplement } = issue.ref;
  ui.json({ series: issue.series, ref: issue.refText, year, number, supplement, items: ids, files });
}

/** Titles come from departments: no control character (a terminal escape) reaches the terminal. */
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');

function lineText(ui: Ui, line: Line): string {
  const params = { id: line.id, title: printable(line.title), status: line.status ?? '' };
  if (line.state === 'failed')
    return ui.t('issue.state.failed', { ...params, reason: ui.t(`error.${line.reason!.code}`, line.reason!.params) });
  return ui.t(`issue.state.${line.state}`, params);
}

interface Resume {
  path: string;
  /** Items asked for that are not in this issue. */
  others: number;
}

export interface Result {
  issue: Issue;
  files: readonly string[];
  lines: readonly Line[];
  json: boolean;
  resume?: Resume;
}

/** Prints the outcome; exit 0 when every item of the issue is published, else 1. */
export function printIssue(ui: Ui, { issue, files, lines, json: asJson, resume }: Result): number {
  const cite = citeIssue(issue, ui.t);
  const complete = lines.every((l) => l.state === 'moved' || l.state === 'done');
  if (asJson)
    json(
      ui,
      issue,
      lines.map((l) => l.id),
      files,
    );
  else for (const file of files) ui.out(file);
  ui.err(
    resume ? ui.t('issue.resume', { cite, file: resume.path }) : ui.t('issue.done', { cite, count: lines.length }),
  );
  for (const line of lines) ui.err(lineText(ui, line));
  if (!complete) ui.warn(ui.t('issue.incomplete', { cite }));
  if (resume?.others) ui.warn(ui.t('issue.others', { count: resume.others }));
  return complete ? 0 : 1;
}

export interface DryRun {
  issue: Issue;
  files: readonly OutFile[];
  moves: readonly Item[];
  json: boolean;
  resume?: Resume;
  lines?: readonly Line[];
}

/** A dry run: the Markdown on stdout (or the JSON), and on stderr what a real run would do. */
export function printDryRun(ui: Ui, { issue, files, moves, json: asJson, resume, lines }: DryRun): number {
  const ids = lines ? lines.map((l) => l.id) : printOrder(issue).map((i) => i.id);
  if (asJson)
    json(
      ui,
      issue,
      ids,
      files.map((f) => f.shown),
    );
  else {
    const md = files.find((f) => f.shown.endsWith('.md'));
    if (md) ui.out(String(md.content).trimEnd());
  }
  if (resume) {
    ui.err(ui.t('issue.resume', { cite: citeIssue(issue, ui.t), file: resume.path }));
    for (const line of lines ?? []) ui.err(lineText(ui, line));
  }
  ui.err(ui.t('issue.dry'));
  for (const file of files)
    ui.err(
      ui.t('issue.dry.write', {
        file: file.shown,
        size: typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.length,
      }),
    );
  for (const item of moves)
    ui.err(ui.t('issue.dry.move', { id: item.id, ref: issue.itemRef, title: printable(item.title) }));
  return 0;
}
