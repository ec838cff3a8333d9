import { describe, expect, it } from 'vitest';
import { toItem } from '../../src/core/item.js';
import { recordSections, wrap } from '../../src/cli/show-records.js';
import { createUi } from '../../src/cli/ui.js';
import { displayWidth } from '../../src/core/width.js';

function ui(lang: 'en' | 'zh-CN', columns?: number) {
  const out = { write: () => true, isTTY: columns !== undefined, columns };
  return createUi(lang, { stdout: out, stderr: { write: () => true }, stdin: {} }, { NO_COLOR: '1' }, false);
}

describe('wrap', () => {
  it('breaks Chinese anywhere but never starts a line with closing punctuation', () => {
    const lines = wrap('请补充全镇助餐点数量，覆盖老人人数和每餐补贴标准。', 20);
    expect(lines.join('')).toBe('请补充全镇助餐点数量，覆盖老人人数和每餐补贴标准。');
    expect(lines[0]).toBe('请补充全镇助餐点数量，');
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。]/);
  });

  it('breaks English at spaces and keeps given line breaks', () => {
    expect(wrap('add the source of the figures\nand check them', 14)).toEqual([
      'add the source',
      'of the figures',
      'and check them',
    ]);
    expect(wrap('no width, no wrapping at all', undefined)).toEqual(['no width, no wrapping at all']);
  });
});

describe('the records of info show', () => {
  const history = [
    { at: '2026-11-24T09:00:00+08:00', by: '曹红梅', to: 'submitted' },
    {
      at: '2026-11-28T12:08:42+08:00',
      by: '编辑甲',
      from: 'submitted',
      to: 'returned',
      note: '请补充全镇助餐点数量、覆盖老人人数和每餐补贴标准；第二段的原因分析过于笼统。',
    },
    { at: '2026-11-28T12:08:45+08:00', by: '曹红梅', from: 'returned', to: 'submitted' },
  ];
  const item = toItem(
    {
      id: '20261124-jtma',
      status: 'submitted',
      history,
      instructions: [{ leader: '王市长', level: 'city', date: '2026-11-28', text: '阅。', due: '2026-12-31' }],
    },
    'items/a.md',
  );

  it('puts a long note on lines of its own under the move, wrapped to the terminal', () => {
    const lines = recordSections(ui('zh-CN', 60), item, {});
    expect(lines.slice(0, 3)).toEqual(['', '流转记录（3）', '  2026-11-24 09:00  曹红梅  → 待审']);
    const notes = lines.slice(4, lines.indexOf('  2026-11-28 12:08  曹红梅  退回修改 → 待审'));
    expect(notes.length).toBeGreaterThan(1);
    for (const line of notes) {
      expect(line.startsWith(' '.repeat(28))).toBe(true);
      expect(displayWidth(line)).toBeLessThanOrEqual(59);
    }
    expect(notes.map((l) => l.trim()).join('')).toBe(history[1]!.note);
    expect(lines.slice(-3)).toEqual([
      '领导批示（1）',
      '  2026-11-28  王市长（市）  办理期限 2026-12-31',
      '              阅。',
    ]);
  });

  it('does not cut or wrap anything when the output is not a terminal', () => {
    const lines = recordSections(ui('en'), item, {});
    expect(lines).toContain(`                            ${history[1]!.note}`);
    expect(lines).toContain('  2026-11-28  王市长 (city)  due 2026-12-31');
  });
});
