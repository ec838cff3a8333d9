import { describe, expect, it } from 'vitest';
import { toItem } from '../../src/core/item.js';
import { hanNumber, headingOf, headingOrder } from '../../src/core/lint/headings.js';

const lint = (body: string) =>
  headingOrder({ item: toItem({}, 'a.md'), body, bodyLine: 1 }).map((f) => [
    f.line,
    f.column,
    f.params.detail,
    f.params.found,
    f.params.expected,
  ]);

describe('heading-order', () => {
  it('accepts the standard sequence, restarting under each parent', () => {
    const body = [
      '一、总体情况',
      '（一）基本情况',
      '1.项目',
      '（1）进度',
      '（2）投资',
      '2.资金',
      '（二）存在问题',
      '二、下一步',
      '（一）加强领导',
      '三、其他',
    ].join('\n');
    expect(lint(body)).toEqual([]);
  });

  it('accepts a body numbered only 1. 2. 3., and Markdown heading marks', () => {
    expect(lint('1. 第一\n2. 第二\n3. 第三')).toEqual([]);
    expect(lint('## 一、甲\n### （一）乙\n## 二、丙')).toEqual([]);
  });

  it('reports a skipped level, naming the level that is missing', () => {
    expect(lint('一、总体\n1.项目\n2.资金')).toEqual([[2, 1, 'skipped', '1.', '（一）']]);
    expect(lint('（一）甲\n（1）乙')).toEqual([[2, 1, 'skipped', '（1）', '1.']]);
  });

  it('reports numbers that do not count up by one', () => {
    expect(lint('一、甲\n三、乙')).toEqual([[2, 1, 'sequence', '三、', '二、']]);
    expect(lint('一、甲\n（二）乙')).toEqual([[2, 1, 'sequence', '（二）', '（一）']]);
    expect(lint('1.甲\n2.乙\n2.丙\n4.丁')).toEqual([
      [3, 1, 'sequence', '2.', '3.'],
      [4, 1, 'sequence', '4.', '3.'],
    ]);
  });

  it('is not fooled by numbers, 一是, or text in code blocks', () => {
    expect(lint('一、甲\n1.5亿元投资\n一是加强\n2026.11 开工\n```\n3.代码\n```\n二、乙')).toEqual([]);
  });

  it('reads Chinese numbers and heading forms', () => {
    expect([
      hanNumber('一'),
      hanNumber('十'),
      hanNumber('十二'),
      hanNumber('二十'),
      hanNumber('二十三'),
      hanNumber('一百零五'),
    ]).toEqual([1, 10, 12, 20, 23, 105]);
    expect(headingOf('(三)半角括号')).toEqual({ level: 1, number: 3, index: 0 });
    expect(headingOf('　　（12）缩进')).toEqual({ level: 3, number: 12, index: 2 });
  });
});
