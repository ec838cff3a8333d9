/**
 * Where the workspace is: the nearest folder at or above a start that holds the config. It
 * lives with the start-up path of `--help` (CommonJS, `cli/help-fast.cts`).
 */
export { CONFIG_FILE, findRoot } from '../cli/help-fast.cjs';
