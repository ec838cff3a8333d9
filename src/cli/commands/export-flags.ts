/** `info export REF...`: its flags. */
import { bool, define, text, type OptionsOf } from '../define.js';

export const flags = {
  format: text('<fmt>', 'help.opt.exportFormat'),
  out: text('<dir>', 'help.opt.exportOut'),
  force: bool('help.opt.exportForce'),
  json: bool('help.opt.json'),
};
export type ExportOptions = OptionsOf<typeof flags>;

export const exportItems = define({
  name: 'export [refs...]',
  help: 'export',
  flags,
  run: async () => (await import('./export.js')).run,
});
