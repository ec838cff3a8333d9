// Preloaded into a spawned `info` (NODE_OPTIONS=--require): at exit, writes the process's peak
// resident memory in KiB (its worker threads included) to the file named by MAX_RSS_FILE.
'use strict';
const { writeFileSync } = require('node:fs');

process.on('exit', () => writeFileSync(process.env.MAX_RSS_FILE, String(process.resourceUsage().maxRSS)));
