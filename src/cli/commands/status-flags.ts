/** `info status`: its flags. */
import { bool, define, type OptionsOf } from '../define.js';

export const flags = { json: bool('help.opt.json') };
export type StatusOptions = OptionsOf<typeof flags>;

export const status = define({
  name: 'status',
  help: 'status',
  flags,
  run: async () => (await import('./status.js')).run,
});
