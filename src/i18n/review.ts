/** Messages of the editorial workflow: moves, adoptions, instructions, safe rewrites, `info review`. */
import type { Messages } from './index.js';

export const review: Messages = {
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
  'hint.history-broken': { zh: '用 info validate 查看并改正后重试。', en: 'See and correct them with info validate, then try again.' },
  'error.item-broken': {
    zh: '{file} 的文件头无法读取，不能流转；文件未改动',
    en: 'the front matter of {file} cannot be read, so it cannot move; the file is unchanged',
  },
  'hint.item-broken': { zh: '用 info validate 查看问题。', en: 'See the problems with info validate.' },
  'error.adopt-status': {
    zh: '{id} 当前为“{status|status}”，不能记录采用；只有以下状态可以：{allowed|status}',
    en: '{id} is {status}; adoptions can be recorded only on: {allowed}',
  },
  'error.adopt-duplicate': {
    zh: '{id} 已有相同的采用记录（{level|level}，{date}），未重复记录',
    en: '{id} already has this adoption ({level}, {date}); it was not recorded twice',
  },
  'error.instruction-empty': { zh: '批示须写明领导（--leader）和内容（--instruction）', en: 'an instruction needs a leader (--leader) and its text (--instruction)' },
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
  'hint.file-changed': { zh: '没有丢失任何内容。重新运行命令即可基于最新内容操作。', en: 'Nothing was lost. Run the command again to act on the file as it is now.' },
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
};
