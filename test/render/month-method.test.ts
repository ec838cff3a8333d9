/**
 * The notice of an office with its own 考核办法 (groups, quota bonus, ledger), in every format:
 * one table per group with its own ranking, the bonus and ledger columns, the 加减分情况
 * section; csv keeps all units in one table with their group. The month of test/fixtures/methods.ts
 * under the groups config of docs/scoring (figures there).
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzeText } from '../../src/core/analyze.js';
import { readConfig } from '../../src/core/config.js';
import { analyzeLedger } from '../../src/core/ledger-file.js';
import { monthReport } from '../../src/core/report/month.js';
import { translator } from '../../src/i18n/index.js';
import { monthCsv } from '../../src/render/month-csv.js';
import { monthDocx } from '../../src/render/month-docx.js';
import { monthHtml } from '../../src/render/month-html.js';
import { monthMarkdown } from '../../src/render/month-md.js';
import { noticeText } from '../../src/render/notice-text.js';
import { METHOD_FILES, UNITS } from '../fixtures/methods.js';

const GROUPS = {
  groups: [
    { name: '一类', quota: 2 },
    { name: '二类', quota: 1 },
  ],
  departments: [
    { name: '东城区', group: '一类' },
    { name: '西城区', group: '一类' },
    { name: '南湖县', group: '一类' },
    { name: '发改委', group: '二类' },
    { name: '财政局', group: '二类' },
  ],
  scoring: { quotaMet: 10 },
};

function report() {
  const { config } = readConfig({ ...(parse(UNITS) as object), ...GROUPS });
  const context = { config, templateLines: new Set<string>() };
  const files = Object.entries(METHOD_FILES);
  const analysed = files
    .filter(([p]) => !p.startsWith('ledger/'))
    .map(([p, text]) => analyzeText(text, p, p.startsWith('topics/') ? 'topic' : 'item', context));
  const ledger = files
    .filter(([p]) => p.startsWith('ledger/'))
    .map(([p, text]) => analyzeLedger(text, p, config).entry!);
  return monthReport({
    items: analysed.flatMap((a) => (a.item ? [a.item] : [])),
    topics: analysed.flatMap((a) => (a.topic ? [a.topic] : [])),
    ledger,
    config,
    month: '2026-11',
    today: '2026-12-01',
  });
}

const r = report();
const zh = noticeText(r, translator('zh-CN'), 'zh-CN');

describe('the notice of an office with its own 考核办法', () => {
  it('has a table per group, each ranked on its own, with the bonus and ledger columns', () => {
    expect(zh.departmentTables.map((t) => t.heading)).toEqual(['（一）一类', '（二）二类']);
    const [first, second] = zh.departmentTables.map((t) => t.table);
    expect(first!.columns.map((c) => c.label).slice(-5)).toEqual(['任务分', '加减分', '得分', '累计得分', '排名']);
    expect(first!.rows.map((row) => [row[0], ...row.slice(-5)])).toEqual([
      ['东城区', '10', '0', '95', '95', '1'],
      ['西城区', '0', '-10', '13.5', '13.5', '3'],
      ['南湖县', '0', '-10', '65.5', '65.5', '2'],
    ]);
    expect(second!.rows.map((row) => [row[0], row.at(-1)])).toEqual([
      ['发改委', '1'],
      ['财政局', '2'],
    ]);
  });

  it('lists the ledger entries in their own section, numbered after the units', () => {
    expect(zh.headings.ledger).toBe('二、加减分情况');
    expect(zh.headings.writers).toBe('三、信息员报送情况');
    expect(zh.ledger).toEqual([
      '1. 西城区：迟报，扣10分（11月21日）。紧急信息迟报。',
      '2. 南湖县（赵刚）：反馈逾期，扣10分（11月25日）。国务院领导批示落实情况未按时反馈。涉及信息：《南湖县与发改委联合调研重大项目用地》。',
    ]);
    expect(zh.summary).toContain('全月共计321.5分（含加减分-20分）');
  });

  it('markdown: a heading and a table per group, then the section', () => {
    const md = monthMarkdown(zh);
    expect(md).toContain('### （一）一类\n\n| 单位');
    expect(md).toContain('### （二）二类\n\n| 单位');
    expect(md.indexOf('## 二、加减分情况')).toBeGreaterThan(md.indexOf('### （二）二类'));
    expect(md).toContain('\n2. 南湖县（赵刚）：反馈逾期，扣10分');
  });

  it('csv: every unit in one table with its group, its overall rank and its rank in the group', () => {
    const csv = monthCsv(zh);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFF单位,分类,报送条数,累计,县区采用,市采用,省采用,国家采用,专报,批示,采用率,任务分,加减分,得分,累计得分,排名,组内排名',
    );
    expect(csv).toContain('\r\n西城区,一类,1,1,0,1,0,0,0,2,100%,0,-10,13.5,13.5,5,3\r\n');
    expect(csv).toContain('\r\n财政局,二类,1,1,0,0,0,1,0,0,100%,10,0,61,61,4,2\r\n');
  });

  it('html: a heading and a table per group, and the ledger as a list', () => {
    const page = monthHtml(zh, r, translator('zh-CN'));
    expect(page.match(/<h3>/g)).toHaveLength(2);
    expect(page.match(/<table class="departments">/g)).toHaveLength(2);
    expect(page).toContain('<h2>二、加减分情况</h2>\n<ol class="ledger"><li>西城区：迟报，扣10分');
  });

  it('docx: the group headings, both tables and the section', async () => {
    const parts = unzipSync(new Uint8Array(await monthDocx(zh)));
    const xml = strFromU8(parts['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    for (const phrase of ['（一）一类', '（二）二类', '二、加减分情况', '南湖县（赵刚）：反馈逾期，扣10分'])
      expect(text).toContain(phrase);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3); // two groups and the writers
  });

  it('speaks English too', () => {
    const en = noticeText(r, translator('en'), 'en');
    expect(en.departmentTables.map((t) => t.heading)).toEqual(['1) 一类', '2) 二类']);
    expect(en.ledger[0]).toBe('1. 西城区: late report, −10 points (21 Nov). 紧急信息迟报。');
    expect(en.headings.ledger).toBe('2. Points added and deducted');
  });
});
