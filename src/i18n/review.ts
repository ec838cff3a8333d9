/** Messages of the editorial workflow: moves, adoptions, instructions, safe rewrites, `info review`. */
import type { Messages } from './index.js';

export const review: Messages = {
  'rule.field-enum.narrow': {
    zh: '{key}：配置只能删减流转，不能新增；“{value}”不是默认可转入的状态（可用：{allowed}）',
    en: '{key}: the config can only remove moves, not add them; “{value}” is not a default move here (use some of: {allowed})',
  },
  'error.illegal-move': {
    zh: '{id} 当前为“{from|status}”，不能转为“{to|status}”；可以转为：{allowed|status}。文件未改动',
    en: '{id} is {from} and cannot move to {to}; allowed: {allowed}. The file is unchanged',
  },
  'error.note-required': {
    zh: '{id}：转为“{to|status}”须附意见，说明要改什么（--note）',
    en: '{id}: moving to {to} needs a note saying what to change (--note)',
  },
  'error.history-broken': {
    zh: '{id} 的流转记录有错误（{file}），未做改动',
    en: 'the history of {id} has errors ({file}); nothing was changed',
  },
  'hint.history-broken': {
    zh: '用 info validate 查看并改正后重试。',
    en: 'See and correct them with info validate, then try again.',
  },
  'error.item-broken': {
    zh: '{file} 的文件头无法读取，不能流转；文件未改动',
    en: 'the front matter of {file} cannot be read, so it cannot move; the file is unchanged',
  },
  'hint.item-broken': { zh: '用 info validate 查看问题。', en: 'See the problems with info validate.' },
  'error.item-unreadable': {
    zh: '{file} 的文件头无法读取（见上）',
    en: 'the front matter of {file} cannot be read (see above)',
  },
  'error.adopt-status': {
    zh: '{id} 当前为“{status|status}”，不能记录采用；只有以下状态可以：{allowed|status}',
    en: '{id} is {status}; adoptions can be recorded only on: {allowed}',
  },
  'error.adopt-duplicate': {
    zh: '{id} 已有相同的采用记录（{level|level}，{date}），未重复记录',
    en: '{id} already has this adoption ({level}, {date}); it was not recorded twice',
  },
  'error.instruction-empty': {
    zh: '批示须写明领导（--leader）和内容（--instruction）',
    en: 'an instruction needs a leader (--leader) and its text (--instruction)',
  },
  'error.instruction-due': {
    zh: '办理期限 {due} 早于批示日期 {date}',
    en: 'the due date {due} is before the instruction date {date}',
  },
  'error.instruction-duplicate': {
    zh: '{id} 已有 {leader} {date} 的相同批示，未重复记录',
    en: '{id} already has this instruction by {leader} on {date}; it was not recorded twice',
  },
  'error.file-changed': {
    zh: '{file} 在读取之后被改动过（另一个进程、编辑器或 git pull），为免覆盖别人的修改，未写入',
    en: '{file} changed on disk after it was read (another process, an editor or a git pull); it was not overwritten',
  },
  'hint.file-changed': {
    zh: '没有丢失任何内容。重新运行命令即可基于最新内容操作。',
    en: 'Nothing was lost. Run the command again to act on the file as it is now.',
  },
  'error.file-locked': {
    zh: '{file} 正由另一个进程（{pid}）修改，等待超时，未写入',
    en: '{file} is being changed by another process ({pid}); gave up waiting, nothing written',
  },
  'hint.file-locked': {
    zh: '稍后重试。进程异常退出留下的锁会自动清除。',
    en: 'Try again in a moment. A lock left by a process that crashed is cleared by itself.',
  },
  'error.rewrite-failed': {
    zh: '无法在不影响其他内容的前提下修改 {key}（{reason}），文件未改动',
    en: 'could not change {key} without disturbing the rest of the file ({reason}); the file is unchanged',
  },

  'error.review-actions': { zh: '{flags} 一次只能用一个', en: 'use only one of {flags} at a time' },
  'error.review-flag': { zh: '{flag} 只能与 {with} 一起使用', en: '{flag} only goes with {with}' },
  'error.review-refs': {
    zh: '{flag} 需要指明信息（编号、编号开头或文件路径）',
    en: '{flag} needs the items it is about (id, start of an id, or path)',
  },
  'error.review-one-ref': { zh: '{flag} 一次只能用于一条信息', en: '{flag} takes one item at a time' },
  'error.review-missing': { zh: '缺少 {flags}', en: 'missing {flags}' },
  'error.review-no-action': {
    zh: '请指明要做什么：--to 状态、--adopt 层级 或 --instruction 内容',
    en: 'say what to do: --to STATUS, --adopt LEVEL or --instruction TEXT',
  },
  'hint.review-no-action': {
    zh: '在终端中运行 info review 可逐条审核。',
    en: 'Run info review in a terminal to go through the queue.',
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
    zh: '  info review\n  info review 20261103-k7f2 20261104-m2p9 --to 已编辑\n  info review 20261103-k7f2 --to 退回修改 --note 请补充数据来源\n  info review 20261103-k7f2 --adopt 省 --form 专报 --outlet 《江苏政务信息》第5期\n  info review 20261103-k7f2 --instruction 很好，请各地学习 --leader 王市长 --level 市 --due 2026-12-01',
    en: '  info review\n  info review 20261103-k7f2 20261104-m2p9 --to edited\n  info review 20261103-k7f2 --to returned --note "add the source of the figures"\n  info review 20261103-k7f2 --adopt province --form special --outlet "Jiangsu Government Information No. 5"\n  info review 20261103-k7f2 --instruction "Well done; share it" --leader "Mayor Wang" --level city --due 2026-12-01',
  },
  'help.opt.to': { zh: '转为该状态（代码或中文名称，如 已编辑）', en: 'move to this status (key or Chinese label)' },
  'help.opt.note': { zh: '流转意见（退回修改时必填）', en: 'note for the move (required to return)' },
  'help.opt.adopt': {
    zh: '记录采用，层级：county 县/区 | city 市 | province 省 | national 国家/国务院',
    en: 'record an adoption at level: county | city | province | national',
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
