/**
 * Two clones of one workspace acting on the same items, merged by real `git pull` with the
 * driver `info git setup` registers: what merges by itself does, validates and shows every
 * record; what cannot stops as a conflict that loses nothing and that `validate` names.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { itemText, ROOT, testdir, workspace, type CliResult } from '../helpers.js';

const NOW = '2026-11-30T10:00:00+08:00';

/**
 * The built program run in this process (git runs the merge driver as a process of its own):
 * many commands on two clones stay quick.
 */
async function cli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CliResult> {
  const { main } = (await import(
    pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href
  )) as typeof import('../../src/cli/main.js');
  let [stdout, stderr] = ['', ''];
  const code = await main({
    argv: args,
    cwd: options.cwd,
    env: { NO_COLOR: '1', LANG: 'en_US.UTF-8', INFO_USER: 'tester', ...options.env },
    streams: {
      stdout: { write: (chunk: string | Uint8Array) => (stdout += String(chunk)) },
      stderr: { write: (text: string) => (stderr += text) },
      stdin: {},
    },
  });
  return { code, stdout, stderr };
}

function git(cwd: string, ...args: string[]): { status: number | null; out: string } {
  const run = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', LANG: 'C' },
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

function ok(cwd: string, ...args: string[]): string {
  const run = git(cwd, ...args);
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.out}`);
  return run.out;
}

const history = (...to: string[]) =>
  to.map((s, i) => `{at: 2026-11-0${i + 1}T09:00:00+08:00, by: 张三, ${i ? `from: ${to[i - 1]}, ` : ''}to: ${s}}`);

const item = (id: string, status: string, moves: string[], body?: string, name = id) => ({
  [`items/2026/11/${name}.md`]: itemText({
    id,
    title: `信息${id.slice(-4)}`,
    status,
    created: '2026-11-01',
    history: history(...moves),
    extra: 'adoptions: []\ninstructions: []\nbulletins: []',
    body,
  }),
});

const PARAGRAPHS = '第一段，全市推进有力。\n\n第二段，成效明显。\n\n第三段，下一步打算。';

const SEED = {
  // git hands the driver the file's path: no character of it may reach a shell as code.
  ...item(
    '20261101-ad01',
    'reported',
    ['submitted', 'approved', 'reported'],
    undefined,
    "20261101-ad01 it's $(touch pwned); `touch pwned`",
  ),
  ...item('20261101-ad02', 'reported', ['submitted', 'approved', 'reported']),
  ...item('20261101-mv03', 'submitted', ['submitted']),
  ...item('20261101-bd04', 'submitted', ['submitted'], PARAGRAPHS),
  ...item('20261101-cf05', 'reported', ['submitted', 'approved', 'reported']),
  ...item('20261101-is06', 'approved', ['submitted', 'approved']),
  ...item('20261101-is07', 'approved', ['submitted', 'approved']),
};

/** A repository of the seed workspace set up with `info git setup`, and two clones of it that share its driver. */
async function twoClones(): Promise<{ a: string; b: string }> {
  const seed = workspace(SEED);
  ok(seed, 'init', '-q', '-b', 'main');
  const setup = await cli(['git', 'setup'], { cwd: seed });
  expect(setup.code, setup.stderr).toBe(0);
  ok(seed, 'add', '-A');
  ok(seed, '-c', 'user.name=seed', '-c', 'user.email=seed@example.org', 'commit', '-qm', 'seed');
  const origin = join(testdir(), 'origin.git');
  ok(seed, 'clone', '-q', '--bare', seed, origin);
  const driver = ok(seed, 'config', '--get', 'merge.infodesk.driver').trim();
  const clones = [join(testdir(), 'a'), join(testdir(), 'b')];
  for (const [i, dir] of clones.entries()) {
    ok(origin, 'clone', '-q', origin, dir);
    ok(dir, 'config', 'user.name', `clone${i}`);
    ok(dir, 'config', 'user.email', `clone${i}@example.org`);
    ok(dir, 'config', 'pull.rebase', 'false');
    ok(dir, 'config', 'merge.infodesk.driver', driver);
  }
  return { a: clones[0]!, b: clones[1]! };
}

async function act(dir: string, user: string, now: string, ...commands: string[][]): Promise<void> {
  for (const args of commands) {
    const run = await cli(args, { cwd: dir, env: { INFO_USER: user, INFO_NOW: now } });
    expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
  }
  ok(dir, 'add', '-A');
  ok(dir, 'commit', '-qm', `${user}'s work`);
}

interface ItemJson {
  id: string;
  status: string;
  history: { by: string; from?: string; to: string }[];
  adoptions: { level: string }[];
  instructions: { leader: string }[];
  path: string;
}

async function items(dir: string): Promise<Record<string, ItemJson>> {
  const run = await cli(['list', '--json'], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  return Object.fromEntries((JSON.parse(run.stdout) as ItemJson[]).map((i) => [i.id, i]));
}

const editBody = (dir: string, id: string, from: string, to: string) => {
  const path = join(dir, 'items/2026/11', `${id}.md`);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};

// git starts the driver as a process for each file it merges: seconds on a busy machine.
describe('sharing a workspace through git', { timeout: 60_000 }, () => {
  it('merges two clones’ work on the same items by itself', async () => {
    const { a, b } = await twoClones();
    await act(
      a,
      '甲',
      NOW,
      ['review', '20261101-ad01', '--adopt', 'city', '--date', '2026-11-28'],
      ['review', '20261101-ad02', '--adopt', 'city', '--date', '2026-11-28'],
      ['review', '20261101-mv03', '--to', 'edited'],
      ['review', '20261101-bd04', '--instruction', '请跟进', '--leader', '李书记', '--date', '2026-11-27'],
    );
    editBody(a, '20261101-bd04', '第一段，全市推进有力。', '第一段，全市推进有力，进度超过预期。');
    ok(a, 'commit', '-qam', 'body');
    ok(a, 'push', '-q');
    await act(
      b,
      '乙',
      '2026-11-30T09:00:00+08:00',
      [
        'review',
        '20261101-ad01',
        '--instruction',
        '很好',
        '--leader',
        '王市长',
        '--level',
        'city',
        '--date',
        '2026-11-29',
      ],
      ['review', '20261101-ad02', '--adopt', 'province', '--form', 'special', '--date', '2026-11-29'],
      ['review', '20261101-mv03', '--instruction', '抓紧', '--leader', '王市长', '--date', '2026-11-29'],
    );
    editBody(b, '20261101-bd04', '第三段，下一步打算。', '第三段，下一步打算：扩大试点。');
    ok(b, 'commit', '-qam', 'body');

    const pull = git(b, 'pull', '-q', '--no-edit');
    expect(pull.status, pull.out).toBe(0);
    const validate = await cli(['validate'], { cwd: b });
    expect(validate.code, validate.stdout).toBe(0);

    const merged = await items(b);
    // Adoption here, 批示 there: both records, the item adopted.
    const ad01 = merged['20261101-ad01'];
    expect(ad01).toMatchObject({
      status: 'adopted',
      adoptions: [{ level: 'city' }],
      instructions: [{ leader: '王市长' }],
    });
    // Two adoptions: both records, the move to adopted once (the earlier, 乙's at 09:00).
    const ad02 = merged['20261101-ad02']!;
    expect(ad02.adoptions.map((x) => x.level).sort()).toEqual(['city', 'province']);
    expect(ad02.history.filter((h) => h.to === 'adopted')).toEqual([expect.objectContaining({ by: '乙' })]);
    // A move here, a 批示 there.
    expect(merged['20261101-mv03']).toMatchObject({ status: 'edited', instructions: [{ leader: '王市长' }] });
    // Different paragraphs of the body, and a record in the front matter.
    const bd04 = merged['20261101-bd04']!;
    expect(bd04.instructions).toEqual([expect.objectContaining({ leader: '李书记' })]);
    const text = readFileSync(join(b, bd04.path), 'utf8');
    expect(text).toContain(
      '第一段，全市推进有力，进度超过预期。\n\n第二段，成效明显。\n\n第三段，下一步打算：扩大试点。',
    );
    // The file whose name is full of shell syntax merged like any other, and ran nothing.
    expect(ad01!.path).toMatch(/\$\(touch pwned\)/);
    expect(existsSync(join(b, 'pwned'))).toBe(false);
  });

  it('stops where two clones moved one item apart or built the same issue number, losing nothing', async () => {
    const { a, b } = await twoClones();
    await act(
      a,
      '甲',
      NOW,
      ['review', '20261101-cf05', '--adopt', 'city', '--date', '2026-11-28'],
      ['report', '--issue', '--items', '20261101-is06'],
    );
    ok(a, 'push', '-q');
    await act(
      b,
      '乙',
      NOW,
      ['review', '20261101-cf05', '--to', 'declined'],
      ['report', '--issue', '--items', '20261101-is07'],
    );
    const pull = git(b, 'pull', '--no-edit');
    expect(pull.status).toBe(1);
    expect(pull.out).toMatch(/CONFLICT.*20261101-cf05/);

    const file = 'items/2026/11/20261101-cf05.md';
    const text = readFileSync(join(b, file), 'utf8');
    // Every record of both sides is in the file; the markers stand only around the moves and the status.
    expect(text).toMatch(
      /<<<<<<< ours\n {2}- \{at: [^\n]+to: declined\}\n=======\n {2}- \{at: [^\n]+to: adopted\}\n>>>>>>> theirs\n/,
    );
    expect(text).toContain('<<<<<<< ours\nstatus: declined\n=======\nstatus: adopted\n>>>>>>> theirs\n');
    expect(text).toContain('adoptions:\n  - {level: city, form: bulletin, date: 2026-11-28}');
    expect(text.match(/^<<<<<<< /gm)).toHaveLength(2);

    const validate = await cli(['validate', '--json'], { cwd: b });
    expect(validate.code).toBe(1);
    const { errors } = JSON.parse(validate.stdout) as { errors: { file: string; rule: string; line: number }[] };
    expect(errors.filter((e) => e.file === file).map((e) => e.rule)).toEqual(Array(6).fill('conflict-marker'));
    const issue = 'bulletins/2026/zheng-wu-xin-xi-2026-01.md';
    const duplicate = errors.find((e) => e.rule === 'bulletin-duplicate');
    expect(duplicate).toMatchObject({ file: issue });
    expect(duplicate && JSON.stringify(duplicate)).toMatch(/20261101-is07.*20261101-is06/);
  });

  it('has info init write the attributes git applies to items, topics and the ledger', async () => {
    const dir = join(testdir(), 'office');
    expect((await cli(['init', dir], { cwd: testdir() })).code).toBe(0);
    ok(dir, 'init', '-q', '-b', 'main');
    const paths = ['items/2026/11/a.md', 'items/b.md', 'topics/c.md', 'ledger/2026/d.md', 'bulletins/2026/e.md'];
    const attributes = ok(dir, 'check-attr', 'merge', '--', ...paths);
    expect(attributes.trim().split('\n')).toEqual([
      'items/2026/11/a.md: merge: infodesk',
      'items/b.md: merge: infodesk',
      'topics/c.md: merge: infodesk',
      'ledger/2026/d.md: merge: infodesk',
      'bulletins/2026/e.md: merge: unspecified',
    ]);
    expect(ok(dir, 'check-ignore', '.info/cache/files')).toBe('.info/cache/files\n');
  });

  it('sets a clone up once, and says so in status when it is not', async () => {
    const dir = workspace({ ...item('20261101-ad01', 'reported', ['submitted', 'approved', 'reported']) });
    expect((await cli(['git', 'setup'], { cwd: dir })).code).toBe(1);
    ok(dir, 'init', '-q', '-b', 'main');
    writeFileSync(join(dir, '.gitattributes'), '*.png binary\n');
    const first = await cli(['git', 'setup', '--json'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ changed: true, gitattributes: 'updated', gitignore: 'created' });
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toBe(
      '*.png binary\nitems/**/*.md merge=infodesk\ntopics/**/*.md merge=infodesk\nledger/**/*.md merge=infodesk\n',
    );
    const again = await cli(['git', 'setup', '--json'], { cwd: dir });
    expect(JSON.parse(again.stdout)).toMatchObject({
      changed: false,
      gitattributes: 'unchanged',
      gitignore: 'unchanged',
    });
    expect((await cli(['status'], { cwd: dir })).stderr).not.toMatch(/merge driver/);

    ok(dir, 'config', '--unset', 'merge.infodesk.driver');
    const status = await cli(['status', '--json'], { cwd: dir });
    expect(status.stderr).toMatch(/no merge driver.*info git setup/);
    expect(JSON.parse(status.stdout)).toMatchObject({ mergeDriver: 'missing' });
    ok(dir, 'config', 'merge.infodesk.driver', "'/nowhere/node' '/nowhere/info.js' merge-file %O %A %B %P");
    expect((await cli(['status'], { cwd: dir })).stderr).toMatch(/no longer there/);
  });
});

describe('info merge-file on what it cannot merge record by record', () => {
  const ITEM = itemText({ history: history('draft'), extra: 'instructions: []' });
  const withInstruction = ITEM.replace(
    'instructions: []',
    'instructions:\n  - {leader: 王市长, level: city, date: 2026-11-07, text: 阅}',
  );
  const files = (theirs: string | Uint8Array | null, ours: string = withInstruction) => {
    const dir = testdir({ 'base.md': ITEM, 'ours.md': ours, ...(theirs === null ? {} : { 'theirs.md': theirs }) });
    return { dir, merge: () => cli(['merge-file', 'base.md', 'ours.md', 'theirs.md', 'items/x.md'], { cwd: dir }) };
  };
  const oursOf = (dir: string) => readFileSync(join(dir, 'ours.md'), 'utf8');

  it.each([
    ['missing', null, /their version does not exist/],
    ['binary', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]), /their version is not UTF-8 text/],
  ])('leaves ours as it is when theirs is %s (exit 1: git marks a conflict)', async (_, theirs, message) => {
    const { dir, merge } = files(theirs);
    const run = await merge();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/items\/x\.md/);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(oursOf(dir)).toBe(withInstruction);
  });

  it('merges line by line, as git would, where one side is broken YAML, and leaves it a conflict', async () => {
    const broken = ITEM.replace('title: 春节后海门市项目早开工', 'title: [未闭合');
    const { dir, merge } = files(broken);
    const run = await merge();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/their version cannot be merged record by record \(has a YAML syntax error\)/);
    // git's own merge of the lines: both changes are in, nothing of ours is lost.
    expect(oursOf(dir)).toContain('title: [未闭合');
    expect(oursOf(dir)).toContain('  - {leader: 王市长, level: city, date: 2026-11-07, text: 阅}');
    expect(readdirSync(dir).sort()).toEqual(['base.md', 'ours.md', 'theirs.md']);
  });

  it('merges a file without front matter line by line too, never record by record', async () => {
    const { dir, merge } = files('说明\n\n对方加的一行\n', '说明\n\n我们加的一行\n');
    writeFileSync(join(dir, 'base.md'), '说明\n');
    const run = await merge();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/our version cannot be merged record by record \(has no YAML front matter\)/);
    expect(oursOf(dir)).toBe('说明\n\n<<<<<<< ours\n我们加的一行\n=======\n对方加的一行\n>>>>>>> theirs\n');
  });

  it('is a usage error without its three files', async () => {
    const run = await cli(['merge-file', 'base.md'], { cwd: testdir() });
    expect(run.code).toBe(2);
  });
});
