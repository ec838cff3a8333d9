/**
 * `info export` (上报件): one file per item, named after its id and title, in docx, md or txt,
 * with the reporting unit and the contact line; items unchanged; files kept unless --force.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cli, itemText, workspace } from '../helpers.js';

const CONFIG = `office: 海门市人民政府办公室
lang: zh-CN
writers: [{name: 陆卫东, department: 财政局, phone: 0513-82123456}]
`;
const A = '20261105-aaa1';
const B = '20261106-bbb2';
const files = {
  [`items/a.md`]: itemText({
    id: A,
    title: '惠企资金“免申即享”/兑付1.8亿元',
    department: '[财政局, 发改委]',
    authors: '[陆卫东, 顾建华]',
    body: '<!-- 提示 -->\n今年以来，兑付资金**1.8亿元**。\n\n# 主要做法\n\n一是梳理清单。',
  }),
  [`items/b.md`]: itemText({ id: B, title: '第二条', department: '临江镇', authors: '[季永军]' }),
};

describe('info export', { timeout: 60_000 }, () => {
  it('writes each item as a file named after its id and title, in every format, and changes no item', async () => {
    const root = workspace(files, CONFIG);
    const before = readFileSync(join(root, 'items/a.md'), 'utf8');
    for (const format of ['docx', 'md', 'txt']) {
      const result = await cli(['export', A, B, '--format', format, '--out', 'out', '--json'], { cwd: root });
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual([
        { id: A, file: `out/${A}-惠企资金“免申即享” 兑付1.8亿元.${format}` },
        { id: B, file: `out/${B}-第二条.${format}` },
      ]);
    }
    expect(readdirSync(join(root, 'out')).length).toBe(6);
    const md = readFileSync(join(root, `out/${A}-惠企资金“免申即享” 兑付1.8亿元.md`), 'utf8');
    expect(md).toBe(
      '# 惠企资金“免申即享”/兑付1.8亿元\n\n今年以来，兑付资金**1.8亿元**。\n\n## 主要做法\n\n一是梳理清单。\n\n' +
        '（报送单位：财政局、发改委　联系人：陆卫东（0513-82123456）、顾建华）\n',
    );
    const txt = readFileSync(join(root, `out/${A}-惠企资金“免申即享” 兑付1.8亿元.txt`), 'utf8');
    expect(txt.startsWith('\uFEFF惠企资金“免申即享”/兑付1.8亿元\r\n\r\n　　今年以来，兑付资金1.8亿元。\r\n')).toBe(
      true,
    );
    expect(txt.endsWith('联系人：陆卫东（0513-82123456）、顾建华）\r\n')).toBe(true);
    const docx = strFromU8(
      unzipSync(readFileSync(join(root, `out/${A}-惠企资金“免申即享” 兑付1.8亿元.docx`)))['word/document.xml']!,
    );
    expect(docx).toContain('惠企资金“免申即享”/兑付1.8亿元');
    expect(docx).toContain('方正小标宋简体');
    expect(docx).toContain('（报送单位：财政局、发改委　联系人：陆卫东（0513-82123456）、顾建华）');
    expect(docx).toContain('<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"');
    expect(readFileSync(join(root, 'items/a.md'), 'utf8')).toBe(before);
  });

  it('keeps a file already there unless --force, and carries on with the other items', async () => {
    const root = workspace(files, CONFIG);
    expect((await cli(['export', A, '--format', 'md'], { cwd: root })).code).toBe(0);
    const again = await cli(['export', A, 'nosuch', B, '--format', 'md'], { cwd: root });
    expect(again.code).toBe(1);
    expect(again.stdout.trim()).toBe(`${B}-第二条.md`);
    expect(again.stderr).toContain('已存在，未覆盖');
    expect(again.stderr).toContain('找不到条目 nosuch');
    expect((await cli(['export', A, '--format', 'md', '--force'], { cwd: root })).code).toBe(0);
    expect((await cli(['export', A, '--format', 'pdf'], { cwd: root })).code).toBe(2);
    expect((await cli(['export'], { cwd: root })).code).toBe(2);
  });
});
