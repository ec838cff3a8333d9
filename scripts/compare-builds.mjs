#!/usr/bin/env node
/**
 * Runs the same commands with two builds of `info`, each on its own copy of a workspace, and
 * compares what they print (exit code, standard output and error, byte for byte) and, after
 * the commands that write, the files they leave. A change to how the workspace is stored must
 * show nothing here (docs/performance.md).
 *
 *   node scripts/compare-builds.mjs BEFORE/bin/info.js AFTER/bin/info.js WORKSPACE [--keep]
 *
 * The commands run twice each (the first run fills each build's cache, the second reads it).
 * Ids are picked from the workspace: items of several statuses, a broken file, an item by path.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [before, after, workspace] = process.argv.slice(2).map((arg) => arg && resolve(arg));
if (!before || !after || !workspace) {
  console.error('usage: node scripts/compare-builds.mjs BEFORE/bin/info.js AFTER/bin/info.js WORKSPACE [--keep]');
  process.exit(2);
}
const env = {
  ...process.env,
  NO_COLOR: '1',
  LANG: 'zh_CN.UTF-8',
  INFO_USER: 'compare',
  INFO_NOW: '2026-12-04T10:00:00+08:00',
};
const work = mkdtempSync(join(tmpdir(), 'infodesk-compare-'));
const copies = { before: join(work, 'before'), after: join(work, 'after') };
for (const dir of Object.values(copies))
  cpSync(workspace, dir, { recursive: true, filter: (src) => !src.includes('/.info') });

/** Every item file's path, relative, sorted. */
function itemPaths(root) {
  return readdirSync(join(root, 'items'), { recursive: true })
    .filter((p) => p.endsWith('.md'))
    .map((p) => `items/${p}`)
    .sort();
}

const paths = itemPaths(copies.before);
const idOf = (path) => /(\d{8}-[0-9a-z]{4})/.exec(path.split('/').pop())?.[1];
const pick = (n) => paths.filter((_, i) => i % Math.max(1, Math.floor(paths.length / n)) === 0).slice(0, n);
const ids = pick(6).map(idOf).filter(Boolean);
/** Ids of items in `status` (read from their files), for the writes to succeed, not only to be refused. */
const withStatus = (status, n) =>
  paths
    .filter((p) => new RegExp(`^status: ${status}$`, 'm').test(readFileSync(join(copies.before, p), 'utf8')))
    .slice(0, n)
    .map(idOf)
    .filter(Boolean);
const drafts = withStatus('draft', 1);
const submitted = withStatus('submitted', 3);
const month =
  /items\/(\d{4})\/(\d{2})\//
    .exec(paths[Math.floor(paths.length / 2)])
    ?.slice(1, 3)
    .join('-') ?? '2026-11';

const reads = [
  ['--version'],
  ['status'],
  ['status', '--json'],
  ['list', '--status', 'submitted', '--limit', '20'],
  ['list', '--status', 'draft', '--json', '--limit', '20'],
  ['validate', '--json'],
  ['report', '--month', month, '--format', 'json'],
  ['show', 'no-such-item'],
  ['show', ids[0].slice(0, 9)],
  ...ids.flatMap((id) => [
    ['show', id],
    ['show', id, '--json'],
  ]),
  ['show', paths[1]],
  ['show', paths[2], '--json'],
  ['fix', ids[1], ids[2], '--dry-run'],
  ['export', ids[3], '--format', 'md', '--out', 'exported'],
];
const writes = [
  ['review', ids[1], '--to', 'submitted'],
  ['review', ...drafts, '--to', 'submitted'],
  ['review', ...submitted.slice(0, 2), '--to', 'returned', '--note', '请补充数据'],
  ['review', submitted[2] ?? ids[4], '--adopt', 'city', '--date', '2026-12-01'],
  [
    'adjust',
    '--department',
    '发改委',
    '--kind',
    'commended',
    '--note',
    '比对',
    '--item',
    ids[5],
    '--date',
    '2026-12-02',
  ],
  ['show', ids[1], '--json'],
  ['show', submitted[2] ?? ids[4], '--json'],
  ['list', '--status', 'returned', '--json'],
];

const run = (bin, root, args) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

let differences = 0;
function compare(args) {
  for (const round of [1, 2]) {
    const a = run(before, copies.before, args);
    const b = run(after, copies.after, args);
    // Ids drawn at random (a ledger entry's) differ by nature.
    const masked = (s) => (args[0] === 'adjust' ? s.replace(/\d{8}-[0-9a-z]{4}/g, 'ID') : s);
    const same = a.code === b.code && masked(a.stdout) === masked(b.stdout) && masked(a.stderr) === masked(b.stderr);
    console.log(`${same ? 'same' : 'DIFF'}  ${args.join(' ')}${round === 2 ? '  (again)' : ''}`);
    if (!same) {
      differences++;
      console.log(
        `  before: exit ${a.code}, ${a.stdout.length} + ${a.stderr.length} chars; after: exit ${b.code}, ${b.stdout.length} + ${b.stderr.length} chars`,
      );
      const lines = (s) => s.split('\n');
      const [la, lb] = [lines(a.stdout + a.stderr), lines(b.stdout + b.stderr)];
      const i = la.findIndex((line, k) => line !== lb[k]);
      console.log(`  first difference, line ${i + 1}:\n  - ${la[i]}\n  + ${lb[i]}`);
    }
    if (writes.includes(args)) break; // a write is not repeated
  }
}

for (const args of [...reads, ...writes]) compare(args);
const files = (root) => itemPaths(root).map((p) => [p, readFileSync(join(root, p), 'utf8')]);
const [fa, fb] = [files(copies.before), files(copies.after)];
const changed =
  fa.filter(([p, text], i) => fb[i]?.[0] !== p || fb[i][1] !== text).length + Math.abs(fa.length - fb.length);
console.log(`${changed ? 'DIFF' : 'same'}  the item files after the writes (${fa.length})`);
differences += changed ? 1 : 0;
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
else console.log(`copies kept in ${work}`);
console.log(differences ? `${differences} difference(s)` : 'no differences');
process.exit(differences ? 1 : 0);
