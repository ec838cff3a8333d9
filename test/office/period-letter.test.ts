/**
 * A letter to one unit as Word makes it: the DOCX of the Haimen example's 常乐镇 for the
 * fourth quarter, printed by LibreOffice, is one A4 page with the title on top, the unit's
 * figures, its three sections and the office's signature at the foot of the text.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, testdir } from '../helpers.js';
import { A4, compact, docxToPdf, findLine, once, pageText, readPdf } from './office.js';

const NOW = { INFO_NOW: '2026-12-05T10:00:00+08:00' };

const printed = once(async () => {
  const root = testdir();
  cpSync(join(ROOT, 'examples/haimen'), root, { recursive: true });
  const out = join(root, 'letters');
  const args = ['report', '--quarter', '2026-Q4', '--letters', '--format', 'docx', '--out', out];
  const written = await cli(args, { cwd: root, env: NOW });
  expect(written.code).toBe(0);
  return readPdf(await docxToPdf(join(out, '常乐镇.docx')));
});

describe('a unit’s letter DOCX, printed by LibreOffice', () => {
  it('is one A4 page, the title at its top', async () => {
    const pages = await printed();
    expect(pages).toHaveLength(1);
    expect(pages[0]!.width).toBeCloseTo(A4.width, 0);
    const title = findLine(pages, '2026年第四季度政务信息工作情况告知书')!;
    expect(title.line.yMin).toBeLessThan(pages[0]!.height / 4);
  });

  it('gives the figures, the sections in order and the signature below them', async () => {
    const pages = await printed();
    const text = compact(pageText(pages[0]!));
    expect(text).toContain('常乐镇：');
    expect(text).toContain('你单位已被取消本年度评优资格');
    const order = ['一、采用信息', '二、加减分情况', '三、尚未报送的约稿', '海门市人民政府办公室', '2026年12月5日'];
    const ys = order.map((phrase) => findLine(pages, phrase)!.line.yMin);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    const sign = findLine(pages, '2026年12月5日')!.line;
    expect(sign.xMax).toBeGreaterThan(pages[0]!.width / 2);
  });
});
