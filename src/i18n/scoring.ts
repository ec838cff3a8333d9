/** Messages of the office's own 考核办法: the ledger (`info adjust`), outlets, the rules that check them. */
import type { Messages } from './index.js';

export const scoring: Messages = {
  'rule.item-unknown': {
    zh: '信息 {item} 不存在（items/ 下没有这个编号）',
    en: 'item {item} does not exist (no such id under items/)',
  },
  'rule.config-duplicate': {
    zh: '{key}：“{value}”重复，每个名称只能配置一次',
    en: '{key}: “{value}” is named twice; each name may be configured once',
  },
  'rule.field-enum.no-groups': {
    zh: '{key} 的值“{value}”是单位分类，但没有配置 groups（请在 groups 中加上它）',
    en: '{key}: “{value}” names a group, but no groups are configured (add it under groups)',
  },
  'rule.outlet-mismatch': {
    zh: '{key}：刊物“{outlet}”配置为{level|level}{form|form}，本记录的层级或形式与之不同，按层级×形式计分，不按该刊物计分',
    en: '{key}: the outlet “{outlet}” is configured as {level} {form}; this record says otherwise, so it scores by the level × form table, not by the outlet',
  },
  'rule.author-missing': {
    zh: '没有作者：这条信息的得分和稿酬不会计给任何信息员，请在 authors 中写明作者',
    en: 'no author: no writer collects this item’s points and fee until authors names one',
  },
  'report.note.join': { zh: '', en: ' ' },
  'report.adopted.brief': { zh: '简讯', en: ' (brief)' },
  'ledger.broken': {
    zh: '{count} 个加减分台账文件有错误，未计入；用 info validate 查看',
    en: '{count} ledger files have errors and were left out; see info validate',
  },
  'adjust.unknownAuthor': {
    zh: '“{name}”不是配置的信息员',
    en: '“{name}” is not a configured writer',
  },
  'adjust.authorElsewhere': {
    zh: '信息员“{name}”属于{unit}，不是{department}',
    en: 'the writer “{name}” belongs to {unit}, not {department}',
  },
  'adjust.none': { zh: '没有加减分记录', en: 'No ledger entries' },
  'adjust.noneMonth': { zh: '{month} 没有加减分记录', en: 'No ledger entries in {month}' },
  'adjust.col.id': { zh: '编号', en: 'ID' },
  'adjust.col.date': { zh: '日期', en: 'Date' },
  'adjust.col.department': { zh: '单位', en: 'Unit' },
  'adjust.col.kind': { zh: '类型', en: 'Kind' },
  'adjust.col.points': { zh: '分值', en: 'Points' },
  'adjust.col.author': { zh: '信息员', en: 'Writer' },
  'adjust.col.note': { zh: '说明', en: 'Note' },
  'adjust.disqualified': { zh: '取消评优', en: 'barred from awards' },
  'adjust.total': { zh: '合计 {count} 条，{points} 分', en: 'In all: {count#record}, {points} points' },
  'adjust.prompt.department': { zh: '单位', en: 'Unit' },
  'adjust.prompt.kind': { zh: '类型', en: 'Kind' },
  'adjust.prompt.otherKind': { zh: '其他类型……', en: 'Another kind…' },
  'adjust.prompt.kindName': { zh: '类型名称', en: 'Name of the kind' },
  'adjust.prompt.points': { zh: '分值（扣分写负数）', en: 'Points (negative for a deduction)' },
  'adjust.prompt.badPoints': { zh: '请填写数字，如 -5', en: 'a number, please, like -5' },
  'adjust.prompt.date': { zh: '日期（按此日期计入当月）', en: 'Date (it counts in the month of this date)' },
  'adjust.prompt.note': { zh: '说明（事由）', en: 'Note (what happened)' },
  'adjust.kindChoice': { zh: '{label}（{points} 分）', en: '{label} ({points} points)' },

  'status.ledger': { zh: '本月加减分（{count}）', en: 'Ledger this month ({count})' },

  'review.prompt.pickOutlet': { zh: '采用刊物', en: 'Adopted by' },
  'review.prompt.otherOutlet': { zh: '其他（选择层级和形式）', en: 'Another publication (choose level and form)' },
  'review.prompt.brief': { zh: '是否为简讯？', en: 'Adopted as a brief (简讯)?' },
  'review.outletChoice': {
    zh: '{name}（{level|level}{form|form}{points}）',
    en: '{name} ({level}, {form}{points})',
  },
  'review.outletPoints': { zh: '，{points} 分', en: ', {points} points' },
  'review.brief': { zh: '简讯', en: 'brief' },

  'import.noAuthor': {
    zh: '{file}：找不到作者（配置中该单位没有唯一的信息员，文件中也没有“作者/供稿”行），作者留空；请用 --author 写明，或稍后在文件中填写',
    en: '{file}: no author found (the department has no single configured writer and the file no 作者/供稿 line); authors left empty: give --author, or fill it in later',
  },

  'help.adjust': {
    zh: '加减分台账：记一笔迟报、漏报、信息失实等扣分或表扬加分（list：列出）',
    en: 'the ledger: record points deducted (late, missed, inaccurate reports…) or added (commendations); list them',
  },
  'help.adjust.examples': {
    zh: '  info adjust --department 应急管理局 --kind 迟报 --date 2026-11-20 --note 约稿迟报3天\n  info adjust --department 住建局 --kind 信息失实 --date 2026-11-18 --note 数据有误 --item 20261118-r9d8 --author 张志刚\n  info adjust --department 临江镇 --kind 漏报 --date 2026-11-08 --note 重大险情瞒报 --disqualify\n  info adjust --department 常乐镇 --kind 专项加分 --points 3 --date 2026-11-30 --note 承办现场会\n  info adjust list --month 2026-11',
    en: '  info adjust --department 应急管理局 --kind late --date 2026-11-20 --note "solicited item 3 days late"\n  info adjust --department 住建局 --kind inaccurate --date 2026-11-18 --note "wrong figures" --item 20261118-r9d8 --author 张志刚\n  info adjust --department 临江镇 --kind missed --date 2026-11-08 --note "an accident not reported" --disqualify\n  info adjust --department 常乐镇 --kind bonus --points 3 --date 2026-11-30 --note "hosted the site meeting"\n  info adjust list --month 2026-11',
  },
  'help.adjust.list': { zh: '列出加减分台账', en: 'list the ledger' },
  'help.adjust.list.examples': {
    zh: '  info adjust list\n  info adjust list --month 2026-11 --json',
    en: '  info adjust list\n  info adjust list --month 2026-11 --json',
  },
  'help.opt.adjustDepartment': { zh: '加减分的单位', en: 'the department the points go to' },
  'help.opt.adjustKind': {
    zh: '类型：late 迟报 | missed 漏报 | inaccurate 信息失实 | feedbackMissed 反馈逾期 | commended 表扬，或配置中的类型',
    en: 'kind: late | missed | inaccurate | feedbackMissed | commended, or a kind the config adds',
  },
  'help.opt.adjustDate': { zh: '日期 YYYY-MM-DD：计入该日期所在月份', en: 'date YYYY-MM-DD: it counts in that month' },
  'help.opt.adjustNote': { zh: '说明（事由）', en: 'what happened' },
  'help.opt.adjustPoints': {
    zh: '分值（扣分写负数）；不写则用该类型的默认分值',
    en: 'points (negative to deduct); default: the kind’s points',
  },
  'help.opt.adjustAuthor': { zh: '同时计给该信息员', en: 'also counts for this writer' },
  'help.opt.adjustItem': {
    zh: '涉及的信息（编号、编号开头或路径）',
    en: 'the item it concerns (id, start of an id, or path)',
  },
  'help.opt.disqualify': { zh: '取消该单位当年评优资格', en: 'bar the department from the year’s awards' },
  'help.opt.adjustMonth': { zh: '只列该月 YYYY-MM', en: 'only this month YYYY-MM' },
};
