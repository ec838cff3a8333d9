#!/usr/bin/env node
// `info --version` and `info --help` answer without loading the program (the help as the build
// stored it, while still current); everything else goes to the entry.
const args = process.argv.slice(2);
const help = args.length === 1 && (args[0] === '--help' || args[0] === '-h')
  ? (await import('../dist/cli/help-cache.js')).cachedHelp(args, process.cwd(), process.env, process.stdout)
  : undefined;
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else if (help !== undefined) {
  process.stdout.write(help);
} else {
  const { run } = await import('../dist/cli/main.js');
  await run();
}
