/**
 * Messages of the quarter, year and range notices (`report.period.*`: the month notice's
 * wording for another period), the year's awards, and the letters to units.
 */
import type { Messages } from './index.js';

export const period: Messages = {
  'report.period.label.month': { zh: '{year}年{month}月', en: '{monthName} {year}' },
  'report.period.label.quarter': { zh: '{year}年第{zh}季度', en: 'Q{n} {year}' },
  'report.period.label.year': { zh: '{year}年度', en: '{year}' },
  'report.period.label.range': { zh: '{year}年{from}月至{to}月', en: '{fromName}–{toName} {year}' },
  'report.period.label.years': {
    zh: '{fromYear}年{from}月至{toYear}年{to}月',
    en: '{fromName} {fromYear} – {toName} {toYear}',
  },
  'report.period.span.month': { zh: '本月', en: 'this month' },
  'report.period.span.quarter': { zh: '本季度', en: 'this quarter' },
  'report.period.span.year': { zh: '本年度', en: 'this year' },
  'report.period.span.range': { zh: '本期', en: 'in the period' },
  'report.period.whole.month': { zh: '全月', en: 'in the month' },
  'report.period.whole.quarter': { zh: '全季度', en: 'in the quarter' },
  'report.period.whole.year': { zh: '全年', en: 'in the year' },
  'report.period.whole.range': { zh: '全期', en: 'in the period' },

  'report.period.title': {
    zh: '关于{label}政务信息报送采用情况的通报',
    en: 'Information work notice for {label}',
  },
  'report.period.title.year': {
    zh: '关于{year}年度政务信息工作情况的通报',
    en: 'Information work in {year}: the year notice',
  },
  'report.period.summary': {
    zh: '{label}，各单位共报送信息{submitted}条，编发{published}条，向上级报送{reported}条；被各级采用{adoptions}条次，其中专报{special}条次；获领导批示{instructions}件次；{whole}共计{points}分。现将有关情况通报如下。',
    en: 'In {label} the units submitted {submitted} items; {published} were published in our bulletin and {reported} reported upward; higher offices adopted them {adoptions} times ({special} as special reports); leaders wrote {instructions} instructions on them; {points} points in all. The figures follow.',
  },
  'report.period.summaryLedger': {
    zh: '{label}，各单位共报送信息{submitted}条，编发{published}条，向上级报送{reported}条；被各级采用{adoptions}条次，其中专报{special}条次；获领导批示{instructions}件次；{whole}共计{points}分（含加减分{adjustments}分）。现将有关情况通报如下。',
    en: 'In {label} the units submitted {submitted} items; {published} were published in our bulletin and {reported} reported upward; higher offices adopted them {adoptions} times ({special} as special reports); leaders wrote {instructions} instructions on them; {points} points in all, of which {adjustments} from the ledger. The figures follow.',
  },
  'report.period.section.adopted': { zh: '{span}采用信息', en: 'Items adopted {span}' },
  'report.period.note.split': {
    zh: '注：县/区、市、省、国家各列为{span}被各级采用的条次；合报信息的得分由各报送单位（作者）平分；采用率＝{span}有采用记录的信息条数÷{span}报送条数；累计为{year}年1月起的合计。',
    en: 'Note: County, City, Province and National count the adoptions {span} at each level; a joint item’s points are split evenly between its units (and authors); rate = items with an adoption {span} ÷ items submitted {span}; YTD counts from 1 January {year}.',
  },
  'report.period.note.zero': {
    zh: '{span}零报送单位：{names}。',
    en: 'Units that submitted nothing {span}: {names}.',
  },
  'report.period.note.quota': {
    zh: '未完成{span}报送任务的单位（任务数为月度任务乘以月数）：{names}。',
    en: 'Units below their quota {span} (the monthly quota times the months): {names}.',
  },
  'report.period.note.noAdopted': { zh: '{span}无采用信息。', en: 'No item was adopted {span}.' },
  'report.period.ledger.none': { zh: '{span}无加减分事项。', en: 'No points were added or deducted {span}.' },
  'report.period.chart.points': { zh: '各单位{span}得分', en: 'Points by unit {span}' },
  'report.period.chart.adoptions': { zh: '各单位{span}采用（按层级）', en: 'Adoptions by unit and level {span}' },
  'report.period.chart.trend': { zh: '{label}逐月报送与采用', en: '{label} month by month: submitted and adopted' },
  'report.period.explain.title': {
    zh: '{name}（{kind}）{label}得分明细',
    en: 'Points of {name} ({kind}), {label}',
  },
  'report.period.explain.none': { zh: '{span}没有计分事项。', en: 'No scoring event {span}.' },
  'report.period.unleveled': {
    zh: '{span}有 {count} 件领导批示未注明层级，按 0 分计；用 --explain 单位名 查看',
    en: '{count} leader instructions {span} have no level and score 0; see --explain NAME',
  },

  'report.section.awards': { zh: '年度先进单位和先进个人', en: 'Awards of the year' },
  'report.awards.units': { zh: '先进单位：{names}。', en: 'Units commended: {names}.' },
  'report.awards.unitsGroup': { zh: '先进单位（{group}）：{names}。', en: 'Units commended ({group}): {names}.' },
  'report.awards.writers': { zh: '先进个人：{names}。', en: 'Writers commended: {names}.' },
  'report.awards.unit': { zh: '{name}（{points}分）', en: '{name} ({points} points)' },
  'report.awards.writer': { zh: '{name}（{department}，{points}分）', en: '{name} ({department}, {points} points)' },
  'report.awards.nobody': { zh: '无', en: 'none' },
  'report.awards.disqualified': {
    zh: '{name}因{kind}（{date}，{note}）取消年度评优资格，不参加评选。',
    en: '{name} is barred from this year’s awards: {kind} ({date}, {note}).',
  },
  'report.awards.rule': {
    zh: '按全年得分评选，每类单位取前{perGroup}名、信息员取前{count}名，得分相同的并列；得分须大于零。',
    en: 'Chosen by the year’s points: the first {perGroup} units of each group and the first {count} writers, ties included; only positive points count.',
  },

  'report.letter.title': {
    zh: '{label}政务信息工作情况告知书',
    en: 'Information work in {label}: your unit’s figures',
  },
  'report.letter.to': { zh: '{name}：', en: 'To {name}:' },
  'report.letter.figures': {
    zh: '{label}，你单位报送信息{submitted}条（任务{quota}条），被各级采用{adoptions}条次，其中专报{special}条次，获领导批示{instructions}件次，得分{points}分，累计得分{cumulativePoints}分，{rank}。',
    en: 'In {label} your unit submitted {submitted} items (quota {quota}); higher offices adopted them {adoptions} times ({special} as special reports); leaders wrote {instructions} instructions on them; {points} points, {cumulativePoints} points so far this year; {rank}.',
  },
  'report.letter.rank': { zh: '在全部{count}个单位中排名第{rank}', en: 'ranked {rank} of {count} units' },
  'report.letter.rankGroup': {
    zh: '在{group}{count}个单位中排名第{rank}',
    en: 'ranked {rank} of the {count} units of {group}',
  },
  'report.letter.disqualified': {
    zh: '你单位已被取消本年度评优资格。',
    en: 'Your unit is barred from this year’s awards.',
  },
  'report.letter.adopted': { zh: '采用信息', en: 'Items adopted' },
  'report.letter.ledger': { zh: '加减分情况', en: 'Points added and deducted' },
  'report.letter.missing': { zh: '尚未报送的约稿', en: 'Solicitations not yet answered' },
  'report.letter.none': { zh: '无。', en: 'None.' },
  'report.letter.missingLine': {
    zh: '“{title}”（{due}截止）',
    en: '“{title}” (due {due})',
  },
  'report.letter.ledgerLine': {
    zh: '{kind}，{points}（{date}）：{note}',
    en: '{kind}, {points} ({date}): {note}',
  },
  'report.letter.closing': {
    zh: '请你单位对照以上情况，查漏补缺，进一步提高信息报送的数量和质量。',
    en: 'Please compare these figures with your quota and keep improving the number and quality of the items you submit.',
  },
  'report.letters.written': { zh: '已写入 {count} 份告知书到 {dir}', en: 'Wrote {count} letters to {dir}' },

  'report.col.date': { zh: '日期', en: 'Date' },
  'report.col.title': { zh: '标题', en: 'Title' },
  'report.col.units': { zh: '报送单位', en: 'Units' },
  'report.col.level': { zh: '层级', en: 'Level' },
  'report.col.form': { zh: '形式', en: 'Form' },
  'report.col.outlet': { zh: '刊物', en: 'Outlet' },
  'report.col.kind': { zh: '事项', en: 'Kind' },
  'report.col.note': { zh: '说明', en: 'Note' },
  'report.col.item': { zh: '涉及信息', en: 'Item' },
  'report.col.disqualify': { zh: '取消评优', en: 'Barred' },
  'report.col.yes': { zh: '是', en: 'yes' },
  'report.col.award': { zh: '类别', en: 'Award' },
  'report.col.name': { zh: '名称', en: 'Name' },
  'report.col.awardUnit': { zh: '先进单位', en: 'Unit' },
  'report.col.awardWriter': { zh: '先进个人', en: 'Writer' },
  'report.sheet.departments': { zh: '各单位', en: 'Units' },
  'report.sheet.writers': { zh: '信息员', en: 'Writers' },
  'report.sheet.adopted': { zh: '采用信息', en: 'Adopted' },
  'report.sheet.ledger': { zh: '加减分', en: 'Ledger' },
  'report.sheet.awards': { zh: '年度先进', en: 'Awards' },

  'help.opt.reportQuarter': { zh: '季度通报 YYYY-Qn（如 2026-Q4）', en: 'the quarter notice for YYYY-Qn (2026-Q4)' },
  'help.opt.reportYear': {
    zh: '年度通报 YYYY（含先进单位和先进个人）',
    en: 'the year notice for YYYY, with its awards',
  },
  'help.opt.reportFrom': {
    zh: '自定时段的第一个月 YYYY-MM（与 --to 同用）',
    en: 'first month of a range YYYY-MM (with --to)',
  },
  'help.opt.reportTo': {
    zh: '自定时段的最后一个月 YYYY-MM（与 --from 同用）',
    en: 'last month of a range YYYY-MM (with --from)',
  },
  'help.opt.letters': {
    zh: '给每个单位各写一份告知书（md、html 或 docx）到 --out 目录',
    en: 'one letter per unit (md, html or docx) into the --out folder',
  },
};
