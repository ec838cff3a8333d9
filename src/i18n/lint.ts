/** What the content rules say (beside the basic ones in rules.ts), and refusals of unsafe input. */
import { LINT_RULES } from '../core/lint/names.js';
import type { Messages } from './index.js';

export const lint: Messages = {
  'rule.noise-line': {
    zh: '疑似网页复制带入的乱码水印：“{text}”，请删除',
    en: 'looks like watermark noise copied from a web page: “{text}”; delete it',
  },
  'rule.halfwidth-punctuation': {
    zh: '中文句子中用了半角标点“{char}”，应为全角“{fix}”',
    en: 'halfwidth “{char}” inside Chinese text; use the fullwidth “{fix}”',
  },
  'rule.heading-order.skipped': {
    zh: '标题层级跳级：“{found}”之前缺少“{expected}”一级（层级依次为 一、→（一）→1.→（1））',
    en: 'heading level skipped: “{found}” comes without a “{expected}” level above it (levels go 一、 → （一） → 1. → （1）)',
  },
  'rule.heading-order.sequence': {
    zh: '标题序号不连续：“{found}”处应为“{expected}”',
    en: 'heading out of sequence: “{found}” where “{expected}” comes next',
  },
  'rule.docnum-brackets': {
    zh: '发文字号中的年份应使用六角括号：“{found}”应为“{fix}”',
    en: 'the year in a document number takes 〔〕 brackets: “{found}” should be “{fix}”',
  },
  'rule.duplicate-title': {
    zh: '同月（{month}）已有同名标题的信息：{others}',
    en: 'another item in {month} has the same title: {others}',
  },
  'import.reason.link-outside': {
    zh: '是指向所导入目录之外的符号链接，未读取',
    en: 'it is a symbolic link leading outside the folder being imported; not read',
  },
  'import.reason.not-a-file': {
    zh: '不是普通文件（如命名管道或设备），未读取',
    en: 'it is not a regular file (a named pipe or a device); not read',
  },
  ...Object.fromEntries(
    // The content rules' findings in one file are summed up past a limit (see lint/index.ts).
    LINT_RULES.filter((rule) => rule !== 'duplicate-title').map((rule) => [
      `rule.${rule}.more`,
      {
        zh: '本文件另有 {count} 处同类问题，未逐一列出',
        en: '{count} more of these in this file, not listed one by one',
      },
    ]),
  ),
};
