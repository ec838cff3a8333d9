/**
 * `placeholder`: text a writer meant to fill in and did not — xx月xx日, XX县, ××, 20XX年,
 * 某某 standing for a name (某某局, 由某某负责; 张某某, a name withheld on purpose, is
 * left alone), □□, and notes like （待补充） or 【此处填写数据】.
 */
import { cleanLineRule } from './clean-line.js';
import type { Hit } from './text.js';

const CROSS = /[xXｘＸ×]+/g;
/** After a single x: the word it stands in front of (X月, X县); `X光` and `3×4米` are not placeholders. */
const SINGLE_BEFORE = /[年月日号时县市区镇乡村局委办厅处科]/;
/** What joins two placeholders into one: xx月xx日. */
const JOIN = /[年月日号时分]/;
/** A bracketed note to fill in later. */
const NOTE =
  /[（(【[][ \t]*(?:待(?:补充|补|填写|填|定|核实|核|确认|更新|完善)|此处[^）)】\]\n]{0,12}|数据待[^）)】\]\n]{0,6}|TODO|TBD)[ \t]*[）)】\]]/gi;
const BOXES = /□{2,}/g;
/** 某某 after a family name is a name withheld (张某某); elsewhere it stands for one not yet written. */
const SOMEBODY = /某某+/g;
/** Common family names; words that also work as prepositions (由, 于, 向, 和…) are left out. */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤',
);

const isHan = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && /[0-9０-９]/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/** Runs of x that stand for something, joined across 月/日 (xx月xx日 is one placeholder). */
function crosses(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(CROSS)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1];
    const after = text[end];
    if (isLetter(before) || isLetter(after)) continue;
    const stands =
      m[0].length >= 2
        ? isHan(before) || isHan(after) || isDigit(before) || isDigit(after)
        : after !== undefined && SINGLE_BEFORE.test(after);
    if (!stands) continue;
    const last = spans.at(-1);
    if (last && start === last.end + 1 && JOIN.test(text[last.end]!)) last.end = end;
    else spans.push({ start, end });
  }
  return spans;
}

/** Cheap tests first: most lines hold none of these characters. */
const ANY = /[xXｘＸ×□某待此]|TODO|TBD/i;

export function scanPlaceholder(text: string): Hit[] {
  if (!ANY.test(text)) return [];
  const hits: { index: number; end: number }[] = [];
  if (/[xXｘＸ×]/.test(text)) {
    for (const { start, end } of crosses(text)) {
      // The word it stands in front of, so the message shows `xx月xx日`, `XX县`.
      hits.push({ index: start, end: end < text.length && isHan(text[end]) ? end + 1 : end });
    }
  }
  const add = (pattern: RegExp, keep: (m: RegExpExecArray) => boolean = () => true) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text))
      if (keep(m)) hits.push({ index: m.index, end: m.index + m[0].length });
  };
  if (/[待此]|TODO|TBD/i.test(text)) add(NOTE);
  if (text.includes('□□')) add(BOXES);
  if (text.includes('某某')) add(SOMEBODY, (m) => !SURNAMES.has(text[m.index - 1] ?? ''));
  return hits
    .sort((a, b) => a.index - b.index)
    .map(({ index, end }) => ({ index, params: { text: text.slice(index, end) } }));
}

export const placeholder = cleanLineRule('placeholder', scanPlaceholder);
