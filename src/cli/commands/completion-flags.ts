/** `info completion bash|zsh|fish`: no flags. */
import { define } from '../define.js';

export const completion = define({
  name: 'completion <shell>',
  help: 'completion',
  flags: {},
  run: async () => (await import('./completion.js')).run,
});
