/** Messages of bulletin layout on items (`--section`, `--brief`), `info merge` and `info export`. */
import type { Messages } from './index.js';

export const layout: Messages = {
  'show.layout': { zh: '编排', en: 'Layout' },
  'show.merged': { zh: '合并自', en: 'Merged from' },
  'layout.section': { zh: '栏目：{section}', en: 'section: {section}' },
  'layout.noSection': { zh: '无栏目', en: 'no section' },
  'layout.brief': { zh: '简讯', en: 'brief' },
  'layout.sep': { zh: '，', en: ', ' },
  'layout.placed': { zh: '{id}  {layout}  {title}', en: '{id}  {layout}  {title}' },
  'layout.action': { zh: '设栏目 / 简讯（现为：{layout}）', en: 'Set the section / brief (now: {layout})' },
  'layout.action.brief': { zh: '作为简讯（一段话，排在期末）', en: 'Print it as a brief (one paragraph, at the end)' },
  'layout.action.unbrief': { zh: '不再作为简讯', en: 'No longer a brief' },
  'layout.prompt.section': { zh: '编入哪个栏目？', en: 'Which section?' },
  'layout.prompt.none': { zh: '不分栏目', en: 'No section' },
  'layout.prompt.brief': {
    zh: '作为简讯（一段话，排在期末）？',
    en: 'Print it as a brief (one paragraph, at the end)?',
  },

  // Help.
  'help.opt.series': {
    zh: '编哪种刊物（配置 bulletins 中的名称；默认第一种）',
    en: 'which series (a name under bulletins in the config; default the first)',
  },
  'help.opt.section': {
    zh: '编入的栏目（配置中的 sections 之一；"" 表示不分栏目）',
    en: 'the section it goes under (one of the configured sections; "" for none)',
  },
  'help.opt.itemBrief': {
    zh: '作为简讯（一段话，排在期末）',
    en: 'print it as a brief (one paragraph, at the end of the issue)',
  },
  'help.opt.reviewBrief': {
    zh: '与 --adopt 同用：采用为简讯（按 scoring.brief 折算）；否则：期刊中作为简讯（一段话，排在期末）',
    en: 'with --adopt: adopted as a brief (简讯), scored at scoring.brief; else: print it as a brief in issues (one paragraph, at the end)',
  },
  'help.opt.noBrief': { zh: '不再作为简讯', en: 'no longer a brief' },
  'help.merge': {
    zh: '综合稿：把几条信息合并成一条新草稿，原稿归档（并入新稿）',
    en: 'merge several items into one new draft (综合稿); the sources are archived as merged into it',
  },
  'help.merge.examples': {
    zh: '  info merge 20261110-gp6c 20261118-r9d8 --title 我市多措并举推进分布式光伏建设\n  info merge 20261110-gp6c 20261118-r9d8 --title 综合稿标题 --dry-run',
    en: '  info merge 20261110-gp6c 20261118-r9d8 --title "Rooftop solar across the city"\n  info merge 20261110-gp6c 20261118-r9d8 --title "Rooftop solar" --dry-run',
  },
  'help.opt.mergeTitle': { zh: '综合稿的标题', en: 'the title of the merged item' },
  'help.export': {
    zh: '上报件：把信息按公文格式导出为文件（每条一个），送上级机关；不改动信息',
    en: 'export items as the documents sent to the higher office (上报件), one file each; items are not changed',
  },
  'help.export.examples': {
    zh: '  info export 20261105-dh41 --out 上报\n  info export 20261105-dh41 20261124-jtma --format txt --out 上报\n  info export 20261105-dh41 --format md --out 上报 --json',
    en: '  info export 20261105-dh41 --out outbox\n  info export 20261105-dh41 20261124-jtma --format txt --out outbox\n  info export 20261105-dh41 --format md --out outbox --json',
  },
  'help.opt.exportFormat': { zh: '格式：docx（默认）| md | txt', en: 'format: docx (default) | md | txt' },
  'help.opt.exportOut': {
    zh: '写入的文件夹（默认当前文件夹）',
    en: 'the folder to write into (default the current one)',
  },
  'help.opt.exportForce': { zh: '覆盖已有的同名文件', en: 'replace files already there' },

  // info merge
  'merge.note': { zh: '由 {ids} 合并', en: 'merged from {ids}' },
  'merge.archived': {
    zh: '  {id}  → 归档（并入 {merged}）  {title}',
    en: '  {id}  → archived (merged into {merged})  {title}',
  },
  'merge.done': { zh: '已写综合稿 {path}，合并 {count} 条：', en: 'wrote the merged item {path} from {count#item}:' },
  'merge.dry': {
    zh: '演练：未改动任何文件。将会写入 {path}，并归档：',
    en: 'Dry run: nothing was changed. A real run would write {path} and archive:',
  },
  'merge.body.intro': {
    zh: '<!-- 综合稿：以下按原稿分段，请改写成一篇，删去不用的标题和文字。 -->',
    en: '<!-- Merged item: the sources follow, one part each; rewrite them into one text and delete the headings and text you do not use. -->',
  },

  // info export
  'export.reporter': { zh: '报送单位：{departments}', en: 'Reporting unit: {departments}' },
  'export.contact': { zh: '联系人：{names}', en: 'Contact: {names}' },
  'export.line': { zh: '（{parts}）', en: '({parts})' },
  'export.partSep': { zh: '　', en: '; ' },
  'export.phone': { zh: '{name}（{phone}）', en: '{name} ({phone})' },
  'export.written': { zh: '已写入 {count} 个文件', en: 'wrote {count#file}' },
};
