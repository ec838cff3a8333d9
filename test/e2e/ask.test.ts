import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, itemText, workspace } from '../helpers.js';

const at = (iso: string) => ({ env: { INFO_NOW: iso } });
const topicFiles = (root: string) => (existsSync(join(root, 'topics')) ? readdirSync(join(root, 'topics')) : []);

describe('info ask new', () => {
  it('writes topics/<id>-<slug>.md from flags and prints the topic as JSON', async () => {
    const root = workspace();
    const result = await cli(
      [
        'ask',
        'new',
        '--title',
        '设施农业发展情况',
        '--department',
        '财政局,发改委',
        '--department',
        '临江镇',
        '--due',
        '2026-11-20',
        '--brief',
        '请报送：做法、成效',
        '--json',
      ],
      { cwd: root, ...at('2026-11-01T02:00:00Z') },
    );
    expect(result.code).toBe(0);
    const topic = JSON.parse(result.stdout);
    expect(Object.keys(topic)).toEqual([
      'id',
      'title',
      'departments',
      'due',
      'brief',
      'created',
      'answered',
      'missing',
      'path',
    ]);
    expect(topic).toMatchObject({
      title: '设施农业发展情况',
      departments: ['财政局', '发改委', '临江镇'],
      due: '2026-11-20',
      brief: '请报送：做法、成效',
      created: '2026-11-01',
      answered: [],
      missing: ['财政局', '发改委', '临江镇'],
    });
    expect(topic.path).toBe(`topics/${topic.id}-she-shi-nong-ye-fa-zhan-qing-kuang.md`);
    expect(readFileSync(join(root, topic.path), 'utf8')).toContain(`id: ${topic.id}\ntitle: 设施农业发展情况\n`);
    expect((await cli(['validate'], { cwd: root })).code).toBe(0);
  });

  it('exits 2 naming the missing flags without a terminal, and writes nothing', async () => {
    const root = workspace();
    const result = await cli(['ask', 'new', '--title', '设施农业'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--department --due');
    expect(topicFiles(root)).toEqual([]);
  });

  it('exits 2 on a due date that is not a date', async () => {
    const root = workspace();
    const result = await cli(['ask', 'new', '--title', 'x', '--department', '财政局', '--due', '2026-02-30'], {
      cwd: root,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--due');
    expect(topicFiles(root)).toEqual([]);
  });

  it('warns about a department that is not configured and a due date already past', async () => {
    const root = workspace();
    const result = await cli(['ask', 'new', '--title', 'x', '--department', '水利局', '--due', '2026-10-01'], {
      cwd: root,
      ...at('2026-11-01T02:00:00Z'),
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('“水利局” is not a configured department');
    expect(result.stderr).toContain('2026-10-01 is before today');
  });

  it('without a subcommand shows the help and exits 2', async () => {
    const result = await cli(['ask']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('info ask list --overdue');
    expect(result.stderr).not.toContain('outputHelp');
  });
});

describe('a solicitation from asking to overdue', () => {
  it('asks, takes answers from some departments, and lists the topic as overdue once due has passed in Asia/Shanghai', async () => {
    const root = workspace();
    const asked = JSON.parse(
      (
        await cli(
          [
            'ask',
            'new',
            '--title',
            '设施农业',
            '--department',
            '发改委,财政局,临江镇',
            '--due',
            '2026-11-10',
            '--json',
          ],
          { cwd: root, ...at('2026-11-01T02:00:00Z') },
        )
      ).stdout,
    );
    const answer = (department: string, status: string, now: string) =>
      cli(
        [
          'new',
          '--title',
          `${department}设施农业情况`,
          '--category',
          'key',
          '--source',
          'solicited',
          '--department',
          department,
          '--topic',
          asked.id.slice(0, 11),
          '--status',
          status,
          '--json',
        ],
        { cwd: root, ...at(now) },
      );
    const unknownTopic = await cli(
      [
        'new',
        '--title',
        'x',
        '--category',
        'key',
        '--source',
        'solicited',
        '--department',
        '财政局',
        '--topic',
        '20261101-zzzz',
      ],
      { cwd: root },
    );
    expect(unknownTopic.code).toBe(1);
    expect((await answer('财政局', 'submitted', '2026-11-05T02:00:00Z')).code).toBe(1); // a prefix is not an id
    const fin = await cli(
      [
        'new',
        '--title',
        '财政局设施农业情况',
        '--category',
        'key',
        '--source',
        'solicited',
        '--department',
        '财政局',
        '--topic',
        asked.id,
        '--status',
        'submitted',
        '--json',
      ],
      { cwd: root, ...at('2026-11-05T02:00:00Z') },
    );
    expect(fin.code).toBe(0);
    const draft = await cli(
      [
        'new',
        '--title',
        '发改委设施农业情况',
        '--category',
        'key',
        '--source',
        'solicited',
        '--department',
        '发改委',
        '--topic',
        asked.id,
        '--json',
      ],
      { cwd: root, ...at('2026-11-06T02:00:00Z') },
    );
    expect(draft.code).toBe(0);

    const overdue = async (now: string) =>
      JSON.parse((await cli(['ask', 'list', '--overdue', '--json'], { cwd: root, ...at(now) })).stdout) as {
        id: string;
        answered: string[];
        missing: string[];
      }[];
    expect(await overdue('2026-11-08T02:00:00Z')).toEqual([]);
    // 15:59 UTC on the 10th is still the due date in Shanghai; 16:30 UTC is the 11th there.
    expect(await overdue('2026-11-10T15:59:00Z')).toEqual([]);
    const late = await overdue('2026-11-10T16:30:00Z');
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ id: asked.id, answered: ['财政局'], missing: ['发改委', '临江镇'] });

    const table = await cli(['ask', 'list', '--overdue'], { cwd: root, ...at('2026-11-11T02:00:00Z') });
    expect(table.stdout).toMatch(
      new RegExp(`${asked.id}\\s+2026-11-10\\s+overdue\\s+1/3\\s+发改委、临江镇\\s+设施农业`),
    );

    const shown = await cli(['ask', 'show', asked.id.slice(0, 10)], { cwd: root, ...at('2026-11-11T02:00:00Z') });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/Missing\s+发改委、临江镇/);
    expect(shown.stdout).toContain(JSON.parse(fin.stdout).id);
    expect(shown.stdout).toContain(JSON.parse(draft.stdout).id);

    // The other two answer late, in one joint item: nothing is overdue any more, the late answer is marked.
    const joint = await cli(
      [
        'new',
        '--title',
        '联合报送',
        '--category',
        'key',
        '--source',
        'solicited',
        '--department',
        '发改委',
        '--department',
        '临江镇',
        '--topic',
        asked.id,
        '--status',
        'submitted',
      ],
      { cwd: root, ...at('2026-11-12T02:00:00Z') },
    );
    expect(joint.code).toBe(0);
    expect(await overdue('2026-11-13T02:00:00Z')).toEqual([]);
    const all = JSON.parse((await cli(['ask', 'show', asked.id, '--json'], { cwd: root })).stdout);
    expect(all).toMatchObject({ answered: ['发改委', '财政局', '临江镇'], missing: [] });
    expect((await cli(['ask', 'show', asked.id], { cwd: root })).stdout).toMatch(/2026-11-12 late/);
    expect((await cli(['validate'], { cwd: root })).code).toBe(0);
  });

  it('show names an unknown topic and an ambiguous prefix', async () => {
    const topic = (id: string) =>
      `---\nid: ${id}\ntitle: 约稿${id}\ndepartments: [财政局]\ndue: 2026-11-10\ncreated: 2026-11-01\n---\n`;
    const root = workspace({
      'topics/a.md': topic('20261101-aaaa'),
      'topics/b.md': topic('20261101-aaab'),
      'items/x.md': itemText(),
    });
    const unknown = await cli(['ask', 'show', '20261231'], { cwd: root });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('topic 20261231 does not exist');
    const ambiguous = await cli(['ask', 'show', '20261101-aa'], { cwd: root });
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('20261101-aaab');
    expect(JSON.parse((await cli(['ask', 'list', '--json'], { cwd: root })).stdout)).toHaveLength(2);
  });

  it('list leaves out a broken topic file and says so', async () => {
    const root = workspace({ 'topics/bad.md': '---\nid: 20261101-aaaa\ntitle: 坏\n---\n' });
    const result = await cli(['ask', 'list'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('1 file with errors left out');
    expect(result.stderr).toContain('No topics yet');
  });
});
