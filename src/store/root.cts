/**
 * Where the workspace is, and its config's language read without the YAML parser. CommonJS,
 * so that the start-up path of `info --help` (`cli/help-fast.cts`) requires it without
 * starting Node's ESM loader. `require`, not `import * as`: copying every export of `node:fs`
 * runs its lazy getters and loads Node's stream modules.
 */
import fs = require('node:fs');
import path = require('node:path');

export const CONFIG_FILE = 'info.config.yaml';

/** The nearest folder at or above `start` that holds the config. */
export function findRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, CONFIG_FILE))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The `lang` line of the config in `root`, if it has a valid one. */
export function configLangAt(root: string | undefined): 'zh-CN' | 'en' | undefined {
  const file = root ? path.join(root, CONFIG_FILE) : undefined;
  if (!file || !fs.existsSync(file)) return undefined;
  try {
    const m = /^lang:\s*["']?(zh-CN|en)["']?\s*(#.*)?$/m.exec(fs.readFileSync(file, 'utf8'));
    return m?.[1] as 'zh-CN' | 'en' | undefined;
  } catch {
    return undefined;
  }
}
