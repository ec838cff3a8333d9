/** `info adjust` and `info adjust list`: the ledger on disk, validated, listed, counted in status and the notice. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, itemText, scriptedPrompt, workspace } from '../helpers.js';

const NOW = { INFO_NOW: '2026-11-21T09:00:00+08:00' };
const ledgerFiles = (root: string) =>
  existsSync(join(root, 'ledger', '2026')) ? readdirSync(join(root, 'ledger', '2026')) : [];

describe('info adjust', () => {
  it('writes one entry per file under ledger/YYYY/, by key or Chinese label, with the kind’s default points', async () => {
    const root = workspace({ 'items/a.md': itemText({ id: '20261103-k7f2' }) });
    const late = await cli(
      ['adjust', '--department', '发改委', '--kind', '迟报', '--date', '2026-11-20', '--note', '约稿迟报3天', '--json'],
      { cwd: root, env: NOW },
    );
    expect(late.code).toBe(0);
    const entry = JSON.parse(late.stdout);
    expect(entry).toMatchObject({
      department: '发改委',
      author: null,
      kind: 'late',
      points: -5,
      date: '2026-11-20',
      note: '约稿迟报3天',
      item: null,
      disqualify: false,
      by: 'tester',
      at: '2026-11-21T09:00:00+08:00',
    });
    expect(entry.path).toMatch(/^ledger\/2026\/20261120-[0-9a-z]{4}-fa-gai-wei-chi-bao\.md$/);
    const own = await cli(
      [
        'adjust',
        '--department',
        '财政局',
        '--kind',
        '专项加分',
        '--points',
        '3',
        '--date',
        '2026-11-21',
        '--note',
        '承办现场会',
        '--author',
        '李四',
        '--item',
        '20261103',
        '--disqualify',
      ],
      { cwd: root, env: NOW },
    );
    expect(own.code).toBe(0);
    expect(own.stdout.trim()).toMatch(/^ledger\/2026\/20261121-[0-9a-z]{4}-cai-zheng-ju-zhuan-xiang-jia-fen\.md$/);
    const text = readFileSync(join(root, own.stdout.trim()), 'utf8');
    expect(text).toContain('kind: 专项加分\npoints: 3\n');
    expect(text).toContain('item: 20261103-k7f2\ndisqualify: true\n');
    expect(ledgerFiles(root)).toHaveLength(2);

    const checked = await cli(['validate'], { cwd: root, env: NOW });
    expect(checked.stderr).toContain('Checked 3 files: 0 errors');
  });

  it('refuses bad input by name, writing nothing', async () => {
    const root = workspace();
    const run = (...args: string[]) => cli(['adjust', ...args], { cwd: root, env: NOW });
    const base = ['--date', '2026-11-20', '--note', '迟报'];
    const unknownKind = await run('--department', '发改委', '--kind', '零报送', ...base);
    expect(unknownKind.code).toBe(2);
    expect(unknownKind.stderr).toContain('the kind “零报送” has no default points: give them with --points');
    expect(unknownKind.stderr).toContain('late, missed, inaccurate, feedbackMissed, commended');
    const unit = await run('--department', '发改局', '--kind', 'late', ...base);
    expect(unit.code).toBe(1);
    expect(unit.stderr).toContain('“发改局” is not a configured department; close names: 发改委; nothing was written');
    const item = await run('--department', '发改委', '--kind', 'late', '--item', '20991231', ...base);
    expect(item.code).toBe(1);
    expect(item.stderr).toContain('20991231');
    const points = await run('--department', '发改委', '--kind', 'late', '--points', 'five', ...base);
    expect(points.code).toBe(2);
    expect(points.stderr).toContain('--points “five” is not a number');
    const missing = await run('--department', '发改委');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing required values: --kind --date --note');
    const date = await run('--department', '发改委', '--kind', 'late', '--date', '2026-11-31', '--note', 'x');
    expect(date.code).toBe(2);
    expect(ledgerFiles(root)).toEqual([]);
  });

  it('speaks Chinese: the messages and the labels of the kinds', async () => {
    const root = workspace();
    const result = await cli(
      [
        'adjust',
        '--department',
        '发改委',
        '--kind',
        '零报送',
        '--date',
        '2026-11-20',
        '--note',
        'x',
        '--lang',
        'zh-CN',
      ],
      { cwd: root, env: NOW },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('类型“零报送”没有默认分值，请用 --points 写明分值');
    expect(result.stderr).toContain('late（迟报）、missed（漏报）');
  });
});

describe('the ledger elsewhere', () => {
  const entry = (id: string, extra: string[]) =>
    ['---', `id: ${id}`, ...extra, 'by: 陈编辑', 'at: 2026-11-21T09:00:00+08:00', '---', ''].join('\n');
  const files = {
    'items/a.md': itemText({
      id: '20261103-k7f2',
      status: 'submitted',
      history: ['{at: 2026-11-03T09:00:00+08:00, by: 张三, to: submitted}'],
    }),
    'ledger/2026/20261120-aaaa-fa-gai-wei-chi-bao.md': entry('20261120-aaaa', [
      'department: 发改委',
      'author: 张三',
      'kind: late',
      'points: -5',
      'date: 2026-11-20',
      'note: 约稿迟报3天',
      'item: 20261103-k7f2',
    ]),
    'ledger/2026/20261015-bbbb-cai-zheng-ju-biao-yang.md': entry('20261015-bbbb', [
      'department: 财政局',
      'kind: commended',
      'points: 5',
      'date: 2026-10-15',
      'note: 通报表扬',
      'disqualify: true',
    ]),
  };

  it('lists entries, all or of one month, as a table or JSON', async () => {
    const root = workspace(files);
    const all = await cli(['adjust', 'list'], { cwd: root, env: NOW });
    expect(all.code).toBe(0);
    const lines = all.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^20261015-bbbb\s+2026-10-15\s+财政局\s+commended\s+5\s+通报表扬（barred from awards）/);
    expect(lines[2]).toMatch(/^20261120-aaaa\s+2026-11-20\s+发改委\s+late report\s+-5\s+张三\s+约稿迟报3天/);
    expect(all.stderr).toContain('In all: 2 records, 0 points');
    const november = await cli(['adjust', 'list', '--month', '2026-11', '--json'], { cwd: root, env: NOW });
    expect(JSON.parse(november.stdout).map((e: { id: string }) => e.id)).toEqual(['20261120-aaaa']);
    const none = await cli(['adjust', 'list', '--month', '2026-09'], { cwd: root, env: NOW });
    expect([none.code, none.stdout, none.stderr.trim()]).toEqual([0, '', 'No ledger entries in 2026-09']);
  });

  it('shows this month’s entries in info status', async () => {
    const root = workspace(files);
    const json = await cli(['status', '--json'], { cwd: root, env: NOW });
    expect(JSON.parse(json.stdout).ledger.map((e: { id: string }) => e.id)).toEqual(['20261120-aaaa']);
    const text = await cli(['status'], { cwd: root, env: NOW });
    expect(text.stdout).toContain('Ledger this month (1)');
    expect(text.stdout).toMatch(/2026-11-20 {2}20261120-aaaa {2}发改委（张三） {2}late report -5 {2}约稿迟报3天/);
  });

  it('counts in the notice: the unit, the writer, the 加减分 section, and --explain', async () => {
    const root = workspace(files);
    const json = JSON.parse((await cli(['report', '--month', '2026-11', '--json'], { cwd: root, env: NOW })).stdout);
    expect(json.departments[0]).toMatchObject({ name: '发改委', points: -4, adjustments: -5, disqualified: false });
    expect(json.departments[1]).toMatchObject({ name: '财政局', points: 0, cumulativePoints: 5, disqualified: true });
    expect(json.writers[0]).toMatchObject({ name: '张三', points: -4, fee: -40 });
    expect(json.totals).toMatchObject({ points: -4, adjustments: -5 });
    expect(json.ledger).toEqual([
      {
        id: '20261120-aaaa',
        department: '发改委',
        author: '张三',
        kind: 'late',
        points: -5,
        date: '2026-11-20',
        note: '约稿迟报3天',
        item: '20261103-k7f2',
      },
    ]);
    const md = (await cli(['report', '--month', '2026-11', '--lang', 'zh-CN'], { cwd: root, env: NOW })).stdout;
    expect(md).toContain('## 二、加减分情况');
    expect(md).toContain(
      '1. 发改委（张三）：迟报，扣5分（11月20日）。约稿迟报3天。涉及信息：《春节后海门市项目早开工》。',
    );
    expect(md).toContain('取消年度评优资格的单位：财政局。');
    const explained = await cli(['report', '--month', '2026-11', '--explain', '张三'], { cwd: root, env: NOW });
    expect(explained.stdout).toMatch(
      /2026-11-20 \| ledger\s+\| 20261120-aaaa 约稿迟报3天\s+\| late report\s+\|\s+-5 \|\s+1 \|\s+-5 \|/,
    );
    expect(explained.stdout).toContain('Total -4 points');
  });

  it('validate names a broken entry and the notice leaves it out, saying so', async () => {
    const root = workspace(files);
    writeFileSync(
      join(root, 'ledger/2026/20261120-aaaa-fa-gai-wei-chi-bao.md'),
      entry('20261120-aaaa', [
        'department: 发改委',
        'kind: late',
        'points: -5',
        'date: 2026-11-20',
        'note: x',
        'item: 20261199-zzzz',
      ]),
    );
    const checked = await cli(['validate'], { cwd: root, env: NOW });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(
      'ledger/2026/20261120-aaaa-fa-gai-wei-chi-bao.md:8:1  error  item-unknown  item 20261199-zzzz does not exist',
    );
    const notice = await cli(['report', '--month', '2026-11', '--json'], { cwd: root, env: NOW });
    expect(notice.code).toBe(0);
    expect(JSON.parse(notice.stdout).ledger).toEqual([]);
    expect(notice.stderr).toContain('1 ledger files have errors and were left out; see info validate');
  });
});

describe('info adjust on a terminal', () => {
  it('asks for what the flags leave out: the unit, the kind (with its points), the date, the note', async () => {
    const root = workspace();
    const { prompt, asked } = scriptedPrompt(['财政局', 'commended', '2026-11-19', '信息获市领导肯定']);
    const result = await cli(['adjust', '--json'], { cwd: root, tty: true, prompt, env: NOW });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      department: '财政局',
      kind: 'commended',
      points: 5,
      date: '2026-11-19',
      note: '信息获市领导肯定',
    });
    expect(asked.map((a) => a.message)).toEqual([
      'Unit',
      'Kind',
      'Date (it counts in the month of this date)',
      'Note (what happened)',
    ]);
    expect(asked[0]!.choices).toEqual(['发改委', '财政局', '临江镇']);
    expect(asked[1]!.choices).toEqual([
      'late',
      'missed',
      'inaccurate',
      'feedbackMissed',
      'commended',
      expect.stringContaining('other'),
    ]);
  });

  it('asks for the points of a kind of the user’s own', async () => {
    const root = workspace();
    const { prompt, asked } = scriptedPrompt(['-3', '零报送']);
    const result = await cli(
      ['adjust', '--department', '临江镇', '--kind', '零报送', '--date', '2026-11-30', '--json'],
      { cwd: root, tty: true, prompt, env: NOW },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: '零报送', points: -3, note: '零报送' });
    expect(asked.map((a) => a.message)).toEqual(['Points (negative for a deduction)', 'Note (what happened)']);
  });
});
