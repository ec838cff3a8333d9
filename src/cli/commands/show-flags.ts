/** `info show REF`: its flags. */
import { bool, define, type OptionsOf } from '../define.js';

export const flags = { json: bool('help.opt.json') };
export type ShowOptions = OptionsOf<typeof flags>;

export const show = define({
  name: 'show <ref>',
  help: 'show',
  flags,
  run: async () => (await import('./show.js')).run,
});
