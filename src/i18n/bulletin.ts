/** Messages of `info report --issue`: the wording of an issue, its progress lines and errors. */
import type { Messages } from './index.js';

const TEMPLATE_HINT = {
  zh: '可用的变量见 templates/bulletin/README.md；删去该文件即恢复默认版式。未改动任何文件。',
  en: 'The variables are listed in templates/bulletin/README.md; delete the file to use the built-in layout. Nothing was changed.',
};

export const bulletin: Messages = {
  // The issue as printed.
  'bulletin.number': { zh: '第{number}期', en: 'No. {number}' },
  'bulletin.supplementNumber': { zh: '{name}第{number}期', en: '{name} No. {number}' },
  'bulletin.total': { zh: '（总第{total}期）', en: '({total} overall)' },
  'bulletin.cite': { zh: '《{series}》{year}年{label}', en: '{series} {year}, {label}' },
  'bulletin.date': { zh: '{year}年{month}月{day}日', en: '{day} {monthName} {year}' },
  'bulletin.printed': { zh: '{date}印发', en: 'issued {date}' },
  'bulletin.credit': { zh: '（{departments}供稿）', en: '(from {departments})' },
  'bulletin.note': { zh: '编者按：', en: 'Editor’s note: ' },
  'bulletin.distribution': { zh: '{label}：{names}。', en: '{label}: {names}.' },
  'bulletin.distributionSep': { zh: '，', en: '; ' },
  'bulletin.listSep': { zh: '、', en: ', ' },
  'bulletin.copies': { zh: '共印{copies}份', en: '{copies} copies printed' },

  // Progress and results.
  'issue.done': { zh: '已编发{cite}（{count}条信息）：', en: 'Published {cite} ({count#item}):' },
  'issue.move': { zh: '  {id}  {from|status} → {to|status}  {title}', en: '  {id}  {from} → {to}  {title}' },
  'issue.resume': {
    zh: '{cite}上次未编完（{file}），本次继续完成，不另编新期：',
    en: '{cite} was left unfinished ({file}); finishing it instead of numbering a new issue:',
  },
  'issue.state.done': {
    zh: '  {id}  已编入本期（{status|status}）  {title}',
    en: '  {id}  already in this issue ({status})  {title}',
  },
  'issue.state.moved': {
    zh: '  {id}  已签发 → 已编发（本次）  {title}',
    en: '  {id}  approved → published (now)  {title}',
  },
  'issue.state.waiting': { zh: '  {id}  已签发，将编发  {title}', en: '  {id}  approved, would be published  {title}' },
  'issue.state.blocked': {
    zh: '  {id}  当前为“{status|status}”，未编发（本期文件列有此条）  {title}',
    en: '  {id}  is {status}, not published (the issue file lists it)  {title}',
  },
  'issue.state.missing': {
    zh: '  {id}  找不到此条信息（文件已删除、移走或有错误）',
    en: '  {id}  not found (file deleted, moved or broken)',
  },
  'issue.state.failed': {
    zh: '  {id}  未能更新（{reason}），文件未改动  {title}',
    en: '  {id}  could not be updated ({reason}); file unchanged  {title}',
  },
  'issue.incomplete': {
    zh: '{cite}尚未全部编发；改正上述问题后再次运行 info report --issue 即可继续，不会另编新期',
    en: '{cite} is not complete; fix the above and run info report --issue again to finish it (no new number is used)',
  },
  'issue.others': {
    zh: '另有 {count} 条已签发信息不在本期，再次运行 info report --issue 编入下一期',
    en: '{count} other approved items are not in this issue; run info report --issue again for the next one',
  },
  'issue.written': { zh: '已写入 {file}', en: 'wrote {file}' },
  'issue.dry': { zh: '演练：未改动任何文件。将会：', en: 'Dry run: nothing was changed. A real run would:' },
  'issue.dry.write': { zh: '  写入 {file}（{size} 字节）', en: '  write {file} ({size} bytes)' },
  'issue.dry.move': {
    zh: '  将 {id} 由“已签发”改为“已编发”，bulletins 加 {ref}  {title}',
    en: '  move {id} from approved to published, adding {ref} to bulletins  {title}',
  },

  // Errors.
  'error.issue-no-items': { zh: '没有可编发的信息：没有“已签发”的条目', en: 'nothing to publish: no item is approved' },
  'hint.issue-no-items': {
    zh: '先用 info review REF --to approved 签发信息，或用 --items 指定条目；未改动任何文件。',
    en: 'Sign items off first (info review REF --to approved) or name them with --items; nothing was changed.',
  },
  'error.issue-not-approved': {
    zh: '{id} 当前为“{status|status}”，只有“已签发”的信息才能编入期刊；未改动任何文件',
    en: '{id} is {status}; only approved items go into an issue. Nothing was changed',
  },
  'error.issue-item-broken': {
    zh: '{file} 有错误，不能编入期刊；未改动任何文件',
    en: '{file} has errors and cannot go into an issue; nothing was changed',
  },
  'hint.issue-item-broken': { zh: '用 info validate 查看问题。', en: 'See the problems with info validate.' },
  'error.issue-format': {
    zh: '期刊格式“{value}”无效，可用：md、html、docx',
    en: 'issue format “{value}” is not valid; use md, html or docx',
  },
  'error.issue-month-flag': { zh: '{flags} 只能与 --month 一起使用', en: '{flags} only go with --month' },
  'error.issue-file-exists': { zh: '{file} 已存在，未覆盖', en: '{file} exists already; it was not overwritten' },
  'hint.issue-file-exists': {
    zh: '移走或改名后再次运行 info report --issue，会补写缺少的文件，不会另编新期。',
    en: 'Move or rename it, then run info report --issue again: it writes the missing files without a new number.',
  },
  'error.issue-busy': {
    zh: '其他进程正在连续编发期刊，多次重试后仍未取得期号；未改动任何文件',
    en: 'other runs kept taking the next number; gave up after several tries. Nothing was changed',
  },
  'error.template-unreadable': { zh: '模板 {file} 无法读取（{rule}）', en: 'template {file} cannot be read ({rule})' },
  'error.template-partial': {
    zh: '模板 {file} 第 {line} 行：不支持引用其他模板（{{> {name}}}）',
    en: 'template {file}, line {line}: partials ({{> {name}}}) are not supported',
  },
  'hint.template-partial': TEMPLATE_HINT,
  'error.template-unknown': {
    zh: '模板 {file} 第 {line} 行：未知变量 {name}',
    en: 'template {file}, line {line}: unknown variable {name}',
  },
  'hint.template-unknown': TEMPLATE_HINT,
  'error.template-raw': {
    zh: '模板 {file} 第 {line} 行：{name} 不能不经转义写入 HTML（只有以 Html 结尾的变量可用三重花括号）',
    en: 'template {file}, line {line}: {name} cannot go into HTML unescaped (only variables ending in Html may use triple braces)',
  },
  'hint.template-raw': TEMPLATE_HINT,
  'error.template-css': {
    zh: '样式表 {file} 含有 </style>，可能向页面插入内容，未使用',
    en: 'the style sheet {file} contains </style>, which could add markup to the page; it was not used',
  },
  'hint.template-css': TEMPLATE_HINT,
  'error.template-syntax': {
    zh: '模板 {file} 有语法错误：{message}',
    en: 'template {file} has a syntax error: {message}',
  },
  'hint.template-syntax': TEMPLATE_HINT,

  // info validate.
  'rule.issue-unfinished': {
    zh: '{file} 列有此条，但它的 bulletins 中没有 {ref}（当前“{status|status}”）：那一期没有编完；运行 info report --issue 继续',
    en: '{file} lists this item, but its bulletins lack {ref} (it is {status}): that issue was not finished; run info report --issue to finish it',
  },
};
