/** `info ask new|list|show`: the flags of each. */
import { bool, define, list, text, type OptionsOf } from '../define.js';

const json = bool('help.opt.json');

export const newFlags = {
  title: text('<text>', 'help.opt.topicTitle'),
  department: list('<name>', 'help.opt.askDepartment'),
  due: text('<YYYY-MM-DD>', 'help.opt.askDue'),
  brief: text('<text>', 'help.opt.brief'),
  json,
};
export const listFlags = { overdue: bool('help.opt.overdue'), json };
export const showFlags = { json };

export type AskNewOptions = OptionsOf<typeof newFlags>;
export type AskListOptions = OptionsOf<typeof listFlags>;
export type AskShowOptions = OptionsOf<typeof showFlags>;

export const askNew = define({
  name: 'new',
  help: 'ask.new',
  flags: newFlags,
  run: async () => (await import('./ask.js')).runNew,
});
export const askList = define({
  name: 'list',
  help: 'ask.list',
  flags: listFlags,
  run: async () => (await import('./ask.js')).runList,
});
export const askShow = define({
  name: 'show <id>',
  help: 'ask.show',
  flags: showFlags,
  run: async () => (await import('./ask.js')).runShow,
});
