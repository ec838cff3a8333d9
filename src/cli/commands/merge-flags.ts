/** `info merge REF REF... --title T`: its flags. */
import { bool, define, text, type OptionsOf } from '../define.js';

export const flags = {
  title: text('<text>', 'help.opt.mergeTitle'),
  category: text('<key>', 'help.opt.category'),
  source: text('<key>', 'help.opt.source'),
  by: text('<name>', 'help.opt.by'),
  dryRun: bool('help.opt.dryRun'),
  json: bool('help.opt.json'),
};
export type MergeOptions = OptionsOf<typeof flags>;

export const merge = define({
  name: 'merge [refs...]',
  help: 'merge',
  flags,
  run: async () => (await import('./merge.js')).run,
});
