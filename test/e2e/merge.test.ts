/**
 * `info merge` end to end: the 综合稿 written from its sources, the sources archived with
 * `并入 <id>`, validate checking `merged`, and the month report crediting the merged item
 * like a joint item (its points split between its units and writers).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, itemText, testdir, workspace } from '../helpers.js';

const CONFIG = `office: 海门市人民政府办公室
departments: [{name: 财政局}, {name: 发改委}, {name: 临江镇}]
writers: [{name: 陆卫东, department: 财政局}, {name: 顾建华, department: 发改委}]
`;
const env = { INFO_NOW: '2026-11-20T10:00:00+08:00', INFO_USER: '陈编辑' };

function submitted(id: string, title: string, department: string, author: string, extra: string[] = []): string {
  return itemText({
    id,
    title,
    status: 'submitted',
    department,
    authors: `[${author}]`,
    created: '2026-11-05',
    history: [`{at: 2026-11-05T09:00:00+08:00, by: ${author}, to: submitted}`],
    extra: ['tags: [光伏]', 'bulletins: []', ...extra].join('\n'),
    body: `<!-- 写作提示 -->\n${title}的正文。\n\n一、主要做法\n\n具体情况。`,
  });
}

const A = '20261105-aaa1';
const B = '20261105-bbb2';
const C = '20261105-ccc3';
const files = {
  [`items/2026/11/${A}.md`]: submitted(A, '财政局支持分布式光伏', '财政局', '陆卫东'),
  [`items/2026/11/${B}.md`]: submitted(B, '发改委推进屋顶光伏', '发改委', '顾建华', ['nature: result']),
  [`items/2026/11/${C}.md`]: itemText({
    id: C,
    title: '已编辑',
    status: 'edited',
    created: '2026-11-05',
    history: [
      '{at: 2026-11-05T09:00:00+08:00, by: 张三, to: submitted}',
      '{at: 2026-11-06T09:00:00+08:00, by: 王, from: submitted, to: edited}',
    ],
  }),
};
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

interface ItemJson {
  id: string;
  path: string;
  departments: string[];
  authors: string[];
  merged: string[];
  status: string;
  tags: string[];
  history: { to: string; note?: string }[];
}

async function merge(root: string, args: string[]) {
  const result = await cli(['merge', ...args, '--json'], { cwd: root, env });
  return { ...result, item: result.stdout ? (JSON.parse(result.stdout) as ItemJson) : null };
}

describe('info merge', { timeout: 60_000 }, () => {
  it('writes a draft crediting every unit and writer, from the sources’ texts, and archives them', async () => {
    const root = workspace(files, CONFIG);
    const { code, item, stderr } = await merge(root, [A, B, A, '--title', '我市多措并举推进分布式光伏']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(item).toMatchObject({
      status: 'draft',
      departments: ['财政局', '发改委'],
      authors: ['陆卫东', '顾建华'],
      tags: ['光伏'],
      merged: [A, B],
      history: [{ to: 'draft', note: `merged from ${A}, ${B}` }],
    });
    expect(item!.id).toMatch(/^20261120-/);
    const text = read(root, item!.path);
    expect(text).toContain(`merged: [${A}, ${B}]`);
    expect(text).toMatch(/# 财政局支持分布式光伏（财政局）\n\n财政局支持分布式光伏的正文。\n\n一、主要做法/);
    expect(text.indexOf('# 财政局支持分布式光伏')).toBeLessThan(text.indexOf('# 发改委推进屋顶光伏（发改委）'));
    expect(text).not.toContain('写作提示');
    for (const id of [A, B]) {
      const source = read(root, `items/2026/11/${id}.md`);
      expect(source).toContain('status: archived');
      expect(source).toContain(`to: archived, note: 并入 ${item!.id}}`);
    }
    const validate = await cli(['validate', '--json'], { cwd: root });
    expect(JSON.parse(validate.stdout).errors).toEqual([]);
    const shown = await cli(['show', item!.id], { cwd: root, env });
    expect(shown.stdout).toContain(`Merged from ${A}、${B}`);
  });

  it('writes nothing when a source cannot be archived, and refuses fewer than two items or no title', async () => {
    const root = workspace(files, CONFIG);
    const before = read(root, `items/2026/11/${A}.md`);
    const refused = await merge(root, [A, C, '--title', '合并']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${C} is edited and cannot move to archived`);
    expect(read(root, `items/2026/11/${A}.md`)).toBe(before);
    expect((await cli(['list', '--json'], { cwd: root })).stdout.match(/"id"/g)).toHaveLength(3);
    expect((await merge(root, [A, A, '--title', '合并'])).code).toBe(2);
    expect((await merge(root, [A, B])).code).toBe(2);
    const dry = await cli(['merge', A, B, '--title', '合并', '--dry-run'], { cwd: root, env });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`merged: [${A}, ${B}]`);
    expect(read(root, `items/2026/11/${A}.md`)).toBe(before);
  });

  it('is scored like a joint item: each unit and writer gets half of its points', async () => {
    const root = workspace(files, CONFIG);
    const { item } = await merge(root, [A, B, '--title', '我市推进分布式光伏']);
    for (const to of ['submitted', 'approved', 'reported'])
      expect((await cli(['review', item!.id, '--to', to], { cwd: root, env })).code).toBe(0);
    expect((await cli(['review', item!.id, '--adopt', 'city', '--date', '2026-11-20'], { cwd: root, env })).code).toBe(
      0,
    );
    const month = async (name: string) =>
      JSON.parse(
        (await cli(['report', '--month', '2026-11', '--explain', name, '--json'], { cwd: root, env })).stdout,
      ) as {
        events: { id: string; event: string; points: number; share: number; earned: number }[];
      };
    for (const name of ['财政局', '发改委', '陆卫东', '顾建华']) {
      const merged = (await month(name)).events.filter((e) => e.id === item!.id);
      expect(merged.map((e) => [e.event, e.share, e.earned])).toEqual([
        ['submitted', 0.5, 0.5],
        ['reported', 0.5, 0],
        ['adoption', 0.5, 2.5],
      ]);
    }
    // The same workspace with the item as a plain joint item (合报): the same figures.
    const joint = testdir();
    cpSync(root, joint, { recursive: true });
    const jointPath = join(joint, item!.path);
    writeFileSync(jointPath, readFileSync(jointPath, 'utf8').replace(/^merged: .*\n/m, ''));
    const figures = async (dir: string) => {
      const report = JSON.parse((await cli(['report', '--month', '2026-11', '--json'], { cwd: dir, env })).stdout) as {
        departments: { name: string; points: number }[];
        writers: { name: string; points: number }[];
      };
      return [...report.departments, ...report.writers].map((row) => [row.name, row.points]);
    };
    const merged = await figures(root);
    expect(merged).toEqual(await figures(joint));
    expect(merged.slice(0, 2)).toEqual([
      ['财政局', 1 + 0.5 + 2.5],
      ['发改委', 1 + 1 + 0.5 + 2.5], // and the edited item C
    ]);
  });

  it('makes validate name a merged id that does not exist', async () => {
    const root = workspace(files, CONFIG);
    const { item } = await merge(root, [A, B, '--title', '合并稿']);
    const path = join(root, item!.path);
    writeFileSync(path, readFileSync(path, 'utf8').replace(`merged: [${A}, ${B}]`, `merged: [${A}, 20261105-gone]`));
    const result = await cli(['validate', '--json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).errors).toEqual([
      expect.objectContaining({
        file: item!.path,
        rule: 'merged-unknown',
        message: expect.stringContaining('20261105-gone'),
      }),
    ]);
  });
});
