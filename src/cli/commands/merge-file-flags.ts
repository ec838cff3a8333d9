/** `info merge-file BASE OURS THEIRS [PATH]`: the merge driver git runs (no flags of its own). */
import { define, type OptionsOf } from '../define.js';

export const flags = {};
export type MergeFileOptions = OptionsOf<typeof flags>;

export const mergeFile = define({
  name: 'merge-file <base> <ours> <theirs> [path]',
  help: 'mergeFile',
  flags,
  run: async () => (await import('./merge-file.js')).run,
});
