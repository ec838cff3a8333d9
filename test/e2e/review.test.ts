import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHistory } from '../../src/core/workflow.js';
import { cli, CONFIG, itemText, spawnCli, workspace } from '../helpers.js';

const NOW = { INFO_NOW: '2026-11-20T02:00:00Z' };
const ID = '20261103-k7f2';
const PATH = 'items/2026/11/a.md';

function submitted(extra: Parameters<typeof itemText>[0] = {}) {
  return itemText({
    status: 'submitted',
    history: [
      '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: draft}',
      '{at: 2026-11-04T09:00:00+08:00, by: 张三, from: draft, to: submitted}',
    ],
    ...extra,
  });
}

const read = (root: string, path = PATH) => readFileSync(join(root, path), 'utf8');

async function valid(root: string) {
  const result = await cli(['validate', '--json'], { cwd: root });
  const report = JSON.parse(result.stdout) as { errors: unknown[]; warnings: unknown[] };
  return { code: result.code, errors: report.errors, warnings: report.warnings };
}

async function show(root: string, id = ID) {
  return JSON.parse((await cli(['show', id, '--json'], { cwd: root })).stdout) as {
    status: string;
    history: { at: string; by: string; from?: string; to: string; note?: string }[];
    adoptions: Record<string, string>[];
    instructions: Record<string, string>[];
  };
}

describe('info review --to', () => {
  it('moves several items, each on its own: every failure reported, the rest done, exit 1', async () => {
    const root = workspace({
      [PATH]: submitted(),
      'items/2026/11/b.md': submitted({ id: '20261103-b000', title: '第二条' }),
      'items/2026/11/c.md': itemText({ id: '20261103-c000', title: '草稿' }),
    });
    const before = read(root, 'items/2026/11/c.md');
    const result = await cli(
      ['review', ID, '20261103-b000', '20261103-c000', 'nosuch', PATH, '--to', '已编辑', '--by', '编辑甲'],
      { cwd: root, env: NOW },
    );
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      `${ID}  submitted → edited  春节后海门市项目早开工`,
      '20261103-b000  submitted → edited  第二条',
    ]);
    expect(result.stderr).toContain('20261103-c000 is draft and cannot move to edited; allowed: submitted, archived');
    expect(result.stderr).toContain('no item nosuch');
    expect(result.stderr).toContain('2 of 4 failed');
    expect(read(root, 'items/2026/11/c.md')).toBe(before);
    const item = await show(root);
    expect(item.status).toBe('edited');
    expect(item.history.at(-1)).toEqual({
      at: '2026-11-20T10:00:00+08:00',
      by: '编辑甲',
      from: 'submitted',
      to: 'edited',
    });
    expect((await valid(root)).code).toBe(0);
  });

  it('lists the allowed moves in Chinese, by label', async () => {
    const root = workspace({ [PATH]: submitted() });
    const result = await cli(['review', ID, '--to', 'published', '--lang', 'zh-CN'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('当前为“待审”，不能转为“已编发”；可以转为：已编辑、已签发、退回修改、归档');
  });

  it('needs a note to return an item (exit 2), and writes it into the history', async () => {
    const root = workspace({ [PATH]: submitted() });
    const before = read(root);
    const missing = await cli(['review', ID, '--to', 'returned'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--note');
    expect(read(root)).toBe(before);
    const result = await cli(
      ['review', ID, '--to', '退回修改', '--note', '第二段数据请核实: 42 个还是 41 个？', '--json'],
      { cwd: root, env: NOW },
    );
    expect(result.code).toBe(0);
    const [item] = JSON.parse(result.stdout) as { status: string; history: { note?: string }[] }[];
    expect(item!.status).toBe('returned');
    expect(item!.history.at(-1)!.note).toBe('第二段数据请核实: 42 个还是 41 个？');
    expect((await valid(root)).code).toBe(0);
  });

  it('prints a JSON array of the items moved, also when some failed', async () => {
    const root = workspace({ [PATH]: submitted() });
    const result = await cli(['review', ID, 'nosuch', '--to', 'approved', '--json'], { cwd: root });
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as { id: string; status: string }[]).map((i) => [i.id, i.status])).toEqual([
      [ID, 'approved'],
    ]);
  });

  it('refuses an unknown status and flags that belong to another action (exit 2)', async () => {
    const root = workspace({ [PATH]: submitted() });
    expect((await cli(['review', ID, '--to', 'done'], { cwd: root })).code).toBe(2);
    const mixed = await cli(['review', ID, '--to', 'edited', '--leader', '王市长'], { cwd: root });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('--leader only goes with --instruction');
    expect((await cli(['review', ID, '--to', 'edited', '--adopt', 'city'], { cwd: root })).code).toBe(2);
    expect((await cli(['review', ID], { cwd: root })).code).toBe(2);
  });

  it('follows renamed labels and a narrowed table from the config', async () => {
    const config = `${CONFIG}labels:\n  status: {edited: 已改稿}\nworkflow:\n  moves:\n    submitted: [edited, returned]\n`;
    const root = workspace({ [PATH]: submitted() }, config);
    const narrowed = await cli(['review', ID, '--to', 'approved', '--lang', 'zh-CN'], { cwd: root });
    expect(narrowed.code).toBe(1);
    expect(narrowed.stderr).toContain('可以转为：已改稿、退回修改');
    const renamed = await cli(['review', ID, '--to', '已改稿', '--lang', 'zh-CN'], { cwd: root });
    expect(renamed.code).toBe(0);
    expect(renamed.stdout).toContain('待审 → 已改稿');
  });

  it('keeps the bytes of a hand-written CRLF file with a BOM, changing only the status line and adding a history line', async () => {
    const text = `\uFEFF${submitted({ extra: 'x-note: 手工添加的字段  # 保留' })}`.replace(/\n/g, '\r\n');
    const root = workspace({ [PATH]: text });
    expect((await cli(['review', ID, '--to', 'edited', '--by', '编辑甲'], { cwd: root, env: NOW })).code).toBe(0);
    const expected = text
      .replace('status: submitted\r\n', 'status: edited\r\n')
      .replace(
        'to: submitted}\r\n',
        'to: submitted}\r\n  - {at: 2026-11-20T10:00:00+08:00, by: 编辑甲, from: submitted, to: edited}\r\n',
      );
    expect(read(root)).toBe(expected);
    expect((await valid(root)).code).toBe(0);
  });
});

describe('info review --adopt and --instruction', () => {
  const reported = () =>
    submitted({
      status: 'reported',
      history: [
        '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: draft}',
        '{at: 2026-11-04T09:00:00+08:00, by: 张三, from: draft, to: submitted}',
        '{at: 2026-11-05T09:00:00+08:00, by: 编辑甲, from: submitted, to: approved}',
        '{at: 2026-11-06T09:00:00+08:00, by: 编辑甲, from: approved, to: reported}',
      ],
    });

  it('moves a reported item to adopted, then adds further adoptions without a move', async () => {
    const root = workspace({ [PATH]: reported() });
    const first = await cli(['review', ID, '--adopt', '省', '--form', '专报', '--outlet', '《江苏政务信息》第5期'], {
      cwd: root,
      env: NOW,
    });
    expect(first.code).toBe(0);
    const second = await cli(['review', ID, '--adopt', '国务院', '--date', '2026-11-25', '--json'], {
      cwd: root,
      env: NOW,
    });
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('the date 2026-11-25 is after today (2026-11-20)');
    expect(first.stderr).toBe('');
    expect(JSON.parse(second.stdout).status).toBe('adopted');
    const item = await show(root);
    expect(item.history.slice(-1)).toEqual([
      { at: '2026-11-20T10:00:00+08:00', by: 'tester', from: 'reported', to: 'adopted' },
    ]);
    expect(item.history).toHaveLength(5);
    expect(item.adoptions).toEqual([
      { level: 'province', form: 'special', outlet: '《江苏政务信息》第5期', date: '2026-11-20' },
      { level: 'national', form: 'bulletin', date: '2026-11-25' },
    ]);
    expect((await valid(root)).code).toBe(0);
  });

  it('refuses an adoption on an item not yet reported or published, naming the statuses that take one', async () => {
    const root = workspace({ [PATH]: submitted() });
    const before = read(root);
    const result = await cli(['review', ID, '--adopt', 'city'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('adoptions can be recorded only on: reported, published, adopted');
    expect(read(root)).toBe(before);
  });

  it('records an instruction with Chinese level, dates defaulting to today in the configured zone', async () => {
    const root = workspace({ [PATH]: reported() });
    // 2026-11-20T17:30Z is already 21 November in Shanghai.
    const result = await cli(
      [
        'review',
        ID,
        '--instruction',
        '很好，请各地学习借鉴。',
        '--leader',
        '王市长',
        '--level',
        '市',
        '--due',
        '2026-12-01',
      ],
      { cwd: root, env: { INFO_NOW: '2026-11-20T17:30:00Z' } },
    );
    expect(result.code).toBe(0);
    const item = await show(root);
    expect(item.status).toBe('reported');
    expect(item.instructions).toEqual([
      { leader: '王市长', level: 'city', date: '2026-11-21', text: '很好，请各地学习借鉴。', due: '2026-12-01' },
    ]);
    expect(
      (
        await cli(['review', ID, '--instruction', '阅', '--leader', '王市长', '--due', '2026-11-01'], {
          cwd: root,
          env: NOW,
        })
      ).code,
    ).toBe(2);
    expect((await cli(['review', ID, '--instruction', '阅'], { cwd: root })).code).toBe(2);
  });
});

describe('info review without a terminal', () => {
  it('prints the queue, longest waiting first, or the items as JSON', async () => {
    const root = workspace({
      'items/a.md': submitted({
        id: '20261103-aaaa',
        title: '新近提交',
        history: [
          '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: draft}',
          '{at: 2026-11-10T09:00:00+08:00, by: 张三, from: draft, to: submitted}',
        ],
      }),
      'items/b.md': submitted({
        id: '20261103-bbbb',
        title: '早已提交',
        status: 'edited',
        history: [
          '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: draft}',
          '{at: 2026-11-04T09:00:00+08:00, by: 张三, from: draft, to: submitted}',
          '{at: 2026-11-05T09:00:00+08:00, by: 编辑甲, from: submitted, to: edited}',
        ],
      }),
      'items/c.md': itemText({ id: '20261103-cccc', title: '草稿不在队列' }),
    });
    const table = await cli(['review'], { cwd: root, env: NOW });
    expect(table.code).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^20261103-bbbb\s+edited\s+2026-11-05 \(15 d\)\s+发改委\s+早已提交$/);
    expect(lines[2]).toMatch(/^20261103-aaaa\s+submitted\s+2026-11-10 \(10 d\)/);
    const json = await cli(['review', '--json'], { cwd: root });
    expect((JSON.parse(json.stdout) as { id: string }[]).map((i) => i.id)).toEqual(['20261103-bbbb', '20261103-aaaa']);
  });
});

describe('several processes moving the same item at once', () => {
  it('keep the file valid with a consistent history, one entry per success', async () => {
    const root = workspace({ [PATH]: submitted() });
    const targets = ['edited', 'approved', 'edited', 'approved', 'returned', 'archived', 'edited', 'approved'];
    const runs = await Promise.all(
      targets.map((to, i) =>
        spawnCli(['review', ID, '--to', to, '--note', `第${i}次`, '--by', `p${i}`], { cwd: root }),
      ),
    );
    const ok = runs.filter((r) => r.code === 0);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of runs.filter((r) => r.code !== 0)) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/changed on disk after it was read|cannot move to/);
    }
    const item = await show(root);
    expect(item.history).toHaveLength(2 + ok.length);
    expect(checkHistory(item.status, item.history)).toEqual([]);
    expect(await valid(root)).toMatchObject({ code: 0, errors: [] });
    expect(readdirSync(join(root, 'items/2026/11'))).toEqual(['a.md']);
    expect(existsSync(join(root, '.info/locks')) ? readdirSync(join(root, '.info/locks')) : []).toEqual([]);
  }, 60_000); // eight processes at once
});

describe('info review on a file that cannot be read', () => {
  it('refuses an item whose history chain is broken, changing nothing', async () => {
    const broken = submitted({ status: 'approved' });
    const root = workspace({ [PATH]: broken });
    writeFileSync(join(root, 'items/2026/11/b.md'), submitted({ id: '20261103-b000' }));
    const result = await cli(['review', 'items/2026/11/a.md', '20261103-b000', '--to', 'published'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the history of 20261103-k7f2 has errors');
    expect(read(root)).toBe(broken);
  });
});

describe('info show', () => {
  it('names the problems of an item file it cannot read, instead of failing inside', async () => {
    const root = workspace({ 'items/bad.md': '---\ntitle: [broken\n---\nbody\n' });
    const result = await cli(['show', 'items/bad.md'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/items\/bad\.md:\d+:\d+ {2}error {2}yaml-syntax/);
    expect(result.stderr).toContain('the front matter of items/bad.md cannot be read');
    expect(result.stderr).not.toContain('internal error');
  });
});
