/**
 * Words offices tell their writers to watch (常见易错字词): misspellings that lists of
 * common errors in official writing warn about, gathered for this project from those
 * public warnings — the wrong form always wrong, one right form. An entry may name the
 * characters that must not stand just before or after it, where the same characters
 * across two words are right (全部份额 is 全部 + 份额, 相关健康 is 相关 + 健康), or what must
 * follow it (截止 is wrong only before a date: 截止日期 is right). The config's
 * `lint.words` adds to the list.
 */

export interface WordEntry {
  wrong: string;
  /** One right form (fixed by `info fix`), or several to choose from (reported only). */
  right: string[];
  notBefore?: string;
  notAfter?: string;
  /** Must follow the word, or it is not this mistake. */
  after?: RegExp;
}

/** 截止 just before a point in time means "up to": 截至 (截止到…为止 is right as it is). */
const BEFORE_DATE =
  /^(?:\d|[一二三四五六七八九十〇零]+[年月日]|今年|去年|前年|明年|本年|当年|今天|昨天|昨日|目前|当前|现在|本月|上月|本周|上周|年底|年末|月底|月末|上半年|下半年|前三季度|[一二三四]季度|发稿)/;

const plain = (pairs: string): WordEntry[] =>
  pairs
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [wrong, right] = pair.split('→') as [string, string];
      return { wrong, right: [right] };
    });

export const WORDS: readonly WordEntry[] = [
  { wrong: '截止', right: ['截至'], after: BEFORE_DATE },
  { wrong: '布署', right: ['部署'], notAfter: '名' },
  { wrong: '按装', right: ['安装'], notAfter: '机载配' },
  { wrong: '按排', right: ['安排'], notAfter: '名序列位行班次号' },
  { wrong: '部份', right: ['部分'], notAfter: '额子' },
  { wrong: '关健', right: ['关键'], notAfter: '康身全美壮' },
  { wrong: '家俱', right: ['家具'], notAfter: '乐' },
  // 账 for money and accounts, 帐 for tents and curtains (通用规范汉字表).
  ...['帐户', '帐号', '帐目', '台帐', '报帐', '对帐', '记帐', '结帐', '查帐', '转帐', '入帐'].map((wrong) => ({
    wrong,
    right: [wrong.replace('帐', '账')],
    notAfter: '篷幕幔子',
  })),
  ...plain(`
    撤消→撤销 宏扬→弘扬 户藉→户籍 国藉→国籍 书藉→书籍 峻工→竣工 松驰→松弛 迁徒→迁徙 蜂涌→蜂拥
    陷井→陷阱 编篡→编纂 追朔→追溯 震憾→震撼 振憾→震撼 沉缅→沉湎 精萃→精粹 通迅→通讯 贯沏→贯彻
    气慨→气概 坐阵→坐镇 决择→抉择 重迭→重叠 急燥→急躁 璀灿→璀璨 幅射→辐射 九宵→九霄 渲泄→宣泄
    装祯→装帧 蒸溜→蒸馏 凭添→平添 追综→追踪
    一如继往→一如既往 再接再励→再接再厉 迫不急待→迫不及待 一愁莫展→一筹莫展 变本加利→变本加厉
    默守成规→墨守成规 走头无路→走投无路 出奇不意→出其不意 谈笑风声→谈笑风生 金榜提名→金榜题名
    不径而走→不胫而走 声名雀起→声名鹊起 食不裹腹→食不果腹 天翻地复→天翻地覆 以身做则→以身作则
    与时具进→与时俱进 攻艰克难→攻坚克难 众志成诚→众志成城 有的放失→有的放矢 高屋建翎→高屋建瓴
    耳熟能祥→耳熟能详 自立更生→自力更生 满腔热枕→满腔热忱 虎视耽耽→虎视眈眈 水乳交溶→水乳交融
    一诺千斤→一诺千金 搬门弄斧→班门弄斧 大相经庭→大相径庭 淋漓尽至→淋漓尽致 事必恭亲→事必躬亲
    鞠躬尽粹→鞠躬尽瘁 义不容迟→义不容辞 举步为艰→举步维艰 慰然成风→蔚然成风 出类拔粹→出类拔萃
    坚苦奋斗→艰苦奋斗 坚苦卓绝→艰苦卓绝 励行节约→厉行节约 不记其数→不计其数 循私舞弊→徇私舞弊
    人才倍出→人才辈出 名符其实→名副其实 有持无恐→有恃无恐 出谋化策→出谋划策 融汇贯通→融会贯通
    精兵减政→精兵简政 按步就班→按部就班 不落巢臼→不落窠臼 甘败下风→甘拜下风 重振旗鼓→重整旗鼓
    再所不惜→在所不惜 不加思索→不假思索 相形见拙→相形见绌 迄今未止→迄今为止 稍纵既逝→稍纵即逝
    好高鹜远→好高骛远 脱颍而出→脱颖而出 真知卓见→真知灼见 着有成效→卓有成效
    竞竞业业→兢兢业业 不容质疑→不容置疑 针贬时弊→针砭时弊 入场卷→入场券 一股作气→一鼓作气
    莫明其妙→莫名其妙 言简意骇→言简意赅 美仑美奂→美轮美奂 挖墙角→挖墙脚 渡假村→度假村
  `),
];
