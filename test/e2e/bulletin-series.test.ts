/**
 * Several bulletin series end to end: each numbered on its own over a year boundary, a
 * running series, runs at once; an issue arranged by section with briefs last, a 目录 at the
 * threshold and marks at the top, in Markdown, HTML and DOCX; the layout flags on items.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cli, itemText, spawnCli, workspace } from '../helpers.js';

const CONFIG = `office: 海门市人民政府办公室
lang: zh-CN
departments: [{name: 财政局}, {name: 发改委}]
bulletins:
  - name: 政务信息
    sections: [工作动态, 经验做法]
    toc: 3
    marks: {secrecy: 内部资料, urgency: 特急, copyNumber: true}
    distribution: {报: [南通市人民政府办公室], 发: [各区镇]}
    copies: 120
  - name: 每日要情
  - name: 信息专报
    numbering: running
`;

function approved(id: string, title: string, extra: string[] = []): string {
  return itemText({
    id,
    title,
    status: 'approved',
    department: '财政局',
    history: [
      '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted}',
      `{at: 2026-11-04T10:0${id.slice(-1)}:00+08:00, by: 王主任, from: submitted, to: approved}`,
    ],
    extra: ['bulletins: []', ...extra].join('\n'),
    body: `${title}的正文。\n\n第二段，说明做法。`,
  });
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `20261103-aa${String(i + 1).padStart(2, '0')}`);
const itemPath = (id: string) => `items/2026/11/${id}.md`;
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

function approvedWorkspace(count: number, config = CONFIG): string {
  return workspace(Object.fromEntries(ids(count).map((id, i) => [itemPath(id), approved(id, `事项${i + 1}`)])), config);
}

interface IssueJson {
  series: string;
  ref: string;
  year: number;
  number: number;
  supplement: boolean;
  items: string[];
  files: string[];
}

/** `run` is `spawnCli` where runs race: each takes the series' lock as a process of its own. */
async function build(root: string, args: string[], run = cli) {
  const result = await run(['report', '--issue', '--json', ...args], {
    cwd: root,
    env: { INFO_NOW: '2026-12-30T10:00:00+08:00' },
  });
  expect(result.stderr).not.toMatch(/internal error|内部错误/);
  return { ...result, json: result.stdout ? (JSON.parse(result.stdout) as IssueJson) : null };
}

const refOf = async (root: string, args: string[]) => {
  const { code, json } = await build(root, args);
  expect(code).toBe(0);
  return json!.ref;
};

describe('several series', { timeout: 60_000 }, () => {
  it('numbers each series on its own, over a year boundary, and names the others’ issues in items', async () => {
    const [a, b, c, d, e, f] = ids(6);
    const root = approvedWorkspace(6);
    expect(await refOf(root, ['--items', a!, '--date', '2026-12-30'])).toBe('2026-01');
    expect(await refOf(root, ['--series', '每日要情', '--items', b!, '--date', '2026-12-30'])).toBe('2026-01');
    expect(await refOf(root, ['--items', c!, '--date', '2026-12-31'])).toBe('2026-02');
    expect(await refOf(root, ['--series', '每日要情', '--items', d!, '--date', '2027-01-02'])).toBe('2027-01');
    expect(await refOf(root, ['--items', e!, '--date', '2027-01-02'])).toBe('2027-01');
    expect(readdirSync(join(root, 'bulletins/2026')).filter((n) => n.endsWith('.md'))).toEqual([
      'mei-ri-yao-qing-2026-01.md',
      'zheng-wu-xin-xi-2026-01.md',
      'zheng-wu-xin-xi-2026-02.md',
    ]);
    expect(read(root, itemPath(a!))).toContain('bulletins: [2026-01]');
    expect(read(root, itemPath(b!))).toContain('bulletins: [每日要情 2026-01]');
    expect(read(root, 'bulletins/2027/zheng-wu-xin-xi-2027-01.md')).toContain('total: 3');
    expect(read(root, 'bulletins/2027/mei-ri-yao-qing-2027-01.md')).toContain('total: 2');
    // A deleted issue file does not free its number: the item still names it.
    rmSync(join(root, 'bulletins/2026/mei-ri-yao-qing-2026-01.md'));
    expect(await refOf(root, ['--series', '每日要情', '--items', f!, '--date', '2026-12-31'])).toBe('2026-02');
    const validate = await cli(['validate', '--json'], { cwd: root });
    expect(JSON.parse(validate.stdout)).toMatchObject({ errors: [], warnings: [] });
  });

  it('runs a running series on across years, supplements on their own, without a running total', async () => {
    const [a, b, c] = ids(3);
    const root = approvedWorkspace(3);
    const series = ['--series', '信息专报'];
    const first = await build(root, [...series, '--items', a!, '--date', '2026-12-30']);
    const second = await build(root, [...series, '--items', b!, '--date', '2027-01-05']);
    const supplement = await build(root, [...series, '--supplement', '--items', c!, '--date', '2027-01-06']);
    expect([first.json, second.json, supplement.json].map((j) => [j!.ref, j!.number, j!.series])).toEqual([
      ['2026-01', 1, '信息专报'],
      ['2027-02', 2, '信息专报'],
      ['2027-s01', 1, '信息专报'],
    ]);
    const md = read(root, 'bulletins/2027/xin-xi-zhuan-bao-2027-02.md');
    expect(md).not.toContain('total:');
    expect(md).toContain('第2期');
    expect(md).not.toContain('总第');
    expect(read(root, itemPath(b!))).toContain('bulletins: [信息专报 2027-02]');
    expect(second.stderr).toContain('《信息专报》第2期');
  });

  it('gives runs at once on one series different numbers, and does not hold up another series', async () => {
    const all = ids(5);
    const root = approvedWorkspace(5);
    const runs = await Promise.all([
      ...all.slice(0, 4).map((id) => build(root, ['--series', '信息专报', '--items', id], spawnCli)),
      build(root, ['--items', all[4]!], spawnCli),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 0]);
    expect(
      runs
        .slice(0, 4)
        .map((r) => r.json!.number)
        .sort(),
    ).toEqual([1, 2, 3, 4]);
    expect(runs[4]!.json).toMatchObject({ series: '政务信息', ref: '2026-01' });
  });

  it('finishes an interrupted issue of another series under its own number, and validate names it meanwhile', async () => {
    const [a, b] = ids(2);
    const root = approvedWorkspace(2);
    // An earlier run wrote the record of 每日要情 2026-01 and stopped before moving the items.
    mkdirSync(join(root, 'bulletins/2026'), { recursive: true });
    writeFileSync(
      join(root, 'bulletins/2026/mei-ri-yao-qing-2026-01.md'),
      `---\nseries: 每日要情\nref: 2026-01\nsupplement: false\ndate: 2026-12-30\nitems:\n  - ${a}\n---\n`,
    );
    const pending = JSON.parse((await cli(['validate', '--json'], { cwd: root })).stdout) as {
      warnings: { rule: string; message: string }[];
    };
    expect(pending.warnings).toEqual([
      expect.objectContaining({ rule: 'issue-unfinished', message: expect.stringContaining('每日要情 2026-01') }),
    ]);
    // The default series is not held up by it, and leaves its item to it; the rerun of 每日要情 finishes it.
    expect((await build(root, [])).json).toMatchObject({ ref: '2026-01', items: [b] });
    const rerun = await build(root, ['--series', '每日要情']);
    expect(rerun.json).toMatchObject({ series: '每日要情', ref: '2026-01', items: [a] });
    expect(read(root, itemPath(a!))).toContain('bulletins: [每日要情 2026-01]');
    expect(JSON.parse((await cli(['validate', '--json'], { cwd: root })).stdout).warnings).toEqual([]);
  });

  it('refuses a series the config does not have, and --series with --month; takes a series’ key', async () => {
    const root = approvedWorkspace(1);
    const unknown = await build(root, ['--series', '要情']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('政务信息、每日要情、信息专报');
    expect((await cli(['report', '--month', '2026-11', '--series', '每日要情'], { cwd: root })).code).toBe(2);
    expect((await build(root, ['--series', 'mei-ri-yao-qing', '--dry-run'])).json).toMatchObject({
      series: '每日要情',
    });
  });
});

/** The text of a DOCX's paragraphs, in order. */
function docxText(path: string): string {
  const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** Each needle's position in `text`, in the order given: they must all be there, in that order. */
function expectInOrder(text: string, needles: string[]): void {
  const at = needles.map((n) => text.indexOf(n));
  expect(
    at.every((i) => i >= 0),
    `missing: ${needles.filter((_, i) => at[i]! < 0).join(', ')}`,
  ).toBe(true);
  expect(at).toEqual([...at].sort((x, y) => x - y));
}

describe('an issue with sections, briefs, a 目录 and marks', { timeout: 60_000 }, () => {
  const [dyn, exp, none, brief, dyn2] = ids(5);
  const files = {
    [itemPath(dyn!)]: approved(dyn!, '甲镇项目开工', ['section: 工作动态']),
    [itemPath(exp!)]: approved(exp!, '乙局经验做法', ['section: 经验做法']),
    [itemPath(none!)]: approved(none!, '丙事无栏目'),
    [itemPath(brief!)]: approved(brief!, '丁会召开', ['brief: true']),
    [itemPath(dyn2!)]: approved(dyn2!, '戊区项目投产', ['section: 工作动态']),
  };
  // In print order: the 目录, each section in the configured order, the item without one, the briefs.
  const order = [
    '【工作动态】',
    '甲镇项目开工',
    '戊区项目投产',
    '【经验做法】',
    '乙局经验做法',
    '丙事无栏目',
    '【简讯】',
    '丁会召开',
  ];

  it('lays it out in that order in every format, with the marks at the top and a 目录', async () => {
    const root = workspace(files, CONFIG);
    const { code, json } = await build(root, ['--format', 'html', '--format', 'docx']);
    expect(code).toBe(0);
    expect(json!.items).toEqual([dyn, dyn2, exp, none, brief]);
    const md = read(root, 'bulletins/2026/zheng-wu-xin-xi-2026-01.md');
    expectInOrder(md, ['______', '内部资料', '特急', '# 政务信息', '**目　录**', '## 甲镇项目开工']);
    const toc = md.slice(md.indexOf('**目　录**'), md.indexOf('## 甲镇项目开工'));
    expectInOrder(toc, order);
    const items = md.slice(md.indexOf('## 甲镇项目开工') - 20);
    expectInOrder(items, [
      '**【工作动态】**',
      '## 甲镇项目开工',
      '## 戊区项目投产',
      '**【经验做法】**',
      '## 乙局经验做法',
      '## 丙事无栏目',
      '**【简讯】**',
      '**丁会召开**',
    ]);
    expect(md).toMatch(/\*\*丁会召开\*\*　丁会召开的正文。第二段，说明做法。（财政局）/);
    const html = read(root, 'bulletins/2026/zheng-wu-xin-xi-2026-01.html');
    expectInOrder(html, ['class="copy-number">______', '内部资料', '特急', 'class="series"', 'class="toc"']);
    expectInOrder(html.slice(html.indexOf('<main>')), order);
    expect(html).toContain('<p class="brief" id="item-20261103-aa04"><span class="brief-title">丁会召开</span>');
    const docx = docxText(join(root, 'bulletins/2026/zheng-wu-xin-xi-2026-01.docx'));
    expectInOrder(docx, [
      '______',
      '内部资料',
      '特急',
      '政务信息',
      '目　录',
      ...order,
      '报：南通市人民政府办公室。',
      '日印发',
    ]);
  });

  it('has a 目录 only from the configured number of items on', async () => {
    const root = workspace(files, CONFIG);
    const two = await cli(['report', '--issue', '--dry-run', '--items', dyn!, exp!], { cwd: root });
    expect(two.stdout).not.toContain('目　录');
    const three = await cli(['report', '--issue', '--dry-run', '--items', dyn!, exp!, none!], { cwd: root });
    expect(three.stdout).toContain('**目　录**');
    // A dry run lists the briefs too, in print order.
    expect((await build(root, ['--dry-run'])).json!.items).toEqual([dyn, dyn2, exp, none, brief]);
  });

  it('prints an issue of a series without sections in the items’ own order, and without marks', async () => {
    const root = workspace(files, CONFIG);
    const { json } = await build(root, ['--series', '每日要情', '--items', exp!, dyn!, none!, dyn2!]);
    expect(json!.items).toEqual([exp, dyn, none, dyn2]);
    const md = read(root, 'bulletins/2026/mei-ri-yao-qing-2026-01.md');
    expect(md).not.toMatch(/【|内部资料|______|目　录/);
  });
});

describe('section and brief on items', { timeout: 60_000 }, () => {
  const env = { INFO_NOW: '2026-11-30T10:00:00+08:00' };

  it('are set by info new and info review, checked against the config, and changed in place', async () => {
    const root = workspace({}, CONFIG);
    const made = await cli(
      [
        'new',
        '--title',
        '某镇会议',
        '--category',
        'key',
        '--source',
        'meeting',
        '--department',
        '财政局',
        '--section',
        '工作动态',
        '--brief',
        '--json',
      ],
      { cwd: root, env },
    );
    expect(made.code).toBe(0);
    const item = JSON.parse(made.stdout) as { id: string; path: string; section: string; brief: boolean };
    expect([item.section, item.brief]).toEqual(['工作动态', true]);
    expect(read(root, item.path)).toMatch(/section: 工作动态\nbrief: true\n/);
    const bad = await cli(
      [
        'new',
        '--title',
        't',
        '--category',
        'key',
        '--source',
        'meeting',
        '--department',
        '财政局',
        '--section',
        '专题',
      ],
      { cwd: root, env },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('工作动态、经验做法');

    const before = read(root, item.path);
    const placed = await cli(['review', item.id, '--section', '经验做法', '--no-brief'], { cwd: root, env });
    expect(placed.code).toBe(0);
    expect(placed.stdout).toContain('栏目：经验做法');
    const after = read(root, item.path);
    expect(after).toBe(before.replace('section: 工作动态\nbrief: true', 'section: 经验做法\nbrief: false'));

    const moved = await cli(['review', item.id, '--to', 'submitted', '--section', '', '--json'], { cwd: root, env });
    expect(moved.code).toBe(0);
    const [json] = JSON.parse(moved.stdout) as { status: string; section?: string; history: unknown[] }[];
    expect([json!.status, json!.section, json!.history.length]).toEqual(['submitted', undefined, 2]);

    expect((await cli(['review', item.id, '--adopt', 'city', '--section', '工作动态'], { cwd: root })).code).toBe(2);
    expect((await cli(['review', '--brief'], { cwd: root })).code).toBe(2);
  });

  it('make validate name an unknown section, and a series without sections refuses --section', async () => {
    const root = workspace({ 'items/a.md': approved('20261103-aa01', '甲', ['section: 专题']) }, CONFIG);
    const result = await cli(['validate', '--json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).errors).toEqual([
      expect.objectContaining({ file: 'items/a.md', rule: 'section-unknown', line: 14 }),
    ]);
    writeFileSync(join(root, 'info.config.yaml'), 'office: 某办\nbulletin: {series: 政务信息}\n');
    const none = await cli(['review', '20261103-aa01', '--section', '专题'], { cwd: root });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no sections are configured');
  });
});
