/** One item as the interactive queue shows it: title, metadata, the start of the body, its problems. */
import { splitFile } from '../core/frontmatter.js';
import type { Item } from '../core/item.js';
import { stripComments } from '../core/lint/basic.js';
import { isContentRule, rankFindings, tallyByRule } from '../core/lint/rank.js';
import { labelOf, type VocabKind } from '../core/vocab.js';
import type { ItemFile } from '../store/item-file.js';
import type { Desk } from './review-desk.js';
import { daysBetween } from '../core/local-date.js';
import { localDate } from '../core/time.js';
import { waitingSince } from '../core/workflow.js';
import { truncate } from './table.js';
import type { Ui } from './ui.js';

const BODY_LINES = 6;
const PROBLEM_LINES = 8;

function metadata(ui: Ui, desk: Desk, item: Item): string {
  const labels = desk.ws.config.labels;
  const label = (kind: VocabKind, key: string | null) => (key ? labelOf(kind, key, ui.lang, labels[kind]) : '');
  const parts = [
    ui.color.bold(label('status', item.status)),
    label('category', item.category),
    label('source', item.source),
    label('nature', item.nature),
    item.departments.join('、'),
    item.authors.join('、'),
    item.created,
  ];
  return parts.filter(Boolean).join(' · ');
}

function lastMove(ui: Ui, desk: Desk, item: Item, today: string): string {
  const last = item.history.at(-1);
  if (!last) return '';
  const status = (key: string) => labelOf('status', key, ui.lang, desk.ws.config.labels.status);
  const move = `${last.from ? `${status(last.from)} → ` : '→ '}${status(last.to)}`;
  const when = String(last.at).slice(0, 16).replace('T', ' ');
  const days = daysBetween(localDate(waitingSince(item), desk.ws.config.timezone), today);
  const wait = days > 0 ? ui.t('review.card.waiting', { days }) : '';
  return ui.t('review.card.last', { when, by: String(last.by), move, wait });
}

function records(ui: Ui, item: Item): string {
  const parts = [
    item.adoptions.length ? ui.t('review.card.adoptions', { count: item.adoptions.length }) : '',
    item.instructions.length ? ui.t('review.card.instructions', { count: item.instructions.length }) : '',
    item.bulletins.length ? ui.t('review.card.bulletins', { refs: item.bulletins.join('、') }) : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

function bodyPreview(ui: Ui, text: string): string[] {
  const body = splitFile(text.replace(/^\uFEFF/, '')).body;
  const lines = stripComments(body)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return [ui.color.dim(`  ${ui.t('review.card.noBody')}`)];
  const width = Math.max(20, (ui.width ?? 80) - 4);
  const shown = lines.slice(0, BODY_LINES).map((line) => `  ${truncate(line, width)}`);
  if (lines.length > BODY_LINES)
    shown.push(ui.color.dim(`  ${ui.t('review.card.more', { count: lines.length - BODY_LINES })}`));
  return shown;
}

/**
 * Errors and other warnings one by one; content findings one line per rule, most in need of a
 * person first, with their count and the first place (three hundred commas are one line).
 */
function problems(ui: Ui, file: ItemFile): string[] {
  if (file.problems.length === 0) return [];
  const ranked = rankFindings(file.problems);
  const single = ranked.filter((p) => p.severity === 'error' || !isContentRule(p.rule));
  const lines = single.slice(0, PROBLEM_LINES).map((placed) => {
    const p = ui.problem(file.path, placed);
    const severity = p.severity === 'error' ? ui.color.red(p.severity) : ui.color.yellow(p.severity);
    return `  ${ui.t('review.card.line', { line: p.line })}  ${severity}  ${ui.color.dim(p.rule)}  ${p.message}`;
  });
  if (single.length > PROBLEM_LINES)
    lines.push(ui.color.dim(`  ${ui.t('review.card.more', { count: single.length - PROBLEM_LINES })}`));
  for (const { rule, count, first } of tallyByRule(file.problems)) {
    const placed = ranked.find((p) => p.rule === rule && p.line === first && p.params.detail !== 'more')!;
    const where = ui.t(count > 1 ? 'review.card.from' : 'review.card.line', { line: first });
    const message = ui.problem(file.path, placed).message;
    lines.push(`  ${ui.t('review.card.group', { rule: ui.color.yellow(rule), count, where, message })}`);
  }
  const total = tallyByRule(file.problems).reduce((sum, t) => sum + t.count, single.length);
  return ['', ui.color.yellow(ui.t('review.card.problems', { count: total })), ...lines];
}

/** The item's card; `again` leaves out the path and body just shown above (same item, after a change). */
export function card(
  ui: Ui,
  desk: Desk,
  file: ItemFile,
  position: { index: number; total: number },
  again = false,
): string[] {
  const { item } = file;
  const rule = '─'.repeat(Math.max(10, Math.min(ui.width ?? 72, 72) - 8));
  const extra = records(ui, item);
  return [
    '',
    ui.color.dim(`${rule} ${position.index + 1}/${position.total}`),
    `${ui.color.cyan(item.id)}  ${ui.color.bold(item.title)}`,
    metadata(ui, desk, item),
    lastMove(ui, desk, item, desk.today()),
    ...(extra ? [extra] : []),
    ...(again ? [] : [ui.color.dim(item.path), '', ...bodyPreview(ui, file.text)]),
    ...problems(ui, file),
    '',
  ];
}
