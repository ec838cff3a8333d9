/** The writer of a department's file, read from its credit line (作者/供稿…), and the body without it. */
import { describe, expect, it } from 'vitest';
import { creditLine } from '../../src/core/credit-line.js';

const departments = ['发改委', '财政局', '临江镇'];

describe('creditLine', () => {
  it.each([
    ['作者：张三', ['张三']],
    ['供稿：发改委 张三', ['张三']],
    ['（供稿单位：市发改委  供稿人：张三  审核人：李四）', ['张三']],
    ['撰稿人:王五、赵六', ['王五', '赵六']],
    ['【信息员：钱七】', ['钱七']],
  ])('reads “%s”', (line, authors) => {
    const body = `临江镇完成农村改厕1200户。\n\n${line}\n`;
    const credit = creditLine(body, departments);
    expect(credit.authors).toEqual(authors);
    expect(credit.body).toBe('临江镇完成农村改厕1200户。\n');
  });

  it('reads a line under the title too, and leaves the rest of the body as it was', () => {
    const credit = creditLine('作者：张三\n\n一是……\n\n二是……\n', departments);
    expect(credit).toEqual({ authors: ['张三'], body: '一是……\n\n二是……\n' });
  });

  it('finds nothing in a line that only names the unit, the reviewer, or in the middle of the text', () => {
    const middle = '一段。\n\n二段。\n\n三段。\n\n作者：张三\n\n四段。\n\n五段。\n\n六段。\n\n七段。\n';
    for (const body of ['正文。\n\n供稿单位：发改委\n', '正文。\n\n审核人：李四\n', middle, '本文作者认为……\n'])
      expect(creditLine(body, departments)).toEqual({ authors: [], body });
  });
});
