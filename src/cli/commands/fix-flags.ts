/** `info fix [REF...|--all] [--dry-run]`: its flags. */
import { bool, define, type OptionsOf } from '../define.js';

export const flags = {
  all: bool('help.opt.fixAll'),
  dryRun: bool('help.opt.fixDryRun'),
  json: bool('help.opt.json'),
};
export type FixOptions = OptionsOf<typeof flags>;

export const fix = define({
  name: 'fix [refs...]',
  help: 'fix',
  flags,
  run: async () => (await import('./fix.js')).run,
});
