/** `info validate [PATH]...`: its flags. */
import { bool, define, type OptionsOf } from '../define.js';

export const flags = {
  strict: bool('help.opt.strict'),
  json: bool('help.opt.json'),
};
export type ValidateOptions = OptionsOf<typeof flags>;

export const validate = define({
  name: 'validate [paths...]',
  help: 'validate',
  flags,
  run: async () => (await import('./validate.js')).run,
});
