import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, itemText, ROOT, spawnCli, workspace } from '../helpers.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 120));

/** A workspace of `n` items, a few with problems, and one topic. */
function many(n: number): string {
  const files: Record<string, string> = {
    'topics/t.md':
      '---\nid: 20261101-tp01\ntitle: 约稿\ndepartments: [发改委]\ndue: 2026-12-01\ncreated: 2026-11-01\n---\n',
  };
  for (let i = 0; i < n; i++) {
    const id = `20261103-${i.toString(32).padStart(4, '0')}`;
    const extra = i % 7 === 0 ? 'topic: 20261101-tp01' : i % 11 === 0 ? 'topic: 20261101-zzzz' : undefined;
    files[`items/2026/11/${id}.md`] = itemText({
      id,
      title: `第${i}条信息`,
      department: i % 5 === 0 ? '外星办' : '发改委',
      extra,
    });
  }
  return workspace(files);
}

describe('the cache, from the command line', () => {
  it('gives the same output as --no-cache, cold and warm, for validate and list', async () => {
    const root = many(60);
    await settle();
    for (const args of [
      ['validate', '--json'],
      ['list', '--json'],
      ['list', '--sort', '-updated', '--limit', '5'],
      ['list', '--search', '第1', '--json'],
    ]) {
      const fresh = await cli(['--no-cache', ...args], { cwd: root });
      const cold = await cli(args, { cwd: root });
      const warm = await cli(args, { cwd: root });
      expect(cold).toEqual(fresh);
      expect(warm).toEqual(fresh);
    }
    expect(existsSync(join(root, '.info/cache/files'))).toBe(true);
  });

  it('survives processes running at once: each answers rightly and a whole cache remains', async () => {
    const root = many(150);
    await settle();
    const expected = await cli(['--no-cache', 'validate', '--json'], { cwd: root });
    const runs = await Promise.all([1, 2, 3, 4].map(() => spawnCli(['validate', '--json'], { cwd: root })));
    for (const run of runs) expect(run).toEqual(expected);
    writeFileSync(join(root, 'items/2026/11/20261103-0001.md'), itemText({ id: '20261103-0001', category: 'urgent' }));
    const edited = await cli(['--no-cache', 'validate', '--json'], { cwd: root });
    const again = await Promise.all([1, 2, 3].map(() => spawnCli(['validate', '--json'], { cwd: root })));
    for (const run of again) expect(run).toEqual(edited);
    expect(await cli(['validate', '--json'], { cwd: root })).toEqual(edited);
    // No temporary file is left behind.
    expect(readdirSync(join(root, '.info/cache'))).toEqual(['files']);
  }, 60_000); // seven processes, four at once

  it('writes no cache with --no-cache', async () => {
    const root = many(3);
    expect((await cli(['--no-cache', 'list'], { cwd: root })).code).toBe(0);
    expect(existsSync(join(root, '.info'))).toBe(false);
  });

  it('draws no progress where stderr is not a terminal', async () => {
    const root = many(20);
    const { stderr } = await cli(['validate'], { cwd: root });
    expect(stderr).not.toMatch(/\r|\u001b\[|Checking files/);
  });
});

describe('info --help', () => {
  it('has its help stored by the build, current', async () => {
    const file = join(ROOT, 'dist/cli/help-fast.cjs');
    const { cachedHelp } = (await import(file)) as { cachedHelp: (...args: unknown[]) => string | undefined };
    expect(cachedHelp(['--help'], ROOT, { LANG: 'en_US.UTF-8' }, {})).toContain('Usage: info');
  });

  it.each(['en', 'zh-CN'])('prints the stored help exactly as the program would (%s)', async (lang) => {
    const env = { LANG: lang === 'en' ? 'en_US.UTF-8' : 'zh_CN.UTF-8' };
    // Both spawned: the stored help is bin/info.js's, and commander fits help to the process's own stdout.
    const stored = await spawnCli(['--help'], { env });
    const rendered = await spawnCli(['--help', '--no-color'], { env });
    expect(stored.code).toBe(0);
    expect(stored.stdout).toContain('--no-cache');
    expect(stored).toEqual(rendered);
  });

  it.each(['--help', '--version'])('ends %s quietly when its reader has gone', async (flag) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/info.js'), flag], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the program writes a byte: its write finds no reader (EPIPE).
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
