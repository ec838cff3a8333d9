/** `info report --month` run as a user runs it: the built program, in several time zones. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, ROOT, spawnCli, workspace } from '../helpers.js';
import { MONTH_CONFIG, MONTH_FILES } from '../fixtures/month.js';

const NOW = { INFO_NOW: '2026-12-05T10:00:00+08:00' };
const fixture = () => workspace(MONTH_FILES, MONTH_CONFIG);
const report = (root: string, args: string[], run = cli) =>
  run(['report', '--month', '2026-11', '--dir', root, ...args], { env: NOW });
/** TZ is the process's own: these runs get a process each. */
const reportIn = (TZ: string, root: string, args: string[]) =>
  spawnCli(['report', '--month', '2026-11', '--dir', root, ...args], { env: { ...NOW, TZ } });

function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else out[rel] = `${statSync(join(root, rel)).mtimeMs} ${readFileSync(join(root, rel), 'utf8')}`;
    }
  };
  walk('items');
  walk('topics');
  return out;
}

describe('info report --month: the same figures whatever TZ the process has', () => {
  it.each(['Asia/Shanghai', 'UTC', 'America/Los_Angeles'])('TZ=%s', async (TZ) => {
    const root = fixture();
    const result = await reportIn(TZ, root, ['--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    // Hand-computed in test/core/report-month.test.ts: 11-01 00:05 and 11-30 23:55 count, 10-31 23:55 and 12-01 00:05 do not.
    expect(json.totals).toEqual({
      submitted: 5,
      published: 2,
      reported: 4,
      adoptions: 5,
      special: 3,
      instructions: 3,
      points: 143,
      adjustments: 0,
    });
    expect(
      json.departments.map((d: { name: string; points: number; rank: number }) => [d.name, d.points, d.rank]),
    ).toEqual([
      ['发改委', 47.17, 2],
      ['财政局', 45.17, 3],
      ['临江镇', -0.33, 6],
      ['水务局', 0, 4],
      ['教育局', 0, 4],
      ['海永镇', 51, 1],
    ]);
    expect(json.departments[1].cumulativeSubmitted).toBe(4);
    expect(json.writers[0]).toEqual({
      name: '张三',
      department: '发改委',
      quota: 2,
      submitted: 3,
      completion: 1.5,
      points: 47.17,
      fee: 471.7,
    });
  });

  it('prints the same notice text under each zone', async () => {
    const root = fixture();
    const runs = await Promise.all(['Asia/Shanghai', 'UTC', 'America/Los_Angeles'].map((TZ) => reportIn(TZ, root, [])));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
  });
});

describe('info report --month: formats and output', () => {
  it('writes a Markdown notice in the config’s language by default, English with --lang en', async () => {
    const root = fixture();
    const zh = await report(root, []);
    expect(zh.stdout).toMatch(/^# 关于2026年11月份政务信息报送采用情况的通报\n/);
    expect(zh.stdout).toContain('| 发改委 |');
    expect(zh.stderr).toContain('1 件领导批示未注明层级');
    const en = await report(root, ['--lang', 'en']);
    expect(en.stdout).toMatch(/^# Information work notice for November 2026\n/);
  });

  it('writes CSV with a BOM, and HTML', async () => {
    const root = fixture();
    const csv = await report(root, ['--format', 'html', '--format', 'csv']);
    expect(csv.stdout.startsWith('\uFEFF单位,报送条数')).toBe(true);
    const html = await report(root, ['--format', 'html']);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
  });

  it('writes DOCX bytes to a pipe, and to a file with --out, atomically and nothing on stdout', async () => {
    const root = fixture();
    const piped = await report(root, ['--format', 'docx']);
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('PK')).toBe(true);
    const out = join(root, 'out', '通报.docx');
    const written = await report(root, ['--format', 'docx', '--out', out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(join(root, 'out'))).toEqual(['通报.docx']);
  });

  it('refuses DOCX onto a terminal, with a hint', async () => {
    const { code, stdout, stderr } = await cli(
      ['report', '--month', '2026-11', '--format', 'docx', '--dir', fixture()],
      { env: NOW, tty: true },
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--out');
  });

  it('never changes an item or topic file', async () => {
    const root = fixture();
    const before = snapshot(root);
    for (const format of ['md', 'json', 'csv', 'html', 'docx'])
      expect((await report(root, ['--format', format])).code).toBe(0);
    expect(snapshot(root)).toEqual(before);
  });

  it('leaves out an item with errors and says so on stderr', async () => {
    const root = workspace(
      { ...MONTH_FILES, 'items/broken.md': '---\nid: 20261110-zzzz\ntitle: [unclosed\n---\n' },
      MONTH_CONFIG,
    );
    const result = await report(root, ['--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).totals.submitted).toBe(5);
    expect(result.stderr).toContain('1 个文件有错误');
  });
});

describe('info report --explain', () => {
  it('lists a unit’s events with shares, and the total matches the notice', async () => {
    const result = await report(fixture(), ['--explain', '财政局', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Points of 财政局 (unit), November 2026');
    expect(result.stdout).toMatch(
      /2026-11-03 \| adopted +\| 20261031-cccc 财政局十月末报送 +\| province special report +\| +40 \| +1 \| +40 \|/,
    );
    expect(result.stdout).toMatch(
      /2026-11-05 \| submitted +\| 20261105-gggg 三家合报的调研 +\| +\| +1 \| +1\/3 \| +0\.33 \|/,
    );
    expect(result.stdout).toContain('Total 45.17 points (as in the notice)');
  });

  it('gives JSON with --json', async () => {
    const result = await report(fixture(), ['--explain', '张三', '--json']);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ name: '张三', kind: 'writer', month: '2026-11', points: 47.17 });
    expect(
      json.events.find((e: { id: string; event: string }) => e.id === '20261102-bbbb' && e.event === 'instruction'),
    ).toMatchObject({ share: 0.5, earned: 0, note: 'no-level' });
  });

  it('exits 1 for an unknown name, naming close ones', async () => {
    const result = await report(fixture(), ['--explain', '财政', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no unit or writer named “财政”; close names: 财政局');
  });
});

describe('info report: usage', () => {
  it.each([
    [['--month', '2026-11', '--issue'], '--month and --issue'],
    [[], '--month YYYY-MM'],
    [['--month', '2026-11', '--note', 'x', '--dry-run'], '--note, --dry-run only go with --issue'],
    [['--month', '2026-11', '--format', 'pdf'], '--format “pdf” is not valid'],
    [['--month', '2026-11', '--json', '--format', 'html'], '--json conflicts with --format html'],
    [['--month', '2026-11', '--explain', '发改委', '--format', 'docx'], '--explain prints md or json'],
    [['--month', '2026-1'], '--month “2026-1” is not a valid month'],
  ])('%j exits 2', async (args, message) => {
    const result = await cli(['report', '--dir', fixture(), '--lang', 'en', ...args], { env: NOW });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });
});

describe('the example workspace', () => {
  it('gives a full month notice for November 2026: every unit, adoptions, solicitations', async () => {
    const result = await cli(['report', '--month', '2026-11', '--dir', 'examples/haimen', '--json'], {
      env: { INFO_NOW: '2026-12-03T09:00:00+08:00' },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    const config = readFileSync(join(ROOT, 'examples', 'haimen', 'info.config.yaml'), 'utf8');
    const configured = (parse(config) as { departments: { name: string }[] }).departments.map((d) => d.name);
    expect(configured.length).toBeGreaterThan(5);
    expect(json.departments.map((d: { name: string }) => d.name).slice(0, configured.length)).toEqual(configured);
    expect(json.totals.submitted).toBeGreaterThan(5);
    expect(json.adopted.length).toBeGreaterThan(0);
    expect(json.topics.length).toBeGreaterThan(0);
    const points = json.departments.reduce((sum: number, d: { points: number }) => sum + d.points, 0);
    expect(Math.round(points * 100) / 100).toBeCloseTo(json.totals.points, 1);
  });
});
