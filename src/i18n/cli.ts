/** Messages of the commands, errors and help. */
import type { Messages } from './index.js';

export const cli: Messages = {
  'label.error': { zh: '错误：', en: 'error: ' },
  'label.warning': { zh: '注意：', en: 'warning: ' },

  'error.internal': { zh: '内部错误：{message}', en: 'internal error: {message}' },
  'hint.internal': {
    zh: '这是 info 自身的问题，不是您的操作有误；文件均未改动。设置 DEBUG=infodesk 可查看详细信息。',
    en: 'This is a fault in info, not in what you did; no file was changed. Set DEBUG=infodesk to see details.',
  },
  'error.bad-lang': {
    zh: '--lang 的值“{value}”无效，可用：zh-CN、en',
    en: '--lang “{value}” is not valid; use zh-CN or en',
  },
  'hint.usage': {
    zh: '用 info --help 或 info <命令> --help 查看用法。',
    en: 'See info --help or info <command> --help.',
  },
  'commander.unknownOption': { zh: '未知选项 {name}', en: 'unknown option {name}' },
  'commander.unknownCommand': { zh: '未知命令 {name}', en: 'unknown command {name}' },
  'commander.missingArgument': { zh: '缺少参数 {name}', en: 'missing argument {name}' },
  'commander.optionMissingArgument': { zh: '选项 {name} 缺少取值', en: 'option {name} needs a value' },
  'commander.excessArguments': { zh: '参数过多', en: 'too many arguments' },
  'commander.suggestion': { zh: '（您是不是要用 {name}？）', en: '(Did you mean {name}?)' },

  'error.no-workspace': {
    zh: '{dir} 不在任何工作区中（找不到 info.config.yaml）',
    en: '{dir} is not inside a workspace (no info.config.yaml found)',
  },
  'hint.no-workspace': {
    zh: '用 info init 创建工作区，或用 --dir 指定工作区所在目录。',
    en: 'Create one with info init, or point to one with --dir.',
  },
  'error.config-invalid': { zh: '配置文件 {file} 有错误：', en: 'the configuration {file} has errors:' },
  'hint.config-invalid': {
    zh: '改正以上各项后重试；条目文件均未改动。',
    en: 'Correct the lines above and try again; no item was changed.',
  },

  'error.init-not-dir': {
    zh: '{dir} 不是目录，无法在其中创建工作区；未做任何改动',
    en: '{dir} is not a folder, so no workspace can be created in it; nothing was changed',
  },
  'error.init-failed': {
    zh: '无法在 {dir} 创建工作区的目录（{code}）',
    en: 'cannot create the workspace folders in {dir} ({code})',
  },
  'error.init-exists': {
    zh: '这里已经是工作区：{file} 已存在，未做任何改动',
    en: 'a workspace is already here: {file} exists; nothing was changed',
  },
  'init.gitignore': {
    zh: '已有的 .gitignore 没有忽略 .info/（缓存和锁），请手动加上一行 .info/',
    en: 'the existing .gitignore does not ignore .info/ (cache and locks); add a line .info/',
  },
  'init.done': { zh: '已在 {dir} 创建工作区', en: 'Created a workspace in {dir}' },
  'init.next': {
    zh: '下一步：编辑 info.config.yaml 填写单位和信息员，然后用 info new 写第一条信息。',
    en: 'Next: fill in departments and writers in info.config.yaml, then draft an item with info new.',
  },

  'error.bad-value': {
    zh: '{flag} 的值“{value}”无效，可用：{allowed}',
    en: '{flag} “{value}” is not valid; use one of: {allowed}',
  },
  'error.bad-date': {
    zh: '{flag} 的值“{value}”不是有效日期（应为 YYYY-MM-DD）',
    en: '{flag} “{value}” is not a valid date (YYYY-MM-DD)',
  },
  'error.bad-month': {
    zh: '{flag} 的值“{value}”不是有效月份（应为 YYYY-MM）',
    en: '{flag} “{value}” is not a valid month (YYYY-MM)',
  },
  'error.bad-number': { zh: '{flag} 的值“{value}”应为正整数', en: '{flag} “{value}” must be a positive whole number' },
  'error.body-file': { zh: '无法读取正文文件 {path}（{code}）', en: 'cannot read the body file {path} ({code})' },
  'error.body-file-encoding': {
    zh: '正文文件 {path} 不是 UTF-8 文本；GBK 等编码的文件请用 info import 导入',
    en: 'the body file {path} is not UTF-8 text; bring GBK files in with info import',
  },
  'error.new-too-large': {
    zh: '条目文件过大（{size} 字节，上限 {max}）：正文太长，未写入任何文件',
    en: 'the item file would be too large ({size} bytes, limit {max}): the body is too long; nothing was written',
  },
  'error.body-both': { zh: '--body 和 --body-file 只能用一个', en: 'use either --body or --body-file, not both' },
  'error.new-status': {
    zh: '新条目的状态只能是 draft（草稿）或 submitted（待审），不能是“{value}”',
    en: 'a new item can only be draft or submitted, not “{value}”',
  },
  'error.new-missing': { zh: '缺少必填项：{flags}', en: 'missing required values: {flags}' },
  'hint.new-missing': {
    zh: '在终端中运行会逐项询问；在脚本中请用这些选项传入。',
    en: 'Run it in a terminal to be asked for them, or pass these flags.',
  },
  'error.topic-unknown': { zh: '约稿 {topic} 不存在', en: 'topic {topic} does not exist' },
  'hint.topic-unknown': { zh: '用 info ask list 查看约稿编号。', en: 'See the topic ids with info ask list.' },
  'error.new-collision': { zh: '无法生成不重复的编号，请重试', en: 'could not draw an unused id; please try again' },
  'error.editor-failed': {
    zh: '编辑器 {editor} 未能正常运行（{reason}）；条目已保存：{path}',
    en: 'the editor {editor} did not run properly ({reason}); the item is saved: {path}',
  },
  'hint.editor-failed': {
    zh: '用环境变量 VISUAL 或 EDITOR 指定编辑器。',
    en: 'Set VISUAL or EDITOR to the editor you use.',
  },
  'error.editor-no-terminal': {
    zh: '不在终端里，未打开默认编辑器 {editor}；条目已保存：{path}',
    en: 'not in a terminal, so the default editor {editor} was not opened; the item is saved: {path}',
  },
  'hint.editor-no-terminal': {
    zh: '在终端里运行，或用环境变量 VISUAL 或 EDITOR 指定编辑器。',
    en: 'Run it in a terminal, or set VISUAL or EDITOR to the editor you use.',
  },

  'prompt.key.navigate': { zh: '移动', en: 'navigate' },
  'prompt.key.select': { zh: '选择', en: 'select' },
  'prompt.key.submit': { zh: '确定', en: 'submit' },
  'prompt.key.all': { zh: '全选', en: 'all' },
  'prompt.key.invert': { zh: '反选', en: 'invert' },
  'new.prompt.required': { zh: '此项必填', en: 'required' },
  'new.prompt.title': { zh: '标题', en: 'Title' },
  'new.prompt.category': { zh: '类别', en: 'Category' },
  'new.prompt.source': { zh: '来源', en: 'Source' },
  'new.prompt.author': { zh: '作者（信息员）', en: 'Author (writer)' },
  'new.prompt.other': { zh: '其他人……', en: 'Someone else…' },
  'new.prompt.authorName': { zh: '作者姓名', en: 'Author name' },
  'new.prompt.department': {
    zh: '报送单位（空格选择，可多选为合报）',
    en: 'Department (space to pick; several for a joint item)',
  },
  'new.prompt.departmentName': { zh: '报送单位', en: 'Department' },
  'new.unknownDepartment': { zh: '“{name}”不在配置的单位名单中', en: '“{name}” is not a configured department' },
  'new.templateBroken': {
    zh: '模板 {file} 的文件头无法读取，只用了内置的字段（模板正文也未使用）；请改正：',
    en: 'the template {file} has a front matter that cannot be read; only the built-in fields were used (not its body); correct it:',
  },
  'new.dryRun': { zh: '预览（未写入）：{path}', en: 'Preview (nothing written): {path}' },

  'list.none': { zh: '没有符合条件的条目', en: 'No items match' },
  'list.id': { zh: '编号', en: 'ID' },
  'list.status': { zh: '状态', en: 'Status' },
  'list.category': { zh: '类别', en: 'Category' },
  'list.department': { zh: '单位', en: 'Department' },
  'list.created': { zh: '日期', en: 'Created' },
  'list.title': { zh: '标题', en: 'Title' },
  'load.broken': {
    zh: '{count} 个文件有错误，未计入结果；用 info validate 查看',
    en: '{count#file} with errors left out; see info validate',
  },
  'load.skipped': {
    zh: '{count} 个符号链接指向所在目录以外或不存在的位置，未读取（如 {first}）',
    en: '{count} symbolic links lead outside their folder or nowhere and were not followed (e.g. {first})',
  },

  'error.no-such-path': { zh: '路径不存在：{path}', en: 'no such path: {path}' },
  'error.path-outside': { zh: '{path} 不在工作区内', en: '{path} is outside the workspace' },
  'error.unknown-item': { zh: '找不到条目 {ref}', en: 'no item {ref}' },
  'hint.unknown-item': {
    zh: '用 info list 查看编号；也可以写文件路径或编号的开头几位。',
    en: 'See ids with info list; a path or the start of an id also works.',
  },
  'error.ambiguous-ref': {
    zh: '“{ref}”对应多个条目，请写得更完整：\n  {matches}',
    en: '“{ref}” matches several items; give more of the id:\n  {matches}',
  },

  'validate.summary': {
    zh: '检查了 {files} 个文件：{errors} 个错误，{warnings} 个提醒',
    en: 'Checked {files#file}: {errors#error}, {warnings#warning}',
  },
  'rule.symlink-outside': {
    zh: '符号链接指向所在目录（items/ 或 topics/）以外或不存在的位置，未读取',
    en: 'symbolic link leads outside its folder (items/ or topics/) or nowhere; not followed',
  },

  'show.status': { zh: '状态', en: 'Status' },
  'show.category': { zh: '类别', en: 'Category' },
  'show.source': { zh: '来源', en: 'Source' },
  'show.nature': { zh: '性质', en: 'Nature' },
  'show.departments': { zh: '单位', en: 'Departments' },
  'show.authors': { zh: '作者', en: 'Authors' },
  'show.created': { zh: '日期', en: 'Created' },
  'show.topic': { zh: '约稿', en: 'Topic' },
  'show.tags': { zh: '标签', en: 'Tags' },
  'show.bulletins': { zh: '刊期', en: 'Issues' },
  'show.path': { zh: '文件', en: 'File' },
  'show.history': { zh: '流转记录', en: 'History' },
  'show.adoptions': { zh: '采用情况', en: 'Adoptions' },
  'show.instructions': { zh: '领导批示', en: 'Leader instructions' },
  'show.at': { zh: '时间', en: 'When' },
  'show.by': { zh: '操作人', en: 'By' },
  'show.move': { zh: '流转', en: 'Move' },
  'show.note': { zh: '备注', en: 'Note' },
  'show.date': { zh: '日期', en: 'Date' },
  'show.level': { zh: '层级', en: 'Level' },
  'show.form': { zh: '形式', en: 'Form' },
  'show.outlet': { zh: '载体', en: 'Outlet' },
  'show.leader': { zh: '领导', en: 'Leader' },
  'show.due': { zh: '办理期限', en: 'Due' },
  'show.text': { zh: '批示内容', en: 'Text' },

  'help.program': {
    zh: '政务信息工作台：起草、审核、编发、报送、统计信息条目',
    en: 'The desk for government information work: draft, review, publish, report and score items',
  },
  'help.version': { zh: '显示版本号', en: 'print the version' },
  'help.help': { zh: '显示帮助', en: 'show help' },
  'help.helpCommand': { zh: '显示某个命令的帮助', en: 'show help for a command' },
  'help.title.Usage': { zh: '用法：', en: 'Usage:' },
  'help.usage.options': { zh: '[选项]', en: '[options]' },
  'help.usage.command': { zh: '[命令]', en: '[command]' },
  'help.title.Options': { zh: '选项：', en: 'Options:' },
  'help.title.Commands': { zh: '命令：', en: 'Commands:' },
  'help.title.Arguments': { zh: '参数：', en: 'Arguments:' },
  'help.title.Global Options': { zh: '全局选项：', en: 'Global Options:' },
  'help.title.Examples': { zh: '示例：', en: 'Examples:' },
  'help.opt.dir': {
    zh: '工作区目录（默认：向上查找 info.config.yaml）',
    en: 'workspace folder (default: the nearest with info.config.yaml)',
  },
  'help.opt.lang': { zh: '界面语言：zh-CN 或 en', en: 'language: zh-CN or en' },
  'help.opt.noColor': { zh: '不使用颜色', en: 'no colour' },
  'help.opt.json': { zh: '以 JSON 输出', en: 'print JSON' },
  'help.opt.office': { zh: '机关名称', en: 'name of the office' },
  'help.opt.bulletin': { zh: '刊物名称（默认：政务信息）', en: 'name of the bulletin (default: 政务信息)' },
  'help.opt.title': { zh: '标题', en: 'title' },
  'help.opt.category': {
    zh: '类别：key 重点 | highlight 亮点 | hot 热点 | difficulty 难点',
    en: 'category: key | highlight | hot | difficulty',
  },
  'help.opt.source': {
    zh: '来源：document 文件 | meeting 会议 | research 调研 | solicited 约稿 | grassroots 基层',
    en: 'source: document | meeting | research | solicited | grassroots',
  },
  'help.opt.department': { zh: '报送单位（合报可重复）', en: 'department (repeat for a joint item)' },
  'help.opt.author': { zh: '作者（可重复）', en: 'author (repeatable)' },
  'help.opt.nature': { zh: '性质：sign 苗头 | result 成果', en: 'nature: sign | result' },
  'help.opt.topic': { zh: '所答约稿的编号', en: 'id of the topic it answers' },
  'help.opt.tag': { zh: '标签（可重复）', en: 'tag (repeatable)' },
  'help.opt.date': { zh: '补录日期 YYYY-MM-DD（默认今天）', en: 'back-fill date YYYY-MM-DD (default today)' },
  'help.opt.newStatus': { zh: '初始状态：draft 草稿 | submitted 待审', en: 'initial status: draft | submitted' },
  'help.opt.body': { zh: '正文', en: 'body text' },
  'help.opt.bodyFile': { zh: '从文件读取正文（- 表示标准输入）', en: 'read the body from a file (- for stdin)' },
  'help.opt.by': {
    zh: '操作人（默认：INFO_USER、配置 user、git 用户名）',
    en: 'who acts (default: INFO_USER, config user, git user.name)',
  },
  'help.opt.edit': { zh: '写入后用 $VISUAL/$EDITOR 打开', en: 'open in $VISUAL/$EDITOR after writing' },
  'help.opt.dryRun': { zh: '只预览，不写入', en: 'show what would be written; write nothing' },
  'help.opt.status': { zh: '状态（可重复）', en: 'status (repeatable)' },
  'help.opt.month': { zh: '月份 YYYY-MM（按创建日期）', en: 'month YYYY-MM (by created date)' },
  'help.opt.search': { zh: '搜索标题、标签和正文', en: 'search titles, tags and bodies' },
  'help.opt.sort': {
    zh: '排序字段：created id title status category source department updated（前加 - 为倒序）',
    en: 'sort by: created id title status category source department updated (prefix - to reverse)',
  },
  'help.opt.limit': { zh: '最多显示条数', en: 'show at most N items' },
  'help.opt.strict': { zh: '有提醒也算失败（退出码 1）', en: 'fail (exit 1) on warnings too' },

  'help.init': {
    zh: '创建工作区：配置、模板、目录和 .gitignore',
    en: 'create a workspace: config, templates, folders, .gitignore',
  },
  'help.init.examples': {
    zh: '  info init 海门信息 --office 海门市人民政府办公室\n  info init --bulletin 政务信息 --lang zh-CN',
    en: '  info init haimen --office "Haimen City Government Office"\n  info init --bulletin 政务信息 --lang en',
  },
  'help.new': {
    zh: '起草一条信息（终端中缺项会逐项询问）',
    en: 'draft an item (asks for what is missing on a terminal)',
  },
  'help.new.examples': {
    zh: '  info new\n  info new --title 春节后项目早开工 --category 重点 --source 会议 --department 发改委 --author 张三\n  info new --title 设施农业 --category highlight --source research --department 农业农村局 --body-file 稿件.md --status submitted',
    en: '  info new\n  info new --title "Projects start early" --category key --source meeting --department 发改委 --author 张三\n  info new --title 设施农业 --category highlight --source research --department 农业农村局 --body-file draft.md --status submitted',
  },
  'help.list': { zh: '列出条目（可筛选、排序）', en: 'list items, filtered and sorted' },
  'help.list.examples': {
    zh: '  info list --status 待审\n  info list --month 2026-11 --department 发改委\n  info list --search 项目 --sort -created --limit 10 --json',
    en: '  info list --status submitted\n  info list --month 2026-11 --department 发改委\n  info list --search 项目 --sort -created --limit 10 --json',
  },
  'help.show': { zh: '查看一条信息（编号、编号开头或文件路径）', en: 'show one item (id, start of an id, or path)' },
  'help.show.examples': {
    zh: '  info show 20261103-k7f2\n  info show 20261103-k\n  info show items/2026/11/20261103-k7f2-chun-jie.md --json',
    en: '  info show 20261103-k7f2\n  info show 20261103-k\n  info show items/2026/11/20261103-k7f2-chun-jie.md --json',
  },
  'help.validate': {
    zh: '检查所有条目和约稿文件，一次列出全部问题',
    en: 'check every item and topic file and list every problem',
  },
  'help.schema': {
    zh: '输出 JSON Schema（item 条目文件头 | config 配置文件），供编辑器检查',
    en: 'print the JSON Schema (item front matter | config) for editors',
  },
  'help.schema.examples': {
    zh: '  info schema item > item.schema.json\n  info schema config',
    en: '  info schema item > item.schema.json\n  info schema config',
  },
  'help.completion': {
    zh: '输出 shell 补全脚本（bash | zsh | fish）',
    en: 'print a shell completion script (bash | zsh | fish)',
  },
  'help.completion.examples': {
    zh: '  source <(info completion bash)        # 写入 ~/.bashrc\n  source <(info completion zsh)         # 写入 ~/.zshrc\n  info completion fish > ~/.config/fish/completions/info.fish',
    en: '  source <(info completion bash)        # in ~/.bashrc\n  source <(info completion zsh)         # in ~/.zshrc\n  info completion fish > ~/.config/fish/completions/info.fish',
  },
  'help.validate.examples': {
    zh: '  info validate\n  info validate items/2026/11 --strict\n  info validate --json',
    en: '  info validate\n  info validate items/2026/11 --strict\n  info validate --json',
  },
};
