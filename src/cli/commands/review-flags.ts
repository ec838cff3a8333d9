/** `info review [REF]...`: its flags. */
import { bool, define, optional, text, type OptionsOf } from '../define.js';

export const flags = {
  to: text('<status>', 'help.opt.to'),
  note: text('<text>', 'help.opt.note'),
  adopt: optional('[level]', 'help.opt.adopt'),
  form: text('<form>', 'help.opt.form'),
  outlet: text('<text>', 'help.opt.outlet'),
  date: text('<YYYY-MM-DD>', 'help.opt.recordDate'),
  instruction: text('<text>', 'help.opt.instruction'),
  leader: text('<name>', 'help.opt.leader'),
  level: text('<level>', 'help.opt.level'),
  due: text('<YYYY-MM-DD>', 'help.opt.due'),
  section: text('<name>', 'help.opt.section'),
  brief: bool('help.opt.reviewBrief'),
  noBrief: bool('help.opt.noBrief'),
  by: text('<name>', 'help.opt.by'),
  json: bool('help.opt.json'),
};
export type ReviewOptions = OptionsOf<typeof flags>;

export const review = define({
  name: 'review [refs...]',
  help: 'review',
  flags,
  run: async () => (await import('./review.js')).run,
});
