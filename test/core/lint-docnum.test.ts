import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/core/config.js';
import { toItem } from '../../src/core/item.js';
import { docnumBrackets, scanDocnum } from '../../src/core/lint/docnum.js';

const context = { config: readConfig({}).config, templateLines: new Set<string>() };

describe('docnum-brackets', () => {
  it.each([
    ['海政发[2026]12号', '[2026]'],
    ['海政办发【2025】3号', '【2025】'],
    ['通政发(2026)101号', '(2026)'],
    ['苏政发（2026）1号', '（2026）'],
    ['国办函［2024］ 15 号', '［2024］'],
  ])('flags the year brackets in %j', (text, found) => {
    expect(scanDocnum(`根据${text}文件精神`)).toEqual([
      { index: 2 + text.indexOf(found), params: { found, fix: `〔${found.replace(/\D/g, '')}〕` } },
    ]);
  });

  it.each(['海政发〔2026〕12号', '2026年(上半年)', '[2026]年度', '第(2026)期', '海政发[2026]号', '见附件[1]'])(
    'leaves %j alone',
    (text) => {
      expect(scanDocnum(text)).toEqual([]);
    },
  );

  it('checks the title and the body, placing each finding at its column', () => {
    const item = toItem({ title: '关于海政发[2026]12号的通知' }, 'a.md');
    const found = docnumBrackets(
      {
        item,
        body: '正文\n依据通政发(2025)3号。',
        bodyLine: 10,
        matter: '\nid: x\ntitle: 关于海政发[2026]12号的通知\n',
      },
      context,
    );
    expect(found.map((f) => [f.line, f.column, f.params.found])).toEqual([
      [3, 'title: 关于海政发['.length, '[2026]'],
      [11, '依据通政发('.length, '(2025)'],
    ]);
  });
});
