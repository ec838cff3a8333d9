import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, readConfig } from '../../src/core/config.js';
import { fixBody, fixTitle, planFix, type FixCounts } from '../../src/core/fix.js';
import { splitFile } from '../../src/core/frontmatter.js';

const context = { config: DEFAULT_CONFIG, templateLines: new Set<string>() };
const fix = (body: string, counts: FixCounts = {}) => fixBody(body, DEFAULT_CONFIG, counts);

describe('fixBody', () => {
  it('mends punctuation, drops noise and leftovers with the blank line they leave, replaces words with one right form', () => {
    const counts: FixCounts = {};
    const body = [
      '来源：海门日报  发布时间：2026-11-03 10:21',
      '',
      '今年以来,全市累计投入资金1.2亿元，，完成土方8万方。截止11月底，已布署项目14个。。',
      '',
      ': K7 B; |0 v) B4 E$ j9 W6',
      '',
      '一是加强领导。二是落实责任。（编辑：王五）',
      '',
      '责任编辑：王五',
      '',
      '相关推荐',
      '',
      '临江镇召开冬季水利工作会议',
      '',
    ].join('\n');
    expect(fix(body, counts)).toBe(
      [
        '今年以来，全市累计投入资金1.2亿元，完成土方8万方。截至11月底，已部署项目14个。',
        '',
        '一是加强领导。二是落实责任。',
        '',
      ].join('\n'),
    );
    expect(counts).toEqual({
      'web-residue': 5,
      'noise-line': 1,
      'halfwidth-punctuation': 1,
      'doubled-punctuation': 2,
      'misused-word': 2,
    });
  });

  it('keeps a heading number the watermark is stuck to, and what stands between words', () => {
    expect(fix('9 }; y- x9 n. m4 H1.找准源头,深挖信息。')).toBe('1.找准源头，深挖信息。');
    expect(fix('使用Word文档K# B: |0 v) B4 E$ j0 W6版本')).toBe('使用Word文档版本');
    expect(fix('使用 Word\tK# B: |0 v) B4 E$ j0 W6\t2016 版本')).toBe('使用 Word 2016 版本');
  });

  it('leaves code, links, comments and words with several forms alone', () => {
    const { config } = readConfig({ lint: { words: { 权力: ['权力', '权利'] } } });
    const body = [
      '```',
      '代码,不改。。',
      '```',
      '见`a,b`和[链接](http://x.cn/a,b)，依法行使权力。',
      '<!-- 提示,不改 -->',
    ].join('\n');
    expect(fixBody(body, config)).toBe(body);
  });

  it('mends a pasted page of a megabyte in one go, and a second time changes nothing', () => {
    const page = '文,文，，截止1月K# B: |0 v) B4 E$ '.repeat(35_000);
    const once = fix(page);
    expect(once).toBe('文，文，截至1月'.repeat(35_000));
    expect(fix(once)).toBe(once);
  });

  it('keeps CRLF line ends', () => {
    expect(fix('第一段,内容。\r\n\r\n责任编辑：王五\r\n\r\n第二段。\r\n')).toBe('第一段，内容。\r\n\r\n第二段。\r\n');
  });

  it('fixes nothing a rule set to off would report', () => {
    const { config } = readConfig({ lint: { rules: { 'halfwidth-punctuation': 'off', 'web-residue': 'off' } } });
    expect(fixBody('文字,文字。\n责任编辑：王五', config)).toBe('文字,文字。\n责任编辑：王五');
  });
});

describe('fixTitle', () => {
  it("mends a title's marks and drops a site's name, never making it empty", () => {
    expect(fixTitle('海门市开展冬季农田水利建设,成效明显_海门市人民政府', DEFAULT_CONFIG)).toBe(
      '海门市开展冬季农田水利建设，成效明显',
    );
    expect(fixTitle('K# B: |0 v) B4 E$', DEFAULT_CONFIG)).toBe('K# B: |0 v) B4 E$');
  });
});

describe('planFix', () => {
  it('changes the title and the body, and every other byte of the front matter stays', () => {
    const text = [
      '\uFEFF---',
      'id: 20261103-k7f2   # 编号',
      "title: '海门市开展冬季专项行动,成效明显'",
      'category: key',
      'history:',
      '  - {at: 2026-11-03T09:12:00+08:00, by: 张三, to: draft}',
      'x-unknown: {keep: yes}',
      '---',
      '正文,内容。',
      '',
    ].join('\r\n');
    const planned = planFix(text, context)!;
    expect(planned.text).toBe(
      text
        .replace("'海门市开展冬季专项行动,成效明显'", "'海门市开展冬季专项行动，成效明显'")
        .replace('正文,内容', '正文，内容'),
    );
    expect(planned.counts).toEqual({ 'halfwidth-punctuation': 2 });
  });

  it('gives null for a file whose front matter cannot be read', () => {
    expect(planFix('no front matter', context)).toBeNull();
  });
});

// Property tests: text in the shapes the fixes meet, with no part a rule removes, and with such parts planted.
const WORDS = [
  '我市',
  '项目',
  '开工',
  '建设',
  '群众',
  '服务',
  '资金',
  '完成',
  '全面',
  '推进',
  '一是',
  '第二',
  '同比',
  '增长',
];
const NUMBERS = ['1,000', '2026', '15.6%', '3.14', '12345', '2026年', '9时30分'];
const MARKS = [',', '，', '。', '.', ';', '；', ':', '：', '?', '？', '!', '！', '(', ')', '（', '）', '、', '“', '”'];
const LATIN = ['Word', 'office', 'GDP', 'e.g.', 'http', 'PDF'];
const piece = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(...MARKS),
  fc.constantFrom(...LATIN),
  fc.constantFrom(' ', '  ', '\t', '\u3000'),
);
const cleanLine = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
const NOISE = ['6 w; Q3 n* K0 d[ v7 R$ 2', 'h4 t: L9 w] e2 P& z1 q', 'V0 x] c: F3 h% k8 L*'];
const RESIDUE = [
  '责任编辑：陆一鸣',
  '来源：海门日报  发布时间：2026-11-12 09:45',
  '【打印】【关闭】',
  '00:21',
  '苏ICP备05009999号',
];
const MISUSED: [string, string][] = [
  ['再接再励', '再接再厉'],
  ['一如继往', '一如既往'],
  ['宏扬', '弘扬'],
];

type Line = { text: string; kept: string };
const line = fc.oneof(
  { weight: 6, arbitrary: cleanLine.map((text): Line => ({ text, kept: text })) },
  { weight: 1, arbitrary: fc.constantFrom(...NOISE).map((text): Line => ({ text, kept: '' })) },
  { weight: 1, arbitrary: fc.constantFrom(...RESIDUE).map((text): Line => ({ text, kept: '' })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(cleanLine, fc.constantFrom(...MISUSED), cleanLine)
      .map(([a, [wrong, right], b]): Line => ({ text: `${a}。${wrong}，${b}`, kept: `${a}${right}${b}` })),
  },
);
const body = fc
  .tuple(fc.array(line, { maxLength: 10 }), fc.constantFrom('\n', '\n\n', '\r\n'))
  .map(([lines, eol]) => ({ text: lines.map((l) => l.text).join(eol), kept: lines.map((l) => l.kept).join('') }));

/** The Chinese characters and digits of a text, in order. */
const substance = (text: string) => (text.match(/[\p{Script=Han}0-9]/gu) ?? []).join('');

describe('info fix, for any text', () => {
  it('changes nothing in a text it has fixed', () => {
    fc.assert(
      fc.property(body, ({ text }) => {
        const once = fix(text);
        expect(fix(once)).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  it('loses no Chinese character or digit but those of the noise and leftovers it removes and the words it replaces', () => {
    fc.assert(
      fc.property(body, ({ text, kept }) => {
        expect(substance(fix(text))).toBe(substance(kept));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the front matter byte for byte, but for the title', () => {
    const matter = fc.record({
      eol: fc.constantFrom('\n', '\r\n'),
      bom: fc.boolean(),
      title: fc.tuple(cleanLine, fc.constantFrom(...WORDS)).map(([a, b]) => `${b}${a}`.trim() || b),
      quote: fc.constantFrom('', "'", '"'),
      extra: fc.subarray(['# 注释,不改', 'tags: [项目建设, 民生]   # 标签', 'x-note: "保留,原样"', 'source: meeting']),
    });
    fc.assert(
      fc.property(matter, body, (m, b) => {
        const title = m.quote ? m.title.replace(/['"\\]/g, '') || '标题' : JSON.stringify(m.title);
        const lines = ['---', 'id: 20261103-k7f2', `title: ${m.quote}${title}${m.quote}`, ...m.extra, '---'];
        const text = `${m.bom ? '\uFEFF' : ''}${lines.join(m.eol)}${m.eol}${b.text}`;
        const fixed = planFix(text, context)!.text;
        const head = (t: string) => t.slice(0, t.length - splitFile(t.replace(/^\uFEFF/, '')).body.length);
        const others = (t: string) =>
          head(t)
            .split(m.eol)
            .filter((l) => !l.startsWith('title:'));
        expect(others(fixed)).toEqual(others(text));
        expect(planFix(fixed, context)!.text).toBe(fixed);
      }),
      { numRuns: 300 },
    );
  });
});
