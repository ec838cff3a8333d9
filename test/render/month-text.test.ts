/** The notice's words and the plain-text formats (md, csv). */
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/core/width.js';
import { monthReport } from '../../src/core/report/month.js';
import { translator } from '../../src/i18n/index.js';
import { neutralise, toCsv } from '../../src/render/csv.js';
import { monthCsv } from '../../src/render/month-csv.js';
import { monthMarkdown } from '../../src/render/month-md.js';
import { noticeText } from '../../src/render/notice-text.js';
import { CONTROL_TITLE_CLEAN, HOSTILE_AUTHOR, HOSTILE_UNIT, hostileFiles, monthData } from '../fixtures/month.js';

const report = (files?: Record<string, string>) =>
  monthReport({ ...monthData(files), month: '2026-11', today: '2026-12-05' });
const zh = (files?: Record<string, string>) =>
  noticeText(report(files), translator('zh-CN'), 'zh-CN', ['各区镇', '市各部门']);

describe('notice text', () => {
  it('says the month’s totals in a sentence and names the addressees', () => {
    const n = zh();
    expect(n.title).toBe('关于2026年11月份政务信息报送采用情况的通报');
    expect(n.to).toBe('各区镇、市各部门：');
    expect(n.summary).toContain(
      '共报送信息5条，编发2条，向上级报送4条；被各级采用5条次，其中专报3条次；获领导批示3件次；全月共计143分',
    );
    expect(n.date).toBe('2026年12月5日');
  });

  it('has the real notice’s columns and the figures of each unit', () => {
    const n = zh();
    expect(n.departments.columns.map((c) => c.label)).toEqual([
      '单位',
      '报送条数',
      '累计',
      '县/区',
      '市',
      '省',
      '国家',
      '专报',
      '批示',
      '采用率',
      '得分',
      '累计得分',
      '排名',
    ]);
    expect(n.departments.rows[0]).toEqual([
      '发改委',
      '3',
      '4',
      '2',
      '1',
      '1',
      '0',
      '2',
      '2',
      '100%',
      '47.17',
      '50.17',
      '2',
    ]);
    expect(n.departments.rows[3]).toEqual(['水务局', '0', '0', '0', '0', '0', '0', '0', '0', '—', '0', '-2', '4']);
  });

  it('names units that submitted nothing and those below their quota', () => {
    const notes = zh().departmentNotes.join('\n');
    expect(notes).toContain('本月未报送信息的单位：水务局、教育局。');
    expect(notes).toContain('发改委（3/4）');
  });

  it('numbers the sections without a gap when there is no solicitation', () => {
    const files = Object.fromEntries(
      Object.entries(hostileFiles()).filter(
        ([p]) => !p.startsWith('topics/') && p !== 'items/a.md' && p !== 'items/d.md',
      ),
    );
    const n = zh(files);
    expect(n.topics).toEqual([]);
    expect(n.headings.breakdown).toBe('四、报送信息分类');
  });

  it('speaks English when the user does', () => {
    const n = noticeText(report(), translator('en'), 'en');
    expect(n.title).toBe('Information work notice for November 2026');
    expect(n.to).toBe('To all units:');
    expect(n.headings.departments).toBe('1. Units');
    expect(n.departments.rows[5]![9]).toBe('0%');
  });
});

describe('markdown', () => {
  it('lines up every table row in terminal columns, Chinese included', () => {
    const md = monthMarkdown(zh());
    const tables = md.split('\n').filter((line) => line.startsWith('|'));
    expect(tables.length).toBeGreaterThan(10);
    const first = tables.slice(0, 8);
    expect(new Set(first.map(displayWidth)).size).toBe(1);
    expect(md).toMatch(/^# 关于2026年11月份/);
  });

  it('keeps untrusted text from breaking a table or becoming HTML', () => {
    const md = monthMarkdown(zh(hostileFiles()));
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    const row = md.split('\n').find((line) => line.startsWith(`| ${HOSTILE_AUTHOR}`))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(9);
  });

  it('drops control characters that would drive a terminal', () => {
    const md = monthMarkdown(zh(hostileFiles()));
    expect(md).toContain(CONTROL_TITLE_CLEAN);
    expect(md).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });
});

describe('csv', () => {
  it('starts with a BOM, ends rows with CRLF and has the departments table', () => {
    const csv = monthCsv(zh());
    expect(
      csv.startsWith(
        '\uFEFF单位,报送条数,累计,县区采用,市采用,省采用,国家采用,专报,批示,采用率,得分,累计得分,排名\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain('\r\n发改委,3,4,2,1,1,0,2,2,100%,47.17,50.17,2\r\n');
    expect(csv).toContain('\r\n水务局,0,0,0,0,0,0,0,0,—,0,-2,4\r\n');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises a text cell beginning %j', (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary text and computed numbers alone, and quotes what needs quoting', () => {
    expect(neutralise('发改委')).toBe('发改委');
    const csv = toCsv(
      ['a', 'b'],
      [
        ['=cmd|x', '-2'],
        ['a,"b"', '3'],
      ],
      [true, false],
    );
    expect(csv).toBe('\uFEFFa,b\r\n\'=cmd|x,-2\r\n"a,""b""",3\r\n');
  });

  it('neutralises a unit name found in an item', () => {
    const csv = monthCsv(zh(hostileFiles()));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    expect(csv).not.toMatch(/(^|\n)"?=HYPERLINK/);
    expect(HOSTILE_UNIT.startsWith('=')).toBe(true);
  });
});
