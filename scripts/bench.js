#!/usr/bin/env node
/**
 * `npm run bench`: builds workspaces of 1k, 10k and 100k realistic items in a temporary
 * folder, times the target commands (median of several runs, interleaved with the baselines
 * so that a busy machine weighs on both alike) against `cat` over every item file and a bare
 * `node -e 0`, and prints each figure, its ratio and PASS or FAIL against the targets of
 * docs/performance.md, with peak memory.
 *
 * Then an office's ledger (台账) of 10,000 rows is brought in with `info import --sheet`
 * (target: under 10 s), and brought in again (every row already there).
 *
 *   node scripts/bench.js [--sizes 1000,10000,100000] [--runs 5] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configText, generateWorkspace } from './generate.js';
import { LEDGER_OUTLETS, writeLedger } from './generate-ledger.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'info.js');
const TIME = '/usr/bin/time';

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const SIZES = option('sizes', '1000,10000,100000').split(',').map(Number);
/** The targets are for 100,000 items: a smaller workspace is timed, not judged (start-up is most of its time). */
const JUDGED_FROM = 100_000;
const RUNS = Number(option('runs', '5'));
const KEEP = process.argv.includes('--keep');

const CAT = "find items topics -name '*.md' -print0 | xargs -0 cat > /dev/null";
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`;
const env = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', INFO_USER: 'bench' };

/**
 * CPU time (user + system, ms) of every finished child of this process, from Linux's
 * /proc/self/stat: on a busy machine it says what a run cost where wall time says how long it
 * waited too. Undefined elsewhere.
 */
function childrenCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** Runs a command once, output discarded: wall and CPU time in ms. `prepare` runs first, untimed. */
function once({ argv, shell, prepare }, cwd) {
  prepare?.(cwd);
  const cpu = childrenCpu();
  const start = process.hrtime.bigint();
  const result = shell
    ? spawnSync('sh', ['-c', shell], { cwd, env, stdio: 'ignore' })
    : spawnSync(process.execPath, argv, { cwd, env, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${shell ?? argv.join(' ')} exited ${result.status}`);
  return { ms, cpu: cpu === undefined ? undefined : childrenCpu() - cpu };
}

/** Peak resident memory of one run, in MiB, where GNU time is there to tell it. */
function peak({ argv, prepare }, cwd) {
  if (!argv || !existsSync(TIME)) return undefined;
  prepare?.(cwd);
  const out = join(tmpdir(), `infodesk-bench-${process.pid}.time`);
  spawnSync(TIME, ['-f', '%M', '-o', out, process.execPath, ...argv], { cwd, env, stdio: 'ignore' });
  const kib = Number(readFileSync(out, 'utf8').trim().split('\n').pop());
  rmSync(out, { force: true });
  return kib / 1024;
}

/** Median wall and CPU time of each task, the tasks taking turns run after run. */
function measure(tasks, cwd, runs) {
  const times = new Map(tasks.map((task) => [task.name, []]));
  for (let run = 0; run < runs; run++) for (const task of tasks) times.get(task.name).push(once(task, cwd));
  const cpu = (list) => (list.some((t) => t.cpu === undefined) ? undefined : median(list.map((t) => t.cpu)));
  return new Map([...times].map(([name, list]) => [name, { ms: median(list.map((t) => t.ms)), cpu: cpu(list) }]));
}

const info = (...args) => [BIN, ...args];
const dropCache = (cwd) => rmSync(join(cwd, '.info'), { recursive: true, force: true });
const hasReport = /^\s+report\b/m.test(spawnSync(process.execPath, info('--help'), { env, encoding: 'utf8' }).stdout);

function workspaceTasks() {
  const warm = [
    { name: 'validate (warm cache)', argv: info('validate') },
    { name: 'list --json (warm cache)', argv: info('list', '--json') },
  ];
  if (hasReport) {
    warm.push({ name: 'report --month (warm cache)', argv: info('report', '--month', '2025-06', '--format', 'json') });
    warm.push({ name: 'report --year (warm cache)', argv: info('report', '--year', '2025', '--format', 'json') });
  }
  return {
    cold: [
      { name: 'cat', shell: CAT },
      { name: 'validate (no cache)', argv: info('validate'), prepare: dropCache },
    ],
    warm: [{ name: 'cat', shell: CAT }, ...warm],
    extra: [{ name: 'validate --no-cache', argv: info('--no-cache', 'validate') }],
  };
}

/**
 * An item of the workspace in `status`, for the commands about one item: its id and path.
 * The generator is deterministic, so each run times the same item.
 */
function itemIn(dir, status) {
  const found = spawnSync('grep', ['-rl', '-m1', `^status: ${status}$`, join(dir, 'items/2025/06')], {
    encoding: 'utf8',
  });
  const path = found.stdout.split('\n').filter(Boolean).sort()[0];
  return { path, id: /(\d{8}-[0-9a-z]{4})/.exec(path)[1] };
}

/**
 * The commands about one item (judged against `info --version`: an answer about one item as
 * fast as the program starts), and the two that count or list a few (against `cat`). The
 * review is timed on a submitted item sent back, its file restored between runs (untimed).
 */
function oneItemTasks(dir) {
  const submitted = itemIn(dir, 'submitted');
  const text = readFileSync(submitted.path, 'utf8');
  return {
    version: { name: 'info --version', argv: info('--version') },
    items: [
      { name: 'show ID', argv: info('show', submitted.id) },
      {
        name: 'new … --dry-run',
        argv: info(
          'new',
          '--title',
          '测试标题',
          '--category',
          'key',
          '--source',
          'research',
          '--department',
          '发改委',
          '--dry-run',
        ),
      },
      {
        name: 'review ID --to returned',
        argv: info('review', submitted.id, '--to', 'returned', '--note', '请补充数据'),
        prepare: () => writeFileSync(submitted.path, text),
      },
    ],
    few: [
      { name: 'status (warm cache)', argv: info('status') },
      { name: 'list --status --limit 20', argv: info('list', '--status', 'submitted', '--limit', '20') },
    ],
  };
}

const results = [];
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
/** One line: wall time and its ratio to the baseline (the target), then CPU time and its ratio. */
function report(size, name, time, base, limit, mem) {
  const ratio = base ? time.ms / base.ms : undefined;
  const cpuRatio = base?.cpu && time.cpu !== undefined ? time.cpu / base.cpu : undefined;
  const pass = limit === undefined ? '' : verdict(ratio <= limit);
  results.push({ size, name, ms: time.ms, ratio, limit, pass, mem });
  const parts = [String(size).padStart(7), name.padEnd(28), seconds(time.ms).padStart(9)];
  parts.push(
    ratio === undefined ? ''.padStart(7) : `${ratio.toFixed(2)}×`.padStart(7),
    (limit === undefined ? '' : `≤ ${limit}× ${pass}`).padEnd(11),
  );
  if (time.cpu !== undefined)
    parts.push(
      `cpu ${seconds(time.cpu).padStart(9)}${cpuRatio === undefined ? '' : ` ${cpuRatio.toFixed(2)}×`.padStart(8)}`,
    );
  if (mem !== undefined) parts.push(`peak ${mem.toFixed(0)} MiB ${limit === undefined ? '' : verdict(mem <= 512)}`);
  console.log(parts.join(' '));
}

function startup(cwd) {
  const tasks = [
    { name: 'node -e 0', argv: ['-e', '0'] },
    { name: 'info --version', argv: info('--version') },
    { name: 'info --help', argv: info('--help') },
  ];
  const times = measure(tasks, cwd, Math.max(RUNS, 15));
  const node = times.get('node -e 0');
  report('-', 'node -e 0', node);
  report('-', 'info --version', times.get('info --version'), node, 1.2);
  report('-', 'info --help', times.get('info --help'), node, 1.2);
}

function sized(size, dir) {
  const tasks = workspaceTasks();
  const runs = size >= 100_000 ? Math.min(RUNS, 3) : RUNS;
  const cold = measure(tasks.cold, dir, runs);
  once({ argv: info('validate') }, dir);
  const warm = measure(tasks.warm, dir, RUNS);
  const extra = measure(tasks.extra, dir, runs);
  const cats = [cold.get('cat'), warm.get('cat')];
  const cat = {
    ms: (cats[0].ms + cats[1].ms) / 2,
    cpu: cats[0].cpu === undefined ? undefined : (cats[0].cpu + cats[1].cpu) / 2,
  };
  const big = size === Math.max(...SIZES);
  const judged = size >= JUDGED_FROM;
  report(size, 'cat (every item file)', cat);
  report(
    size,
    'validate (no cache)',
    cold.get('validate (no cache)'),
    cat,
    judged ? 3 : undefined,
    big ? peak(tasks.cold[1], dir) : undefined,
  );
  for (const task of tasks.warm.slice(1))
    report(size, task.name, warm.get(task.name), cat, judged ? 0.4 : undefined, big ? peak(task, dir) : undefined);
  // The year notice counts twelve months of the same decoded items the month notice reads.
  if (warm.has('report --year (warm cache)'))
    report(
      size,
      'report --year ÷ --month',
      warm.get('report --year (warm cache)'),
      warm.get('report --month (warm cache)'),
      judged ? 1.5 : undefined,
    );
  const one = oneItemTasks(dir);
  const quick = measure([one.version, ...one.items], dir, Math.max(RUNS, 7));
  report(size, 'info --version', quick.get('info --version'));
  for (const task of one.items)
    report(
      size,
      task.name,
      quick.get(task.name),
      quick.get('info --version'),
      judged ? 1.5 : undefined,
      big ? peak(task, dir) : undefined,
    );
  const few = measure([{ name: 'cat', shell: CAT }, ...one.few], dir, RUNS);
  for (const task of one.few)
    report(size, task.name, few.get(task.name), cat, judged ? 0.1 : undefined, big ? peak(task, dir) : undefined);
  report(
    size,
    'validate --no-cache',
    extra.get('validate --no-cache'),
    cat,
    undefined,
    big ? peak(tasks.extra[0], dir) : undefined,
  );
}

/** Importing a 10,000-row ledger into an empty workspace, then again (nothing new): under 10 s. */
async function ledger(base) {
  const rows = 10_000;
  const dir = join(base, 'ledger');
  spawnSync('mkdir', ['-p', dir]);
  writeFileSync(join(dir, 'info.config.yaml'), configText() + LEDGER_OUTLETS);
  await writeLedger(join(dir, 'ledger.xlsx'), rows);
  const empty = (cwd) => {
    for (const name of ['items', '.info']) rmSync(join(cwd, name), { recursive: true, force: true });
  };
  const runs = Math.min(RUNS, 3);
  const first = {
    name: `import --sheet (${rows} rows)`,
    argv: info('import', '--sheet', 'ledger.xlsx'),
    prepare: empty,
  };
  const again = { name: 'import --sheet again', argv: info('import', '--sheet', 'ledger.xlsx') };
  console.log(`\na ledger of ${rows} rows (.xlsx), imported into an empty workspace, then again`);
  const times = measure([first], dir, runs);
  const mem = peak(first, dir);
  const repeat = measure([again], dir, runs);
  for (const [task, time, limit] of [
    [first, times.get(first.name), 10_000],
    [again, repeat.get(again.name), 10_000],
  ]) {
    const pass = verdict(time.ms <= limit);
    results.push({ size: rows, name: task.name, ms: time.ms, limit: 1, pass, mem: task === first ? mem : undefined });
    const cpu = time.cpu === undefined ? '' : ` cpu ${seconds(time.cpu).padStart(9)}`;
    const peakText = task === first && mem !== undefined ? ` peak ${mem.toFixed(0)} MiB ${verdict(mem <= 512)}` : '';
    console.log(
      `${String(rows).padStart(7)} ${task.name.padEnd(28)} ${seconds(time.ms).padStart(9)} ${`≤ ${limit / 1000} s ${pass}`.padEnd(19)}${cpu}${peakText}`,
    );
  }
}

function growth() {
  const [small, large] = SIZES.filter((s) => s >= 10_000).slice(-2);
  if (!small || !large) return;
  console.log(`\ngrowth ${small} → ${large} items (about ${large / small}× is linear):`);
  for (const name of new Set(results.filter((r) => r.size === large).map((r) => r.name))) {
    const a = results.find((r) => r.size === small && r.name === name);
    const b = results.find((r) => r.size === large && r.name === name);
    if (!a || !b) continue;
    const times = b.ms / a.ms;
    const limit = (large / small) * 1.1;
    console.log(
      `  ${name.padEnd(30)} ${times.toFixed(1).padStart(6)}×  ${name.startsWith('cat') ? '' : `≤ ${limit.toFixed(0)}× ${verdict(times <= limit)}`}`,
    );
  }
}

const cpu = cpus();
console.log(
  `infodesk bench — ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `runs ${RUNS} (3 at 100k for the slow ones), median wall time; page cache warm (each workspace is read before timing)\n`,
);
const base = mkdtempSync(join(tmpdir(), 'infodesk-bench-'));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!KEEP) rmSync(base, { recursive: true, force: true });
    process.exit(130);
  });
}
try {
  startup(base);
  for (const size of SIZES) {
    const dir = join(base, String(size));
    const t = Date.now();
    spawnSync('mkdir', ['-p', dir]);
    generateWorkspace(dir, size);
    once({ shell: CAT }, dir);
    console.log(
      `\n${size} items generated in ${seconds(Date.now() - t)} (${hasReport ? '' : 'no report command yet; '}cat warms the page cache)`,
    );
    sized(size, dir);
  }
  growth();
  await ledger(base);
  const failed = results.filter(
    (r) => r.pass === 'FAIL' || (r.mem !== undefined && r.limit !== undefined && r.mem > 512),
  );
  const unjudged = SIZES.some((s) => s >= JUDGED_FROM)
    ? ''
    : ` (the workspace targets are judged at ${JUDGED_FROM.toLocaleString('en')} items: none was run)`;
  console.log(
    `\nload at the end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ${failed.length ? `${failed.length} target(s) missed` : 'every target met'}${unjudged}`,
  );
} finally {
  if (KEEP) console.log(`workspaces kept in ${base}`);
  else rmSync(base, { recursive: true, force: true });
}
