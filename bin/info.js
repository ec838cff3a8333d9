#!/usr/bin/env node
// `info --version` and `info --help` answer without loading the program (the help as the build
// stored it, while still current); everything else goes to the entry. CommonJS (bin/package.json)
// so that these two answers never start Node's ESM loader, a fifth of a bare start-up.
'use strict';
const { fstatSync, readFileSync, statSync, writeSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Writes straight to descriptor 1: touching `process.stdout` loads Node's stream modules,
 * which cost these two answers more than everything else they do. A reader that has gone
 * (`info --help | head -1`) ends the output quietly; anything else the plain write cannot do
 * (a non-blocking pipe that is full) goes through `process.stdout` after all.
 */
function print(text) {
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
  } catch (error) {
    if (error.code !== 'EPIPE') process.stdout.write(bytes.subarray(done));
  }
}

/**
 * Whether stdout is a terminal, without `node:tty` (which loads the network and stream
 * modules): a file, a pipe or /dev/null is surely not one; any other device is asked.
 */
function isTerminal() {
  try {
    const out = fstatSync(1);
    if (!out.isCharacterDevice() || out.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // No stdout to look at, or no /dev/null: ask Node.
  }
  return Boolean(process.stdout.isTTY);
}

const args = process.argv.slice(2);
// On a terminal the width decides which stored text fits; elsewhere stdout is never touched.
const stdout = {
  get isTTY() {
    return isTerminal();
  },
  get columns() {
    return process.stdout.columns;
  },
};
const help =
  args.length === 1 && (args[0] === '--help' || args[0] === '-h')
    ? require('../dist/cli/help-fast.cjs').cachedHelp(args, process.cwd(), process.env, stdout)
    : undefined;
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  print(`${JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
} else if (help !== undefined) {
  print(help);
} else {
  import('../dist/cli/main.js').then(({ run }) => run());
}
