/**
 * `web-residue`: what a web page leaves in text copied from it — the metadata line
 * (来源：… 发布时间：… 【字号：大 中 小】), the editor's byline (责任编辑：…), the page's
 * buttons (【打印】【关闭】), its footer (转载请注明, ICP备, 版权所有), the breadcrumb, the
 * 相关推荐 list and the titles under it, an image left as `![](…)`, a bare time like `00:21`.
 * A residue is a whole line, or a bracketed byline at the end of a sentence; `info fix`
 * removes it. Sentences that only mention such words (主办单位是…。) are not residue.
 */
import { finding, type Finding } from '../problems.js';
import type { LintInput } from './index.js';
import { lineNoise, withoutNoise } from './noise.js';
import { cleanTitle } from './clean-line.js';
import { proseLines, titleColumn } from './text.js';

/** The part of a line that is residue: the whole line, or its tail. */
export interface ResidueSpan {
  start: number;
  end: number;
  /** What kind of leftover, for the message. */
  kind: 'meta' | 'stamp' | 'footer' | 'buttons' | 'related' | 'breadcrumb' | 'image' | 'byline' | 'site';
}

/** Labels a page puts before its metadata, at the start of a line: `来源：海门日报`. */
const META =
  /^[【[（(]?[ \t\u3000]*(?:责任编辑|编辑|审核|审校|校对|来源|信息来源|稿件来源|文章来源|作者|发布时间|发布日期|发布者|发稿时间|更新时间|浏览次数|阅读次数|阅读量|点击数|点击量|访问量|字号|字体)[ \t\u3000]*[:：]/;
/** A date and time, or a time alone, on a line of its own: `2026-11-03 10:21`, `00:21`. */
const STAMP = /^(?:(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[ \t\u3000]*)?\d{1,2}:\d{2}(?::\d{2})?$/;
/** Only ever on a page's footer or toolbar, wherever they stand in a short line. */
const FOOTER =
  /转载请注明|禁止转载|不得转载|版权所有(?![者人权])|ICP[备证]|公网安备|网站标识码|Copyright|©|打印本页|关闭窗口|返回顶部|扫一扫在手机|微信扫一扫/i;
/** Leftovers that start their line: links and buttons. */
const LEADING =
  /^[【[]?(?:点此查看|点击查看|点击这里|点击进入|阅读原文|查看原文|展开全文|阅读全文|上一篇|下一篇|分享到|主办单位[:：]|承办单位[:：]|技术支持[:：]|网站地图)/;
/** A line made of the page's buttons: 【打印】【关闭】, [打印本页] [关闭窗口], 字号：大 中 小. */
const BUTTON = /^(?:打印|关闭|收藏|分享|保存|纠错|我要纠错|返回|顶部|大|中|小|默认|打印本页|关闭窗口)$/;
/** The heading of a page's list of other articles; the short lines under it are their titles. */
const RELATED =
  /^[【[]?(?:相关推荐|相关阅读|相关新闻|相关文章|相关资讯|推荐阅读|热点推荐|热门推荐|精彩推荐|猜你喜欢|更多新闻)[】\]]?[:：]?$/;
const BREADCRUMB = /^(?:首页|当前位置|您的位置|您现在的位置|位置)[ \t\u3000]*[:：]?.*[>＞»›→]/;
const IMAGE = /^!\\?\[[^\]]*\\?\]\([^)]*\)$|^[【[]图片[】\]]$/;
/** A byline in brackets at the end of a sentence: `……取得实效。（责任编辑：王五）`. */
const BYLINE = /[（(【[][ \t\u3000]*(?:责任编辑|编辑)[ \t\u3000]*[:：][^）)】\]]{1,30}[）)】\]][ \t\u3000]*$/;
/** A web page's title names its site after `_`, `|` or ` - `: `……行动_海门市人民政府`. */
const SITE = /(?:[ \t]*[_|｜][ \t]*|[ \t]+-[ \t]+)[^_|｜]{2,30}(?:网|网站|门户|政府|日报|在线|频道|首页)$/;

/** Residue lines are short: a long line with a sentence in it is content. */
const SHORT = 100;

function isButtons(text: string): boolean {
  if (!/打印|关闭|字号|字体/.test(text)) return false;
  const words = text
    .replace(/字号|字体/g, ' ')
    .split(/[【】[\]（）()\s\u3000|｜·•:：/]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => BUTTON.test(w));
}

/** Residue in one line of text (trimmed of nothing: offsets are the line's). */
export function residueIn(line: string): ResidueSpan | undefined {
  const text = line.trim();
  if (!text) return undefined;
  const whole = (kind: ResidueSpan['kind']): ResidueSpan => ({ start: 0, end: line.length, kind });
  if (STAMP.test(text)) return whole('stamp');
  if (IMAGE.test(text)) return whole('image');
  if (text.length <= SHORT) {
    if (META.test(text) && !/[。！？]$/.test(text)) return whole('meta');
    if (FOOTER.test(text) || LEADING.test(text)) return whole('footer');
    if (isButtons(text)) return whole('buttons');
    if (BREADCRUMB.test(text)) return whole('breadcrumb');
  }
  const byline = line.includes('编辑') ? BYLINE.exec(line) : null;
  if (byline) return byline.index === line.search(/\S/) ? whole('meta') : { ...spanOf(byline), kind: 'byline' };
  return undefined;
}

const spanOf = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length });

/** A title of a related article: short, no full stop, not a heading of this text. */
const relatedTitle = (text: string) =>
  text.length <= 40 && !/[。！？]/.test(text) && !/^[一二三四五六七八九十（(]/.test(text);

/**
 * The residue of each line of a body (by index in `lines`): line by line, and the titles
 * listed under a 相关推荐 heading, up to the first line that is not one.
 */
export function residueLines(lines: readonly string[]): Map<number, ResidueSpan> {
  const found = new Map<number, ResidueSpan>();
  let related = false;
  lines.forEach((line, i) => {
    const text = line.trim();
    if (!text) return;
    if (RELATED.test(text)) {
      related = true;
      found.set(i, { start: 0, end: line.length, kind: 'related' });
      return;
    }
    const own = residueIn(line);
    if (own) found.set(i, own);
    else if (related && relatedTitle(text)) found.set(i, { start: 0, end: line.length, kind: 'related' });
    else related = false;
  });
  return found;
}

/** Residue in a title: the site's name after the page title, or a title that is residue itself. */
export function titleResidue(title: string): ResidueSpan | undefined {
  const site = SITE.exec(title);
  if (site && site.index > 0) return { ...spanOf(site), kind: 'site' };
  return residueIn(title);
}

export function webResidue({ item, body, bodyLine, matter }: LintInput): Finding[] {
  const out: Finding[] = [];
  const inTitle = titleResidue(cleanTitle(item.title));
  if (inTitle) {
    const at = titleColumn(matter, item.title);
    const where = at ? { line: at.line, column: at.column + inTitle.start } : { path: ['title'] };
    out.push(finding('web-residue', 'warning', where, { text: shown(item.title, inTitle) }));
  }
  const raw = body.split('\n');
  const prose = proseLines(body, bodyLine);
  // The raw line (an image's target, a site's address) with the watermark noise blanked.
  const texts = prose.map((p) => withoutNoise(raw[p.line - bodyLine]!.replace(/\r$/, ''), lineNoise(p)));
  for (const [i, span] of residueLines(texts)) {
    const start = span.start + Math.max(0, texts[i]!.slice(span.start).search(/\S/));
    out.push(
      finding('web-residue', 'warning', { line: prose[i]!.line, column: start + 1 }, { text: shown(texts[i]!, span) }),
    );
  }
  return out;
}

function shown(text: string, span: ResidueSpan): string {
  const found = text.slice(span.start, span.end).trim();
  return found.length > 30 ? `${found.slice(0, 29)}…` : found;
}
