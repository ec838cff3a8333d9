/** `info schema item|config`: no flags. */
import { define } from '../define.js';

export const schema = define({
  name: 'schema <name>',
  help: 'schema',
  flags: {},
  run: async () => (await import('./schema.js')).run,
});
