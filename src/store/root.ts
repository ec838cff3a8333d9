/** Where the workspace is: the nearest folder at or above a start that holds the config. */
import { fs } from './light-fs.js';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE = 'info.config.yaml';

export function findRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (fs.existsSync(join(dir, CONFIG_FILE))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
