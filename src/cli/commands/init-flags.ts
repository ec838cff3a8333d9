/** `info init [DIR]`: its flags. */
import { define, text, type OptionsOf } from '../define.js';

export const flags = {
  office: text('<name>', 'help.opt.office'),
  bulletin: text('<name>', 'help.opt.bulletin'),
};
export type InitOptions = OptionsOf<typeof flags>;

export const init = define({
  name: 'init [dir]',
  help: 'init',
  flags,
  run: async () => (await import('./init.js')).run,
});
