/** Adoptions by a configured outlet: `review --adopt --outlet NAME [--brief]`, and the desk offering the outlets first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Choice, Prompt } from '../../src/cli/prompts.js';
import { openDesk } from '../../src/cli/review-desk.js';
import { reviewInteractively } from '../../src/cli/review-queue.js';
import { createUi } from '../../src/cli/ui.js';
import { readItemFile } from '../../src/store/item-file.js';
import { openWorkspace } from '../../src/store/workspace.js';
import { CONFIG, cli, itemText, workspace } from '../helpers.js';

const OUTLETS = `${CONFIG}outlets:
  - {name: 南通信息, level: city, form: bulletin, points: 6}
  - {name: 江苏政务信息专报, level: province, form: special}
`;
const NOW = { INFO_NOW: '2026-11-20T10:00:00+08:00' };
const ID = '20261103-k7f2';

const reported = () =>
  itemText({
    id: ID,
    status: 'reported',
    history: [
      '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted}',
      '{at: 2026-11-04T09:00:00+08:00, by: 编辑, from: submitted, to: approved}',
      '{at: 2026-11-05T09:00:00+08:00, by: 编辑, from: approved, to: reported}',
    ],
  });

const adoptionsIn = (root: string) => readFileSync(join(root, 'items/a.md'), 'utf8').split('adoptions:')[1];

describe('info review --adopt --outlet', () => {
  it('takes level and form from the configured outlet and writes its configured name', async () => {
    const root = workspace({ 'items/a.md': reported() }, OUTLETS);
    const result = await cli(['review', ID, '--adopt', '--outlet', '《南通信息》', '--brief', '--json'], {
      cwd: root,
      env: NOW,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).adoptions).toEqual([
      { level: 'city', form: 'bulletin', outlet: '南通信息', date: '2026-11-20', brief: true },
    ]);
    expect(adoptionsIn(root)).toContain(
      '  - {level: city, form: bulletin, outlet: 南通信息, date: 2026-11-20, brief: true}',
    );
    // 南通信息 6 × 0.5 (a 简讯) + submitted 1 = 4
    const notice = JSON.parse((await cli(['report', '--month', '2026-11', '--json'], { cwd: root, env: NOW })).stdout);
    expect(notice.departments[0]).toMatchObject({ name: '发改委', points: 4 });
  });

  it('reads a configured outlet given as the level, and keeps an explicit level that agrees', async () => {
    const root = workspace({ 'items/a.md': reported() }, OUTLETS);
    const short = await cli(['review', ID, '--adopt', '江苏政务信息专报', '--json'], { cwd: root, env: NOW });
    expect(JSON.parse(short.stdout).adoptions[0]).toMatchObject({ level: 'province', form: 'special' });
    const agreed = await cli(
      ['review', ID, '--adopt', '省', '--form', '专报', '--outlet', '江苏政务信息专报', '--date', '2026-11-19'],
      {
        cwd: root,
        env: NOW,
      },
    );
    expect(agreed.code).toBe(0);
  });

  it('refuses a level or form the outlet contradicts, and a bare --adopt with an unknown outlet (exit 2)', async () => {
    const root = workspace({ 'items/a.md': reported() }, OUTLETS);
    const before = readFileSync(join(root, 'items/a.md'), 'utf8');
    const clash = await cli(['review', ID, '--adopt', 'province', '--outlet', '南通信息'], { cwd: root, env: NOW });
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain(
      'the outlet “南通信息” is configured as city bulletin, which --adopt province contradicts',
    );
    const form = await cli(['review', ID, '--adopt', '--outlet', '南通信息', '--form', 'special'], {
      cwd: root,
      env: NOW,
    });
    expect(form.code).toBe(2);
    expect(form.stderr).toContain('which --form special contradicts');
    const unknown = await cli(['review', ID, '--adopt', '--outlet', '人民日报'], { cwd: root, env: NOW });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      '--adopt without a level needs --outlet naming a configured outlet: 南通信息、江苏政务信息专报',
    );
    expect(readFileSync(join(root, 'items/a.md'), 'utf8')).toBe(before);
  });

  it('still takes any other publication with an explicit level', async () => {
    const root = workspace({ 'items/a.md': reported() }, OUTLETS);
    const result = await cli(['review', ID, '--adopt', 'city', '--outlet', '人民日报内参', '--json'], {
      cwd: root,
      env: NOW,
    });
    expect(JSON.parse(result.stdout).adoptions).toEqual([
      { level: 'city', form: 'bulletin', outlet: '人民日报内参', date: '2026-11-20' },
    ]);
  });
});

/** Answers from a script: for a select, the choice whose name contains the text. */
function scripted(answers: (string | boolean | undefined)[]) {
  const asked: { message: string; names?: string[] }[] = [];
  const next = () => {
    if (answers.length === 0) throw new Error('the script ran out of answers');
    return answers.shift();
  };
  const prompt: Prompt = {
    async input(message, options = {}) {
      asked.push({ message });
      const answer = next();
      return answer === undefined ? (options.default ?? '') : String(answer);
    },
    async select<T>(message: string, choices: Choice<T>[]) {
      asked.push({ message, names: choices.map((c) => c.name) });
      const wanted = String(next());
      const found = choices.find((c) => c.name.includes(wanted));
      if (!found) throw new Error(`no choice “${wanted}” among ${choices.map((c) => c.name).join(' | ')}`);
      return found.value;
    },
    async checkbox() {
      throw new Error('not used');
    },
    async confirm(message) {
      asked.push({ message });
      return Boolean(next());
    },
  };
  return { prompt, asked };
}

describe('the desk offers the configured outlets first', () => {
  const clock = { now: () => new Date('2026-11-20T02:00:00Z') };

  function desk(root: string, lang: 'en' | 'zh-CN' = 'en') {
    const sink = { write: () => true };
    const ui = createUi(lang, { stdout: sink, stderr: sink, stdin: {} }, { NO_COLOR: '1' }, false);
    return { ui, desk: openDesk(openWorkspace(root, root), '编辑甲', clock) };
  }

  it('an outlet gives level and form; a 简讯 is asked', async () => {
    const root = workspace({ 'items/a.md': reported() }, OUTLETS);
    const { ui, desk: d } = desk(root, 'zh-CN');
    const { prompt, asked } = scripted(['记录采用', '南通信息', true, undefined, '退出']);
    await reviewInteractively(ui, d, ['items/a.md'], {}, { prompt });
    expect(asked[1]!.names).toEqual([
      '南通信息（市刊物，6 分）',
      '江苏政务信息专报（省专报）',
      '其他（选择层级和形式）',
    ]);
    expect(asked.map((a) => a.message).slice(1, 4)).toEqual(['采用刊物', '是否为简讯？', '日期']);
    expect(readItemFile(root, 'items/a.md', d.lint).item.adoptions).toEqual([
      { level: 'city', form: 'bulletin', outlet: '南通信息', date: '2026-11-20', brief: true },
    ]);
  });

  it('“another publication” asks the level, form and name as before', async () => {
    const root = workspace({ 'items/a.md': reported() }, OUTLETS);
    const { ui, desk: d } = desk(root);
    const { prompt } = scripted([
      'Record an adoption',
      'Another publication',
      'national',
      'bulletin',
      '人民日报',
      false,
      '2026-11-18',
      'Quit',
    ]);
    await reviewInteractively(ui, d, ['items/a.md'], {}, { prompt });
    expect(readItemFile(root, 'items/a.md', d.lint).item.adoptions).toEqual([
      { level: 'national', form: 'bulletin', outlet: '人民日报', date: '2026-11-18' },
    ]);
  });
});
