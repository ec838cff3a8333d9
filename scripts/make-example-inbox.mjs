#!/usr/bin/env node
/**
 * Writes `examples/haimen/收稿/`: the files three departments sent in, as the guides import
 * them with `info import 收稿/` — a Word document from 人社局, a GBK text file with CRLF
 * line ends from 临江镇, and a text 常乐镇 copied from its web page, with the page's leftovers,
 * watermark noise and slips for the editor's checks and `info fix` (the department is read
 * from each file name). Run once; the results are committed.
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

const web = [
  '首页 > 政务公开 > 镇村动态',
  '常乐镇“银发食堂”让农村老人吃上热乎饭',
  '来源：常乐镇人民政府  发布时间：2026-11-26 16:05',
  '　　为解决农村独居、空巢老人“吃饭难”问题,常乐镇在12个村建成“银发食堂”,每天为70周岁以上老人提供午餐。',
  'K5 e; r8 W] t2 Q& n0 z#',
  '　　截止11月底，“银发食堂”累计供餐3.6万人次，，老人每餐只需支付3元，其余由镇村两级和爱心企业共同承担。',
  '　　下一步，常乐镇将在xx月前实现“银发食堂”村（社区）全覆盖。',
  '责任编辑：曹红梅',
  '【打印本页】【关闭窗口】',
  '',
].join('\n');

writeFileSync(join(out, '人社局-零工市场.docx'), await Packer.toBuffer(word));
writeFileSync(join(out, '常乐镇-银发食堂.txt'), web);
writeFileSync(join(out, '临江镇-农田水利.txt'), iconv.encode(text, 'gbk'));
console.log(`files written to ${out}`);
