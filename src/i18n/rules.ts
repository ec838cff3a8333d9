/** What each validation rule says. `rule.<id>.<detail>` is used when a finding has a detail. */
import type { Messages } from './index.js';

export const rules: Messages = {
  'rule.yaml-syntax': { zh: 'YAML 语法错误：{reason}', en: 'YAML syntax error: {reason}' },
  'rule.yaml-syntax.too-large': {
    zh: '文件头展开后过大（别名或嵌套过多），未读取',
    en: 'the front matter expands to too much data (too many aliases or too deep); not read',
  },
  'rule.yaml-syntax.too-deep': { zh: '文件头嵌套过深，未读取', en: 'the front matter is nested too deeply; not read' },
  'rule.yaml-syntax.unreadable': { zh: '文件头无法解析', en: 'the front matter cannot be parsed' },
  // js-yaml's reasons named (see `REASONS` in core/frontmatter.ts): said in Chinese, quoted as given in English.
  'rule.yaml-syntax.indent-mapping': {
    zh: 'YAML 语法错误：这一行的缩进与上下文对不齐',
    en: 'YAML syntax error: {reason}',
  },
  'rule.yaml-syntax.indent-sequence': {
    zh: 'YAML 语法错误：列表项（以 - 开头）的缩进不对',
    en: 'YAML syntax error: {reason}',
  },
  'rule.yaml-syntax.indent-tab': {
    zh: 'YAML 语法错误：缩进里有 Tab 字符，请改用空格',
    en: 'YAML syntax error: {reason}',
  },
  'rule.yaml-syntax.duplicate-key': { zh: 'YAML 语法错误：同一个字段写了两次', en: 'YAML syntax error: {reason}' },
  'rule.yaml-syntax.no-colon': {
    zh: 'YAML 语法错误：这一行读不成“字段: 值”，可能缺少冒号（应为半角 :）',
    en: 'YAML syntax error: {reason}',
  },
  'rule.yaml-syntax.stray': {
    zh: 'YAML 语法错误：这里有无法识别的内容，请检查缩进和冒号',
    en: 'YAML syntax error: {reason}',
  },
  'rule.yaml-syntax.flow-comma': {
    zh: 'YAML 语法错误：方括号或花括号里的各项之间缺少逗号',
    en: 'YAML syntax error: {reason}',
  },
  'rule.yaml-syntax.flow-unclosed': {
    zh: 'YAML 语法错误：方括号 [ 或花括号 { 没有闭合',
    en: 'YAML syntax error: {reason}',
  },
  'rule.yaml-syntax.double-quote': { zh: 'YAML 语法错误：双引号没有闭合', en: 'YAML syntax error: {reason}' },
  'rule.yaml-syntax.single-quote': { zh: 'YAML 语法错误：单引号没有闭合', en: 'YAML syntax error: {reason}' },
  'rule.yaml-syntax.escape': {
    zh: 'YAML 语法错误：双引号里的反斜杠 \\ 后面是无法识别的字符',
    en: 'YAML syntax error: {reason}',
  },
  'rule.yaml-syntax.alias': { zh: 'YAML 语法错误：引用（*名称）了不存在的锚点', en: 'YAML syntax error: {reason}' },
  'rule.yaml-syntax.tag': { zh: 'YAML 语法错误：不支持以 ! 开头的标签', en: 'YAML syntax error: {reason}' },
  'rule.frontmatter-missing.none': {
    zh: '缺少文件头：文件应以 --- 开头的 YAML 文件头开始',
    en: 'no front matter: the file must start with a YAML block between --- lines',
  },
  'rule.frontmatter-missing.unterminated': {
    zh: '文件头没有结束：缺少第二行 ---',
    en: 'the front matter is not closed: the second --- line is missing',
  },
  'rule.frontmatter-missing.empty': { zh: '文件为空', en: 'the file is empty' },
  'rule.frontmatter-language': {
    zh: '文件头语言“{language}”不受支持：只读取 YAML，其他语言不会被执行',
    en: 'front matter in “{language}” is not accepted: only YAML is read, nothing else is ever run',
  },
  'rule.field-required': { zh: '缺少必填字段 {key}', en: 'required field {key} is missing' },
  'rule.field-type': {
    zh: '{key} 的类型不对：应为{expected|type}，实为“{value}”',
    en: '{key} has the wrong type: expected {expected|type}, found “{value}”',
  },
  'type.names': { zh: '名称或名称列表', en: 'a name or a list of names' },
  'type.list': { zh: '列表', en: 'a list' },
  'type.mapping': { zh: '键值对（映射）', en: 'a mapping (key: value)' },
  'type.text': { zh: '文本', en: 'text' },
  'type.number': { zh: '数字', en: 'a number' },
  'type.integer': { zh: '整数', en: 'a whole number' },
  'type.true/false': { zh: 'true 或 false', en: 'true or false' },
  'type.id': { zh: '编号文本', en: 'an id' },
  'type.date': { zh: '日期文本（YYYY-MM-DD）', en: 'a date (YYYY-MM-DD)' },
  'type.timestamp': {
    zh: '时间文本（如 2026-11-03T09:12:00+08:00）',
    en: 'a timestamp (like 2026-11-03T09:12:00+08:00)',
  },
  'rule.field-enum': {
    zh: '{key} 的值“{value}”不在允许范围内：{allowed}',
    en: '{key}: “{value}” is not allowed; use one of: {allowed}',
  },
  'rule.config-key': {
    zh: '{key} 不是配置项，已忽略（此处可用：{allowed}）',
    en: '{key} is not a setting and is ignored (known here: {allowed})',
  },
  'rule.field-enum.label': {
    zh: '{key} 的值“{value}”是中文名称，文件中应写代码 {meant}',
    en: '{key}: “{value}” is a label; files store the key: {meant}',
  },
  'rule.field-format': {
    zh: '{key} 的格式不对：“{value}”（应如 20261103-k7f2）',
    en: '{key} is malformed: “{value}” (expected like 20261103-k7f2)',
  },
  'rule.field-format.ref': {
    zh: '{key} 的格式不对：“{value}”（应为期号，如 2026-07，增刊如 2026-s01）',
    en: '{key} is malformed: “{value}” (expected an issue ref like 2026-07, or 2026-s01 for a supplement)',
  },
  'rule.date-format.date': {
    zh: '{key} 不是有效日期：“{value}”（应为 YYYY-MM-DD）',
    en: '{key} is not a valid date: “{value}” (expected YYYY-MM-DD)',
  },
  'rule.date-format.timestamp': {
    zh: '{key} 不是带时区的时间：“{value}”（应如 2026-11-03T09:12:00+08:00）',
    en: '{key} is not a timestamp with offset: “{value}” (expected like 2026-11-03T09:12:00+08:00)',
  },
  'rule.id-duplicate': { zh: '编号 {id} 重复，另见：{others}', en: 'id {id} is used again in: {others}' },
  'rule.status-history.empty': {
    zh: 'history 为空：至少要有一条记录，且最后一条的 to 为 {status}',
    en: 'history is empty: it needs at least one entry ending in {status}',
  },
  'rule.status-history.chain': {
    zh: '流转记录不连贯：from 为 {from}，但上一条的 to 为 {before}',
    en: 'history is not a chain: from is {from} but the entry before ends in {before}',
  },
  'rule.status-history.note': { zh: '退回修改必须写明意见（note）', en: 'a move to returned needs a note' },
  'rule.status-history.first': {
    zh: '第一条流转记录应为 draft 或 submitted，而不是 {to}',
    en: 'the first history entry should be draft or submitted, not {to}',
  },
  'rule.status-history.illegal': {
    zh: '流转 {from} → {to} 不是允许的流转',
    en: 'the move {from} → {to} is not an allowed move',
  },
  'rule.status-history.order': {
    zh: '流转时间早于上一条（{at} 早于 {before}）',
    en: 'this entry is dated before the one above it ({at} before {before})',
  },
  'rule.status-history.last': {
    zh: 'status 为 {status}，但最后一条流转记录的 to 为 {last}',
    en: 'status is {status} but the last history entry ends in {last}',
  },
  'rule.bulletin-duplicate': {
    zh: '第 {ref} 期（{series}）有两份记录',
    en: 'issue {ref} of {series} is recorded twice',
  },
  'rule.bulletin-duplicate.merge': {
    zh: '第 {ref} 期（{series}）编了两次：两台电脑各自编发了“下一期”，合并后本文件含两期（一期收 {ours}，另一期收 {theirs}）',
    en: 'issue {ref} of {series} was built twice: two machines each built “the next issue”, and this file now holds both (one with {ours}, the other with {theirs})',
  },
  'rule.bulletin-duplicate.files': {
    zh: '第 {ref} 期（{series}）另有一份记录：{others}',
    en: 'issue {ref} of {series} is recorded again in {others}',
  },
  'rule.conflict-marker': {
    zh: '存在 Git 合并冲突标记 {marker}：请先解决冲突',
    en: 'Git conflict marker {marker}: resolve the merge first',
  },
  'rule.encoding.binary': { zh: '不是文本文件（含二进制内容）', en: 'not a text file (binary content)' },
  'rule.encoding.gb18030': {
    zh: '文件编码为 GBK/GB18030，不是 UTF-8：请用 info import 导入，它会转换编码',
    en: 'the file is GBK/GB18030, not UTF-8: bring it in with info import, which converts it',
  },
  'rule.encoding.utf16': {
    zh: '文件编码为 UTF-16（“Unicode”），不是 UTF-8：请在编辑器中另存为 UTF-8',
    en: 'the file is UTF-16 ("Unicode"), not UTF-8: save it as UTF-8 in an editor',
  },
  'rule.encoding.unknown': { zh: '文件不是有效的 UTF-8 文本', en: 'the file is not valid UTF-8 text' },
  'rule.file-too-large': {
    zh: '文件过大（{size} 字节，上限 {max}），未读取',
    en: 'file too large ({size} bytes, limit {max}); not read',
  },
  'rule.file-unreadable': { zh: '无法读取文件（{code}）', en: 'cannot read the file ({code})' },
  'rule.topic-unknown': {
    zh: '约稿 {topic} 不存在（topics/ 下没有这个编号）',
    en: 'topic {topic} does not exist (no such id under topics/)',
  },
  'rule.department-unknown': {
    zh: '报送单位“{name}”不在配置的单位名单中',
    en: 'department “{name}” is not among the configured departments',
  },
  'rule.title-length': {
    zh: '标题过长：{length} 字，建议不超过 {max} 字',
    en: 'title too long: {length} characters, at most {max} advised',
  },
  'rule.body-empty': { zh: '正文为空', en: 'the body is empty' },
  'rule.template-leftover': { zh: '残留模板提示文字：“{text}”', en: 'text left from the template: “{text}”' },
};
