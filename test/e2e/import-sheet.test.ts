/**
 * `info import --sheet`: the office's ledger (台账) as Excel writes it — an .xlsx with a title
 * row, real dates and a blank row; the same table as a GBK CSV with CRLF; a UTF-8 CSV with BOM
 * and 2026/1/5 dates — gives the same items, and the month notices count them by their dates.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cli, testdir, workspace } from '../helpers.js';

const CONFIG = `office: 测试市人民政府办公室
lang: en
timezone: Asia/Shanghai
departments:
  - {name: 发改委, quota: 2}
  - {name: 财政局, quota: 1}
  - {name: 临江镇, quota: 1}
writers:
  - {name: 张三, department: 发改委, quota: 1}
  - {name: 李四, department: 财政局, quota: 1}
  - {name: 王五, department: 临江镇, quota: 1}
outlets:
  - {name: 南通信息, level: city, form: bulletin, points: 6}
`;

const TITLE = '测试市2026年政务信息报送台账';
const HEADERS = [
  '序号',
  '报送日期',
  '报送单位',
  '信息员',
  '标题',
  '类别',
  '来源',
  '采用刊物',
  '采用级别',
  '采用形式',
  '采用日期',
  '批示领导',
  '批示级别',
  '批示日期',
  '批示内容',
];
/** Five items; `null` stands for the blank row Excel leaves between them. */
const ROWS: (string[] | null)[] = [
  [
    '1',
    '2026-01-05',
    '发改委',
    '张三',
    '发改委推进重点项目早开工',
    '重点',
    '会议',
    '《南通信息》',
    '',
    '',
    '2026-01-20',
    '',
    '',
    '',
    '',
  ],
  ['2', '2026-01-12', '财政局', '李四', '财政局直达资金支出进度过半', '亮点', '文件', '', '', '', '', '', '', '', ''],
  null,
  [
    '3',
    '2026-01-28',
    '发改委、财政局',
    '张三、李四',
    '专项债券资金加快项目落地',
    '重点',
    '文件',
    '江苏政务信息专报',
    '省级',
    '专报',
    '2026-02-10',
    '王副省长',
    '省级',
    '2026-02-15',
    '请总结推广。',
  ],
  ['4', '2026-02-03', '临江镇', '王五', '临江镇人居环境整治见实效', '热点', '基层', '', '', '', '', '', '', '', ''],
  [
    '5',
    '2026-02-16',
    '发改委',
    '',
    '发改委一季度项目谋划',
    '难点',
    '调研',
    '',
    '市',
    '刊物',
    '2026-02-20',
    '',
    '',
    '',
    '',
  ],
];
const DATE_COLUMNS = [1, 10, 13];

async function xlsx(dir: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('说明').addRow(['本工作簿第二张表为台账']);
  const sheet = book.addWorksheet('台账');
  sheet.addRow([TITLE]);
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  sheet.addRow(HEADERS);
  for (const row of ROWS) {
    if (!row) {
      sheet.addRow([]);
      continue;
    }
    // Real Excel dates: date cells, and one 报送日期 as a bare serial number (a cell not formatted as a date).
    const cells: unknown[] = row.map((v, i) =>
      DATE_COLUMNS.includes(i) && v ? new Date(`${v}T00:00:00Z`) : v || null,
    );
    if (row[0] === '4') cells[1] = 46056; // 2026-02-03
    sheet.addRow(cells);
  }
  sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
  const path = join(dir, '台账.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}

const csvLine = (cells: readonly string[]) =>
  cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');

/** The table as a CSV: a title row as Excel saves one, the blank row, every line ended by `eol`. */
function csvText(date: (iso: string) => string, eol: string, titleRow: boolean): string {
  const lines = [
    ...(titleRow ? [csvLine([TITLE, ...HEADERS.slice(1).map(() => '')])] : []),
    csvLine(HEADERS),
    ...ROWS.map((row) =>
      row ? csvLine(row.map((v, i) => (DATE_COLUMNS.includes(i) && v ? date(v) : v))) : csvLine(HEADERS.map(() => '')),
    ),
  ];
  return lines.join(eol) + eol;
}

const slashDate = (iso: string) => iso.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1/$2/$3');

interface ItemJson {
  id: string;
  title: string;
  departments: string[];
  created: string;
  status: string;
  history: { at: string; to: string; from?: string }[];
  adoptions: Record<string, unknown>[];
  instructions: Record<string, unknown>[];
  origin: { sheet: string; row: number };
  path: string;
}

/** What must be the same whichever file the table came from. */
const essence = (items: ItemJson[]) =>
  items
    .map(({ id: _id, path: _path, origin: _origin, ...rest }) => rest)
    .sort((a, b) => a.title.localeCompare(b.title));

async function importInto(root: string, file: string, ...args: string[]) {
  return cli(['import', '--sheet', file, '--json', ...args], { cwd: root });
}

function itemFiles(root: string): string[] {
  const dir = join(root, 'items');
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.md'))
    : [];
}

describe('info import --sheet', () => {
  it('reads an .xlsx with a title row, Excel dates and a blank row into back-dated items', async () => {
    const root = workspace({}, CONFIG);
    const file = await xlsx(testdir());
    const result = await importInto(root, file);
    expect(result.stderr).toContain('created 5, already there 0, refused 0');
    expect(result.code).toBe(0);
    const items = JSON.parse(result.stdout) as ItemJson[];
    expect(items.map((i) => [i.origin.row, i.created, i.status])).toEqual([
      [3, '2026-01-05', 'adopted'],
      [4, '2026-01-12', 'submitted'],
      [6, '2026-01-28', 'adopted'],
      [7, '2026-02-03', 'submitted'],
      [8, '2026-02-16', 'adopted'],
    ]);
    const joint = items[2]!;
    expect(joint).toMatchObject({
      id: expect.stringMatching(/^20260128-[0-9a-z]{4}$/),
      departments: ['发改委', '财政局'],
      authors: ['张三', '李四'],
      category: 'key',
      source: 'document',
      adoptions: [{ level: 'province', form: 'special', outlet: '江苏政务信息专报', date: '2026-02-10' }],
      instructions: [{ leader: '王副省长', level: 'province', date: '2026-02-15', text: '请总结推广。' }],
      origin: { sheet: '台账.xlsx', row: 6 },
      path: expect.stringMatching(/^items\/2026\/01\/20260128-[0-9a-z]{4}-/),
    });
    expect(joint.history).toEqual([
      { at: '2026-01-28T09:00:00+08:00', by: 'tester', to: 'submitted' },
      { at: '2026-01-28T09:00:00+08:00', by: 'tester', from: 'submitted', to: 'approved' },
      { at: '2026-01-28T09:00:00+08:00', by: 'tester', from: 'approved', to: 'reported' },
      { at: '2026-02-10T09:00:00+08:00', by: 'tester', from: 'reported', to: 'adopted' },
    ]);
    // A configured outlet decides level and form, and is written by its configured name.
    expect(items[0]!.adoptions).toEqual([{ level: 'city', form: 'bulletin', outlet: '南通信息', date: '2026-01-20' }]);
    expect(items[1]!.history).toEqual([{ at: '2026-01-12T09:00:00+08:00', by: 'tester', to: 'submitted' }]);
    const text = readFileSync(join(root, joint.path), 'utf8');
    expect(text).toContain('origin: {sheet: 台账.xlsx, row: 6}\n---\n');
    // The items check clean: no body-empty for a ledger row; the row without a writer is author-missing.
    const validate = await cli(['validate', '--json'], { cwd: root });
    const problems = JSON.parse(validate.stdout);
    expect(problems.errors).toEqual([]);
    expect(problems.warnings.map((w: { rule: string }) => w.rule)).toEqual(['author-missing']);
  });

  it('gives the same items from a GBK CSV with CRLF and a UTF-8 CSV with BOM and 2026/1/5 dates', async () => {
    const dir = testdir();
    const fromXlsx = await importInto(workspace({}, CONFIG), await xlsx(dir));
    const gbk = join(dir, '台账-gbk.csv');
    writeFileSync(
      gbk,
      iconv.encode(
        csvText((d) => d, '\r\n', true),
        'gbk',
      ),
    );
    const bom = join(dir, '台账-bom.csv');
    writeFileSync(bom, `\uFEFF${csvText(slashDate, '\n', false)}`);
    const fromGbk = await importInto(workspace({}, CONFIG), gbk);
    const fromBom = await importInto(workspace({}, CONFIG), bom);
    expect([fromGbk.code, fromBom.code]).toEqual([0, 0]);
    const expected = essence(JSON.parse(fromXlsx.stdout));
    expect(expected).toHaveLength(5);
    expect(essence(JSON.parse(fromGbk.stdout))).toEqual(expected);
    expect(essence(JSON.parse(fromBom.stdout))).toEqual(expected);
    expect((JSON.parse(fromGbk.stdout) as ItemJson[]).map((i) => i.origin.row)).toEqual([3, 4, 6, 7, 8]);
    expect((JSON.parse(fromBom.stdout) as ItemJson[]).map((i) => i.origin)).toContainEqual({
      sheet: '台账-bom.csv',
      row: 2,
    });
  });

  it('counts the imported items in the months of their dates, in the notice and --explain', async () => {
    const root = workspace({}, CONFIG);
    await importInto(root, await xlsx(testdir()));
    const month = async (m: string) =>
      JSON.parse((await cli(['report', '--month', m, '--format', 'json'], { cwd: root })).stdout);
    const jan = await month('2026-01');
    // January: rows 1, 2 and the joint row 3 submitted; rows 1 and 3 reported; row 1 adopted by 南通信息 (6 points).
    expect(jan.totals).toMatchObject({
      submitted: 3,
      published: 0,
      reported: 2,
      adoptions: 1,
      special: 0,
      instructions: 0,
      points: 9,
    });
    const janUnits = Object.fromEntries(jan.departments.map((d: { name: string }) => [d.name, d]));
    expect(janUnits['发改委']).toMatchObject({
      submitted: 2,
      cumulativeSubmitted: 2,
      adoptions: { city: 1, province: 0 },
      rate: 0.5,
      points: 7.5,
      rank: 1,
    });
    expect(janUnits['财政局']).toMatchObject({ submitted: 2, points: 1.5, rank: 2 });
    expect(janUnits['临江镇']).toMatchObject({ submitted: 0, points: 0, rate: null });
    const feb = await month('2026-02');
    // February: rows 4, 5 submitted; row 3 adopted as a province special report (40, split) and
    // instructed by a province leader (50, split); row 5 adopted by the city (5).
    expect(feb.totals).toMatchObject({
      submitted: 2,
      reported: 1,
      adoptions: 2,
      special: 1,
      instructions: 1,
      points: 97,
    });
    const febUnits = Object.fromEntries(feb.departments.map((d: { name: string }) => [d.name, d]));
    expect(febUnits['发改委']).toMatchObject({
      submitted: 1,
      cumulativeSubmitted: 3,
      points: 51,
      cumulativePoints: 58.5,
      rank: 1,
    });
    expect(febUnits['财政局']).toMatchObject({
      submitted: 0,
      cumulativeSubmitted: 2,
      special: 1,
      instructions: 1,
      points: 45,
      cumulativePoints: 46.5,
      rank: 2,
    });
    expect(febUnits['临江镇']).toMatchObject({ submitted: 1, points: 1, cumulativePoints: 1, rank: 3 });
    const writers = Object.fromEntries(feb.writers.map((w: { name: string }) => [w.name, w]));
    expect(writers['张三']).toMatchObject({ points: 45 });
    expect(writers['王五']).toMatchObject({ submitted: 1, points: 1 });
    const explain = await cli(['report', '--month', '2026-02', '--explain', '财政局', '--json'], { cwd: root });
    const events = JSON.parse(explain.stdout);
    expect(events.points).toBe(45);
    expect(
      events.events.map((e: { date: string; event: string; earned: number }) => [e.date, e.event, e.earned]),
    ).toEqual([
      ['2026-02-10', 'adoption', 20],
      ['2026-02-15', 'instruction', 25],
    ]);
    // The quarter over the imported months is the sum of its months.
    const quarter = JSON.parse(
      (await cli(['report', '--quarter', '2026-Q1', '--format', 'json'], { cwd: root })).stdout,
    );
    expect(quarter.period).toEqual({ from: '2026-01', to: '2026-03', label: 'Q1 2026' });
    expect(quarter.totals).toMatchObject({ submitted: 5, adoptions: 3, special: 1, instructions: 1, points: 106 });
    const units = Object.fromEntries(quarter.departments.map((d: { name: string }) => [d.name, d]));
    expect(units['发改委']).toMatchObject({ submitted: 3, points: 58.5, rank: 1 });
    expect(units['财政局']).toMatchObject({ submitted: 2, points: 46.5, rank: 2 });
    expect(units['临江镇']).toMatchObject({ submitted: 1, points: 1, rank: 3 });
  });

  it('creates nothing when the same sheet is imported again, and nothing at all with --dry-run', async () => {
    const root = workspace({}, CONFIG);
    const file = await xlsx(testdir());
    const dry = await cli(['import', '--sheet', file, '--dry-run'], { cwd: root });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^row 3 → items\/2026\/01\/20260105-/m);
    expect(dry.stderr).toContain('would create 5, already there 0, refused 0 (preview; nothing written)');
    expect(itemFiles(root)).toEqual([]);
    await importInto(root, file);
    expect(itemFiles(root)).toHaveLength(5);
    const again = await importInto(root, file);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual([]);
    expect(again.stderr).toMatch(
      /台账\.xlsx row 6: already there \(same title, department and date\): items\/2026\/01\/20260128-/,
    );
    expect(again.stderr).toContain('created 0, already there 5, refused 0');
    expect(itemFiles(root)).toHaveLength(5);
  });

  it('knows an item made here by its submission date too: the ledger records the day it was sent', async () => {
    const item = [
      '---',
      'id: 20260301-k7f2',
      'title: 早就在库里的一条',
      'category: key',
      'source: meeting',
      'status: submitted',
      'department: 发改委',
      'authors: [张三]',
      'created: 2026-03-01',
      'history:',
      '  - {at: 2026-03-01T09:00:00+08:00, by: 张三, to: draft}',
      // Sent on the 3rd in the office's zone, written in UTC (where it is still the 2nd).
      '  - {at: 2026-03-02T16:30:00Z, by: 张三, from: draft, to: submitted}',
      '---',
      '正文。',
      '',
    ].join('\n');
    const root = workspace({ 'items/2026/03/20260301-k7f2-zao.md': item }, CONFIG);
    const csv = [
      '标题,报送单位,报送日期',
      '早就在库里的一条,发改委,2026-03-03',
      '早就在库里的一条,发改委,2026-03-02',
    ].join('\n');
    const file = join(testdir({ 'ledger.csv': csv }), 'ledger.csv');
    const result = await cli(['import', '--sheet', file, '--dry-run'], { cwd: root });
    expect(result.stderr).toContain(
      'ledger.csv row 2: already there (same title, department and date): items/2026/03/20260301-k7f2-zao.md',
    );
    expect(result.stdout).toMatch(/^row 3 → items\/2026\/03\/20260302-/m);
    expect(result.stderr).toContain('would create 1, already there 1, refused 0');
  });

  it('imports the good rows, names the bad ones by row and reason, and exits 1', async () => {
    const root = workspace({}, CONFIG);
    const csv = [
      '标题,报送单位,报送日期,信息员',
      '好的一条,发改委,2026-03-02,张三',
      '单位不认识,交通局,2026-03-03,',
      '日期不对,财政局,2026-13-40,李四',
      ',临江镇,2026-03-05,王五',
      '另一条好的,临江镇,2026年3月6日,王五',
    ].join('\n');
    const file = join(testdir({ 'bad.csv': csv }), 'bad.csv');
    const result = await importInto(root, file);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as ItemJson[]).map((i) => [i.title, i.created])).toEqual([
      ['好的一条', '2026-03-02'],
      ['另一条好的', '2026-03-06'],
    ]);
    expect(result.stderr).toContain('bad.csv row 3: department “交通局” is not in the config; not imported');
    expect(result.stderr).toContain('bad.csv row 4: date submitted (报送日期) “2026-13-40” is not a valid date');
    expect(result.stderr).toContain('bad.csv row 5: no title (标题); not imported');
    expect(result.stderr).toContain('created 2, already there 0, refused 3');
    const zh = await cli(['import', '--sheet', file, '--lang', 'zh-CN'], { cwd: root });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('bad.csv 第 3 行：报送单位“交通局”不在配置的单位中，未导入');
    expect(zh.stderr).toContain('bad.csv 第 5 行：缺少标题，未导入');
    expect(zh.stderr).toContain('新建 0 条，已有 2 条跳过，3 行未能导入');
  });

  it('reads other column names through --map and picks a worksheet by --sheet-name', async () => {
    const root = workspace({}, CONFIG);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('一月').addRows([
      ['稿件名称', '单位', '日期'],
      ['一月的一条', '发改委', new Date('2026-01-09T00:00:00Z')],
    ]);
    book.addWorksheet('二月').addRows([
      ['稿件名称', '单位', '日期'],
      ['二月的一条', '财政局', '2026/2/9'],
    ]);
    const file = join(testdir(), 'ledger.xlsx');
    await book.xlsx.writeFile(file);
    const none = await importInto(root, file);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no header row found');
    const feb = await importInto(root, file, '--map', '稿件名称=title', '--sheet-name', '二月');
    expect(feb.code).toBe(0);
    expect((JSON.parse(feb.stdout) as ItemJson[]).map((i) => [i.title, i.created])).toEqual([
      ['二月的一条', '2026-02-09'],
    ]);
    const unknown = await importInto(root, file, '--map', '稿件名称=title', '--sheet-name', '三月');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('has no worksheet named “三月”; it has: 一月、二月');
    expect((await importInto(root, file, '--map', '稿件名称=nothing')).code).toBe(2);
    expect((await cli(['import', '--sheet', file, '--department', '发改委'], { cwd: root })).code).toBe(2);
    expect((await cli(['import', '--map', 'a=title', 'x.txt'], { cwd: root })).code).toBe(2);
    expect((await cli(['import'], { cwd: root })).code).toBe(2);
  });

  it('keeps a cell’s text as text: YAML marks, a formula’s result, no path from a department', async () => {
    const root = workspace({}, CONFIG);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('台账').addRows([
      ['标题', '报送单位', '报送日期', '正文'],
      ['--- {a: 1} # 不是注释: "引号"', '发改委', '2026-03-02', '第一段。\n\n第二段。'],
      [{ formula: 'CONCATENATE("公式","结果")', result: '公式结果' }, '财政局', '2026-03-03', null],
      ['想跑到外面', '../../etc', '2026-03-04', null],
    ]);
    const file = join(testdir(), 'odd.xlsx');
    await book.xlsx.writeFile(file);
    const result = await importInto(root, file);
    expect(result.code).toBe(1);
    const items = JSON.parse(result.stdout) as ItemJson[];
    expect(items.map((i) => i.title)).toEqual(['--- {a: 1} # 不是注释: "引号"', '公式结果']);
    expect(result.stderr).toContain('odd.xlsx row 4: department “../../etc” is not in the config');
    const shown = await cli(['show', items[0]!.id], { cwd: root });
    expect(shown.stdout).toContain('--- {a: 1} # 不是注释: "引号"');
    expect(shown.stdout).toMatch(/From ledger +odd\.xlsx, row 2/);
    expect(shown.stdout).toContain('第一段。\n\n第二段。');
    expect(JSON.parse((await cli(['validate', '--json'], { cwd: root })).stdout).errors).toEqual([]);
  });
});
