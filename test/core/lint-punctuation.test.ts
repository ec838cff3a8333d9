import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze.js';
import { readConfig } from '../../src/core/config.js';
import { toItem } from '../../src/core/item.js';
import { halfwidthPunctuation, scanHalfwidth } from '../../src/core/lint/punctuation.js';
import { prose } from '../../src/core/lint/text.js';
import { itemText } from '../helpers.js';

const context = { config: readConfig({}).config, templateLines: new Set<string>() };
/** As the rule reads a line: code, link targets and addresses blanked first. */
const marks = (text: string) => scanHalfwidth(prose(text)).map((h) => `${h.index}${h.params.char}`);

describe('halfwidth-punctuation', () => {
  it.each([
    ['全市,共42个项目', ['2,']],
    ['这是什么?真好!', ['4?', '7!']],
    ['联系 info.desk@example.gov.cn,谢谢', ['27,']],
    ['备注:见附件;另', ['2:', '6;']],
    ['项目(一期)开工', ['2(', '5)']],
    ['他说: Hello, world', ['2:']],
    ['iPhone 15 Pro, 售价较高', ['13,']],
    ['1)找准源头', ['1)']],
  ])('flags the marks inside Chinese in %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    '共1,000元，上午9:30开会。',
    'Hello, world! (English text): fine?',
    '详见 https://example.gov.cn/a?b=1,2 或 www.example.cn/x:y。',
    '运行 `a(b, c)` 即可。',
    '如图![示意图](images/a,b.png)所示，参见[通知](https://x.cn/a?b=1,2)。',
    '海政发(2026)12号文件',
    '全角标点，没问题：对吗？好！（括号）',
  ])('leaves %j alone', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it('places findings in the body and in the title, with file line and column', () => {
    const text = itemText({ title: '春节后,海门市项目早开工', body: '第一段。\n全市,共42个项目' });
    const found = analyzeText(text, 'items/a.md', 'item', context).problems.filter(
      (p) => p.rule === 'halfwidth-punctuation',
    );
    const lines = text.split('\n');
    expect(found).toEqual([
      expect.objectContaining({ line: 3, column: 'title: 春节后,'.length, params: { char: ',', fix: '，' } }),
      expect.objectContaining({ line: lines.indexOf('全市,共42个项目') + 1, column: 3 }),
    ]);
  });

  it('places a quoted or oddly written title on the title line', () => {
    const item = toItem({ title: '春节后,开工' }, 'a.md');
    expect(halfwidthPunctuation({ item, body: '', bodyLine: 5, matter: '\ntitle: "春节后,开工"\n' }, context)).toEqual([
      expect.objectContaining({ line: 2, column: 'title: "春节后,'.length }),
    ]);
    expect(
      halfwidthPunctuation({ item, body: '', bodyLine: 5, matter: '\ntitle: >-\n  春节后,开工\n' }, context),
    ).toEqual([expect.objectContaining({ path: ['title'] })]);
  });

  it('sums up a pasted page of commas: fifty findings and one that counts the rest', () => {
    const text = itemText({ body: '甲,乙'.repeat(500) });
    const found = analyzeText(text, 'items/a.md', 'item', context).problems.filter(
      (p) => p.rule === 'halfwidth-punctuation',
    );
    expect(found).toHaveLength(51);
    expect(found[50]!.params).toEqual({ detail: 'more', count: 450 });
  });
});
