/** Messages of `info status`. */
import type { Messages } from './index.js';

export const status: Messages = {
  'status.items': { zh: '共 {count} 条信息：', en: '{count#item}:' },
  'status.queue': { zh: '待办审核（{count}）', en: 'Awaiting the office ({count})' },
  'status.more': {
    zh: '… 另有 {count} 条，用 info review 查看全部',
    en: '… and {count} more: info review lists them all',
  },
  'status.topics': { zh: '逾期约稿（{count}）', en: 'Overdue solicitations ({count})' },
  'status.missing': { zh: '未报送：{names}', en: 'missing: {names}' },
  'status.instructions': {
    zh: '批示待办理（{count}，7 天内到期或已逾期）',
    en: 'Instructions to follow up ({count}, due within 7 days or past)',
  },
  'status.overdueBy': { zh: '已逾期 {days} 天', en: '{days#day} overdue' },
  'status.dueToday': { zh: '今天到期', en: 'due today' },
  'status.dueIn': { zh: '还有 {days} 天', en: 'in {days#day}' },
  'help.status': {
    zh: '现在需要处理什么：各状态条数、待审队列、逾期约稿、到期批示',
    en: 'what awaits attention now: items per status, the review queue, overdue solicitations, instructions due',
  },
  'help.status.examples': { zh: '  info status\n  info status --json', en: '  info status\n  info status --json' },
};
