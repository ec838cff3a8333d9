/** The Word notice, read back from its XML as Word would read it. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { monthReport } from '../../src/core/report/month.js';
import { translator } from '../../src/i18n/index.js';
import { monthDocx } from '../../src/render/month-docx.js';
import { noticeText } from '../../src/render/notice-text.js';
import { CONTROL_TITLE_CLEAN, HOSTILE_TITLE, hostileFiles, monthData } from '../fixtures/month.js';

async function docx(files?: Record<string, string>): Promise<Record<string, string>> {
  const r = monthReport({ ...monthData(files), month: '2026-11', today: '2026-12-05' });
  const bytes = await monthDocx(noticeText(r, translator('zh-CN'), 'zh-CN'));
  const parts = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(
    Object.entries(parts)
      .filter(([p]) => p.endsWith('.xml'))
      .map(([p, b]) => [p, strFromU8(b)]),
  );
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** The text of each paragraph, in order. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    unescapeXml([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
/** Each table row's cell texts. */
const rows = (xml: string) =>
  [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) =>
    [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join('')),
  );

describe('docx notice', () => {
  it('has the title, the summary and every section heading', async () => {
    const text = paragraphs((await docx())['word/document.xml']!);
    expect(text[0]).toBe('关于2026年11月份政务信息报送采用情况的通报');
    expect(text).toContain('各单位：');
    expect(text.some((p) => p.startsWith('2026年11月，各单位共报送信息5条'))).toBe(true);
    for (const heading of [
      '一、各单位报送采用情况',
      '二、信息员报送情况',
      '三、本月采用信息',
      '四、约稿完成情况',
      '五、报送信息分类',
    ])
      expect(text).toContain(heading);
    expect(text.at(-1)).toBe('2026年12月5日');
  });

  it('has the departments table in the real notice’s columns, with 采用 over the four levels', async () => {
    const xml = (await docx())['word/document.xml']!;
    const table = rows(xml);
    expect(table[0]).toEqual([
      '单位',
      '报送条数',
      '累计',
      '采用（条次）',
      '专报',
      '批示',
      '采用率',
      '得分',
      '累计得分',
      '排名',
    ]);
    expect(table[1]).toEqual(['', '', '', '县/区', '市', '省', '国家', '', '', '', '', '', '']);
    expect(table[2]).toEqual(['发改委', '3', '4', '2', '1', '1', '0', '2', '2', '100%', '47.17', '50.17', '2']);
    expect(table[7]).toEqual(['海永镇', '1', '1', '0', '0', '0', '0', '0', '1', '0%', '51', '51', '1']);
    expect(xml).toContain('<w:gridSpan w:val="4"/>');
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('has the writers table and the adopted items', async () => {
    const xml = (await docx())['word/document.xml']!;
    const writers = rows(xml).find((row) => row[0] === '张三')!;
    expect(writers).toEqual(['张三', '发改委', '2', '3', '150%', '47.17', '471.70']);
    expect(paragraphs(xml)).toContain('1. 《财政局十月末报送》（财政局）：省专报（省政府专报），11月3日');
  });

  it('is A4 with the GB/T 9704 margins and names Chinese fonts with fallbacks', async () => {
    const parts = await docx();
    expect(parts['word/document.xml']).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(parts['word/document.xml']).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(parts['word/document.xml']).toContain('w:eastAsia="方正小标宋简体"');
    expect(parts['word/styles.xml']).toContain('w:eastAsia="仿宋_GB2312"');
    expect(parts['word/fontTable.xml']).toContain(
      '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>',
    );
  });

  it('keeps markup in a title as text', async () => {
    const xml = (await docx(hostileFiles()))['word/document.xml']!;
    expect(xml).not.toContain('<script>');
    expect(paragraphs(xml).some((p) => p.includes(HOSTILE_TITLE))).toBe(true);
    // XML 1.0 forbids most control characters: Word would refuse the document.
    expect(paragraphs(xml).some((p) => p.includes(CONTROL_TITLE_CLEAN))).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
