#!/usr/bin/env node
/**
 * Writes the files `info import` is tested on, as departments send them: a Word document
 * with headings and lists, a GBK text file with CRLF line ends, a UTF-8 file with a BOM,
 * a Markdown file, a Big5 file (an encoding that must not be guessed), a corrupt DOCX and
 * an empty file. Run once; the results are committed under test/fixtures/import/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'import');
mkdirSync(out, { recursive: true });
const write = (name, bytes) => writeFileSync(join(out, name), bytes);

const numbered = {
  reference: 'steps',
  levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
};

async function wordFile() {
  const doc = new Document({
    creator: '财政局',
    numbering: { config: [numbered] },
    sections: [
      {
        children: [
          new Paragraph({ text: '我市设施农业补贴资金全部拨付到位', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun(
                '今年以来，市财政局会同农业农村局，累计拨付设施农业补贴资金1200.5万元，惠及农户(含家庭农场)386户。',
              ),
            ],
          }),
          new Paragraph({ text: '一、主要做法', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '提前下达资金计划', bullet: { level: 0 } }),
          new Paragraph({ text: '简化拨付流程', bullet: { level: 0 } }),
          new Paragraph({ text: '二、下一步打算', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '开展资金绩效评价', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: '加强日常监管', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({
            children: [
              new TextRun({ text: '一是', bold: true }),
              new TextRun('抓好落实。<script>alert(1)</script>文中出现的<b>尖括号</b>不是格式。'),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const gbkText = [
  '春节后我市重点项目集中开工',
  '',
  '春节假期刚过，全市42个重点项目集中开工，总投资186亿元。',
  '市发改委会同各区镇，倒排工期、挂图作战，确保项目早开工、早投产、早见效。',
  '',
].join('\r\n');

const bomText = '临江镇推进人居环境整治\n\n临江镇以“美丽庭院”创建为抓手，完成农村改厕1200户。\n';

const markdown = `# 海门市优化营商环境十条措施出台

市政府日前印发《关于进一步优化营商环境的若干措施》，提出十条具体举措。

## 一、主要内容

- 压缩企业开办时间至1个工作日
- 推行“一件事一次办”
`;

write('财政局-设施农业.docx', await wordFile());
write('发改委-项目早开工.txt', iconv.encode(gbkText, 'gbk'));
write('临江镇-人居环境.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bomText, 'utf8')]));
write('张三-营商环境.md', Buffer.from(markdown, 'utf8'));
write('big5-通知.txt', iconv.encode('關於加強安全生產工作的通知\r\n各單位要切實加強安全生產工作。\r\n', 'big5'));
// The first bytes of a ZIP archive, then nothing: what a broken download or a half-copied file looks like.
write('财政局-损坏.docx', Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(60, 0x41)]));
write('empty.txt', Buffer.alloc(0));
console.log(`fixtures written to ${out}`);
