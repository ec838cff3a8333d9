/**
 * The 考核办法 docs/scoring.*.md writes as configs (湖州, 连云港, 广元, and unit groups with a
 * quota bonus) scored on one month of five units (test/fixtures/methods.ts). Every total,
 * ranking and writer's figure below was worked out by hand; the worked month of the docs
 * (广元) shows the sums line by line. The configs are read from the docs, so docs and program
 * cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cli, ROOT, testdir } from '../helpers.js';
import { METHOD_FILES, UNITS } from '../fixtures/methods.js';

const NOW = { INFO_NOW: '2026-12-01T10:00:00+08:00' };
const PAGES = ['scoring.zh-CN.md', 'scoring.en.md'].map((name) => readFileSync(join(ROOT, 'docs', name), 'utf8'));

/** The ```yaml NAME blocks of a page, parsed. */
function methods(page: string): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    [...page.matchAll(/^```yaml (\w+)\n([\s\S]*?)^```$/gm)].map((m) => [
      m[1]!,
      parse(m[2]!) as Record<string, unknown>,
    ]),
  );
}

/** The fixture month with the units' config and a method laid over it (its keys replace the units'). */
function workspaceFor(method: Record<string, unknown>): string {
  const config = stringify({ ...(parse(UNITS) as Record<string, unknown>), ...method });
  return testdir({ 'info.config.yaml': config, ...METHOD_FILES });
}

interface Figures {
  totals: { points: number; adjustments: number };
  departments: { name: string; points: number; rank: number; group: string | null; groupRank: number }[];
  writers: { name: string; points: number }[];
}

async function notice(method: Record<string, unknown>): Promise<Figures> {
  const root = workspaceFor(method);
  expect((await cli(['validate'], { cwd: root, env: NOW })).code).toBe(0);
  const result = await cli(['report', '--month', '2026-11', '--json'], { cwd: root, env: NOW });
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Figures;
}

const units = (f: Figures) => Object.fromEntries(f.departments.map((d) => [d.name, [d.points, d.rank]]));
const writers = (f: Figures) => Object.fromEntries(f.writers.map((w) => [w.name, w.points]));

describe('the 考核办法 of docs/scoring', () => {
  const [zh, en] = PAGES.map(methods);

  it('are the same configs in both languages', () => {
    expect(Object.keys(zh!)).toEqual(['huzhou', 'lianyungang', 'guangyuan', 'groups']);
    expect(en).toEqual(zh);
  });

  it('湖州: 报省 3, own outlets, one 批示 per level', async () => {
    // A 3+3+10+50 = 66; B 3 + 3×0.5 + 10 (the second city 批示 counts once) = 14.5;
    // C 3+10+30 (专报信息 recorded at province: not the city's outlet) +100 = 143, 71.5 each;
    // E 3+50 = 53; G 每日要情 3; ledger 西城区 −10, 南湖县 −10.
    const f = await notice(zh!.huzhou!);
    expect(f.totals).toMatchObject({ points: 259.5, adjustments: -20 });
    expect(units(f)).toEqual({
      东城区: [69, 2],
      西城区: [4.5, 5],
      南湖县: [61.5, 3],
      发改委: [71.5, 1],
      财政局: [53, 4],
    });
    expect(writers(f)).toEqual({ 王敏: 69, 李强: 14.5, 赵刚: 61.5, 孙丽: 71.5, 周杰: 53 });
  });

  it('连云港: selected for the province 2, a 简讯 in 昨日情况 1, adoptions adding up', async () => {
    // A 2+3+10+50 = 65; B 2 + 3×0.3333 + 5+5 = 12.9999; C 2+20+20+100 = 142, 71 each; E 2+50 = 52; G 3.
    const f = await notice(zh!.lianyungang!);
    expect(f.totals).toMatchObject({ points: 255, adjustments: -20 });
    expect(units(f)).toEqual({ 东城区: [68, 2], 西城区: [3, 5], 南湖县: [61, 3], 发改委: [71, 1], 财政局: [52, 4] });
    expect(writers(f)).toEqual({ 王敏: 68, 李强: 13, 赵刚: 61, 孙丽: 71, 周杰: 52 });
  });

  it('广元: the worked month of the docs', async () => {
    // A 2+20+10 = 32; B 2×0.5 + 5+5 = 11; C 5+40+20 = 65, 32.5 each; E 10; G 2;
    // 西城区 missed T −10, late −10; 南湖县 follow-up overdue −10 (赵刚).
    const f = await notice(zh!.guangyuan!);
    expect(f.totals).toMatchObject({ points: 90, adjustments: -20 });
    expect(units(f)).toEqual({
      东城区: [34, 1],
      西城区: [-9, 5],
      南湖县: [22.5, 3],
      发改委: [32.5, 2],
      财政局: [10, 4],
    });
    expect(writers(f)).toEqual({ 王敏: 34, 李强: 11, 赵刚: 22.5, 孙丽: 32.5, 周杰: 10 });
  });

  it('groups and the quota bonus: each group ranked on its own', async () => {
    // Default scoring: A 1+5+20+50 = 76; B 1 + 5×0.5 + 10+10 = 23.5; C 1+10+40+100 = 151, 75.5 each;
    // D 1; E 1+50 = 51; F 1; G 1+2+5 = 8. Quota met (+10): 东城区 3 of 2, 发改委 2 of 1, 财政局 1 of 1.
    const f = await notice(zh!.groups!);
    expect(f.totals).toMatchObject({ points: 321.5, adjustments: -20 });
    expect(f.departments.map((d) => [d.name, d.group, d.points, d.groupRank, d.rank])).toEqual([
      ['东城区', '一类', 95, 1, 1],
      ['西城区', '一类', 13.5, 3, 5],
      ['南湖县', '一类', 65.5, 2, 3],
      ['发改委', '二类', 86.5, 1, 2],
      ['财政局', '二类', 61, 2, 4],
    ]);
  });

  it.each([
    [0, 'zh-CN'],
    [1, 'en'],
  ] as const)('the explanation the docs print is the program’s (%s)', async (page, lang) => {
    const root = workspaceFor(zh!.guangyuan!);
    const result = await cli(['report', '--month', '2026-11', '--explain', '西城区', '--lang', lang], {
      cwd: root,
      env: NOW,
    });
    expect(PAGES[page]).toContain(`\`\`\`\n${result.stdout.trimEnd()}\n\`\`\``);
  });
});
