/** `info import PATH...` and `info import --sheet FILE`: its flags. */
import { bool, define, list, text, type OptionsOf } from '../define.js';

export const flags = {
  department: list('<name>', 'help.opt.importDepartment'),
  author: list('<name>', 'help.opt.importAuthor'),
  status: text('<status>', 'help.opt.importStatus'),
  encoding: text('<name>', 'help.opt.encoding'),
  category: text('<key>', 'help.opt.importCategory'),
  source: text('<key>', 'help.opt.importSource'),
  topic: text('<id>', 'help.opt.topic'),
  date: text('<YYYY-MM-DD>', 'help.opt.date'),
  by: text('<name>', 'help.opt.by'),
  force: bool('help.opt.force'),
  dryRun: bool('help.opt.importDryRun'),
  json: bool('help.opt.json'),
  // The office's ledger (台账): one item per row.
  sheet: text('<file>', 'help.opt.sheet'),
  sheetName: text('<name>', 'help.opt.sheetName'),
  map: list('<列名=field>', 'help.opt.map'),
};
export type ImportOptions = OptionsOf<typeof flags>;

export const importFiles = define({
  name: 'import [paths...]',
  help: 'import',
  flags,
  run: async () => (await import('./import.js')).run,
});
