/**
 * `info report --month | --quarter | --year | --from/--to`: the notice of a period in md,
 * json, csv, html, docx or xlsx; `--explain NAME`; `--letters` (one letter per unit).
 */
import { resolve } from 'node:path';
import type { Config } from '../../core/config.js';
import { InfoError, usage } from '../../core/errors.js';
import { kindLabel } from '../../core/ledger.js';
import { localDate } from '../../core/local-date.js';
import { safeJson } from '../../core/printable.js';
import { closeNames, explain } from '../../core/report/explain.js';
import { reportJson } from '../../core/report/json.js';
import type { MonthReport } from '../../core/report/model.js';
import { periodReport } from '../../core/report/month.js';
import { yearsOf, type ReportPeriod } from '../../core/report/period.js';
import { explainJson, explainText } from '../../render/explain-text.js';
import { noticeText } from '../../render/notice-text.js';
import { periodWords } from '../../render/period-words.js';
import { loadLedger } from '../../store/ledger.js';
import { writeAtomic } from '../../store/write.js';
import { reportBroken, reportBrokenLedger } from '../broken.js';
import type { Context } from '../context.js';
import { list } from '../options.js';
import { periodOf } from '../period-flag.js';
import type { Ui } from '../ui.js';
import type { ReportOptions } from './report-flags.js';

const FORMATS = ['md', 'html', 'json', 'csv', 'docx', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];
const LETTER_FORMATS = ['md', 'html', 'docx'] as const;
const ISSUE_ONLY = [
  ['supplement', '--supplement'],
  ['series', '--series'],
  ['items', '--items'],
  ['date', '--date'],
  ['note', '--note'],
  ['dryRun', '--dry-run'],
  ['by', '--by'],
] as const;

/** The last --format counts; --json is --format json. */
function chooseFormat(o: ReportOptions): Format {
  const given = list(o.format).at(-1);
  if (given !== undefined && !(FORMATS as readonly string[]).includes(given))
    throw usage('bad-value', { flag: '--format', value: given, allowed: FORMATS.join(', ') });
  if (o.json && given !== undefined && given !== 'json') throw usage('report-json-format', { format: given });
  return o.json ? 'json' : ((given as Format | undefined) ?? 'md');
}

function checkFlags(o: ReportOptions, format: Format, outTTY: boolean): void {
  const stray = ISSUE_ONLY.filter(([key]) => o[key] !== undefined).map(([, flag]) => flag);
  if (stray.length) throw usage('report-issue-only', { flags: stray.join(', ') });
  if (o.letters) {
    if (o.explain !== undefined) throw usage('report-letters-explain');
    if (!(LETTER_FORMATS as readonly string[]).includes(format)) throw usage('report-letters-format', { format });
    if (o.out === undefined) throw usage('report-letters-out');
    return;
  }
  if (o.explain !== undefined && format !== 'md' && format !== 'json') throw usage('report-explain-format', { format });
  if (format === 'xlsx' && o.out === undefined) throw usage('report-xlsx-out');
  if (format === 'docx' && o.out === undefined && outTTY) throw usage('report-binary-tty');
}

async function render(format: Format, report: MonthReport, ui: Ui, config: Config): Promise<string | Uint8Array> {
  if (format === 'json') return `${safeJson(reportJson(report, periodWords(report.period, ui.t).label))}\n`;
  const text = noticeText(report, ui.t, ui.lang, config.bulletin.distribution['发'] ?? [], (kind) =>
    kindLabel(config, kind, ui.lang),
  );
  if (format === 'md') return (await import('../../render/month-md.js')).monthMarkdown(text);
  if (format === 'csv') return (await import('../../render/month-csv.js')).monthCsv(text);
  if (format === 'html') return (await import('../../render/month-html.js')).monthHtml(text, report, ui.t);
  if (format === 'xlsx') return (await import('../../render/month-xlsx.js')).monthXlsx(text);
  return (await import('../../render/month-docx.js')).monthDocx(text);
}

function explainOutput(report: MonthReport, name: string, format: Format, ui: Ui, config: Config): string {
  const found = explain(report, name);
  if (!found) {
    const names = [...report.departments.map((d) => d.name), ...report.writers.map((w) => w.name)];
    const close = closeNames(name, names);
    const sep = ui.t('report.list.sep');
    throw new InfoError('report-unknown-name', {
      name,
      close: close.length ? ui.t('report.unknown-name.close', { names: close.join(sep) }) : '',
      names: names.join(sep),
    });
  }
  if (format === 'json') return `${safeJson(explainJson(found))}\n`;
  return explainText(found, ui.t, ui.lang, { kindLabel: (kind) => kindLabel(config, kind, ui.lang) });
}

/** To `--out` atomically, else to stdout; binary never onto a terminal. */
function emit(content: string | Uint8Array, out: unknown, context: Context): void {
  const { ui } = context;
  if (typeof out === 'string') {
    writeOut(resolve(context.cwd, out), out, content);
    ui.err(ui.t('report.written', { path: out }));
    return;
  }
  if (typeof content !== 'string' && ui.outTTY) throw usage('report-binary-tty');
  ui.write(content);
}

export function writeOut(abs: string, shown: string, content: string | Uint8Array): void {
  try {
    writeAtomic(abs, content);
  } catch (error) {
    throw new InfoError('report-write', { path: shown, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
}

async function buildReport(period: ReportPeriod, context: Context): Promise<{ report: MonthReport; config: Config }> {
  const { ui } = context;
  const ws = await context.workspace();
  const loaded = await context.load();
  reportBroken(ui, loaded);
  const today = localDate(context.clock.now().toISOString(), ws.config.timezone);
  // Only items with something dated in the period's years are decoded; topic progress reads
  // the answers of every year from the heads.
  const years = yearsOf(period);
  const items = loaded.itemsDatedIn(years);
  const answers = loaded.answers();
  const ledger = loadLedger(ws.root, ws.config, loaded);
  reportBrokenLedger(ui, ledger);
  const report = periodReport({
    items,
    topics: loaded.topics,
    answers,
    ledger: ledger.entries,
    config: ws.config,
    period,
    today,
  });
  return { report, config: ws.config };
}

export async function run(_operands: string[], o: ReportOptions, context: Context): Promise<number> {
  const { ui } = context;
  const period = periodOf(o);
  const format = chooseFormat(o);
  checkFlags(o, format, ui.outTTY);
  const { report, config } = await buildReport(period, context);
  if (report.unleveled) ui.warn(periodWords(period, ui.t).say('report.unleveled', { count: report.unleveled }));
  if (o.letters) {
    const { writeLetters } = await import('../report-letters.js');
    return writeLetters(report, format as 'md' | 'html' | 'docx', o.out!, context, config);
  }
  const content =
    typeof o.explain === 'string'
      ? explainOutput(report, o.explain, format, ui, config)
      : await render(format, report, ui, config);
  emit(content, o.out, context);
  return 0;
}
