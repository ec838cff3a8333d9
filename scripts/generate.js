#!/usr/bin/env node
/**
 * Builds a realistic workspace for benchmarks: items with Chinese titles and bodies of
 * 1–2 KB, histories through the workflow, adoptions, instructions, joint items, answers to
 * solicitations, and the odd file with problems, spread over four years of folders.
 * Deterministic for a given count and seed, so runs compare.
 *
 *   node scripts/generate.js DIR COUNT [SEED]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A small seeded generator (mulberry32): the same workspace for the same seed. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  ['海门市', 'haimen-shi'],
  ['临江镇', 'lin-jiang-zhen'],
  ['三厂街道', 'san-chang-jie-dao'],
  ['常乐镇', 'chang-le-zhen'],
  ['悦来镇', 'yue-lai-zhen'],
  ['包场镇', 'bao-chang-zhen'],
  ['余东镇', 'yu-dong-zhen'],
  ['开发区', 'kai-fa-qu'],
];
const ACTIONS = [
  ['全力推进', 'quan-li-tui-jin'],
  ['扎实开展', 'zha-shi-kai-zhan'],
  ['创新实施', 'chuang-xin-shi-shi'],
  ['着力破解', 'zhuo-li-po-jie'],
  ['加快推动', 'jia-kuai-tui-dong'],
  ['多措并举抓好', 'duo-cuo-bing-ju-zhua-hao'],
  ['聚焦', 'ju-jiao'],
  ['深入实施', 'shen-ru-shi-shi'],
];
const SUBJECTS = [
  ['重点项目早开工', 'zhong-dian-xiang-mu-zao-kai-gong'],
  ['设施农业建设', 'she-shi-nong-ye-jian-she'],
  ['返乡农民工就业', 'fan-xiang-nong-min-gong-jiu-ye'],
  ['节能减排', 'jie-neng-jian-pai'],
  ['服务外包产业发展', 'fu-wu-wai-bao-chan-ye-fa-zhan'],
  ['农村有线广播进户', 'nong-cun-you-xian-guang-bo-jin-hu'],
  ['沿江沿海开发', 'yan-jiang-yan-hai-kai-fa'],
  ['科技创新平台建设', 'ke-ji-chuang-xin-ping-tai-jian-she'],
  ['营商环境优化', 'ying-shang-huan-jing-you-hua'],
  ['老旧小区改造', 'lao-jiu-xiao-qu-gai-zao'],
  ['防汛防台准备', 'fang-xun-fang-tai-zhun-bei'],
  ['安全生产专项整治', 'an-quan-sheng-chan-zhuan-xiang-zheng-zhi'],
];
const RESULTS = [
  ['成效明显', 'cheng-xiao-ming-xian'],
  ['取得新进展', 'qu-de-xin-jin-zhan'],
  ['见到实效', 'jian-dao-shi-xiao'],
  ['', ''],
  ['群众满意度提升', 'qun-zhong-man-yi-du-ti-sheng'],
];

const SENTENCES = [
  '春节假期刚过，全市四十二个重点项目集中开工，总投资一百八十六亿元，比去年同期提前了半个月。',
  '市发改委牵头建立项目推进周例会制度，逐个项目明确责任领导、责任单位和时间节点，确保问题不过夜。',
  '今年以来，财政累计投入五亿元扶持设施农业等项建设，新建高标准蔬菜大棚一万二千亩，带动农户增收。',
  '针对返乡农民工就业难的问题，人社部门组织专场招聘会十八场，提供岗位六千余个，现场达成意向两千三百人。',
  '各区镇把节能减排作为调结构、转方式的重要抓手，关停落后产能企业十一家，单位产值能耗同比下降百分之六点二。',
  '在推进过程中，我们坚持问题导向，深入基层开展调研，摸清底数，找准症结，分类施策。',
  '下一步，我市将进一步完善工作机制，强化督查考核，确保各项任务按期完成，为全年目标奠定坚实基础。',
  '群众反映，过去办事要跑好几个部门，现在一个窗口就能办结，平均办理时间由五个工作日缩短到一个工作日。',
  '据统计，一至十月全市规模以上工业增加值增长百分之九点八，高于全省平均水平一点五个百分点。',
  '当前仍存在部分项目前期手续办理进度偏慢、要素保障压力较大等问题，需要上级部门在用地指标上给予支持。',
  '该镇创新推行“网格员加志愿者”模式，将全镇划分为八十六个网格，做到小事不出网格、大事不出村居。',
  '为确保汛期安全，水利部门对全市一百二十座涵闸进行了全面检查，发现并整改隐患二十三处。',
  '服务外包产业园已入驻企业一百零六家，从业人员突破八千人，实现离岸执行额一点二亿美元。',
  '老旧小区改造涉及居民四千余户，改造前广泛征求意见，做到“改不改、改什么、怎么改”由群众说了算。',
  '市政府办公室按照“贴近领导，当好参谋；围绕中心，把握重点；服务大局，抓好落实”的要求，优化信息报送机制。',
  '此项工作得到省政府领导的肯定，要求各地参照执行，总结推广经验做法。',
  '从调查情况看，企业普遍反映融资难、用工难的问题依然突出，部分中小企业订单不足，生产经营压力加大。',
  '建议上级部门加大对县域科技创新平台的扶持力度，在人才引进、资金配套等方面出台更加有力的政策措施。',
];
const HEADINGS = ['主要做法', '初步成效', '存在问题', '下一步打算'];
const NUMERALS = '一二三四';
const FIGURES = ['，惠及群众#人', '，新增就业岗位#个', '，完成投资#万元'];
export const DEPARTMENTS = [
  '发改委',
  '财政局',
  '人社局',
  '农业农村局',
  '水利局',
  '住建局',
  '商务局',
  '科技局',
  '应急管理局',
  '教育局',
  '卫健委',
  '生态环境局',
  '临江镇',
  '三厂街道',
  '常乐镇',
  '悦来镇',
  '包场镇',
  '余东镇',
  '开发区管委会',
  '市场监管局',
];
const SURNAMES = '张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
];
const CATEGORIES = ['key', 'highlight', 'hot', 'difficulty'];
const SOURCES = ['document', 'meeting', 'research', 'solicited', 'grassroots'];
const LEVELS = ['county', 'city', 'province', 'national'];
const OUTLETS = { county: '区县信息', city: '南通政务信息', province: '江苏政务信息', national: '国务院办公厅信息' };
const PATHS = [
  ['draft'],
  ['draft', 'submitted'],
  ['draft', 'submitted', 'returned'],
  ['draft', 'submitted', 'edited'],
  ['draft', 'submitted', 'edited', 'approved'],
  ['draft', 'submitted', 'approved', 'published'],
  ['draft', 'submitted', 'edited', 'approved', 'reported'],
  ['draft', 'submitted', 'edited', 'approved', 'published', 'reported', 'adopted'],
  ['draft', 'submitted', 'approved', 'reported', 'declined'],
  ['draft', 'submitted', 'approved', 'reported', 'adopted', 'archived'],
];
const B32 = '0123456789abcdefghjkmnpqrstvwxyz';
const START = Date.UTC(2023, 0, 1);
const DAYS = 4 * 365;

const pad = (n) => String(n).padStart(2, '0');
const ymd = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const stamp = (ms) => `${ymd(ms)}T${pad(new Date(ms).getUTCHours())}:${pad(new Date(ms).getUTCMinutes())}:00+08:00`;

export const PEOPLE = SURNAMES.split('').flatMap((s, i) => [s + GIVEN[i], s + GIVEN[(i + 7) % GIVEN.length]]);

export function configText() {
  const writers = PEOPLE.map(
    (name, i) => `  - {name: ${name}, department: ${DEPARTMENTS[i % DEPARTMENTS.length]}, quota: 3}`,
  );
  return [
    'office: 海门市人民政府办公室',
    'lang: zh-CN',
    'timezone: Asia/Shanghai',
    'bulletin:',
    '  series: 政务信息',
    '  supplement: 增刊',
    'departments:',
    ...DEPARTMENTS.map((d) => `  - {name: ${d}, quota: 6}`),
    'writers:',
    ...writers,
    'quotas: {department: 6, writer: 3}',
    '',
  ].join('\n');
}

function body(rand) {
  const lines = [];
  let bytes = 0;
  const target = 1000 + Math.floor(rand() * 1000);
  // Headings are numbered in the order they appear, as an editor would (一、 then 二、).
  for (let h = 0, numbered = 0; bytes < target; h++) {
    if (h > 0 && h <= HEADINGS.length && rand() < 0.6)
      lines.push('', `${NUMERALS[numbered++]}、${HEADINGS[h - 1]}`, '');
    const para = Array.from(
      { length: 2 + Math.floor(rand() * 3) },
      () => SENTENCES[Math.floor(rand() * SENTENCES.length)],
    ).join('');
    lines.push(para, '');
    bytes += Buffer.byteLength(para);
  }
  return lines.join('\n');
}

function history(rand, t0, author, path) {
  let t = t0 + 9 * 3600e3 + Math.floor(rand() * 8 * 3600e3);
  return path.map((to, i) => {
    const entry = `{at: ${stamp(t)}, by: ${i === 0 ? author : '信息科'}, ${i ? `from: ${path[i - 1]}, ` : ''}to: ${to}${to === 'returned' ? ', note: 请补充数据' : ''}}`;
    t += Math.floor((0.2 + rand() * 3) * 86400e3);
    return { entry, t };
  });
}

/** One item file: its path and text. `topics` are ids an item may answer. */
function item(rand, n, ids, topics) {
  const day = Math.floor((n / Math.max(1, ids.total)) * DAYS + rand() * 3) % DAYS;
  const t0 = START + day * 86400e3;
  const date = ymd(t0);
  let id;
  do id = `${date.replaceAll('-', '')}-${Array.from({ length: 4 }, () => B32[Math.floor(rand() * 32)]).join('')}`;
  while (ids.has(id));
  ids.add(id);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const parts = [pick(PLACES), pick(ACTIONS), pick(SUBJECTS), pick(RESULTS)];
  // A figure makes titles of one month differ, as real ones do (the items of a month are
  // numbered together, so the figure never repeats within it).
  const title = `${parts.map((p) => p[0]).join('')}${FIGURES[n % FIGURES.length].replace('#', String(100 + (n % 9000)))}`;
  const slug = parts
    .map((p) => p[1])
    .filter(Boolean)
    .join('-')
    .slice(0, 48)
    .replace(/-+$/, '');
  const author = pick(PEOPLE);
  const department = DEPARTMENTS[PEOPLE.indexOf(author) % DEPARTMENTS.length];
  const joint = rand() < 0.08 ? `[${department}, ${pick(DEPARTMENTS.filter((d) => d !== department))}]` : department;
  // One item in five hundred skips review: an illegal move that validate warns about.
  const path = rand() < 0.002 ? ['draft', 'approved'] : pick(PATHS);
  const hist = history(rand, t0, author, path);
  const status = path[path.length - 1];
  const adopted = path.includes('adopted');
  const topic = topics.length && rand() < 0.05 ? pick(topics) : null;
  const lines = [
    '---',
    `id: ${id}`,
    `title: ${title}`,
    `category: ${pick(CATEGORIES)}`,
    `source: ${topic ? 'solicited' : pick(SOURCES)}`,
  ];
  if (rand() < 0.4) lines.push(`nature: ${rand() < 0.5 ? 'sign' : 'result'}`);
  lines.push(`status: ${status}`, `department: ${joint}`, `authors: [${author}]`, `created: ${date}`);
  if (topic) lines.push(`topic: ${topic}`);
  lines.push(`tags: [${pick(SUBJECTS)[0].slice(0, 4)}]`, 'history:', ...hist.map((h) => `  - ${h.entry}`));
  const last = hist[hist.length - 1].t;
  lines.push(
    adopted
      ? `adoptions:\n${Array.from({ length: 1 + Math.floor(rand() * 2) }, () => {
          const level = pick(LEVELS);
          return `  - {level: ${level}, form: ${rand() < 0.2 ? 'special' : 'bulletin'}, outlet: ${OUTLETS[level]}, date: ${ymd(last + rand() * 5 * 86400e3)}}`;
        }).join('\n')}`
      : 'adoptions: []',
  );
  lines.push(
    adopted && rand() < 0.3
      ? `instructions:\n  - {leader: 王市长, level: city, date: ${ymd(last + 86400e3)}, text: 此经验值得推广}`
      : 'instructions: []',
  );
  lines.push(
    path.includes('published')
      ? `bulletins: [${date.slice(0, 4)}-${pad(1 + Math.floor(rand() * 40))}]`
      : 'bulletins: []',
    '---',
    body(rand),
  );
  return { path: `items/${date.slice(0, 4)}/${date.slice(5, 7)}/${id}-${slug}.md`, text: lines.join('\n') };
}

function topicFile(rand, n, ids) {
  const date = ymd(START + Math.floor(rand() * DAYS) * 86400e3);
  const id = `${date.replaceAll('-', '')}-t${String(n).padStart(3, '0').slice(-3)}`;
  ids.add(id);
  const departments = [
    ...new Set(Array.from({ length: 3 }, () => DEPARTMENTS[Math.floor(rand() * DEPARTMENTS.length)])),
  ];
  const text = [
    '---',
    `id: ${id}`,
    `title: 关于报送${SUBJECTS[n % SUBJECTS.length][0]}情况的约稿`,
    `departments: [${departments.join(', ')}]`,
    `due: ${ymd(Date.parse(date) + 20 * 86400e3)}`,
    'brief: 请围绕主题报送典型做法和成效',
    `created: ${date}`,
    '---',
    '',
  ].join('\n');
  return { path: `topics/${id}-yue-gao.md`, text };
}

/** Writes a workspace of `count` items into `dir` (which should be empty). */
export function generateWorkspace(dir, count, seed = 1) {
  const rand = prng(seed);
  const ids = new Set();
  ids.total = count;
  writeFileSync(join(dir, 'info.config.yaml'), configText());
  mkdirSync(join(dir, 'templates', 'items'), { recursive: true });
  writeFileSync(
    join(dir, 'templates', 'items', 'default.md'),
    '---\nid:\ntitle:\nstatus: draft\n---\n（导语：一句话写清何时、何地、何事、何效果。）\n',
  );
  const topics = [];
  const made = new Set();
  const put = ({ path, text }) => {
    const folder = path.slice(0, path.lastIndexOf('/'));
    if (!made.has(folder)) {
      mkdirSync(join(dir, folder), { recursive: true });
      made.add(folder);
    }
    writeFileSync(join(dir, path), text);
  };
  for (let n = 0; n < Math.max(1, Math.floor(count / 1000)); n++) {
    const topic = topicFile(rand, n, ids);
    topics.push(topic.path.slice(7, 20));
    put(topic);
  }
  for (let n = 0; n < count; n++) put(item(rand, n, ids, topics));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    process.stderr.write('usage: node scripts/generate.js DIR COUNT [SEED]\n');
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  generateWorkspace(dir, Number(count), Number(seed ?? 1));
}
