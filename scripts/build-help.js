#!/usr/bin/env node
// After `tsc`: store the top-level help so that `info --help` need not load the program.
const { writeHelpCache } = await import('../dist/cli/help-build.js');
writeHelpCache();
