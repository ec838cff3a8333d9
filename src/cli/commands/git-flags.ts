/** `info git setup`: its flags. */
import { bool, define, type OptionsOf } from '../define.js';

export const setupFlags = { json: bool('help.opt.json') };
export type GitSetupOptions = OptionsOf<typeof setupFlags>;

export const gitSetup = define({
  name: 'setup',
  help: 'git.setup',
  flags: setupFlags,
  run: async () => (await import('./git-setup.js')).run,
});
