/** Messages of `info import --sheet`: an office's ledger (台账) brought in row by row. */
import type { Messages } from './index.js';

export const sheet: Messages = {
  'sheet.created': { zh: '第 {row} 行 → {path}', en: 'row {row} → {path}' },
  'sheet.skipped': {
    zh: '{file} 第 {row} 行：已有同一条信息（标题、报送单位、报送日期相同）：{path}，跳过',
    en: '{file} row {row}: already there (same title, department and date): {path}; skipped',
  },
  'sheet.refused': { zh: '{file} 第 {row} 行：{reasons}，未导入', en: '{file} row {row}: {reasons}; not imported' },
  'sheet.overruled': {
    zh: '{file} 第 {row} 行：《{outlet}》的级别和形式以配置为准，表中所写“{given}”未采用',
    en: '{file} row {row}: {outlet} takes its level and form from the config; “{given}” in the sheet was not used',
  },
  'sheet.unknownColumns': {
    zh: '{file}：以下各列未识别，已略过：{columns}（如需导入，用 --map 列名=字段 指定）',
    en: '{file}: these columns were not recognised and were left aside: {columns} (to use one, pass --map 列名=field)',
  },
  'sheet.noAuthor': {
    zh: '{count} 条没有信息员：其得分先记在单位，补上作者后再计入个人（info validate 会提示 author-missing）',
    en: '{count} items have no writer: their points go to the department until one is named (info validate shows author-missing)',
  },
  'sheet.summary': {
    zh: '{file}：新建 {created} 条，已有 {skipped} 条跳过，{refused} 行未能导入',
    en: '{file}: created {created}, already there {skipped}, refused {refused}',
  },
  'sheet.summaryDry': {
    zh: '{file}：将新建 {created} 条，已有 {skipped} 条跳过，{refused} 行未能导入（预览，未写入任何文件）',
    en: '{file}: would create {created}, already there {skipped}, refused {refused} (preview; nothing written)',
  },
  'sheet.separator': { zh: '；', en: '; ' },
  'show.origin': { zh: '来自台账', en: 'From ledger' },
  'show.originRow': { zh: '{sheet} 第 {row} 行', en: '{sheet}, row {row}' },
  'sheet.reason.missing': { zh: '缺少{field}', en: 'no {field}' },
  'sheet.reason.department': {
    zh: '报送单位“{value}”不在配置的单位中',
    en: 'department “{value}” is not in the config',
  },
  'sheet.reason.date': {
    zh: '{field}“{value}”不是有效日期（如 2026-01-05、2026/1/5、2026年1月5日）',
    en: '{field} “{value}” is not a valid date (write 2026-01-05, 2026/1/5 or 2026年1月5日)',
  },
  'sheet.reason.value': { zh: '{field}“{value}”无法识别', en: '{field} “{value}” is not a known value' },
  'sheet.reason.before': {
    zh: '{field} {value} 早于报送日期 {date}',
    en: '{field} {value} is before the date submitted, {date}',
  },
  'sheet.reason.adoption-empty': {
    zh: '有采用日期，却没有采用刊物或采用级别',
    en: 'an adoption date without an outlet or level',
  },
  'sheet.reason.adoption-count': {
    zh: '{field}列出 {count} 项，与 {records} 条采用记录对不上',
    en: '{field} lists {count} values for {records} adoptions',
  },
  'sheet.reason.adoption-level': {
    zh: '采用刊物“{value}”不在配置的刊物中，须填采用级别',
    en: 'outlet “{value}” is not a configured one, so the adoption needs a level',
  },
  'sheet.reason.instruction-leader': {
    zh: '有批示内容、级别或日期，却没有批示领导',
    en: 'an instruction without the leader who wrote it',
  },
  'sheet.field.title': { zh: '标题', en: 'title (标题)' },
  'sheet.field.department': { zh: '报送单位', en: 'department (报送单位)' },
  'sheet.field.author': { zh: '信息员', en: 'writer (信息员)' },
  'sheet.field.date': { zh: '报送日期', en: 'date submitted (报送日期)' },
  'sheet.field.category': { zh: '类别', en: 'category (类别)' },
  'sheet.field.source': { zh: '来源', en: 'source (来源)' },
  'sheet.field.nature': { zh: '性质', en: 'nature (性质)' },
  'sheet.field.level': { zh: '采用级别', en: 'adoption level (采用级别)' },
  'sheet.field.outlet': { zh: '采用刊物', en: 'outlet (采用刊物)' },
  'sheet.field.form': { zh: '采用形式', en: 'adoption form (采用形式)' },
  'sheet.field.adopted': { zh: '采用日期', en: 'adoption date (采用日期)' },
  'sheet.field.leader': { zh: '批示领导', en: 'leader (批示领导)' },
  'sheet.field.instructionLevel': { zh: '批示级别', en: 'instruction level (批示级别)' },
  'sheet.field.instructionDate': { zh: '批示日期', en: 'instruction date (批示日期)' },
  'sheet.field.instruction': { zh: '批示内容', en: 'instruction text (批示内容)' },
  'sheet.field.body': { zh: '正文', en: 'body (正文)' },
  'import.reason.sheet-format': {
    zh: '台账须为 .xlsx 或 .csv 文件，不能是 {ext}（.xls 请在 Excel 中另存为 .xlsx）',
    en: 'a ledger must be an .xlsx or .csv file, not {ext} (save an .xls as .xlsx in Excel)',
  },
  'import.reason.xlsx-corrupt': {
    zh: '不是可读取的 Excel 工作簿（{reason}）',
    en: 'it is not a readable Excel workbook ({reason})',
  },
  'import.reason.xlsx-inflated': {
    zh: '解压后共 {size} 字节，超过台账的上限 {max} 字节',
    en: 'its parts inflate to {size} bytes, over the limit of {max} for a ledger',
  },
  'import.reason.xlsx-size-false': {
    zh: '其中的 {part} 标明 {declared} 字节，解压后却超出这个大小（已停止读取）：文件已损坏',
    en: 'its part {part} says it holds {declared} bytes but inflates to more, so reading stopped: the file is damaged',
  },
  'import.reason.xlsx-parts': {
    zh: '含 {count} 个部件，超过 Excel 文件的上限 {max} 个',
    en: 'it holds {count} parts, over the limit of {max} for a workbook',
  },
  'import.reason.csv-corrupt': {
    zh: '不是可读取的 CSV 文件（{reason}）',
    en: 'it is not a readable CSV file ({reason})',
  },

  'help.opt.sheet': {
    zh: '导入台账（.xlsx 或 .csv）：每行一条信息，按报送日期补录',
    en: 'bring in a ledger (.xlsx or .csv): one item per row, back-dated',
  },
  'help.opt.sheetName': {
    zh: '台账所在的工作表（默认：第一个有表头的）',
    en: 'the worksheet (default: the first with a header row)',
  },
  'help.opt.map': {
    zh: '把某一列当作某个字段（可重复），如 --map 稿件名称=标题',
    en: 'read a column as a field (repeatable), e.g. --map 稿件名称=title',
  },
};
