import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { titleFromFileName } from '../../src/core/import-title.js';
import { splitImported } from '../../src/core/imported.js';
import { decodeEntities, plainLine } from '../../src/core/plain-text.js';

const options = { titleMax: 40, fileTitle: '冬季农田水利', names: ['临江镇', '发改委', '张三'] };
const txt = (text: string) => splitImported(text, 'txt', options);

describe('the title of a received text', () => {
  it('joins two short lines before the first blank line', () => {
    expect(txt('三厂街道推行“网格+志愿者”模式\n打通服务群众“最后一米”\n\n正文第一段。')).toEqual({
      title: '三厂街道推行“网格+志愿者”模式打通服务群众“最后一米”',
      body: '正文第一段。\n',
    });
    expect(splitImported('**在全市优化营商环境推进会上的**\n讲话提纲\n\n同志们：', 'docx', options)?.title).toBe(
      '在全市优化营商环境推进会上的讲话提纲',
    );
  });

  it.each([
    ['a date', '我市重大项目推进情况\n（2026年11月）\n\n正文。'],
    ['a byline', '我市重大项目推进情况\n发改委 张三\n\n正文。'],
    ['an office', '我市重大项目推进情况\n海门市住建局\n\n正文。'],
    ['a salutation', '在全市会议上的讲话\n同志们：\n\n正文。'],
    ['a sentence', '我市重大项目推进顺利\n全市项目进展顺利。\n\n正文。'],
    ['no blank line', '我市重大项目推进顺利\n全市项目进展顺利\n正文。'],
    ['a two-line file', '我市重大项目推进顺利\n全市项目进展顺利'],
  ])('keeps one line as the title when the second is %s', (_, text) => {
    expect(txt(text)?.title).toBe(text.split('\n')[0]);
  });

  it('skips a first line of marks only, keeps noise and leftovers in the body, and says so', () => {
    expect(txt('|\n来源：海门日报\n临江镇冬季农田水利建设全面展开\n正文。')).toEqual({
      title: '临江镇冬季农田水利建设全面展开',
      body: '来源：海门日报\n\n正文。\n',
      notes: [{ kind: 'junk', params: { line: '|', title: '临江镇冬季农田水利建设全面展开' } }],
    });
  });

  it('keeps a first line longer than titleMax in the body and takes the title from the file name', () => {
    const long = '今年以来'.repeat(15);
    expect(txt(`${long}\n第二段。`)).toEqual({
      title: '冬季农田水利',
      body: `${long}\n\n第二段。\n`,
      notes: [{ kind: 'long', params: { length: 60, max: 40, title: '冬季农田水利' } }],
    });
    expect(splitImported(`${long}\n第二段。`, 'txt', { titleMax: 40 })?.notes).toEqual([
      { kind: 'longKept', params: { length: 60, max: 40, title: long } },
    ]);
  });

  it('names a text with no line that could be a title after its file', () => {
    expect(txt('|\n——\n00:21\n')).toEqual({
      title: '冬季农田水利',
      body: '00:21\n',
      notes: [{ kind: 'none', params: { title: '冬季农田水利' } }],
    });
  });

  it.each([
    ['临江镇-冬季农田水利.txt', '冬季农田水利'],
    ['01-临江镇-冬季农田水利建设.docx', '冬季农田水利建设'],
    ['20261103_发改委_重点 项目.txt', '重点项目'],
    ['张三（发改委）关于项目早开工的报告.md', '关于项目早开工的报告'],
    ['临江镇.txt', '临江镇'],
    ['2026.txt', '2026'],
  ])('makes a title from the file name %j', (name, title) => {
    expect(titleFromFileName(name, options.names)).toBe(title);
  });
});

describe('plain text stays text', () => {
  const md = new MarkdownIt({ html: false });
  it.each([
    '# p; q: f S3 i4 Z1 H一是围绕重点工作',
    '## 一、主要做法',
    '> 引用',
    '- 项目',
    '* 项目',
    '+ 项目',
    '1. 加强领导',
    '2) 落实责任',
    '---',
    '* * *',
    '```',
    '~~~',
    '[1]: 注释',
    '![](http://x/a.png)',
    '见图![示意图](a.png)所示',
  ])('%j is one paragraph of exactly its text', (line) => {
    const tokens = md.parse(plainLine(line), {});
    expect(tokens.map((t) => t.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
    expect(tokens[1]!.children!.map((t) => t.type)).toEqual(['text']);
    expect(tokens[1]!.children![0]!.content).toBe(line);
  });

  it('leaves lines Markdown reads as text as they are', () => {
    for (const line of ['1.找准源头', '一、明确内容', '#标签', '-5℃', '3.14%']) expect(plainLine(line)).toBe(line);
  });

  it('turns the entities a web page left into their characters, and no tag survives', () => {
    expect(decodeEntities('&nbsp;&nbsp;为保障&ldquo;舌尖上的安全&rdquo;&#65;&#x4e2d;&amp;&nbsp')).toBe(
      '  为保障“舌尖上的安全”A中& ',
    );
    expect(txt('标题\n<p>&lt;script&gt;alert(1)&lt;/script&gt;正文&amp;内容</p>')).toEqual({
      title: '标题',
      body: '正文&内容\n',
    });
  });

  it('keeps an entity-shaped text an entity-shaped text', () => {
    const body = txt('标题\nR&D;是研发')!.body;
    expect(md.renderInline(body.trim())).toBe('R&amp;D;是研发');
  });
});
