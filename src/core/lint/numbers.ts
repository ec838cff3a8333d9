/**
 * `missing-number`: a unit with no figure before it, where a figure belongs — the number
 * was lost in copying or never written: 种植面积亩, 产量吨, 占%以上, 投入资金万元, 提高个百分点.
 * A percent sign needs a figure wherever it stands; a unit needs one after the words that
 * take a quantity (面积, 投入, 新增, 累计…), when the unit ends the phrase (提高亩产, 亿元以上项目
 * and 新增个体户 are fine). The line is walked once; only where a unit's last character ends a
 * phrase is anything compared.
 */
import { cleanLineRule } from './clean-line.js';
import type { Hit } from './text.js';

/** Units that need a figure after any word taking a quantity. */
const MEASURES = [
  '万亩',
  '亩',
  '万吨',
  '吨',
  '亿元',
  '万元',
  '元',
  '平方公里',
  '公里',
  '千米',
  '万平方米',
  '平方米',
  '立方米',
  '万千瓦时',
  '千瓦时',
  '万人次',
  '人次',
  '个百分点',
  '倍',
];
/** Counting words: only after the words that certainly take a count (新增户 but not 为人). */
const COUNTS = ['户', '人', '家', '个', '项', '名', '台', '辆', '套', '座', '场', '件'];

/** Words before a measure: 面积亩, 投入万元, 增长倍; any 量 or 额 (削减量吨, 销售额万元). */
const QUANTITY = byLast([
  '量',
  '额',
  '面积',
  '产量',
  '总量',
  '总额',
  '金额',
  '资金',
  '投资',
  '投入',
  '收入',
  '产值',
  '营收',
  '规模',
  '达',
  '达到',
  '约',
  '共',
  '共计',
  '累计',
  '合计',
  '总计',
  '完成',
  '实现',
  '新增',
  '增加',
  '增长',
  '下降',
  '减少',
  '提高',
  '降低',
  '超过',
  '逾',
  '突破',
  '占地',
  '发放',
  '拨付',
  '筹集',
  '安排',
  '补贴',
  '补助',
  '奖励',
  '节约',
  '节省',
  '减免',
  '接待',
]);
/** Words before a count: 新增户, 惠及人, 排查家. */
const COUNTING = byLast([
  '新增',
  '累计',
  '共计',
  '合计',
  '总计',
  '惠及',
  '覆盖',
  '带动',
  '吸纳',
  '安置',
  '培训',
  '招聘',
  '帮助',
  '受理',
  '办结',
  '化解',
  '排查',
  '检查',
  '整改',
  '建成',
  '新建',
  '达到',
  '超过',
  '突破',
  '涉及',
]);

const UNITS = byLast([...MEASURES, ...COUNTS]);

/** A table over the UTF-16 codes: 1 for each of `chars`. Looked up once per character of a line. */
function codes(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const char of chars) table[char.charCodeAt(0)] = 1;
  return table;
}
const UNIT_LAST = codes(UNITS.keys());
/** What may follow a unit that ends its phrase: a space, a mark, the end; or 左右, 多, 余, 以上, 以下. */
const ENDER = codes(' \t\u3000，。、；：！？）)”"…—,.;:!?多余');

const [LEFT, RIGHT, FROM, ABOVE, BELOW] = [...'左右以上下'].map((c) => c.charCodeAt(0));

function endsPhrase(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  if (ENDER[code] === 1) return true;
  const next = text.charCodeAt(at + 1);
  return (code === LEFT && next === RIGHT) || (code === FROM && (next === ABOVE || next === BELOW));
}

const PERCENT = /[%％‰]/g;
/** Characters of a figure written in words: 三千亩, 两倍, 百分之. */
const NUMERAL = /[零〇一二三四五六七八九十百千万亿两几半数]/;
/** 亿元以上项目, 万元以下: a size class, not a lost figure. */
const CLASS = /^(?:以上|以下)/;

const isHan = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);

/** The word taking a quantity that ends just before `at`, if any (the longest that fits). */
function wordBefore(text: string, at: number, words: ReadonlyMap<string, readonly string[]>): string | undefined {
  return words.get(text[at - 1] ?? '')?.find((word) => text.startsWith(word, at - word.length));
}

/** Words by their last character, longest first: compared in place, nothing cut out of the line. */
function byLast(words: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const word of words) out.set(word.at(-1)!, [...(out.get(word.at(-1)!) ?? []), word]);
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
}

/** How many Han characters (at most two) stand just before `at`. */
function leadingHan(text: string, at: number): number {
  let n = 0;
  while (n < 2 && isHan(text[at - n - 1])) n++;
  return n;
}

function percentHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(PERCENT)) {
    let i = m.index - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    const before = text[i];
    if (isHan(before) && !NUMERAL.test(before!)) {
      const start = Math.max(0, i - 1);
      hits.push({ index: m.index, params: { found: `${text.slice(start, i + 1)}${m[0]}`, unit: m[0] } });
    }
  }
  return hits;
}

export function scanMissingNumber(text: string): Hit[] {
  const hits = /[%％‰]/.test(text) ? percentHits(text) : [];
  for (let i = 0; i < text.length; i++) {
    if (UNIT_LAST[text.charCodeAt(i)] !== 1 || !endsPhrase(text, i + 1)) continue;
    const end = i + 1;
    const unit = UNITS.get(text[i]!)!.find((u) => text.endsWith(u, end));
    if (!unit || (/[万亿]元$/.test(unit) && CLASS.test(text.slice(end, end + 2)))) continue;
    const start = end - unit.length;
    const word = wordBefore(text, start, COUNTS.includes(unit) ? COUNTING : QUANTITY);
    if (!word) continue;
    // 量 and 额 end a longer word: show it (削减量吨, 销售额万元).
    const from = start - word.length - (word.length === 1 ? leadingHan(text, start - 1) : 0);
    hits.push({ index: start - word.length, params: { found: text.slice(from, end), unit } });
  }
  return hits.sort((a, b) => a.index - b.index);
}

export const missingNumber = cleanLineRule('missing-number', scanMissingNumber);
