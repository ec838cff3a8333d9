import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, itemText, ROOT, spawnCli, testdir, workspace } from '../helpers.js';

const NOW = '2026-12-01T10:00:00+08:00';
const SERIES = 'zheng-wu-xin-xi';

/** An approved item: submitted, then signed off. */
function approved(id: string, title: string, extra: { category?: string; department?: string } = {}): string {
  return itemText({
    id,
    title,
    status: 'approved',
    created: '2026-11-03',
    ...extra,
    history: [
      '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted}',
      `{at: 2026-11-04T10:${id.slice(-2).replace(/\D/g, '0')}:00+08:00, by: 王主任, from: submitted, to: approved}`,
    ],
    extra: 'bulletins: []',
    body: `${title}的正文。\n\n一、基本情况\n\n（一）进展顺利。全市推进有力。`,
  });
}

const itemPath = (id: string) => `items/2026/11/${id}.md`;
const issue = (root: string, args: string[] = [], run = cli) =>
  run(['report', '--issue', ...args], { cwd: root, env: { INFO_NOW: NOW } });
/** `run` is `spawnCli` where runs race: each takes the series' lock as a process of its own. */
const issueJson = async (root: string, args: string[] = [], run = cli) => {
  const result = await issue(root, ['--json', ...args], run);
  expect(result.stderr).not.toMatch(/internal error/);
  return {
    ...result,
    json: result.stdout
      ? (JSON.parse(result.stdout) as {
          ref: string;
          number: number;
          items: string[];
          files: string[];
          supplement: boolean;
          year: number;
          series: string;
        })
      : null,
  };
};
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

/** Every file under `root` with its bytes, to compare before and after. */
function snapshot(root: string, dir = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(root, dir))) {
    const rel = dir ? `${dir}/${name}` : name;
    // The cache of analysed files is not workspace content: any run that reads may refresh it.
    if (rel === '.info/cache') continue;
    if (statSync(join(root, rel)).isDirectory())
      Object.assign(out, rel === '.info' ? {} : { [`${rel}/`]: '' }, snapshot(root, rel));
    else out[rel] = readFileSync(join(root, rel)).toString('base64');
  }
  return out;
}

async function validateJson(root: string) {
  const result = await cli(['validate', '--json'], { cwd: root });
  return JSON.parse(result.stdout) as {
    errors: { file: string; rule: string }[];
    warnings: { file: string; rule: string; message: string }[];
  };
}

const A = '20261103-aaa1';
const B = '20261103-bbb2';
const C = '20261103-ccc3';
const D = '20261103-ddd4';

function fourItems(extra: Record<string, string> = {}): string {
  return workspace({
    [itemPath(A)]: approved(A, '甲项目开工', { category: 'hot' }),
    [itemPath(B)]: approved(B, '乙项目投产', { category: 'key' }),
    [itemPath(C)]: approved(C, '丙镇污水治理', { category: 'key', department: '临江镇' }),
    [itemPath(D)]: approved(D, '丁街道服务', { category: 'highlight', department: '财政局' }),
    'items/2026/11/20261103-eee5.md': itemText({ id: '20261103-eee5', title: '未签发', status: 'submitted' }),
    ...extra,
  });
}

describe('info report --issue', () => {
  it('builds the next issue from the approved items and publishes them, changing only status, history and bulletins', async () => {
    const root = fourItems();
    const before = Object.fromEntries([A, B, C, D].map((id) => [id, read(root, itemPath(id))]));
    const pending = read(root, 'items/2026/11/20261103-eee5.md');
    const { code, json } = await issueJson(root);
    expect(code).toBe(0);
    expect(json).toEqual({
      series: '政务信息',
      ref: '2026-01',
      year: 2026,
      number: 1,
      supplement: false,
      items: [B, C, D, A],
      files: [`bulletins/2026/${SERIES}-2026-01.md`],
    });
    const md = read(root, `bulletins/2026/${SERIES}-2026-01.md`);
    expect(md).toMatch(
      /^---\nseries: 政务信息\nref: 2026-01\nsupplement: false\ntotal: 1\ndate: 2026-12-01\nitems:\n {2}- 20261103-bbb2\n/,
    );
    expect(md).toContain('## 乙项目投产');
    for (const id of [A, B, C, D]) {
      const was = before[id]!.split('\n');
      const now = read(root, itemPath(id)).split('\n');
      expect(was.filter((line) => !now.includes(line))).toEqual(['status: approved', 'bulletins: []']);
      expect(now.filter((line) => !was.includes(line))).toEqual([
        'status: published',
        '  - {at: 2026-12-01T10:00:00+08:00, by: tester, from: approved, to: published}',
        'bulletins: [2026-01]',
      ]);
    }
    expect(read(root, 'items/2026/11/20261103-eee5.md')).toBe(pending);
    const report = await validateJson(root);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('says what it did on stderr, in the user’s language, and prints the files on stdout', async () => {
    const root = fourItems();
    const result = await issue(root, ['--items', A, '--lang', 'zh-CN', '--by', '王编辑']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`bulletins/2026/${SERIES}-2026-01.md\n`);
    expect(result.stderr).toContain('已编发《政务信息》2026年第1期（1条信息）');
    expect(result.stderr).toContain(`${A}  已签发 → 已编发（本次）  甲项目开工`);
    expect(read(root, itemPath(A))).toContain('by: 王编辑, from: approved, to: published');
  });

  it('numbers per year and series: the next issue, a new year from 1, supplements apart, the running total', async () => {
    const root = fourItems({ 'bulletins/2026/jing-ji-kuai-bao-2026-09.md': '---\nitems: []\n---\n另一刊物\n' });
    expect((await issueJson(root, ['--items', A])).json?.ref).toBe('2026-01');
    expect((await issueJson(root, ['--items', B])).json?.ref).toBe('2026-02');
    const supplement = await issueJson(root, ['--items', C, '--supplement']);
    expect(supplement.json).toMatchObject({
      ref: '2026-s01',
      number: 1,
      supplement: true,
      files: [`bulletins/2026/${SERIES}-2026-s01.md`],
    });
    expect(read(root, `bulletins/2026/${SERIES}-2026-s01.md`)).toContain('增刊 No. 1');
    const nextYear = await issueJson(root, ['--items', D, '--date', '2027-01-05']);
    expect(nextYear.json).toMatchObject({ ref: '2027-01', year: 2027, files: [`bulletins/2027/${SERIES}-2027-01.md`] });
    const md = read(root, `bulletins/2027/${SERIES}-2027-01.md`);
    expect(md).toContain('No. 1(3 overall)');
    expect(md).toContain('5 January 2027');
    expect(read(root, itemPath(D))).toContain('bulletins: [2027-01]');
  });

  it('never reuses a number: not past a gap, nor one whose file was deleted', async () => {
    const root = fourItems({
      [`bulletins/2026/${SERIES}-2026-05.docx`]: 'an issue whose Markdown is gone',
      'items/2026/10/20261003-old1.md': itemText({
        id: '20261003-old1',
        status: 'published',
        created: '2026-10-03',
        extra: 'bulletins: [2026-07]',
      }),
    });
    expect((await issueJson(root, ['--items', A])).json?.ref).toBe('2026-08');
    rmSync(join(root, `bulletins/2026/${SERIES}-2026-08.md`));
    expect((await issueJson(root, ['--items', B])).json?.ref).toBe('2026-09');
  });

  it('gives runs started at the same moment different numbers and publishes every item exactly once', async () => {
    const ids = ['20261103-cc01', '20261103-cc02', '20261103-cc03', '20261103-cc04', '20261103-cc05'];
    const root = workspace(Object.fromEntries(ids.map((id, i) => [itemPath(id), approved(id, `并发事项${i + 1}`)])));
    const results = await Promise.all(ids.map((id) => issueJson(root, ['--items', id, '--format', 'html'], spawnCli)));
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0, 0]);
    expect(results.map((r) => r.json!.ref).sort()).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    for (const [i, r] of results.entries()) expect(r.json!.items).toEqual([ids[i]]);
    for (const [i, id] of ids.entries()) {
      const text = read(root, itemPath(id));
      expect(text).toContain(`bulletins: [${results[i]!.json!.ref}]`);
      expect(text.match(/to: published/g)).toHaveLength(1);
    }
    const listed = readdirSync(join(root, 'bulletins/2026'))
      .filter((name) => name.endsWith('.md'))
      .flatMap((name) => read(root, `bulletins/2026/${name}`).match(/^ {2}- (\S+)$/gm) ?? []);
    expect(listed.sort()).toEqual(ids.map((id) => `  - ${id}`));
    expect((await validateJson(root)).errors).toEqual([]);
  }, 60_000);

  it('makes one issue of runs that overlap on the same items, each item published once', async () => {
    const root = fourItems();
    const results = await Promise.all([1, 2, 3].map(() => issueJson(root, [], spawnCli)));
    expect(readdirSync(join(root, 'bulletins/2026'))).toEqual([`${SERIES}-2026-01.md`]);
    for (const r of results.filter((r) => r.code === 0))
      expect(r.json).toMatchObject({ ref: '2026-01', items: [B, C, D, A] });
    for (const r of results.filter((r) => r.code !== 0)) expect(r.stderr).toContain('nothing to publish');
    for (const id of [A, B, C, D]) expect(read(root, itemPath(id)).match(/to: published/g)).toHaveLength(1);
  }, 60_000);

  it('keeps terminal escapes in titles off the terminal', async () => {
    const root = workspace({ [itemPath(A)]: approved(A, '"标题\\e[2J\\e[31m红"') });
    const result = await issue(root);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('标题[2J[31m红');
    expect(result.stderr).not.toContain('\u001b');
  });
});

describe('an interrupted run', () => {
  /** An issue written with items A and B, where only A was moved before the run stopped. */
  async function interrupted(formats: string[] = []) {
    const root = fourItems();
    const original = read(root, itemPath(B));
    expect((await issueJson(root, ['--items', A, B, ...formats])).json?.ref).toBe('2026-01');
    writeFileSync(join(root, itemPath(B)), original);
    return root;
  }

  it('is named by info validate: the item the issue lists that lacks its ref', async () => {
    const root = await interrupted();
    const report = await validateJson(root);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([expect.objectContaining({ file: itemPath(B), rule: 'issue-unfinished' })]);
    expect(report.warnings[0]!.message).toContain(`bulletins/2026/${SERIES}-2026-01.md`);
    expect(report.warnings[0]!.message).toContain('2026-01');
  });

  it('is finished by a rerun, under the same number, leaving the other approved items for the next issue', async () => {
    const root = await interrupted();
    const rerun = await issueJson(root);
    expect(rerun.code).toBe(0);
    expect(rerun.json).toMatchObject({ ref: '2026-01', items: [A, B] });
    expect(rerun.stderr).toContain('was left unfinished');
    expect(rerun.stderr).toContain(`${A}  already in this issue (published)`);
    expect(rerun.stderr).toContain(`${B}  approved → published (now)`);
    expect(rerun.stderr).toContain('2 other approved items are not in this issue');
    expect(read(root, itemPath(B))).toContain('bulletins: [2026-01]');
    expect(read(root, itemPath(C))).toContain('status: approved');
    expect(existsSync(join(root, `bulletins/2026/${SERIES}-2026-02.md`))).toBe(false);
    expect((await validateJson(root)).warnings).toEqual([]);
    expect((await issueJson(root)).json).toMatchObject({ ref: '2026-02', items: [C, D] });
  });

  it('is finished by a rerun naming the same items, writing the formats still missing', async () => {
    const root = await interrupted(['--format', 'html']);
    rmSync(join(root, `bulletins/2026/${SERIES}-2026-01.html`));
    const rerun = await issueJson(root, ['--items', A, B, '--format', 'html']);
    expect(rerun.code).toBe(0);
    expect(rerun.json).toMatchObject({
      ref: '2026-01',
      files: [`bulletins/2026/${SERIES}-2026-01.md`, `bulletins/2026/${SERIES}-2026-01.html`],
    });
    expect(read(root, `bulletins/2026/${SERIES}-2026-01.html`)).toContain('乙项目投产');
    expect(read(root, itemPath(B)).match(/to: published/g)).toHaveLength(1);
  });

  it('reports an item of the issue that has moved on, with its status, and exits 1', async () => {
    const root = fourItems();
    await issueJson(root, ['--items', A, B, C]);
    // B was sent back after the issue was written; C was never moved.
    writeFileSync(
      join(root, itemPath(B)),
      approved(B, '乙项目投产')
        .replace('status: approved', 'status: returned')
        .replace('bulletins: []', '')
        .replace(
          /(history:\n(?: {2}- .*\n)+)/,
          '$1  - {at: 2026-11-05T09:00:00+08:00, by: 王主任, from: approved, to: returned, note: 数据待核实}\n',
        ),
    );
    writeFileSync(join(root, itemPath(C)), approved(C, '丙镇污水治理', { department: '临江镇' }));
    const rerun = await issueJson(root);
    expect(rerun.code).toBe(1);
    expect(rerun.json).toMatchObject({ ref: '2026-01', items: [A, B, C] });
    expect(rerun.stderr).toContain(`${B}  is returned, not published (the issue file lists it)`);
    expect(rerun.stderr).toContain(`${C}  approved → published (now)`);
    expect(rerun.stderr).toContain('is not complete');
  });
});

describe('--dry-run', () => {
  it('prints the issue and what would change, and changes no byte', async () => {
    const root = fourItems();
    const before = snapshot(root);
    const result = await issue(root, ['--dry-run', '--format', 'html', '--format', 'docx', '--note', '编者按内容。']);
    expect(result.code).toBe(0);
    expect(snapshot(root)).toEqual(before);
    expect(result.stdout).toMatch(/^---\nseries: 政务信息\nref: 2026-01\n/);
    expect(result.stdout).toContain('Editor’s note: **编者按内容。');
    expect(result.stderr).toContain(`write bulletins/2026/${SERIES}-2026-01.docx (`);
    expect(result.stderr).toContain(`move ${B} from approved to published, adding 2026-01 to bulletins`);
  });

  it('renders what the real run writes, byte for byte', async () => {
    const root = fourItems();
    const dry = await issue(root, ['--dry-run']);
    await issue(root);
    expect(read(root, `bulletins/2026/${SERIES}-2026-01.md`)).toBe(`${dry.stdout.trimEnd()}\n`);
  });

  it('gives the JSON of the issue it would build', async () => {
    const root = fourItems();
    const before = snapshot(root);
    const { json } = await issueJson(root, ['--dry-run', '--supplement', '--items', D, '--format', 'docx']);
    expect(json).toEqual({
      series: '政务信息',
      ref: '2026-s01',
      year: 2026,
      number: 1,
      supplement: true,
      items: [D],
      files: [`bulletins/2026/${SERIES}-2026-s01.md`, `bulletins/2026/${SERIES}-2026-s01.docx`],
    });
    expect(snapshot(root)).toEqual(before);
  });
});

describe('refusals', () => {
  it('exits 1 with a clear message when nothing is approved', async () => {
    const root = workspace({ 'items/a.md': itemText({ status: 'submitted' }) });
    const result = await issue(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing to publish: no item is approved');
    expect(existsSync(join(root, 'bulletins'))).toBe(false);
  });

  it('refuses a named item that is not approved, naming its status, and changes nothing', async () => {
    const root = fourItems();
    const before = snapshot(root);
    const result = await issue(root, ['--items', A, '20261103-eee5']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('20261103-eee5 is submitted; only approved items go into an issue');
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses an unknown format (exit 2) and an unknown item (exit 1)', async () => {
    const root = fourItems();
    expect((await issue(root, ['--format', 'pdf'])).code).toBe(2);
    expect((await issue(root, ['--explain', '财政局'])).code).toBe(2);
    expect((await issue(root, ['--date', '2026-13-01'])).code).toBe(2);
    const unknown = await issue(root, ['--items', '20991231-zzzz']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no item 20991231-zzzz');
  });
});

describe('broken files', () => {
  it('leaves an approved item whose file has errors out of the issue, and says so', async () => {
    const root = fourItems({
      'items/2026/11/20261103-bad1.md': approved('20261103-bad1', '坏文件').replace(
        'category: key',
        'category: urgent',
      ),
    });
    const { code, json, stderr } = await issueJson(root);
    expect(code).toBe(0);
    expect(json!.items).not.toContain('20261103-bad1');
    expect(stderr).toMatch(/1 file/);
    expect(read(root, 'items/2026/11/20261103-bad1.md')).toContain('status: approved');
  });

  it('refuses to name such an item', async () => {
    const root = fourItems({
      'items/2026/11/20261103-bad1.md': approved('20261103-bad1', '坏文件').replace(
        'category: key',
        'category: urgent',
      ),
    });
    const result = await issue(root, ['--items', '20261103-bad1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('items/2026/11/20261103-bad1.md has errors and cannot go into an issue');
  });
});

describe('files and templates', () => {
  it('puts the requested formats in --out and keeps the record under bulletins/', async () => {
    const root = fourItems();
    const out = testdir();
    const { json } = await issueJson(root, ['--items', A, '--format', 'html', '--format', 'docx', '--out', out]);
    expect(json!.files).toEqual([
      `bulletins/2026/${SERIES}-2026-01.md`,
      join(out, `${SERIES}-2026-01.html`),
      join(out, `${SERIES}-2026-01.docx`),
    ]);
    for (const file of json!.files) expect(existsSync(file.startsWith('/') ? file : join(root, file))).toBe(true);
    expect(
      readFileSync(join(out, `${SERIES}-2026-01.docx`))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('lays the issue out with the workspace’s own template', async () => {
    const root = fourItems({
      'templates/bulletin/issue.md.mustache':
        '# {{series}} {{issueLabel}}\n{{#items}}\n* {{title}}（{{departments}}）\n{{/items}}\n',
    });
    await issue(root, ['--items', A, C]);
    const md = read(root, `bulletins/2026/${SERIES}-2026-01.md`);
    expect(md.slice(md.indexOf('---\n', 4) + 4)).toBe(
      '# 政务信息 No. 1\n* 甲项目开工（发改委）\n* 丙镇污水治理（临江镇）\n',
    );
  });

  it('refuses a template that would write an unescaped title into HTML, before changing anything', async () => {
    const root = fourItems({
      'templates/bulletin/issue.html.mustache': '<main>\n{{#items}}<h2>{{{title}}}</h2>{{/items}}\n</main>\n',
    });
    const before = snapshot(root);
    const result = await issue(root, ['--format', 'html']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'template templates/bulletin/issue.html.mustache, line 2: title cannot go into HTML unescaped',
    );
    expect(snapshot(root)).toEqual(before);
  });
});

describe('the Haimen example', () => {
  it('gives a believable 《政务信息》 issue, on a copy, leaving the example alone', async () => {
    const example = join(ROOT, 'examples/haimen');
    const before = snapshot(example);
    const root = testdir();
    cpSync(example, root, { recursive: true });
    const { code, json } = await issueJson(root, [
      '--format',
      'html',
      '--format',
      'docx',
      '--note',
      '现将有关情况刊发，供参考。',
    ]);
    expect(code).toBe(0);
    expect(json).toMatchObject({ series: '政务信息', ref: '2026-15', number: 15, items: ['20261105-dh41'] });
    const md = read(root, `bulletins/2026/${SERIES}-2026-15.md`);
    for (const text of [
      '# 政务信息',
      '第15期（总第15期）',
      '海门市人民政府办公室　　2026年12月1日',
      '**编者按：**现将有关情况刊发，供参考。',
      '## 海门市惠企资金“免申即享”兑付1.8亿元',
      '（财政局供稿）',
      '报：南通市人民政府办公室。',
      '送：市委办公室，市人大常委会办公室，市政协办公室。',
      '共印150份',
    ]) {
      expect(md).toContain(text);
    }
    expect(read(root, `bulletins/2026/${SERIES}-2026-15.html`)).toContain('<h1 class="series">政务信息</h1>');
    const report = await validateJson(root);
    expect(report.errors).toEqual([]);
    expect(snapshot(example)).toEqual(before);
  });
});
