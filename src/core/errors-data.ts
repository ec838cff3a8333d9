/**
 * Every error the tool raises on purpose: its message in both languages and, where it helps,
 * a hint saying what to do. `{name}` is a parameter (`{name|status}` shows a status key by its
 * label, `{count#file}` a number with its noun); the parameters of `new InfoError(code, …)`
 * are checked against these at compile time (`errors.ts`).
 */
/** What to do about a layout override in `templates/bulletin/` that cannot be used. */
const TEMPLATE_HINT = {
  zh: '可用的变量见 templates/bulletin/README.md；删去该文件即恢复默认版式。未改动任何文件。',
  en: 'The variables are listed in templates/bulletin/README.md; delete the file to use the built-in layout. Nothing was changed.',
} as const;

export const ERRORS = {
  // cli
  internal: {
    zh: '内部错误：{message}',
    en: 'internal error: {message}',
    hint: {
      zh: '这是 info 自身的问题，不是您的操作有误；文件均未改动。设置 DEBUG=infodesk 可查看详细信息。',
      en: 'This is a fault in info, not in what you did; no file was changed. Set DEBUG=infodesk to see details.',
    },
  },
  'bad-lang': {
    zh: '--lang 的值“{value}”无效，可用：zh-CN、en',
    en: '--lang “{value}” is not valid; use zh-CN or en',
  },
  'no-workspace': {
    zh: '{dir} 不在任何工作区中（找不到 info.config.yaml）',
    en: '{dir} is not inside a workspace (no info.config.yaml found)',
    hint: {
      zh: '用 info init 创建工作区，或用 --dir 指定工作区所在目录。',
      en: 'Create one with info init, or point to one with --dir.',
    },
  },
  'config-invalid': {
    zh: '配置文件 {file} 有错误：',
    en: 'the configuration {file} has errors:',
    hint: {
      zh: '改正以上各项后重试；条目文件均未改动。',
      en: 'Correct the lines above and try again; no item was changed.',
    },
  },
  'init-not-dir': {
    zh: '{dir} 不是目录，无法在其中创建工作区；未做任何改动',
    en: '{dir} is not a folder, so no workspace can be created in it; nothing was changed',
  },
  'init-failed': {
    zh: '无法在 {dir} 创建工作区的目录（{code}）',
    en: 'cannot create the workspace folders in {dir} ({code})',
  },
  'init-exists': {
    zh: '这里已经是工作区：{file} 已存在，未做任何改动',
    en: 'a workspace is already here: {file} exists; nothing was changed',
  },
  'bad-value': {
    zh: '{flag} 的值“{value}”无效，可用：{allowed}',
    en: '{flag} “{value}” is not valid; use one of: {allowed}',
  },
  'bad-date': {
    zh: '{flag} 的值“{value}”不是有效日期（应为 YYYY-MM-DD）',
    en: '{flag} “{value}” is not a valid date (YYYY-MM-DD)',
  },
  'bad-month': {
    zh: '{flag} 的值“{value}”不是有效月份（应为 YYYY-MM）',
    en: '{flag} “{value}” is not a valid month (YYYY-MM)',
  },
  'bad-number': {
    zh: '{flag} 的值“{value}”应为正整数',
    en: '{flag} “{value}” must be a positive whole number',
  },
  'body-file': {
    zh: '无法读取正文文件 {path}（{code}）',
    en: 'cannot read the body file {path} ({code})',
  },
  'body-file-encoding': {
    zh: '正文文件 {path} 不是 UTF-8 文本；GBK 等编码的文件请用 info import 导入',
    en: 'the body file {path} is not UTF-8 text; bring GBK files in with info import',
  },
  'new-too-large': {
    zh: '条目文件过大（{size} 字节，上限 {max}）：正文太长，未写入任何文件',
    en: 'the item file would be too large ({size} bytes, limit {max}): the body is too long; nothing was written',
  },
  'body-both': {
    zh: '--body 和 --body-file 只能用一个',
    en: 'use either --body or --body-file, not both',
  },
  'new-status': {
    zh: '新条目的状态只能是 draft（草稿）或 submitted（待审），不能是“{value}”',
    en: 'a new item can only be draft or submitted, not “{value}”',
  },
  'new-missing': {
    zh: '缺少必填项：{flags}',
    en: 'missing required values: {flags}',
    hint: {
      zh: '在终端中运行会逐项询问；在脚本中请用这些选项传入。',
      en: 'Run it in a terminal to be asked for them, or pass these flags.',
    },
  },
  'topic-unknown': {
    zh: '约稿 {topic} 不存在',
    en: 'topic {topic} does not exist',
    hint: {
      zh: '用 info ask list 查看约稿编号。',
      en: 'See the topic ids with info ask list.',
    },
  },
  'new-collision': {
    zh: '无法生成不重复的编号，请重试',
    en: 'could not draw an unused id; please try again',
  },
  'editor-failed': {
    zh: '编辑器 {editor} 未能正常运行（{reason}）；条目已保存：{path}',
    en: 'the editor {editor} did not run properly ({reason}); the item is saved: {path}',
    hint: {
      zh: '用环境变量 VISUAL 或 EDITOR 指定编辑器。',
      en: 'Set VISUAL or EDITOR to the editor you use.',
    },
  },
  'editor-no-terminal': {
    zh: '不在终端里，未打开默认编辑器 {editor}；条目已保存：{path}',
    en: 'not in a terminal, so the default editor {editor} was not opened; the item is saved: {path}',
    hint: {
      zh: '在终端里运行，或用环境变量 VISUAL 或 EDITOR 指定编辑器。',
      en: 'Run it in a terminal, or set VISUAL or EDITOR to the editor you use.',
    },
  },
  'no-such-path': {
    zh: '路径不存在：{path}',
    en: 'no such path: {path}',
  },
  'path-outside': {
    zh: '{path} 不在工作区内',
    en: '{path} is outside the workspace',
  },
  'unknown-item': {
    zh: '找不到条目 {ref}',
    en: 'no item {ref}',
    hint: {
      zh: '用 info list 查看编号；也可以写文件路径或编号的开头几位。',
      en: 'See ids with info list; a path or the start of an id also works.',
    },
  },
  'ambiguous-ref': {
    zh: '“{ref}”对应多个条目，请写得更完整：\n  {matches}',
    en: '“{ref}” matches several items; give more of the id:\n  {matches}',
  },
  'duplicate-ref': {
    zh: '编号 {ref} 出现在 {count} 个文件中（多半是复制了文件），无法确定是哪一条：\n  {matches}',
    en: 'id {ref} is in {count} files (a file copied, most likely); which one is meant cannot be told:\n  {matches}',
    hint: {
      zh: '保留一份，删去其余文件或改正其 id（info validate 会标出 id-duplicate）；也可以用路径指明其中一个文件。',
      en: 'Keep one and delete the others or correct their ids (info validate marks them id-duplicate); or name one file by its path.',
    },
  },
  // review
  'illegal-move': {
    zh: '{id} 当前为“{from|status}”，不能转为“{to|status}”；可以转为：{allowed|status}。文件未改动',
    en: '{id} is {from} and cannot move to {to}; allowed: {allowed}. The file is unchanged',
  },
  'note-required': {
    zh: '{id}：转为“{to|status}”须附意见，说明要改什么（--note）',
    en: '{id}: moving to {to} needs a note saying what to change (--note)',
  },
  'history-broken': {
    zh: '{id} 的流转记录有错误（{file}），未做改动',
    en: 'the history of {id} has errors ({file}); nothing was changed',
    hint: {
      zh: '用 info validate 查看并改正后重试。',
      en: 'See and correct them with info validate, then try again.',
    },
  },
  'item-broken': {
    zh: '{file} 的文件头无法读取，不能流转；文件未改动',
    en: 'the front matter of {file} cannot be read, so it cannot move; the file is unchanged',
    hint: {
      zh: '用 info validate 查看问题。',
      en: 'See the problems with info validate.',
    },
  },
  'item-unreadable': {
    zh: '{file} 的文件头无法读取（见上）',
    en: 'the front matter of {file} cannot be read (see above)',
  },
  'adopt-status': {
    zh: '{id} 当前为“{status|status}”，不能记录采用；只有以下状态可以：{allowed|status}',
    en: '{id} is {status}; adoptions can be recorded only on: {allowed}',
  },
  'adopt-duplicate': {
    zh: '{id} 已有相同的采用记录（{level|level}，{date}），未重复记录',
    en: '{id} already has this adoption ({level}, {date}); it was not recorded twice',
  },
  'instruction-empty': {
    zh: '批示须写明领导（--leader）和内容（--instruction）',
    en: 'an instruction needs a leader (--leader) and its text (--instruction)',
  },
  'instruction-due': {
    zh: '办理期限 {due} 早于批示日期 {date}',
    en: 'the due date {due} is before the instruction date {date}',
  },
  'instruction-duplicate': {
    zh: '{id} 已有 {leader} {date} 的相同批示，未重复记录',
    en: '{id} already has this instruction by {leader} on {date}; it was not recorded twice',
  },
  'file-changed': {
    zh: '{file} 在读取之后被改动过（另一个进程、编辑器或 git pull），为免覆盖别人的修改，未写入',
    en: '{file} changed on disk after it was read (another process, an editor or a git pull); it was not overwritten',
    hint: {
      zh: '没有丢失任何内容。重新运行命令即可基于最新内容操作。',
      en: 'Nothing was lost. Run the command again to act on the file as it is now.',
    },
  },
  'file-locked': {
    zh: '{file} 正由另一个进程（{pid}）修改，等待超时，未写入',
    en: '{file} is being changed by another process ({pid}); gave up waiting, nothing written',
    hint: {
      zh: '稍后重试。进程异常退出留下的锁会自动清除。',
      en: 'Try again in a moment. A lock left by a process that crashed is cleared by itself.',
    },
  },
  'rewrite-failed': {
    zh: '无法在不影响其他内容的前提下修改 {key}（{reason}），文件未改动',
    en: 'could not change {key} without disturbing the rest of the file ({reason}); the file is unchanged',
  },
  'review-actions': {
    zh: '{flags} 一次只能用一个',
    en: 'use only one of {flags} at a time',
  },
  'review-flag': {
    zh: '{flag} 只能与 {with} 一起使用',
    en: '{flag} only goes with {with}',
  },
  'review-refs': {
    zh: '{flag} 需要指明信息（编号、编号开头或文件路径）',
    en: '{flag} needs the items it is about (id, start of an id, or path)',
  },
  'review-one-ref': {
    zh: '{flag} 一次只能用于一条信息',
    en: '{flag} takes one item at a time',
  },
  'review-missing': {
    zh: '缺少 {flags}',
    en: 'missing {flags}',
  },
  'review-no-action': {
    zh: '请指明要做什么：--to 状态、--adopt 层级 或 --instruction 内容',
    en: 'say what to do: --to STATUS, --adopt LEVEL or --instruction TEXT',
    hint: {
      zh: '在终端中运行 info review 可逐条审核。',
      en: 'Run info review in a terminal to go through the queue.',
    },
  },
  // ask
  'ask-missing': {
    zh: '缺少必填项：{flags}',
    en: 'missing required values: {flags}',
    hint: {
      zh: '在终端中运行会逐项询问；在脚本中请用这些选项传入，例如 --title 设施农业 --department 财政局 --due 2026-11-20。',
      en: 'Run it in a terminal to be asked for them, or pass these flags, e.g. --title 设施农业 --department 财政局 --due 2026-11-20.',
    },
  },
  'ambiguous-topic': {
    zh: '“{ref}”对应多个约稿，请写得更完整：\n  {matches}',
    en: '“{ref}” matches several topics; give more of the id:\n  {matches}',
  },
  // bulletin
  'issue-no-items': {
    zh: '没有可编发的信息：没有“已签发”的条目',
    en: 'nothing to publish: no item is approved',
    hint: {
      zh: '先用 info review REF --to approved 签发信息，或用 --items 指定条目；未改动任何文件。',
      en: 'Sign items off first (info review REF --to approved) or name them with --items; nothing was changed.',
    },
  },
  'issue-not-approved': {
    zh: '{id} 当前为“{status|status}”，只有“已签发”的信息才能编入期刊；未改动任何文件',
    en: '{id} is {status}; only approved items go into an issue. Nothing was changed',
  },
  'issue-item-broken': {
    zh: '{file} 有错误，不能编入期刊；未改动任何文件',
    en: '{file} has errors and cannot go into an issue; nothing was changed',
    hint: {
      zh: '用 info validate 查看问题。',
      en: 'See the problems with info validate.',
    },
  },
  'issue-format': {
    zh: '期刊格式“{value}”无效，可用：md、html、docx',
    en: 'issue format “{value}” is not valid; use md, html or docx',
  },
  'issue-month-flag': {
    zh: '{flags} 只能用于通报（--month、--quarter、--year 或 --from/--to）',
    en: '{flags} only go with a notice (--month, --quarter, --year or --from/--to)',
  },
  'issue-file-exists': {
    zh: '{file} 已存在，未覆盖',
    en: '{file} exists already; it was not overwritten',
    hint: {
      zh: '移走或改名后再次运行 info report --issue，会补写缺少的文件，不会另编新期。',
      en: 'Move or rename it, then run info report --issue again: it writes the missing files without a new number.',
    },
  },
  'issue-busy': {
    zh: '其他进程正在连续编发期刊，多次重试后仍未取得期号；未改动任何文件',
    en: 'other runs kept taking the next number; gave up after several tries. Nothing was changed',
  },
  'template-unreadable': {
    zh: '模板 {file} 无法读取（{rule}）',
    en: 'template {file} cannot be read ({rule})',
  },
  'template-partial': {
    zh: '模板 {file} 第 {line} 行：不支持引用其他模板（{{> {name}}}）',
    en: 'template {file}, line {line}: partials ({{> {name}}}) are not supported',
    hint: TEMPLATE_HINT,
  },
  'template-unknown': {
    zh: '模板 {file} 第 {line} 行：未知变量 {name}',
    en: 'template {file}, line {line}: unknown variable {name}',
    hint: TEMPLATE_HINT,
  },
  'template-raw': {
    zh: '模板 {file} 第 {line} 行：{name} 不能不经转义写入 HTML（只有以 Html 结尾的变量可用三重花括号）',
    en: 'template {file}, line {line}: {name} cannot go into HTML unescaped (only variables ending in Html may use triple braces)',
    hint: TEMPLATE_HINT,
  },
  'template-css': {
    zh: '样式表 {file} 含有 </style>，可能向页面插入内容，未使用',
    en: 'the style sheet {file} contains </style>, which could add markup to the page; it was not used',
    hint: TEMPLATE_HINT,
  },
  'template-syntax': {
    zh: '模板 {file} 有语法错误：{message}',
    en: 'template {file} has a syntax error: {message}',
    hint: TEMPLATE_HINT,
  },
  // report
  'report-form': {
    zh: '请指明要做什么：--month YYYY-MM、--quarter YYYY-Qn、--year YYYY 或 --from/--to（通报），或 --issue（编一期期刊）',
    en: 'say what to build: --month YYYY-MM, --quarter YYYY-Qn, --year YYYY or --from/--to (a notice), or --issue (a bulletin issue)',
  },
  'report-both': {
    zh: '{flag} 和 --issue 不能同时使用',
    en: '{flag} and --issue cannot be used together',
  },
  'report-issue-only': {
    zh: '{flags} 只能与 --issue 一起使用',
    en: '{flags} only go with --issue',
  },
  'report-json-format': {
    zh: '--json 与 --format {format} 冲突',
    en: '--json conflicts with --format {format}',
  },
  'report-explain-format': {
    zh: '--explain 只能输出 md 或 json，不能是 {format}',
    en: '--explain prints md or json, not {format}',
  },
  'report-binary-tty': {
    zh: 'DOCX 是二进制文件，不能直接显示在终端上',
    en: 'a DOCX file is binary and cannot be shown on a terminal',
    hint: {
      zh: '用 --out 通报.docx 写入文件，或重定向：> 通报.docx',
      en: 'Write it to a file with --out notice.docx, or redirect: > notice.docx',
    },
  },
  'report-unknown-name': {
    zh: '没有名为“{name}”的单位或信息员{close}',
    en: 'no unit or writer named “{name}”{close}',
    hint: {
      zh: '这份通报中的单位和信息员：{names}',
      en: 'Units and writers in this notice: {names}',
    },
  },
  // report periods: quarter, year, range, letters, xlsx
  'report-periods': {
    zh: '{flags} 不能同时使用：只用 --month、--quarter、--year 或 --from/--to 中的一种',
    en: '{flags} cannot be used together: give one of --month, --quarter, --year or --from/--to',
  },
  'bad-quarter': {
    zh: '{flag} 的值“{value}”不是有效季度（应为 YYYY-Qn，n 为 1 到 4，如 2026-Q4）',
    en: '{flag} “{value}” is not a valid quarter (YYYY-Qn with n from 1 to 4, as 2026-Q4)',
  },
  'bad-year': {
    zh: '{flag} 的值“{value}”不是有效年份（应为 YYYY）',
    en: '{flag} “{value}” is not a valid year (YYYY)',
  },
  'report-range-half': {
    zh: '{flag} 须与 {other} 一起使用',
    en: '{flag} needs {other} as well',
  },
  'report-range-order': {
    zh: '--from {from} 晚于 --to {to}',
    en: '--from {from} is after --to {to}',
    hint: {
      zh: '--from 是时段的第一个月，--to 是最后一个月。',
      en: '--from is the first month of the range, --to the last.',
    },
  },
  'report-letters-out': {
    zh: '--letters 需要 --out 目录（每个单位一份告知书写入该目录）',
    en: '--letters needs --out DIR (the folder each unit’s letter is written to)',
  },
  'report-letters-format': {
    zh: '--letters 只能写成 md、html 或 docx，不能是 {format}',
    en: '--letters writes md, html or docx, not {format}',
  },
  'report-letters-explain': {
    zh: '--letters 与 --explain 不能同时使用',
    en: '--letters and --explain cannot be used together',
  },
  'report-xlsx-out': {
    zh: '--format xlsx 需要 --out 文件（如 --out 通报.xlsx）',
    en: '--format xlsx needs --out FILE (as --out notice.xlsx)',
  },
  'report-write': {
    zh: '无法写入 {path}（{code}）；原有文件未改动',
    en: 'cannot write {path} ({code}); any file already there is unchanged',
  },
  // bulletins: series, sections, merged items, export
  'issue-series-key': {
    zh: '刊物“{series}”与“{other}”的文件名相同（{key}-…），无法区分两者的期刊文件；未改动任何文件',
    en: 'the series “{series}” and “{other}” would share file names ({key}-…); nothing was changed',
    hint: {
      zh: '在 info.config.yaml 的 bulletins 中给其中一个改名。',
      en: 'Rename one of them under bulletins in info.config.yaml.',
    },
  },
  'section-none': {
    zh: '配置中没有栏目，不能指定 --section',
    en: 'no sections are configured, so --section has nothing to name',
    hint: {
      zh: '在 info.config.yaml 的刊物下加上 sections: [工作动态, 经验做法]。',
      en: 'Add sections: [工作动态, 经验做法] to a series in info.config.yaml.',
    },
  },
  'merge-few': {
    zh: '综合稿至少要由两条信息合并（已给 {count} 条）',
    en: 'a merged item needs at least two items (got {count})',
  },
  'merge-partial': {
    zh: '综合稿 {id} 已写入，但 {count} 条原稿未能归档（见上）；文件未丢失',
    en: 'the merged item {id} was written, but {count#source} could not be archived (see above); nothing was lost',
    hint: {
      zh: '逐条运行 info review REF --to archived --note "并入 {id}" 完成归档。',
      en: 'Archive each with info review REF --to archived --note "并入 {id}".',
    },
  },
  'export-exists': {
    zh: '{file} 已存在，未覆盖',
    en: '{file} exists already; it was not overwritten',
    hint: {
      zh: '加 --force 覆盖，或用 --out 换一个文件夹。',
      en: 'Pass --force to replace it, or choose another folder with --out.',
    },
  },
  'export-write': {
    zh: '无法写入 {file}（{code}）；原有文件未改动',
    en: 'cannot write {file} ({code}); any file already there is unchanged',
  },
  // scoring: the office's own 考核办法 — outlets, the ledger
  'adopt-outlet-unknown': {
    zh: '--adopt 未写层级时，--outlet 须是配置的刊物：{allowed}',
    en: '--adopt without a level needs --outlet naming a configured outlet: {allowed}',
    hint: {
      zh: '其他刊物请写明层级和形式，例如 --adopt 省 --form 专报 --outlet 《某刊物》。',
      en: 'For another publication give its level and form, e.g. --adopt province --form special --outlet NAME.',
    },
  },
  'adopt-outlet-mismatch': {
    zh: '刊物“{outlet}”配置为{level|level}{form|form}，与 {flag} {given} 不符；未做改动',
    en: 'the outlet “{outlet}” is configured as {level} {form}, which {flag} {given} contradicts; nothing was changed',
    hint: {
      zh: '去掉 --adopt 的层级和 --form，按配置记录；或改正 info.config.yaml 中的 outlets。',
      en: 'Leave the level off --adopt and drop --form to take the configured ones, or correct outlets in info.config.yaml.',
    },
  },
  'adjust-missing': {
    zh: '缺少必填项：{flags}',
    en: 'missing required values: {flags}',
    hint: {
      zh: '在终端中运行会逐项询问；在脚本中请用这些选项传入，例如 --department 应急管理局 --kind 迟报 --date 2026-11-20 --note 约稿迟报3天。',
      en: 'Run it in a terminal to be asked for them, or pass these flags, e.g. --department 应急管理局 --kind late --date 2026-11-20 --note "solicited item 3 days late".',
    },
  },
  'adjust-kind-points': {
    zh: '类型“{kind}”没有默认分值，请用 --points 写明分值；有默认分值的类型：{allowed}',
    en: 'the kind “{kind}” has no default points: give them with --points, or use a kind that has some: {allowed}',
  },
  'adjust-points': {
    zh: '--points 的值“{value}”不是数字（扣分写负数，如 --points -5）',
    en: '--points “{value}” is not a number (a deduction is negative, e.g. --points -5)',
  },
  'adjust-department': {
    zh: '“{name}”不是配置的单位{close}；未写入任何文件',
    en: '“{name}” is not a configured department{close}; nothing was written',
    hint: {
      zh: '配置的单位：{names}',
      en: 'Configured departments: {names}',
    },
  },
  // fix
  'fix-what': {
    zh: '请指明要修正的信息（编号、编号开头或文件路径），或用 --all 修正所有待编发的信息',
    en: 'name the items to mend (id, start of an id, or path), or pass --all for every item awaiting publication',
  },
  'fix-both': {
    zh: '--all 不能与指定的信息同时使用',
    en: '--all does not go with named items',
  },
  // git
  'git-missing': {
    zh: '找不到 git 程序',
    en: 'git is not installed (or not on the PATH)',
    hint: {
      zh: '安装 git 后重试；未改动任何文件。',
      en: 'Install git and try again; no file was changed.',
    },
  },
  'git-failed': {
    zh: '{command} 运行失败；未改动任何文件',
    en: '{command} failed; no file was changed',
  },
  'git-no-repo': {
    zh: '{dir} 不在 git 仓库中',
    en: '{dir} is not inside a git repository',
    hint: {
      zh: '先用 git init 建立仓库（或 git clone 取得同事的仓库），再运行 info git setup；未改动任何文件。',
      en: 'Make one with git init (or get your colleagues’ with git clone), then run info git setup; no file was changed.',
    },
  },
  'merge-unreadable': {
    zh: '无法合并 {file}：{side|mergeSide}{reason|mergeReason}',
    en: 'cannot merge {file}: {side|mergeSide} {reason|mergeReason}',
    hint: {
      zh: '该文件按冲突处理，保留本地版本，未改动；对方版本可用 git checkout --theirs 取得。',
      en: 'The file is left as a conflict holding your version, unchanged; theirs is at git checkout --theirs.',
    },
  },
  'merge-write': {
    zh: '无法写入合并结果 {path}（{code}）；该文件按冲突处理，未改动',
    en: 'cannot write the merge to {path} ({code}); the file is left unchanged, as a conflict',
  },
  // sheet: the office's ledger (台账, info import --sheet)
  'sheet-unreadable': {
    zh: '无法读取台账 {file}：{reason}',
    en: 'cannot read the ledger {file}: {reason}',
    hint: { zh: '未写入任何文件。', en: 'Nothing was written.' },
  },
  'sheet-name-unknown': {
    zh: '{file} 中没有名为“{name}”的工作表；有：{names}',
    en: '{file} has no worksheet named “{name}”; it has: {names}',
  },
  'sheet-no-header': {
    zh: '{file}：找不到表头行（须有至少三个可识别的列名，如 标题、报送单位、报送日期）',
    en: '{file}: no header row found (it needs at least three known column names, such as 标题, 报送单位, 报送日期)',
    hint: {
      zh: '列名不同的，用 --map 列名=字段 指定，如 --map 稿件名称=标题；未写入任何文件。',
      en: 'Name other columns with --map 列名=field, e.g. --map 稿件名称=title; nothing was written.',
    },
  },
  'sheet-columns-missing': {
    zh: '{file}：表头（第 {row} 行）缺少这些列：{fields}',
    en: '{file}: the header row (row {row}) lacks these columns: {fields}',
    hint: {
      zh: '列名不同的，用 --map 列名=字段 指定，如 --map 稿件名称=标题；未写入任何文件。',
      en: 'Name other columns with --map 列名=field, e.g. --map 稿件名称=title; nothing was written.',
    },
  },
  'sheet-map': {
    zh: '--map 的值“{value}”应为 列名=字段，字段可用：{allowed}',
    en: '--map “{value}” must be 列名=field, the field one of: {allowed}',
  },
  'sheet-flags': {
    zh: '{flags} 不能与 --sheet 一起使用',
    en: '{flags} cannot be used with --sheet',
  },
  'sheet-only': {
    zh: '{flags} 只能与 --sheet 一起使用',
    en: '{flags} only go with --sheet',
  },
  'import-what': {
    zh: '请给出要导入的文件（info import 文件…）或台账（info import --sheet 台账.xlsx）',
    en: 'name the files to import (info import FILE...) or a ledger (info import --sheet LEDGER.xlsx)',
  },
} as const satisfies Record<string, ErrorEntry>;

interface Text {
  zh: string;
  en: string;
}

export interface ErrorEntry extends Text {
  hint?: Text;
}
