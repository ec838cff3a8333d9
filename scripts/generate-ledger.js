/**
 * A large ledger (台账) for `npm run bench`: an .xlsx as an office keeps one — a title row,
 * the header row, then one row per item over ten months of 2026 with real Excel dates, a
 * fifth of them adopted (some by a configured outlet), a few instructed — for the
 * departments and writers of `generate.js`'s config.
 */
import ExcelJS from 'exceljs';
import { DEPARTMENTS, PEOPLE } from './generate.js';

/** The 台账's columns as offices head them; scripts/make-taizhang.mjs adds the instruction's text. */
export const HEADERS = [
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
];
const TOPICS = [
  '重大项目建设',
  '稳岗扩就业',
  '农村人居环境整治',
  '安全生产检查',
  '营商环境优化',
  '财政资金直达',
  '城市更新',
  '科技创新平台',
  '消费市场回暖',
  '秋收秋种',
];
const DOINGS = ['取得阶段性成效', '扎实推进', '跑出加速度', '亮点纷呈', '存在薄弱环节需关注', '多措并举抓落实'];
const CATEGORIES = ['重点', '亮点', '热点', '难点'];
const SOURCES = ['文件', '会议', '调研', '基层'];
const OUTLETS = [
  ['南通信息', '', ''],
  ['江苏政务信息', '省级', '刊物'],
  ['市委办公室《海门信息》', '县级', '刊物'],
  ['南通信息专报', '市级', '专报'],
];

/** A deterministic stream of numbers in [0, 1). */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const day = (ms) => new Date(ms - (ms % 86_400_000));

/** Writes `rows` ledger rows to `path`; `outlet` names the config's outlet rows may use. */
export async function writeLedger(path, rows, seed = 7) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const start = Date.UTC(2026, 0, 5);
  const span = Date.UTC(2026, 9, 20) - start;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('台账');
  sheet.addRow(['海门市人民政府办公室2026年政务信息报送台账']);
  sheet.addRow(HEADERS);
  for (let n = 1; n <= rows; n++) {
    const submitted = start + Math.floor(rand() * span);
    const i = Math.floor(rand() * PEOPLE.length);
    const department = DEPARTMENTS[i % DEPARTMENTS.length];
    const adopted = rand() < 0.2 ? pick(OUTLETS) : undefined;
    const instructed = adopted && rand() < 0.25;
    sheet.addRow([
      n,
      day(submitted),
      department,
      PEOPLE[i],
      `${department}${pick(TOPICS)}${pick(DOINGS)}（${n}）`,
      pick(CATEGORIES),
      pick(SOURCES),
      adopted?.[0] ?? null,
      adopted?.[1] || null,
      adopted?.[2] || null,
      adopted ? day(submitted + Math.floor(rand() * 20) * 86_400_000) : null,
      instructed ? '市长' : null,
      instructed ? '市级' : null,
      instructed ? day(submitted + 25 * 86_400_000) : null,
    ]);
  }
  await book.xlsx.writeFile(path);
}

/** The outlets the ledger names, for the bench workspace's config. */
export const LEDGER_OUTLETS = 'outlets:\n  - {name: 南通信息, level: city, form: bulletin, points: 6}\n';
