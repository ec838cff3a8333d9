import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, readConfig, type Config } from '../../src/core/config.js';
import { toItem } from '../../src/core/item.js';
import { CONTENT_RULES, lintItem } from '../../src/core/lint/index.js';
import { ROOT } from '../helpers.js';

/** One rule's findings in a body (and a title): `[line, rule-specific summary]`. */
function lint(rule: string, body: string, title = '标题', config: Config = DEFAULT_CONFIG) {
  const matter = `id: 20261103-k7f2\ntitle: ${title}\n`;
  return CONTENT_RULES[rule]!(
    { item: toItem({ title }, 'x.md'), body, bodyLine: 10, matter },
    { config, templateLines: new Set() },
  );
}
const params = (rule: string, body: string, title?: string) => lint(rule, body, title).map((f) => f.params);

describe('web-residue', () => {
  it.each([
    '来源：海门市人民政府网  发布时间：2026-11-12 09:45',
    '【责任编辑：陆一鸣】',
    '作者：张三',
    '浏览次数：386',
    '【字号：大 中 小】【打印本页】【关闭窗口】',
    '【打印】【关闭】',
    '[打印] [关闭]',
    '转载请注明出处。',
    '苏ICP备05009999号',
    'Copyright © 2026 海门市人民政府',
    '首页 > 政务公开 > 镇村动态',
    '点此查看更多',
    '上一篇：三厂街道召开老旧小区改造征求意见会',
    '00:21',
    '2026-11-03 10:21:05',
    '![](http://www.example.gov.cn/a.jpg)',
    '!\\[](http://www.example.gov.cn/a.jpg)',
    '【图片】',
  ])('finds %j, a whole line', (line) => {
    expect(lint('web-residue', `正文第一段。\n${line}\n正文第二段。`)).toEqual([
      expect.objectContaining({ line: 11, column: 1 }),
    ]);
  });

  it('finds the list of other articles under 相关推荐, up to the first sentence', () => {
    const body = '正文。\n\n相关推荐\n\n临江镇召开秋冬季秸秆禁烧工作会议\n\n临江镇举办新型职业农民培训班\n';
    expect(lint('web-residue', body).map((f) => f.line)).toEqual([12, 14, 16]);
    const after = '相关推荐\n某标题\n这是正文中的一句完整的话，句末有句号。\n另一行短标题';
    expect(lint('web-residue', after).map((f) => f.line)).toEqual([10, 11]);
  });

  it('finds a byline at the end of a sentence, where it starts', () => {
    const [found] = lint('web-residue', '市商务局将适时推出第三批消费券。（编辑：陈晓）');
    expect(found).toMatchObject({ column: 17, params: { text: '（编辑：陈晓）' } });
  });

  it("finds the site's name after a web page's title", () => {
    expect(params('web-residue', '正文。', '海门港新区项目建设提速_海门市人民政府')).toEqual([
      { text: '_海门市人民政府' },
    ]);
    expect(lint('web-residue', '正文。', '海门港新区项目建设提速_海门市人民政府')[0]).toMatchObject({
      line: 2,
      column: 19,
    });
  });

  it.each([
    '本次活动主办单位是市文旅局，承办单位是各区镇文化站。',
    '审核：街道对申报材料进行审核，符合条件的予以公示。',
    '保护非遗传承人和版权所有者的合法权益。',
    '（数据来源：市统计局）',
    '相关链接：退役军人可通过微信公众号查询优待政策。',
    '会议于9:30开始，10:15结束。',
    '群众可点击查看办事指南，也可到窗口咨询。',
    '2026年11月3日',
  ])('leaves %j alone', (line) => {
    expect(lint('web-residue', line, '我市召开会议')).toEqual([]);
  });
});

describe('sequence-gap', () => {
  it.each([
    ['一是加强领导。二是落实责任。四是严格考核。', { detail: 'skipped', found: '四是', expected: '三是' }],
    ['第一，建平台。第三，强服务。', { detail: 'skipped', found: '第三', expected: '第二' }],
    ['二是完善内容。三是加强培训。', { detail: 'skipped', found: '二是', expected: '一是' }],
    ['一是加强领导。二要落实责任。', { detail: 'mixed', found: '二要', expected: '二是', first: '一是' }],
    ['一是加强领导。二是落实责任。二是严格考核。', { detail: 'skipped', found: '二是', expected: '三是' }],
  ])('finds the enumeration in %j', (body, expected) => {
    expect(params('sequence-gap', body)).toEqual([expected]);
  });

  it('counts a series across paragraphs, starts one again at 一 and ends it at a heading', () => {
    const body = [
      '一、主要做法',
      '一是建队伍。',
      '二是畅渠道。',
      '1.找准源头。一是挖文件。二是挖会议。',
      '2.创新方法。一是变被动为主动。二是变传稿为改稿。',
      '二、下一步',
      '三是抓落实。',
    ].join('\n');
    expect(lint('sequence-gap', body)).toEqual([
      expect.objectContaining({ line: 16, params: { detail: 'skipped', found: '三是', expected: '一是' } }),
    ]);
  });

  it('reports a change of form once a series', () => {
    expect(params('sequence-gap', '一是抓开工。二要抓进度。三要抓服务。四是抓安全。')).toEqual([
      { detail: 'mixed', found: '二要', expected: '二是', first: '一是' },
    ]);
  });

  it('finds 1、 right under 一、 and a skipped 1、 number', () => {
    const body =
      '一、成效\n1、功能完善。\n2、管理精细。\n4、环境改善。\n二、任务\n（一）城市更新\n1、改造小区。\n2、整治小巷。';
    expect(lint('sequence-gap', body)).toEqual([
      expect.objectContaining({
        line: 11,
        params: { detail: 'level', found: '1、', parent: '一、', expected: '（一）' },
      }),
      expect.objectContaining({ line: 13, params: { detail: 'skipped', found: '4、', expected: '3、' } }),
    ]);
  });

  it.each([
    '一是一，二是二，不打折扣。',
    '要做到统一是非标准，唯一是从的做法要改。',
    '今年第一季度，第二批项目开工，全省第一。',
    '**一是**强化协同。**二是**强化共享。**三是**强化督办。',
    '一要做实签约服务；二要做优基层首诊；三要做强分级诊疗。',
    '第一，建强队伍；第二，完善机制；第三，强化保障。',
  ])('leaves %j alone', (body) => {
    expect(lint('sequence-gap', body)).toEqual([]);
  });
});

describe('placeholder', () => {
  it.each([
    ['全部工程计划于xx月xx日前完工。', 'xx月xx日'],
    ['其中，XX镇两家机构被责令整改。', 'XX镇'],
    ['明确××项可实行免申即享。', '××项'],
    ['计划于20XX年前建成。', 'XX年'],
    ['于X月X日召开。', 'X月X日'],
    ['由某某负责建立台账。', '某某'],
    ['某某局牵头。', '某某'],
    ['时间缩短至（待补充）小时。', '（待补充）'],
    ['月均服务（此处填写数据）人次。', '（此处填写数据）'],
    ['共计□□个村。', '□□'],
  ])('finds the placeholder in %j', (body, text) => {
    expect(params('placeholder', body)).toEqual([{ text }]);
  });

  it('checks the title too', () => {
    expect(lint('placeholder', '正文。', 'XX县开展专项行动')).toEqual([
      expect.objectContaining({ line: 2, column: 8, params: { text: 'XX县' } }),
    ]);
  });

  it.each([
    '村民张某某反映的问题已依规调整。',
    '医院新购X光机一台，3×4米的展板两块。',
    'Windows XP 和 xxx.gov.cn 都不是占位。',
    '规格为XXL的服装。',
  ])('leaves %j alone', (body) => {
    expect(lint('placeholder', body)).toEqual([]);
  });
});

describe('missing-number', () => {
  it.each([
    ['推广秸秆还田，还田面积亩，收储1.6万吨。', '面积亩'],
    ['化学需氧量削减量吨，超额完成。', '削减量吨'],
    ['整改率占%以上。', '率占%'],
    ['同比增长%，完成年度预算。', '增长%'],
    ['累计投入资金万元，，完成土方。', '资金万元'],
    ['前三季度完成固定资产投资亿元，同比增长。', '投资亿元'],
    ['比上年同期提高个百分点。', '提高个百分点'],
    ['实现镇级全覆盖，惠及人，反响良好。', '惠及人'],
    ['完成改造面积平方米，惠及居民。', '面积平方米'],
  ])('finds the lost figure in %j', (body, found) => {
    expect(params('missing-number', body).map((p) => p.found)).toEqual([found]);
  });

  it.each([
    '全市已完成秋播面积约38.6万亩，占计划面积的92.4%。',
    '力争提高亩产和品质，每亩用种量减少1.5公斤。',
    '新开工亿元以上项目38个，总投资亿元以上的项目12个。',
    '今年新增个体户1260户，惠及人群广泛。',
    '实现元旦、春节两节市场供应平稳。',
    '占比（%）一栏按四舍五入填写；单位：万元。',
    '同比增长百分之十五，增长15%。',
  ])('leaves %j alone', (body) => {
    expect(lint('missing-number', body)).toEqual([]);
  });
});

describe('doubled-punctuation', () => {
  it.each([
    ['缩短至7天，，。', '，，。', '。'],
    ['开展宣传,,发放明白纸。', ',,', ','],
    ['退役军人、、新就业群体。', '、、', '、'],
    ['已整改3160处。。', '。。', '。'],
    ['就这样。。。吧', '。。。', '……'],
    ['问题； ，还有', '； ，', '；'],
  ])('finds %j', (body, found, fix) => {
    expect(params('doubled-punctuation', body)).toEqual([{ found, fix }]);
  });

  it('leaves ？！ and ！！ alone, and 9:30, 1,000 and e.g.,', () => {
    expect(lint('doubled-punctuation', '难道不是吗？！全力以赴！！\n9:30开会，1,000元，e.g., this')).toEqual([]);
  });

  it('takes the doubled halfwidth marks from halfwidth-punctuation, which reports the rest', () => {
    expect(lint('halfwidth-punctuation', '开展宣传,,发放明白纸,共8000份。').map((f) => f.column)).toEqual([12]);
  });
});

describe('title-echo', () => {
  it("finds a first line that says the title again, the page's site name or not", () => {
    expect(
      lint('title-echo', '\n\n我市老旧小区改造惠及居民4000余户\n正文。', '我市老旧小区改造惠及居民4000余户'),
    ).toEqual([expect.objectContaining({ line: 12, column: 1 })]);
    expect(lint('title-echo', '# 项目建设提速，增效', '项目建设提速,增效_海门市人民政府')).toHaveLength(1);
  });

  it('leaves a first line that only starts like the title alone', () => {
    expect(
      lint('title-echo', '我市老旧小区改造惠及居民4000余户。今年以来……', '我市老旧小区改造惠及居民4000余户'),
    ).toEqual([]);
  });
});

describe('repeated-paragraph', () => {
  it('finds each repeat of a paragraph, naming the first', () => {
    const para = '实行“居民监督员”制度，每个小区推选居民代表全程参与质量监督。';
    expect(lint('repeated-paragraph', `${para}\n\n别的段落，内容完全不同。\n\n  ${para}\n${para}`)).toEqual([
      expect.objectContaining({ line: 14, column: 3, params: { first: 10 } }),
      expect.objectContaining({ line: 15, column: 1, params: { first: 10 } }),
    ]);
  });

  it('lets short lines repeat: headings, 此致, （完）', () => {
    expect(lint('repeated-paragraph', '（一）主要做法\n此致\n（完）\n（一）主要做法\n此致\n（完）')).toEqual([]);
  });
});

describe('misused-word', () => {
  it.each([
    ['截止11月10日，全镇已开工项目14个。', '截止', '截至'],
    ['截止目前，完成投资。', '截止', '截至'],
    ['并布署下一阶段工作。', '布署', '部署'],
    ['需要按装防护设施。', '按装', '安装'],
    ['录入台帐。', '台帐', '台账'],
    ['我们将再接再励。', '再接再励', '再接再厉'],
    ['全镇上下一如继往。', '一如继往', '一如既往'],
  ])('finds %j', (body, found, fix) => {
    expect(params('misused-word', body)).toEqual([{ found, fix }]);
  });

  it.each([
    '报名截止日期为6月30日，截止时间为17时。',
    '截止到10月底为止，共受理。',
    '按装机容量核定补助。',
    '在网站发布署名文章。',
    '全部份额已认购。',
    '提供相关健康服务。',
    '农家俱乐部开放。',
    '检查帐篷等物资。',
  ])('leaves %j alone', (body) => {
    expect(lint('misused-word', body)).toEqual([]);
  });

  it('takes words from lint.words: one form to fix, a list to choose from, a word mapped to itself dropped', () => {
    const { config, findings } = readConfig({
      lint: { words: { 其它: '其他', 权力: ['权力', '权利'], 台帐: '台帐' } },
    });
    expect(findings).toEqual([]);
    const found = lint('misused-word', '其它单位依法行使权力，台帐齐全。', '标题', config);
    expect(found.map((f) => f.params)).toEqual([
      { found: '其它', fix: '其他' },
      { found: '权力', fix: '权力、权利', detail: 'choice' },
    ]);
  });

  it('checks the title too', () => {
    expect(lint('misused-word', '正文。', '常乐镇一如继往抓好整治')).toEqual([
      expect.objectContaining({ line: 2, column: 11 }),
    ]);
  });

  it('refuses a config word that is not text', () => {
    const { findings } = readConfig({ lint: { words: { 布署: 3.5, 按装: [] } } });
    expect(findings.map((f) => f.path)).toEqual([
      ['lint', 'words', '布署'],
      ['lint', 'words', '按装'],
    ]);
  });
});

describe('the editor’s checks on the seed article', () => {
  const seed = readFileSync(join(ROOT, 'test/fixtures/seed-article.zh.txt'), 'utf8');
  it('find nothing new in a real article: its only findings are its noise, its halfwidth marks and two headings', () => {
    const found = lintItem(
      { item: toItem({ title: '把握信息采集编报的四个关键环节' }, 'x.md'), body: seed, bodyLine: 1 },
      { config: DEFAULT_CONFIG, templateLines: new Set() },
    );
    const rules = new Set(found.map((f) => f.rule));
    expect([...rules].sort()).toEqual(['halfwidth-punctuation', 'heading-order', 'noise-line']);
    // 二、 then 1. with no （一）: the numbers the watermark hid are headings again.
    expect(found.filter((f) => f.rule === 'heading-order').map((f) => f.line)).toEqual([15, 19]);
  });
});

describe('the editor’s checks on a megabyte-long line', () => {
  it.each([
    ['enumerations', '一是，二要：第三，'],
    ['placeholders', 'xx月xx日某某（待补充）□□'],
    ['figures', '面积亩，占%以上投入资金万元以上'],
    ['marks', '，，。。、、,,'],
    ['words', '截止布署一如继往按装'],
    ['leftovers', '（编辑：陈晓）【打印】'],
  ])('reads one of %s in linear time, and sums the findings up', (_, unit) => {
    const body = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const found = lintItem(
      { item: toItem({ title: unit }, 'x.md'), body, bodyLine: 1 },
      { config: DEFAULT_CONFIG, templateLines: new Set() },
    );
    const byRule = new Map<string, number>();
    for (const f of found) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    expect(byRule.size).toBeGreaterThan(0);
    for (const count of byRule.values()) expect(count).toBeLessThanOrEqual(51);
  });
});
