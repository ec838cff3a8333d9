/** Messages of the editorial workflow: moves, adoptions, instructions, safe rewrites, `info review`. */
import type { Messages } from './index.js';

export const review: Messages = {
  'rule.field-enum.narrow': {
    zh: '{key}：配置只能删减流转，不能新增；“{value}”不是默认可转入的状态（可用：{allowed}）',
    en: '{key}: the config can only remove moves, not add them; “{value}” is not a default move here (use some of: {allowed})',
  },

  'review.failed': {
    zh: '{total} 条中有 {failed} 条未能处理，其余已完成',
    en: '{failed} of {total} failed; the others are done',
  },
  'review.adopted': { zh: '记录采用：{what}', en: 'adoption recorded: {what}' },
  'review.instructed': { zh: '记录批示：{who}，{date}', en: 'instruction recorded: {who}, {date}' },
  'review.future': {
    zh: '日期 {date} 晚于今天（{today}），请确认没有写错；已照此记录',
    en: 'the date {date} is after today ({today}); recorded as given, but check it',
  },
  'review.empty': { zh: '没有等待处理的信息', en: 'Nothing awaits the office' },
  'review.since': { zh: '等待自', en: 'Waiting since' },
  'review.waited': { zh: '{since}（{days} 天）', en: '{since} ({days} d)' },
  'review.done': {
    zh: '看过 {seen}/{total} 条，改动 {changes} 处',
    en: 'Went through {seen} of {total#item}, {changes#change} made',
  },

  'show.dueOn': { zh: '办理期限 {due}', en: 'due {due}' },
  'review.card.last': { zh: '最近：{when} {by} {move}{wait}', en: 'Last: {when} {by} {move}{wait}' },
  'review.card.waiting': { zh: '（已等 {days} 天）', en: ' (waiting {days} d)' },
  'review.card.line': { zh: '第 {line} 行', en: 'line {line}' },
  'review.card.adoptions': { zh: '采用 {count} 次', en: 'adoptions: {count}' },
  'review.card.instructions': { zh: '批示 {count} 条', en: 'instructions: {count}' },
  'review.card.bulletins': { zh: '刊期 {refs}', en: 'issues: {refs}' },
  'review.card.noBody': { zh: '（正文为空）', en: '(no body text)' },
  'review.card.more': { zh: '……另有 {count} 行', en: '… {count} more' },
  'review.card.problems': { zh: '问题（{count}）：', en: 'Problems ({count}):' },

  'review.action.move': { zh: '转为“{to}”', en: 'Move to {to}' },
  'review.action.adopt': { zh: '记录采用（转为“已采用”）', en: 'Record an adoption (→ adopted)' },
  'review.action.adoptMore': { zh: '再记录一次采用', en: 'Record another adoption' },
  'review.action.return': { zh: '退回修改（填写意见）', en: 'Return with a note' },
  'review.action.archive': { zh: '归档', en: 'Archive' },
  'review.action.instruction': { zh: '记录领导批示', en: 'Record a leader instruction' },
  'review.action.edit': { zh: '用编辑器修改', en: 'Open in the editor' },
  'review.action.skip': { zh: '跳过，看下一条', en: 'Skip to the next item' },
  'review.action.skipLast': { zh: '跳过（已是最后一条）', en: 'Skip (this is the last item)' },
  'review.action.quit': { zh: '退出', en: 'Quit' },

  'review.prompt.action': { zh: '怎么处理？', en: 'What now?' },
  'review.prompt.note': { zh: '退回意见（要改什么）', en: 'Note for the department (what to change)' },
  'review.prompt.archive': { zh: '归档后不能再流转，确定归档？', en: 'An archived item moves no further. Archive it?' },
  'review.prompt.level': { zh: '采用层级', en: 'Adopted at level' },
  'review.prompt.form': { zh: '采用形式', en: 'Form' },
  'review.prompt.outlet': { zh: '载体（刊物名称、期号，可不填）', en: 'Outlet (publication and issue; optional)' },
  'review.prompt.date': { zh: '日期', en: 'Date' },
  'review.prompt.badDate': { zh: '请按 YYYY-MM-DD 填写有效日期', en: 'a valid date as YYYY-MM-DD, please' },
  'review.prompt.dueBefore': {
    zh: '办理期限不能早于批示日期 {date}',
    en: 'the due date cannot be before the instruction ({date})',
  },
  'review.prompt.leader': { zh: '批示领导', en: 'Leader' },
  'review.prompt.leaderLevel': { zh: '领导层级', en: 'Leader’s level' },
  'review.prompt.noLevel': { zh: '不填', en: 'Leave out' },
  'review.prompt.text': { zh: '批示内容', en: 'Instruction text' },
  'review.prompt.due': { zh: '办理期限（YYYY-MM-DD，可不填）', en: 'Follow-up due (YYYY-MM-DD; optional)' },

  'help.review': {
    zh: '审核：流转信息、记录采用和领导批示；不带参数时列出待处理队列（终端中逐条审核）',
    en: 'review: move items through their stages, record adoptions and leader instructions; alone, the queue (interactive on a terminal)',
  },
  'help.review.examples': {
    zh: '  info review\n  info review 20261103-k7f2 20261104-m2p9 --to 已编辑\n  info review 20261103-k7f2 --to 退回修改 --note 请补充数据来源\n  info review 20261103-k7f2 --adopt 省 --form 专报 --outlet 《江苏政务信息》第5期\n  info review 20261103-k7f2 --adopt --outlet 南通信息 --brief\n  info review 20261103-k7f2 --instruction 很好，请各地学习 --leader 王市长 --level 市 --due 2026-12-01\n  info review 20261103-k7f2 --to 已签发 --section 工作动态\n  info review 20261104-m2p9 --brief',
    en: '  info review\n  info review 20261103-k7f2 20261104-m2p9 --to edited\n  info review 20261103-k7f2 --to returned --note "add the source of the figures"\n  info review 20261103-k7f2 --adopt province --form special --outlet "Jiangsu Government Information No. 5"\n  info review 20261103-k7f2 --adopt --outlet 南通信息 --brief\n  info review 20261103-k7f2 --instruction "Well done; share it" --leader "Mayor Wang" --level city --due 2026-12-01\n  info review 20261103-k7f2 --to approved --section 工作动态\n  info review 20261104-m2p9 --brief',
  },
  'help.opt.to': { zh: '转为该状态（代码或中文名称，如 已编辑）', en: 'move to this status (key or Chinese label)' },
  'help.opt.note': { zh: '流转意见（退回修改时必填）', en: 'note for the move (required to return)' },
  'help.opt.adopt': {
    zh: '记录采用，层级：county 县/区 | city 市 | province 省 | national 国家/国务院；--outlet 为配置的刊物时可不写层级',
    en: 'record an adoption at level: county | city | province | national; no level when --outlet names a configured outlet',
  },
  'help.opt.form': {
    zh: '采用形式：bulletin 刊物 | special 专报（默认刊物）',
    en: 'form: bulletin | special (default bulletin)',
  },
  'help.opt.outlet': { zh: '采用载体（刊物名称、期号）', en: 'where it was adopted (publication, issue)' },
  'help.opt.recordDate': {
    zh: '采用或批示日期 YYYY-MM-DD（默认今天）',
    en: 'date of the adoption or instruction (default today)',
  },
  'help.opt.instruction': { zh: '记录领导批示（批示内容）', en: 'record a leader instruction with this text' },
  'help.opt.leader': { zh: '批示领导', en: 'the leader who wrote it' },
  'help.opt.level': {
    zh: '领导层级：county 县/区 | city 市 | province 省 | national 国家',
    en: 'the leader’s level: county | city | province | national',
  },
  'help.opt.due': { zh: '办理期限 YYYY-MM-DD', en: 'follow-up due date YYYY-MM-DD' },
};
