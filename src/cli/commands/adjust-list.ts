/** `info adjust list`: the ledger's entries, all or of one month, as a table or JSON. */
import type { Config } from '../../core/config.js';
import { byDate, entriesBetween, kindLabel, ledgerJson, type LedgerEntry } from '../../core/ledger.js';
import { round2 } from '../../core/report/points.js';
import { loadLedger } from '../../store/ledger.js';
import { reportBroken, reportBrokenLedger } from '../broken.js';
import type { Context } from '../context.js';
import { monthFlag } from '../options.js';
import { table } from '../table.js';
import type { Ui } from '../ui.js';
import type { AdjustListOptions } from './adjust-flags.js';

function entryRow(ui: Ui, config: Config, e: LedgerEntry): string[] {
  const kind = kindLabel(config, e.kind, ui.lang);
  const note = e.disqualify ? `${e.note}（${ui.t('adjust.disqualified')}）` : e.note;
  return [ui.color.cyan(e.id), e.date, e.department, kind, String(e.points), e.author ?? '', note];
}

export async function run(_operands: string[], o: AdjustListOptions, context: Context): Promise<number> {
  const { ui } = context;
  const month = monthFlag('--month', o.month);
  const ws = await context.workspace();
  const loaded = await context.load();
  reportBroken(ui, loaded);
  const ledger = loadLedger(ws.root, ws.config, loaded);
  reportBrokenLedger(ui, ledger);
  const entries = month ? entriesBetween(ledger.entries, month, month) : [...ledger.entries].sort(byDate);
  if (o.json) {
    ui.json(entries.map(ledgerJson));
    return 0;
  }
  if (entries.length === 0) {
    ui.err(month ? ui.t('adjust.noneMonth', { month }) : ui.t('adjust.none'));
    return 0;
  }
  const head = ['id', 'date', 'department', 'kind', 'points', 'author', 'note'].map((k) =>
    ui.color.bold(ui.t(`adjust.col.${k}`)),
  );
  for (const line of table(
    head,
    entries.map((e) => entryRow(ui, ws.config, e)),
    ui.width,
  ))
    ui.out(line);
  const total = round2(entries.reduce((sum, e) => sum + e.points, 0));
  ui.err(ui.t('adjust.total', { count: entries.length, points: total }));
  return 0;
}
