/** `info report`: the flags of both its forms, a notice (`--month`, `--quarter`, `--year`, `--from/--to`) and an issue (`--issue`). */
import { bool, define, list, text, variadic, type OptionsOf } from '../define.js';

export const flags = {
  month: text('<YYYY-MM>', 'help.opt.reportMonth'),
  quarter: text('<YYYY-Qn>', 'help.opt.reportQuarter'),
  year: text('<YYYY>', 'help.opt.reportYear'),
  from: text('<YYYY-MM>', 'help.opt.reportFrom'),
  to: text('<YYYY-MM>', 'help.opt.reportTo'),
  letters: bool('help.opt.letters'),
  issue: bool('help.opt.issue'),
  format: list('<fmt>', 'help.opt.reportFormat'),
  out: text('<path>', 'help.opt.reportOut'),
  explain: text('<name>', 'help.opt.explain'),
  supplement: bool('help.opt.supplement'),
  series: text('<name>', 'help.opt.series'),
  items: variadic('<ref...>', 'help.opt.items'),
  date: text('<YYYY-MM-DD>', 'help.opt.issueDate'),
  note: text('<text>', 'help.opt.issueNote'),
  dryRun: bool('help.opt.dryRun'),
  by: text('<name>', 'help.opt.by'),
  json: bool('help.opt.json'),
};
export type ReportOptions = OptionsOf<typeof flags>;

export const report = define({
  name: 'report',
  help: 'report',
  flags,
  run: async () => (await import('./report.js')).run,
});
