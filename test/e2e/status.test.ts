import { describe, expect, it } from 'vitest';
import { cli, itemText, workspace } from '../helpers.js';

const files = {
  'items/a.md': itemText({
    id: '20261103-aaaa',
    status: 'submitted',
    history: ['{at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted}'],
  }),
  'items/b.md': itemText({
    id: '20261104-bbbb',
    status: 'reported',
    history: [
      '{at: 2026-11-04T09:00:00+08:00, by: 张三, to: submitted}',
      '{at: 2026-11-05T09:00:00+08:00, by: 陈编辑, from: submitted, to: approved}',
      '{at: 2026-11-06T09:00:00+08:00, by: 陈编辑, from: approved, to: reported}',
    ],
    extra: 'instructions:\n  - {leader: 王市长, level: city, date: 2026-11-10, text: 请跟进, due: 2026-11-20}',
  }),
  'items/c.md': itemText({ id: '20261105-cccc', title: '草稿', department: '临江镇', extra: 'topic: 20261101-a9c3' }),
  'topics/t.md':
    '---\nid: 20261101-a9c3\ntitle: 约稿\ndepartments: [临江镇, 财政局]\ndue: 2026-11-15\ncreated: 2026-11-01\n---\n',
};

describe('info status', () => {
  it('shows counts, the queue oldest first, overdue solicitations and instructions due', async () => {
    const root = workspace(files);
    const result = await cli(['status', '--json'], { cwd: root, env: { INFO_NOW: '2026-11-28T02:00:00Z' } });
    expect(result.code).toBe(0);
    const status = JSON.parse(result.stdout);
    expect(status.counts).toMatchObject({ draft: 1, submitted: 1, reported: 1 });
    expect(status.queue.map((i: { id: string }) => i.id)).toEqual(['20261103-aaaa', '20261104-bbbb']);
    expect(status.overdueTopics).toEqual([
      expect.objectContaining({ id: '20261101-a9c3', answered: [], missing: ['临江镇', '财政局'] }),
    ]);
    expect(status.instructionsDue).toEqual([
      expect.objectContaining({ id: '20261104-bbbb', leader: '王市长', due: '2026-11-20', daysLeft: -8 }),
    ]);
  });

  it('writes its JSON as JSON.stringify would, the queue copied from the cache as list --json gives each item', async () => {
    const env = { INFO_NOW: '2026-11-28T02:00:00Z' };
    const root = workspace(files);
    const runs = [
      await cli(['status', '--json'], { cwd: root, env }), // analysed
      await cli(['status', '--json'], { cwd: root, env }), // from the cache
      await cli(['--no-cache', 'status', '--json'], { cwd: root, env }),
    ];
    const status = JSON.parse(runs[0]!.stdout);
    expect(runs[0]!.stdout).toBe(`${JSON.stringify(status, null, 2)}\n`);
    expect(runs.map((run) => run.stdout)).toEqual([runs[0]!.stdout, runs[0]!.stdout, runs[0]!.stdout]);
    const listed = JSON.parse((await cli(['list', '--json'], { cwd: root, env })).stdout) as { id: string }[];
    expect(status.queue).toEqual(listed.filter((item) => item.id !== '20261105-cccc'));
    // No queue at all.
    const quiet = workspace({ 'items/c.md': files['items/c.md'] });
    const empty = await cli(['status', '--json'], { cwd: quiet, env });
    expect(JSON.parse(empty.stdout).queue).toEqual([]);
    expect(empty.stdout).toBe(`${JSON.stringify(JSON.parse(empty.stdout), null, 2)}\n`);
  });

  it('reads at a glance in Chinese', async () => {
    const root = workspace(files);
    const result = await cli(['status', '--lang', 'zh-CN'], { cwd: root, env: { INFO_NOW: '2026-11-28T02:00:00Z' } });
    expect(result.stdout).toContain('待审 1');
    expect(result.stdout).toContain('待办审核（2）');
    expect(result.stdout).toContain('逾期约稿（1）');
    expect(result.stdout).toMatch(/2026-11-20 {2}已逾期 8 天 {2}20261104-bbbb {2}王市长：请跟进/);
  });

  it('shows the oldest of a long queue on a screen, says how many more, and gives all of them in JSON', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => {
        const day = String(i + 1).padStart(2, '0');
        const id = `202610${String((i % 28) + 1).padStart(2, '0')}-q${String(i).padStart(3, '0')}`;
        return [
          `items/q${day}.md`,
          itemText({
            id,
            status: 'submitted',
            history: [`{at: 2026-10-${String((i % 28) + 1).padStart(2, '0')}T09:00:00+08:00, by: 张三, to: submitted}`],
          }),
        ];
      }),
    );
    const root = workspace(many);
    const env = { INFO_NOW: '2026-11-28T02:00:00Z' };
    const text = await cli(['status', '--lang', 'en'], { cwd: root, env });
    expect(text.stdout).toContain('Awaiting the office (40)');
    const rows = text.stdout.split('\n').filter((line) => /^2026\d{4}-q\d{3}/.test(line));
    expect(rows).toHaveLength(15);
    expect(rows[0]).toMatch(/^20261001-q000/);
    expect(text.stdout).toContain('… and 25 more: info review lists them all');
    const json = JSON.parse((await cli(['status', '--json'], { cwd: root, env })).stdout);
    expect(json.queue).toHaveLength(40);
  });
});
