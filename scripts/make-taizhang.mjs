#!/usr/bin/env node
/**
 * Writes examples/taizhang-2026.xlsx, the sample ledger (台账) of the guides' "starting
 * mid-year": the example workspace's September and October items as an office keeps them in
 * Excel — a title row, then one row per item with real Excel dates. Run it again after the
 * example's items change:
 *
 *   node scripts/make-taizhang.mjs [OUT.xlsx]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import yaml from 'js-yaml';
import { HEADERS as LEDGER_HEADERS } from './generate-ledger.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ITEMS = join(ROOT, 'examples', 'haimen', 'items', '2026');
const OUT = process.argv[2] ?? join(ROOT, 'examples', 'taizhang-2026.xlsx');

const CATEGORY = { key: '重点', highlight: '亮点', hot: '热点', difficulty: '难点' };
const SOURCE = { document: '文件', meeting: '会议', research: '调研', solicited: '约稿', grassroots: '基层' };
const LEVEL = { county: '县级', city: '市级', province: '省级', national: '国家级' };
const FORM = { bulletin: '刊物', special: '专报' };
const HEADERS = [...LEDGER_HEADERS, '批示内容'];

const asDate = (text) => new Date(`${text}T00:00:00Z`);
const list = (values) => values.join('、');

function itemsOf(month) {
  const dir = join(ITEMS, month);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => yaml.load(readFileSync(join(dir, name), 'utf8').split(/^---$/m)[1], { schema: yaml.CORE_SCHEMA }));
}

/** The day it first went to submitted: the date the office's ledger records. */
const submitted = (item) => item.history.find((h) => h.to === 'submitted').at.slice(0, 10);

function rowOf(item, n) {
  const departments = [item.department].flat();
  const adoptions = item.adoptions ?? [];
  const instructions = item.instructions ?? [];
  const dates = (records) => (records.length === 1 ? asDate(records[0].date) : list(records.map((r) => r.date)));
  return [
    n,
    asDate(submitted(item)),
    list(departments),
    list(item.authors),
    item.title,
    CATEGORY[item.category],
    SOURCE[item.source],
    list(adoptions.map((a) => a.outlet ?? '')),
    list(adoptions.map((a) => LEVEL[a.level])),
    list(adoptions.map((a) => FORM[a.form ?? 'bulletin'])),
    adoptions.length ? dates(adoptions) : null,
    list(instructions.map((i) => i.leader)),
    list(instructions.map((i) => LEVEL[i.level] ?? '')),
    instructions.length ? dates(instructions) : null,
    instructions.map((i) => i.text).join('\n'),
  ];
}

const items = [...itemsOf('09'), ...itemsOf('10')]
  .filter((item) => submitted(item).slice(0, 7) >= '2026-09')
  .sort((a, b) => submitted(a).localeCompare(submitted(b)));
const book = new ExcelJS.Workbook();
const sheet = book.addWorksheet('2026年');
sheet.addRow(['海门市人民政府办公室2026年政务信息报送台账（9—10月）']);
sheet.mergeCells(1, 1, 1, HEADERS.length);
sheet.getRow(1).font = { bold: true, size: 14 };
sheet.addRow(HEADERS).font = { bold: true };
for (const [i, item] of items.entries()) sheet.addRow(rowOf(item, i + 1));
for (const column of [2, 11, 14]) sheet.getColumn(column).numFmt = 'yyyy-mm-dd';
sheet.getColumn(5).width = 48;
await book.xlsx.writeFile(OUT);
console.log(`${OUT}: ${items.length} rows`);
