import { describe, expect, it } from 'vitest';
import { cleanText, namesIn, splitImported, stripTags, titleKey } from '../../src/core/imported.js';

describe('stripTags', () => {
  it.each([
    ['抓好落实。<script>alert(1)</script>完', '抓好落实。完'],
    ['<img src=x onerror=alert(1)>图', '图'],
    // What is left is no tag: a `<` without its `>`.
    ['<scr<script>ipt>alert(1)</script>x', '<scrx'],
    ['<scr<b>ipt>alert(1)</script>', 'alert(1)'],
    ['a<!-- note -->b', 'ab'],
    ['<b>加粗</b>与<span style="x">文字</span>', '加粗与文字'],
  ])('removes markup from %j', (input, output) => {
    expect(stripTags(input)).toBe(output);
  });

  it.each(['收入增长<5%，支出>3%', '见《通知》<附件1>', '1 < 2 而 3 > 2'])(
    'keeps text in angle brackets that is not a tag: %j',
    (text) => {
      expect(stripTags(text)).toBe(text);
    },
  );
});

describe('cleanText', () => {
  it('drops control and direction-override characters, keeps tabs, joins CRLF and trims line ends', () => {
    expect(cleanText('标题\r\n正\u0007文\u202E内容\u200B\t缩进  \r\n\r\n\r\n\r\n末段\u3000')).toBe(
      '标题\n正文内容\t缩进\n\n末段',
    );
  });
});

describe('splitImported', () => {
  it('takes a Markdown heading as the title and keeps the rest as the body', () => {
    expect(splitImported('\n\n# 我市设施农业 #\n\n正文一。\n\n## 一、做法\n\n- 要点\n', 'docx')).toEqual({
      title: '我市设施农业',
      body: '正文一。\n\n## 一、做法\n\n- 要点\n',
    });
  });

  it('makes each line of plain text its own paragraph and drops full-width indents', () => {
    expect(
      splitImported('\u3000\u3000春节后项目开工\r\n\u3000\u3000第一段。\r\n\u3000\u3000第二段。\r\n', 'txt'),
    ).toEqual({ title: '春节后项目开工', body: '第一段。\n\n第二段。\n' });
  });

  it("uses a Markdown file's front-matter title and drops the front matter", () => {
    expect(splitImported('---\ntitle: 来自前言的标题\nauthor: x\n---\n# 正文标题\n\n内容\n', 'md')).toEqual({
      title: '来自前言的标题',
      body: '# 正文标题\n\n内容\n',
    });
  });

  it('never evaluates front matter in another language', () => {
    const parts = splitImported('---js\n{ title: (() => { throw new Error("ran") })() }\n---\n正文\n', 'md');
    expect(parts?.title).toBe('---js');
  });

  it('strips bold markers and escapes from a title, and HTML from the body', () => {
    expect(splitImported('**关于\\*试点\\*的报告**\n\n正文<iframe src="x"></iframe>。', 'docx')).toEqual({
      title: '关于*试点*的报告',
      body: '正文。\n',
    });
  });

  it('gives null for text with nothing in it', () => {
    expect(splitImported(' \r\n\u3000\n\u200B', 'txt')).toBeNull();
    expect(splitImported('<p></p>', 'md')).toBeNull();
  });

  it('gives a title with an empty body for a one-line file', () => {
    expect(splitImported('只有标题', 'txt')).toEqual({ title: '只有标题', body: '' });
  });
});

describe('namesIn', () => {
  const names = ['财政局', '发改委', '公安局', '交通公安局'];
  it('finds configured names in a file name, several for a joint item', () => {
    expect(namesIn('财政局-设施农业.docx', names)).toEqual(['财政局']);
    expect(namesIn('发改委、财政局联合调研.docx', names)).toEqual(['财政局', '发改委']);
    expect(namesIn('稿件.docx', names)).toEqual([]);
  });
  it('drops a name found only inside a longer one', () => {
    expect(namesIn('交通公安局-春运.txt', names)).toEqual(['交通公安局']);
  });
});

describe('titleKey', () => {
  it('treats width, spaces and punctuation as the same title', () => {
    expect(titleKey('我市 设施农业（试点）')).toBe(titleKey('我市设施农业(试点)'));
    expect(titleKey('我市设施农业')).not.toBe(titleKey('我市设施渔业'));
  });
});
