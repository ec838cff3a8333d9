/** Reading the command line before commander runs. CommonJS, for the start-up path of `info --help`. */

/** A flag's value (`--lang en`, `--lang=en`), before any `--`. */
export function peek(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}
