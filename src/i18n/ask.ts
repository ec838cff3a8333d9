/** Messages of `info ask` (solicitations, 约稿). */
import type { Messages } from './index.js';

export const ask: Messages = {
  'ask.duePast': {
    zh: '截止日期 {due} 早于今天（{today}），约稿一建立就已逾期',
    en: 'the due date {due} is before today ({today}); the topic is overdue from the start',
  },

  'ask.prompt.title': { zh: '约稿主题', en: 'Topic title' },
  'ask.prompt.departments': { zh: '约稿单位（空格选择，可多选）', en: 'Departments asked (space to pick several)' },
  'ask.prompt.departmentNames': {
    zh: '约稿单位（多个用逗号或顿号分隔）',
    en: 'Departments asked (separate several with commas)',
  },
  'ask.prompt.due': { zh: '截止日期（YYYY-MM-DD）', en: 'Due date (YYYY-MM-DD)' },
  'ask.prompt.badDate': { zh: '请按 YYYY-MM-DD 填写有效日期', en: 'enter a valid date as YYYY-MM-DD' },
  'ask.prompt.brief': { zh: '约稿说明（可空）', en: 'Brief for the departments (may be empty)' },

  'ask.none': { zh: '还没有约稿；用 info ask new 发起', en: 'No topics yet; start one with info ask new' },
  'ask.noneOverdue': { zh: '没有逾期未报的约稿', en: 'No topic is overdue' },
  'ask.id': { zh: '编号', en: 'ID' },
  'ask.due': { zh: '截止', en: 'Due' },
  'ask.state': { zh: '状态', en: 'State' },
  'ask.answered': { zh: '已报', en: 'Answered' },
  'ask.missing': { zh: '未报单位', en: 'Missing' },
  'ask.title': { zh: '主题', en: 'Title' },
  'ask.overdue': { zh: '逾期', en: 'overdue' },
  'ask.open': { zh: '进行中', en: 'open' },
  'ask.complete': { zh: '已报齐', en: 'complete' },

  'ask.show.due': { zh: '截止', en: 'Due' },
  'ask.show.created': { zh: '发起', en: 'Asked on' },
  'ask.show.departments': { zh: '约稿单位', en: 'Asked' },
  'ask.show.answered': { zh: '已报', en: 'Answered' },
  'ask.show.missing': { zh: '未报', en: 'Missing' },
  'ask.show.path': { zh: '文件', en: 'File' },
  'ask.show.brief': { zh: '约稿说明', en: 'Brief' },
  'ask.show.nobody': { zh: '（无）', en: '(none)' },
  'ask.show.late': { zh: '迟报', en: 'late' },
  'ask.show.items': { zh: '报送的条目', en: 'Items sent' },
  'ask.show.submitted': { zh: '报送日期', en: 'Submitted' },

  'help.ask': {
    zh: '约稿：向指定单位约稿、查看谁已报送、谁逾期未报',
    en: 'solicitations: ask departments for items on a topic, see who answered and who is overdue',
  },
  'help.ask.examples': {
    zh: '  info ask new --title 设施农业发展情况 --department 财政局 --department 农业农村局 --due 2026-11-20\n  info ask list --overdue\n  info ask show 20261101-a9c3',
    en: '  info ask new --title "Greenhouse farming" --department 财政局 --department 农业农村局 --due 2026-11-20\n  info ask list --overdue\n  info ask show 20261101-a9c3',
  },
  'help.ask.new': {
    zh: '发起约稿，写入 topics/ 下的一个文件（终端中缺项会逐项询问）',
    en: 'start a solicitation: writes one file under topics/ (asks for what is missing on a terminal)',
  },
  'help.ask.new.examples': {
    zh: '  info ask new\n  info ask new --title 设施农业发展情况 --department 财政局,农业农村局 --due 2026-11-20 --brief 请报送今年以来的做法和成效\n  info ask new --title 安全生产 --department 临江镇 --due 2026-12-01 --json',
    en: '  info ask new\n  info ask new --title "Greenhouse farming" --department 财政局,农业农村局 --due 2026-11-20 --brief "What was done this year"\n  info ask new --title "Work safety" --department 临江镇 --due 2026-12-01 --json',
  },
  'help.ask.list': {
    zh: '列出约稿：截止日期、已报和未报单位；逾期指已过截止日期（按配置时区）且仍有单位未报送',
    en: 'list topics: due date, answered and missing departments; overdue means past the due date (configured zone) with a department that has sent nothing',
  },
  'help.ask.list.examples': {
    zh: '  info ask list\n  info ask list --overdue\n  info ask list --json',
    en: '  info ask list\n  info ask list --overdue\n  info ask list --json',
  },
  'help.ask.show': {
    zh: '查看一个约稿（编号或编号开头）：已报和未报单位、报送的条目。条目用 topic: 编号 答复约稿，报送（待审）后计为已报',
    en: 'show one topic (id or the start of one): answered and missing departments, the items sent. An item answers through topic: ID and counts once submitted',
  },
  'help.ask.show.examples': {
    zh: '  info ask show 20261101-a9c3\n  info ask show 20261101 --json',
    en: '  info ask show 20261101-a9c3\n  info ask show 20261101 --json',
  },
  'help.opt.topicTitle': { zh: '约稿主题', en: 'title of the topic' },
  'help.opt.askDepartment': {
    zh: '约稿单位（可重复，或用逗号分隔多个）',
    en: 'department asked (repeat, or separate several with commas)',
  },
  'help.opt.askDue': { zh: '截止日期 YYYY-MM-DD', en: 'due date YYYY-MM-DD' },
  'help.opt.brief': { zh: '约稿说明', en: 'what the departments are asked for' },
  'help.opt.overdue': { zh: '只列逾期未报的约稿', en: 'only topics past due with a department missing' },
};
