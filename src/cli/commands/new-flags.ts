/** `info new`: its flags. */
import { bool, define, list, text, type OptionsOf } from '../define.js';

export const flags = {
  title: text('<text>', 'help.opt.title'),
  category: text('<key>', 'help.opt.category'),
  source: text('<key>', 'help.opt.source'),
  department: list('<name>', 'help.opt.department'),
  author: list('<name>', 'help.opt.author'),
  nature: text('<key>', 'help.opt.nature'),
  topic: text('<id>', 'help.opt.topic'),
  tag: list('<tag>', 'help.opt.tag'),
  date: text('<YYYY-MM-DD>', 'help.opt.date'),
  section: text('<name>', 'help.opt.section'),
  brief: bool('help.opt.itemBrief'),
  status: text('<status>', 'help.opt.newStatus'),
  body: text('<text>', 'help.opt.body'),
  bodyFile: text('<path>', 'help.opt.bodyFile'),
  by: text('<name>', 'help.opt.by'),
  edit: bool('help.opt.edit'),
  dryRun: bool('help.opt.dryRun'),
  json: bool('help.opt.json'),
};
export type NewOptions = OptionsOf<typeof flags>;

export const newItem = define({ name: 'new', help: 'new', flags, run: async () => (await import('./new.js')).run });
