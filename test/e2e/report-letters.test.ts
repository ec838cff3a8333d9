/** `--letters`: one letter per unit, in md, html and docx, named after the unit, run end to end. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PERIOD_CONFIG, PERIOD_FILES } from '../fixtures/periods.js';
import { cli, testdir, workspace } from '../helpers.js';

const NOW = { INFO_NOW: '2027-04-02T10:00:00+08:00' };
const UNITS = ['丁镇', '丙局', '乙局', '戊镇', '甲局'];

async function letters(format: string, extra: string[] = []): Promise<string> {
  const out = join(testdir(), 'letters');
  const result = await cli(
    [
      'report',
      '--dir',
      workspace(PERIOD_FILES, PERIOD_CONFIG),
      '--year',
      '2026',
      '--letters',
      '--format',
      format,
      '--out',
      out,
      ...extra,
    ],
    { env: NOW },
  );
  expect(result.code).toBe(0);
  expect(result.stdout).toBe('');
  return out;
}

describe('info report --letters', () => {
  it('md: one letter per unit with its figures, rank in its group, items, ledger, signature', async () => {
    const out = await letters('md');
    expect(readdirSync(out).sort()).toEqual(UNITS.map((u) => `${u}.md`).sort());
    const jia = readFileSync(join(out, '甲局.md'), 'utf8');
    expect(jia).toContain('# 2026年度政务信息工作情况告知书');
    expect(jia).toContain('甲局：');
    expect(jia).toContain('你单位报送信息1条（任务12条）');
    expect(jia).toContain('得分16分');
    expect(jia).toContain('在一类3个单位中排名第1');
    expect(jia).toContain('你单位已被取消本年度评优资格。');
    expect(jia).toContain('《甲局的信息ii01》（甲局）：省刊物，3月20日');
    expect(jia).toContain('漏报，扣5分（8月1日）：瞒报重大突发事件');
    expect(jia.trimEnd().endsWith('测试县人民政府办公室\n2027年4月2日')).toBe(true);
    const ding = readFileSync(join(out, '丁镇.md'), 'utf8');
    expect(ding).toContain('在二类2个单位中排名第1');
    expect(ding.match(/^无。$/gm)).toHaveLength(3);
  });

  it('html: a page per unit, the unit’s text escaped', async () => {
    const out = await letters('html', ['--lang', 'en']);
    const yi = readFileSync(join(out, '乙局.html'), 'utf8');
    expect(yi).toContain('<title>Information work in 2026: your unit’s figures</title>');
    expect(yi).toContain('ranked 2 of the 3 units of 一类');
    expect(yi).not.toContain('<script');
  });

  it('docx: a Word document per unit', async () => {
    const out = await letters('docx');
    const files = unzipSync(readFileSync(join(out, '丙局.docx')));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('2026年度政务信息工作情况告知书');
    expect(xml).toContain('丙局：');
    expect(xml).toContain('测试县人民政府办公室');
  });

  it.each([
    [['--letters'], '--letters needs --out'],
    [['--letters', '--format', 'csv', '--out', 'x'], '--letters writes md, html or docx, not csv'],
    [['--letters', '--explain', '甲局', '--out', 'x'], '--letters and --explain'],
  ])('%j: exit 2', async (args, words) => {
    const root = workspace(PERIOD_FILES, PERIOD_CONFIG);
    const result = await cli(['report', '--year', '2026', '--lang', 'en', '--dir', root, ...args], { env: NOW });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(words);
    expect(readdirSync(root)).not.toContain('x');
  });
});
