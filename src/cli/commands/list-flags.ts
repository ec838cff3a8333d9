/** `info list`: its flags. */
import { bool, define, list, text, type OptionsOf } from '../define.js';

export const flags = {
  status: list('<status>', 'help.opt.status'),
  category: text('<key>', 'help.opt.category'),
  source: text('<key>', 'help.opt.source'),
  department: text('<name>', 'help.opt.department'),
  author: text('<name>', 'help.opt.author'),
  month: text('<YYYY-MM>', 'help.opt.month'),
  topic: text('<id>', 'help.opt.topic'),
  search: text('<text>', 'help.opt.search'),
  sort: text('<field>', 'help.opt.sort'),
  limit: text('<n>', 'help.opt.limit'),
  json: bool('help.opt.json'),
};
export type ListOptions = OptionsOf<typeof flags>;

export const listItems = define({
  name: 'list',
  help: 'list',
  flags,
  run: async () => (await import('./list.js')).run,
});
