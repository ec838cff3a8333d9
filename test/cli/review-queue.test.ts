import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHistory } from '../../src/core/workflow.js';
import type { Choice, Prompt } from '../../src/cli/prompts.js';
import { openDesk } from '../../src/cli/review-desk.js';
import { reviewInteractively } from '../../src/cli/review-queue.js';
import { createUi } from '../../src/cli/ui.js';
import { openWorkspace } from '../../src/store/workspace.js';
import { readItemFile } from '../../src/store/item-file.js';
import { itemText, workspace } from '../helpers.js';

const clock = { now: () => new Date('2026-11-20T02:00:00Z') };
const ID = '20261103-k7f2';

function submitted(id = ID, title = '春节后海门市项目早开工') {
  return itemText({
    id,
    title,
    status: 'submitted',
    history: [
      '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: draft}',
      '{at: 2026-11-04T09:00:00+08:00, by: 张三, from: draft, to: submitted}',
    ],
  });
}

/**
 * A prompt that answers from a script: for `select`, the choice whose name contains the
 * scripted text (so a test also checks what is offered); for `input`, the text or, for
 * `undefined`, the default. It records every question and the names of the choices.
 */
function scripted(answers: (string | boolean | undefined | Error)[]) {
  const asked: { message: string; names?: string[] }[] = [];
  const next = () => {
    if (answers.length === 0) throw new Error('the script ran out of answers');
    const answer = answers.shift();
    if (answer instanceof Error) throw answer;
    return answer;
  };
  const prompt: Prompt = {
    async input(message, options = {}) {
      asked.push({ message });
      const answer = next();
      const value = answer === undefined ? (options.default ?? '') : String(answer);
      const verdict = options.validate?.(value);
      if (verdict !== undefined && verdict !== true) throw new Error(`invalid answer ${value}: ${verdict}`);
      return value;
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

function setup(files: Record<string, string>, lang: 'en' | 'zh-CN' = 'en') {
  const root = workspace(files);
  const out: string[] = [];
  const err: string[] = [];
  const streams = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    stdin: {},
  };
  const ui = createUi(lang, streams, { NO_COLOR: '1' }, false);
  const desk = openDesk(openWorkspace(root, root), '编辑甲', clock);
  return { root, ui, desk, out, err };
}

describe('the interactive review queue', () => {
  it('takes an item from submitted to adopted in one pass, staying on it while it awaits the office', async () => {
    const { root, ui, desk, out, err } = setup({ 'items/a.md': submitted() });
    const { prompt, asked } = scripted([
      'Move to edited',
      'Move to approved',
      'Move to reported',
      'Record an adoption',
      'province',
      'special report',
      '《江苏政务信息》第5期',
      undefined,
    ]);
    expect(await reviewInteractively(ui, desk, ['items/a.md'], {}, { prompt })).toBe(0);
    const { item } = readItemFile(root, 'items/a.md', desk.lint);
    expect(item.status).toBe('adopted');
    expect(item.history.map((h) => h.to)).toEqual(['draft', 'submitted', 'edited', 'approved', 'reported', 'adopted']);
    expect(checkHistory(item.status, item.history)).toEqual([]);
    expect(item.adoptions).toEqual([
      { level: 'province', form: 'special', outlet: '《江苏政务信息》第5期', date: '2026-11-20' },
    ]);
    // Each status offers its own legal moves, and the card shows the item.
    expect(asked[0]!.names).toEqual([
      'Move to edited',
      'Move to approved',
      'Return with a note',
      'Archive',
      'Record a leader instruction',
      'Print it as a brief (one paragraph, at the end)',
      'Open in the editor',
      'Skip (this is the last item)',
      'Quit',
    ]);
    expect(asked[3]!.names!.slice(0, 2)).toEqual(['Record an adoption (→ adopted)', 'Move to declined']);
    const screen = out.join('');
    expect(screen).toContain(`${ID}  春节后海门市项目早开工`);
    expect(screen).toContain('submitted · key work · meeting · 发改委 · 张三 · 2026-11-03');
    expect(screen).toContain('Last: 2026-11-04 09:00 张三 draft → submitted (waiting 16 d)');
    expect(screen.split('春节假期刚过').length - 1).toBe(1); // the body once; after a move the card is short
    expect(screen).toContain('reported → adopted');
    expect(err.join('')).toContain('Went through 1 of 1 item, 4 changes made');
  });

  it('returns with a note, archives only after confirming, and moves on to the next item', async () => {
    const { root, ui, desk } = setup({ 'items/a.md': submitted(), 'items/b.md': submitted('20261103-b000', '第二条') });
    const { prompt } = scripted(['Return with a note', '第二段数据请核实', 'Archive', false, 'Archive', true]);
    await reviewInteractively(ui, desk, ['items/a.md', 'items/b.md'], {}, { prompt });
    const a = readItemFile(root, 'items/a.md', desk.lint).item;
    const b = readItemFile(root, 'items/b.md', desk.lint).item;
    expect([a.status, a.history.at(-1)!.note]).toEqual(['returned', '第二段数据请核实']);
    expect(b.status).toBe('archived');
    expect(b.history).toHaveLength(3);
  });

  it('records an instruction, shows problems, and quits leaving the rest alone', async () => {
    const { root, ui, desk, out } = setup({
      'items/a.md': submitted().replace(/春节假期刚过.*\n/, ''),
      'items/b.md': submitted('20261103-b000', '第二条'),
    });
    const before = readFileSync(join(root, 'items/b.md'), 'utf8');
    const { prompt } = scripted([
      'Record a leader instruction',
      '王市长',
      'city',
      undefined,
      '请抓紧落实',
      '2026-12-01',
      'Skip',
      'Quit',
    ]);
    await reviewInteractively(ui, desk, ['items/a.md', 'items/b.md'], {}, { prompt });
    expect(readItemFile(root, 'items/a.md', desk.lint).item.instructions).toEqual([
      { leader: '王市长', level: 'city', date: '2026-11-20', text: '请抓紧落实', due: '2026-12-01' },
    ]);
    expect(out.join('')).toContain('body-empty');
    expect(readFileSync(join(root, 'items/b.md'), 'utf8')).toBe(before);
  });

  it('writes nothing when a question is cancelled (Ctrl-C)', async () => {
    const { root, ui, desk } = setup({ 'items/a.md': submitted() });
    const before = readFileSync(join(root, 'items/a.md'), 'utf8');
    const cancel = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    const { prompt } = scripted(['Return with a note', cancel]);
    await expect(reviewInteractively(ui, desk, ['items/a.md'], {}, { prompt })).rejects.toThrow('force closed');
    expect(readFileSync(join(root, 'items/a.md'), 'utf8')).toBe(before);
  });

  it('shows the file as the editor left it, and acts on that', async () => {
    const { root, ui, desk, err } = setup({ 'items/a.md': submitted() });
    const edit = (abs: string) => writeFileSync(abs, readFileSync(abs, 'utf8').replace('春节假期刚过', '节后'));
    const { prompt } = scripted(['Open in the editor', 'Move to edited', 'Quit']);
    await reviewInteractively(ui, desk, ['items/a.md'], {}, { prompt, edit });
    expect(readItemFile(root, 'items/a.md', desk.lint).item.status).toBe('edited');
    expect(readFileSync(join(root, 'items/a.md'), 'utf8')).toContain('节后');
    expect(err.join('')).not.toContain('error');
  });

  it('refuses to write over a change made elsewhere after the item was shown, then shows it afresh', async () => {
    const { root, ui, desk, err } = setup({ 'items/a.md': submitted() });
    const abs = join(root, 'items/a.md');
    const answers = ['Move to edited', 'Quit'];
    const { prompt } = scripted(answers);
    const select = prompt.select.bind(prompt);
    let first = true;
    prompt.select = async (message, choices, d) => {
      if (first) writeFileSync(abs, readFileSync(abs, 'utf8').replace('春节假期刚过', '有人同时改了'));
      first = false;
      return select(message, choices, d);
    };
    await reviewInteractively(ui, desk, ['items/a.md'], {}, { prompt });
    expect(err.join('')).toContain('changed on disk after it was read');
    const text = readFileSync(abs, 'utf8');
    expect(text).toContain('有人同时改了');
    expect(text).toContain('status: submitted');
  });

  it('speaks Chinese', async () => {
    const { ui, desk, out } = setup({ 'items/a.md': submitted() }, 'zh-CN');
    const { prompt, asked } = scripted(['转为“已编辑”', '退出']);
    await reviewInteractively(ui, desk, ['items/a.md'], {}, { prompt });
    expect(asked[0]!.message).toBe('怎么处理？');
    expect(out.join('')).toContain('待审 · 重点 · 会议 · 发改委 · 张三 · 2026-11-03');
    expect(out.join('')).toContain('待审 → 已编辑');
  });
});
