/** `info --help` without loading the program: see `help-fast.cts`, where it lives in CommonJS. */
export { cachedHelp, HELP_FILE, helpStamp, type HelpCache, type HelpText } from './help-fast.cjs';
