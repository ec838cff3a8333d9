/** Messages of `info import`. */
import type { Messages } from './index.js';

export const importing: Messages = {
  'import.failed': { zh: '{file}：{reason}，未导入', en: '{file}: {reason}; not imported' },
  'import.reason.missing': { zh: '文件或目录不存在或无法打开', en: 'no such file or folder, or it cannot be opened' },
  'import.reason.unreadable': { zh: '无法读取（{code}）', en: 'cannot be read ({code})' },
  'import.reason.too-large': {
    zh: '文件有 {size} 字节，超过上限 {max} 字节',
    en: 'the file has {size} bytes, over the limit of {max}',
  },
  'import.reason.text-too-large': {
    zh: '文字内容超过上限 {max} 字节',
    en: 'its text is over the limit of {max} bytes',
  },
  'import.reason.encoding-uncertain': {
    zh: '无法确定文字编码（像是 {guess}）；如确知编码，请加 --encoding utf8 或 --encoding gbk，或将文件另存为 UTF-8',
    en: 'its text encoding is not clear (it looks like {guess}); if you know it, pass --encoding utf8 or --encoding gbk, or save the file as UTF-8',
  },
  'import.reason.binary': { zh: '不是文本文件', en: 'it is not a text file' },
  'import.reason.docx-corrupt': {
    zh: '不是可读取的 Word 文档（{reason}）',
    en: 'it is not a readable Word document ({reason})',
  },
  'import.reason.docx-too-costly': {
    zh: '读取这个 Word 文档用时过长或占用内存过多；请用 Word 打开后重新保存，或把文字粘贴到 .txt 文件再导入',
    en: 'reading this Word document took too long or too much memory; open and save it again in Word, or paste its text into a .txt file',
  },
  'import.reason.docx-inflated': {
    zh: '解压后共 {size} 字节，超过 Word 文件的上限 {max} 字节（是“压缩炸弹”，或远超一条信息的篇幅）；如需导入，请把文字粘贴到 .txt 文件',
    en: 'its parts inflate to {size} bytes, over the limit of {max} for a Word file (a zip bomb, or far more than an item holds); to import it, paste its text into a .txt file',
  },
  'import.reason.docx-size-false': {
    zh: '其中的 {part} 标明 {declared} 字节，解压后却超出这个大小（已停止读取）：文件已损坏，或是为耗尽内存而制作的“压缩炸弹”',
    en: 'its part {part} says it holds {declared} bytes but inflates to more, so reading stopped: the file is damaged or a zip bomb made to exhaust memory',
  },
  'import.reason.docx-parts': {
    zh: '含 {count} 个部件，超过 Word 文件的上限 {max} 个',
    en: 'it holds {count} parts, over the limit of {max} for a Word file',
  },
  'import.reason.unsupported': {
    zh: '不能导入 {ext} 文件，请另存为 .docx 或 .txt',
    en: '{ext} files cannot be imported; save it as .docx or .txt',
  },
  'import.reason.frontmatter-language': {
    zh: '文件头语言“{language}”不受支持：只读取 YAML，其他语言不会被执行',
    en: 'its front matter is in “{language}”: only YAML is read, nothing else is ever run',
  },
  'import.reason.empty': { zh: '没有文字内容', en: 'it has no text' },
  'import.reason.no-department': {
    zh: '不知道报送单位：请加 --department，或在文件名中写上配置的单位名称（如 财政局-标题.docx）',
    en: 'no department: pass --department, or put a configured department name in the file name (财政局-title.docx)',
  },
  'import.duplicate': {
    zh: '{file}：已有标题相同的条目“{title}”（{existing}），已跳过；确需再导入请加 --force',
    en: '{file}: an item titled “{title}” already exists ({existing}); skipped (pass --force to import it anyway)',
  },
  'import.replaced': {
    zh: '{file}：有 {count} 处字符不能按 {encoding} 解码，已替换为 �，请核对',
    en: '{file}: {count} characters could not be decoded as {encoding} and were replaced with �; check the text',
  },
  'import.defaults': {
    zh: '未指定的类别按“{category}”、来源按“{source}”记录；可用 --category、--source 指定，或在审核时修改',
    en: 'where not given, category “{category}” and source “{source}” were recorded; pass --category and --source, or change them in review',
  },
  'import.summary': {
    zh: '{files} 个文件：导入 {created} 条，跳过 {skipped} 个，失败 {failed} 个',
    en: 'Files: {files} — imported {created}, skipped {skipped}, failed {failed}',
  },
  'import.summaryDry': {
    zh: '{files} 个文件：将导入 {created} 条，跳过 {skipped} 个，失败 {failed} 个（预览，未写入任何文件）',
    en: 'Files: {files} — would import {created}, skipped {skipped}, failed {failed} (preview; nothing written)',
  },

  'help.import': {
    zh: '把各单位报来的 .docx、.txt、.md 文件转为条目（可给目录）；不改动、不删除原文件',
    en: 'turn files departments sent (.docx, .txt, .md; folders too) into items; the files themselves are never changed',
  },
  'help.import.examples': {
    zh: [
      '  info import 收稿/财政局-设施农业.docx        # 单位取自文件名中的单位名称',
      '  info import 收稿/ --dry-run                  # 先预览整个目录',
      '  info import 稿件.txt --department 发改委 --author 张三 --encoding gbk',
      '  info import 答复/ --topic 20261101-a9c3 --json',
      '  info import --sheet 台账.xlsx --dry-run         # 启用前各月的台账：每行一条，按报送日期补录',
      '',
      '标题取第一个标题或第一行，其余为正文。单位：--department，否则取文件名（或所在目录名）中配置的单位名称，',
      '否则取作者所属单位；作者：--author，否则取文件名中配置的信息员姓名，否则为操作人。',
      '默认状态为待审（submitted，各单位报来即视为报送），类别为重点（key），来源为基层（grassroots），',
      '有 --topic 时来源为约稿（solicited）。已有同标题条目的文件跳过（--force 仍导入）。',
      '编码：自动识别 UTF-8（含 BOM）、UTF-16（含 BOM）和 GBK/GB18030，识别不清的文件不导入并提示用 --encoding。',
      '文本文件上限 5 MiB；Word 文件上限 50 MiB，解压后上限 50 MiB，其文字上限 5 MiB；正文中的 HTML 标签和控制字符会被去除。',
    ].join('\n'),
    en: [
      '  info import inbox/财政局-设施农业.docx        # department taken from the file name',
      '  info import inbox/ --dry-run                  # preview a whole folder first',
      '  info import draft.txt --department 发改委 --author 张三 --encoding gbk',
      '  info import answers/ --topic 20261101-a9c3 --json',
      "  info import --sheet ledger.xlsx --dry-run     # the office's ledger of earlier months, one item a row",
      '',
      'The title is the first heading or first line; the rest is the body. Department: --department, else a configured',
      "department name in the file name (or its folder name), else the author's department. Author: --author, else a",
      'configured writer name in the file name, else who acts. Status defaults to submitted (a department sending a file',
      'is submitting it), category to key, source to grassroots (solicited with --topic). A file whose title an item',
      'already has is skipped unless --force. Encoding: UTF-8 (with or without BOM), UTF-16 with BOM and GBK/GB18030 are',
      'detected; a file whose encoding is not clear is not imported and --encoding is suggested. Limits: text files',
      '5 MiB; Word files 50 MiB, inflating to at most 50 MiB, with at most 5 MiB of text. HTML tags and control',
      'characters never reach the body.',
    ].join('\n'),
  },
  'help.opt.importDepartment': {
    zh: '报送单位（合报可重复；默认取自文件名）',
    en: 'department (repeat for a joint item; default: from the file name)',
  },
  'help.opt.importAuthor': {
    zh: '作者（可重复；默认取自文件名，否则为操作人）',
    en: 'author (repeatable; default: from the file name, else who acts)',
  },
  'help.opt.importStatus': {
    zh: '状态：submitted 待审（默认）| draft 草稿',
    en: 'status: submitted (default) | draft',
  },
  'help.opt.encoding': { zh: '文本编码：auto（默认）| utf8 | gbk', en: 'text encoding: auto (default) | utf8 | gbk' },
  'help.opt.importCategory': { zh: '类别（默认 key 重点）', en: 'category (default: key)' },
  'help.opt.importSource': {
    zh: '来源（默认 grassroots 基层；有 --topic 时为 solicited 约稿）',
    en: 'source (default: grassroots; solicited with --topic)',
  },
  'help.opt.force': { zh: '已有同标题条目时仍然导入', en: 'import even when an item with the same title exists' },
  'help.opt.importDryRun': { zh: '只显示将创建哪些条目，不写入', en: 'show what would be created; write nothing' },
};
