/** The editor's checks on texts from departments (改稿), `info fix`, and what import says about titles. */
import type { Messages } from './index.js';

export const editor: Messages = {
  'rule.web-residue': {
    zh: '网页复制带入的残留内容：“{text}”，请删除',
    en: 'left over from a web page: “{text}”; delete it',
  },
  'rule.sequence-gap': {
    zh: '序号有误：“{found}”处应为“{expected}”',
    en: 'the enumeration is out of order: “{found}” where “{expected}” belongs',
  },
  'rule.sequence-gap.skipped': {
    zh: '序号不连续：“{found}”处应为“{expected}”',
    en: 'the enumeration skips: “{found}” where “{expected}” comes next',
  },
  'rule.sequence-gap.mixed': {
    zh: '序号写法前后不一：前面是“{first}”，“{found}”应为“{expected}”',
    en: 'the enumeration changes its form: after “{first}”, “{found}” should be “{expected}”',
  },
  'rule.sequence-gap.level': {
    zh: '“{found}”直接列在“{parent}”之下，缺少“{expected}”一级（层次依次为 一、→（一）→1.→（1））',
    en: '“{found}” stands right under “{parent}” without a “{expected}” level (levels go 一、 → （一） → 1. → （1））',
  },
  'rule.placeholder': {
    zh: '未填写的占位内容：“{text}”，请写上实际内容',
    en: 'a placeholder never filled in: “{text}”; write the real value',
  },
  'rule.missing-number': {
    zh: '“{found}”缺少数字：“{unit}”前应写明具体数值',
    en: 'a figure is missing in “{found}”: a number belongs before “{unit}”',
  },
  'rule.doubled-punctuation': {
    zh: '标点重复：“{found}”应为“{fix}”',
    en: 'doubled punctuation: “{found}” should be “{fix}”',
  },
  'rule.title-echo': {
    zh: '正文第一行重复了标题，请删除这一行',
    en: "the body's first line repeats the title; delete that line",
  },
  'rule.repeated-paragraph': {
    zh: '与第 {first} 行的段落完全相同，请删去重复的一段',
    en: 'the same paragraph as on line {first}; delete the repeat',
  },
  'rule.misused-word': {
    zh: '易错词：“{found}”应为“{fix}”',
    en: 'a word to watch: “{found}” should be “{fix}”',
  },
  'rule.misused-word.choice': {
    zh: '易错词：“{found}”，请按文意改为“{fix}”之一',
    en: 'a word to watch: “{found}”; write one of “{fix}” as the sense requires',
  },
  'validate.tally': { zh: '  {file}：{rules}', en: '  {file}: {rules}' },
  'validate.fixable': {
    zh: '其中 {count} 处可用 info fix 自动修正（先加 --dry-run 查看）',
    en: '{count} of them can be mended with info fix (see first with --dry-run)',
  },

  'import.title.long': {
    zh: '{file}：第一行有 {length} 个字，超过标题上限 {max}，不像标题，已留在正文；标题取自文件名：“{title}”，请核对',
    en: '{file}: the first line has {length} characters, over the title limit of {max}, so it stays in the body; the title “{title}” comes from the file name; check it',
  },
  'import.title.longKept': {
    zh: '{file}：标题有 {length} 个字，超过上限 {max}，可能不是标题，请核对：“{title}”',
    en: '{file}: the title has {length} characters, over the limit of {max}; it may not be a title: “{title}”',
  },
  'import.title.junk': {
    zh: '{file}：开头的“{line}”不是标题（只有符号，或是网页残留），已跳过；标题为“{title}”',
    en: '{file}: the first line “{line}” is no title (only marks, or left from a web page); skipped, the title is “{title}”',
  },
  'import.title.none': {
    zh: '{file}：找不到可作标题的一行，标题取自文件名：“{title}”，请核对',
    en: '{file}: no line could be the title; the title “{title}” comes from the file name; check it',
  },

  'fix.changed': { zh: '{file}：修正 {count} 处（{rules}）', en: '{file}: {count} fixed ({rules})' },
  'fix.would': { zh: '{file}：将修正 {count} 处（{rules}）', en: '{file}: would fix {count} ({rules})' },
  'fix.summary': {
    zh: '{items} 条信息：{changed} 条共修正 {fixes} 处，{unchanged} 条无须修正，{failed} 条失败',
    en: 'Items: {items} — {fixes} fixes in {changed}, nothing to fix in {unchanged}, failed {failed}',
  },
  'fix.summaryDry': {
    zh: '{items} 条信息：{changed} 条将修正 {fixes} 处，{unchanged} 条无须修正，{failed} 条失败（预览，未写入任何文件）',
    en: 'Items: {items} — would fix {fixes} in {changed}, nothing to fix in {unchanged}, failed {failed} (preview; nothing written)',
  },
  'fix.none': { zh: '没有待编发的信息', en: 'No item awaits publication' },

  'review.action.fix': { zh: '自动修正可修正的问题（{count} 处）', en: 'Fix what can be fixed ({count})' },
  'review.fixed': { zh: '{id}  修正 {count} 处（{rules}）  {title}', en: '{id}  {count} fixed ({rules})  {title}' },
  'review.card.group': { zh: '{rule} ×{count}  {where}  {message}', en: '{rule} ×{count}  {where}  {message}' },
  'review.card.from': { zh: '第 {line} 行起', en: 'from line {line}' },

  'help.fix': {
    zh: '自动修正可安全修正的问题：中文中的半角标点、重复标点、乱码水印、网页残留、易错词；可先用 --dry-run 查看',
    en: 'mend what is safe to mend: halfwidth punctuation in Chinese, doubled punctuation, watermark noise, web leftovers, words on the watch list; see first with --dry-run',
  },
  'help.fix.examples': {
    zh: [
      '  info fix 20261103-k7f2 --dry-run     # 以 diff 显示将做的修改',
      '  info fix 20261103-k7f2               # 修正一条',
      '  info fix --all                       # 修正所有待编发的信息（草稿至已签发）',
      '',
      '只改正文和标题，文件头其他内容一字不动；每处修正再运行一次不会再变。',
      '占位内容、缺失数字、序号、重复段落等须人工判断的问题不会自动修改。',
    ].join('\n'),
    en: [
      '  info fix 20261103-k7f2 --dry-run     # show the changes as a diff',
      '  info fix 20261103-k7f2               # mend one item',
      '  info fix --all                       # mend every item awaiting publication (draft to approved)',
      '',
      'Only the body and the title change; the rest of the front matter stays byte for byte. A second run changes nothing.',
      'Placeholders, missing figures, enumerations and repeated paragraphs need a person and are left alone.',
    ].join('\n'),
  },
  'help.opt.fixAll': {
    zh: '所有待编发的信息（草稿、待审、退回修改、已编辑、已签发）',
    en: 'every item awaiting publication (draft, submitted, returned, edited, approved)',
  },
  'help.opt.fixDryRun': {
    zh: '以统一差异格式显示将做的修改，不写入',
    en: 'print the changes as a unified diff; write nothing',
  },
};
