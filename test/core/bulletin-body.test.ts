import { describe, expect, it } from 'vitest';
import { bodyBlocks, headingLevel, issueMarkdown } from '../../src/core/bulletin/body.js';

const texts = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('headingLevel', () => {
  it.each([
    ['一、主要问题', 1],
    ['十二、其他', 1],
    ['（一）运维资金缺口较大。', 2],
    ['(三)专业力量不足', 2],
    ['1.加强统筹', 3],
    ['2．完善机制', 3],
    ['（1）明确责任', 4],
    ['1.5亿元资金已到位', 0],
    ['2026年以来', 0],
    ['一是梳理政策清单', 0],
  ])('%s → %i', (text, level) => {
    expect(headingLevel(text)).toBe(level);
  });
});

describe('bodyBlocks', () => {
  it('makes a heading of a short numbered line and a run-in heading of a numbered paragraph', () => {
    const blocks = bodyBlocks('一、主要问题\n\n（一）运维资金缺口较大。全镇设施年运维费用约380万元。\n\n普通段落。');
    expect(blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 1],
      ['paragraph', 2],
      ['paragraph', 0],
    ]);
    expect(texts(blocks[0]!.runs)).toBe('一、主要问题');
    expect(texts(blocks[1]!.lead)).toBe('（一）运维资金缺口较大。');
    expect(texts(blocks[1]!.runs)).toBe('全镇设施年运维费用约380万元。');
  });

  it('treats every line as a paragraph of its own (Chinese text is not wrapped by hand)', () => {
    const blocks = bodyBlocks('第一段。\n第二段。\n\n第三段。');
    expect(blocks.map((b) => texts(b.runs))).toEqual(['第一段。', '第二段。', '第三段。']);
  });

  it('drops manual indentation and template comments', () => {
    const blocks = bodyBlocks('<!-- 写明时间、地点、数据 -->\n　　全角空格缩进的段落。\n\n  半角空格缩进。');
    expect(blocks.map((b) => texts(b.runs))).toEqual(['全角空格缩进的段落。', '半角空格缩进。']);
  });

  it('keeps raw HTML as the text it is, never as markup', () => {
    const blocks = bodyBlocks('<script>alert(1)</script>正文<b>加粗</b>\n\n<img src=x onerror=alert(1)>');
    expect(blocks.map((b) => texts(b.runs))).toEqual([
      '<script>alert(1)</script>正文<b>加粗</b>',
      '<img src=x onerror=alert(1)>',
    ]);
  });

  it('reads bold, italic, headings, quotes and rules, and leaves other Markdown as typed', () => {
    const blocks = bodyBlocks(
      '## 二、意见建议\n\n**重点**是*落实*。\n\n> 引文。\n\n---\n\n- 列表项\n\n[链接](http://example.com)',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'quote', 'rule', 'paragraph', 'paragraph']);
    expect(blocks[0]!.level).toBe(1);
    expect(blocks[1]!.runs).toEqual([
      { text: '重点', strong: true },
      { text: '是' },
      { text: '落实', em: true },
      { text: '。' },
    ]);
    expect(texts(blocks[4]!.runs)).toBe('- 列表项');
    expect(texts(blocks[5]!.runs)).toBe('[链接](http://example.com)');
  });

  it('splits a run-in heading inside bold text at the sentence end', () => {
    const [block] = bodyBlocks('（二）**设施老化问题显现。2018年前**建成的设施');
    expect(block!.lead).toEqual([{ text: '（二）' }, { text: '设施老化问题显现。', strong: true }]);
    expect(block!.runs).toEqual([{ text: '2018年前', strong: true }, { text: '建成的设施' }]);
  });

  it('removes control characters that cannot go into a document', () => {
    expect(texts(bodyBlocks('前\u0001后\u0008。')[0]!.runs)).toBe('前后。');
  });
});

describe('issueMarkdown', () => {
  it('moves the body’s own headings below the item title and leaves other lines alone', () => {
    const body = '# 一、概况\n\n正文 # 不是标题\n\n### （一）细节\n<!-- 提示 -->\n';
    expect(issueMarkdown(body)).toBe('### 一、概况\n\n正文 # 不是标题\n\n##### （一）细节');
  });
});
