#!/usr/bin/env node
/**
 * Writes `examples/haimen/收稿/`: the files two departments sent in, as the guides import
 * them with `info import 收稿/` — a Word document from 人社局 and a GBK text file with CRLF
 * line ends from 临江镇 (the department is read from each file name). Run once; the results
 * are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'haimen', '收稿');
mkdirSync(out, { recursive: true });

const word = new Document({
  creator: '人社局',
  sections: [
    {
      children: [
        new Paragraph({ text: '海门市零工市场建成投用', heading: HeadingLevel.HEADING_1 }),
        new Paragraph(
          '11月以来，海门市人社局在市区和各区镇建成零工市场6家，提供“即时快招”服务，累计帮助1260名灵活就业人员找到工作。',
        ),
        new Paragraph('一是集中发布用工信息。每天汇总企业短期用工需求，在市场大屏和小程序同步发布。'),
        new Paragraph('二是开展技能培训。针对家政、电工等岗位开设短期培训班12期，培训480人次。'),
        new Paragraph('下一步，将在年底前实现零工市场区镇全覆盖。'),
      ],
    },
  ],
});

const text = [
  '临江镇冬春农田水利建设全面开工',
  '',
  '临江镇将冬春农田水利建设作为打基础、利长远的重要工作，11月下旬以来共开工项目14个，完成土方8.6万立方米。',
  '一是科学编制计划。逐村排查沟渠、泵站状况，形成项目清单。二是强化资金保障。整合各类涉农资金620万元，优先保障骨干工程。',
  '',
].join('\r\n');

writeFileSync(join(out, '人社局-零工市场.docx'), await Packer.toBuffer(word));
writeFileSync(join(out, '临江镇-农田水利.txt'), iconv.encode(text, 'gbk'));
console.log(`files written to ${out}`);
