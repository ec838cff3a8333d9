/** `info adjust` (a ledger entry) and `info adjust list`: their flags. */
import { bool, define, text, type OptionsOf } from '../define.js';

const json = bool('help.opt.json');

export const flags = {
  department: text('<name>', 'help.opt.adjustDepartment'),
  kind: text('<kind>', 'help.opt.adjustKind'),
  date: text('<YYYY-MM-DD>', 'help.opt.adjustDate'),
  note: text('<text>', 'help.opt.adjustNote'),
  points: text('<n>', 'help.opt.adjustPoints'),
  author: text('<name>', 'help.opt.adjustAuthor'),
  item: text('<ref>', 'help.opt.adjustItem'),
  disqualify: bool('help.opt.disqualify'),
  by: text('<name>', 'help.opt.by'),
  json,
};
export const listFlags = { month: text('<YYYY-MM>', 'help.opt.adjustMonth'), json };

export type AdjustOptions = OptionsOf<typeof flags>;
export type AdjustListOptions = OptionsOf<typeof listFlags>;

export const adjust = define({
  name: 'adjust',
  help: 'adjust',
  flags,
  run: async () => (await import('./adjust.js')).run,
});
export const adjustList = define({
  name: 'list',
  help: 'adjust.list',
  flags: listFlags,
  run: async () => (await import('./adjust-list.js')).run,
});
