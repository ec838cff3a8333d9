/**
 * The review desk's layout action: with sections configured it asks for the section (or
 * none) and whether the item is a brief; without, it makes the item a brief or undoes it.
 * Either way the move history is untouched and the file changes only in those keys.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Choice, Prompt } from '../../src/cli/prompts.js';
import { openDesk } from '../../src/cli/review-desk.js';
import { reviewInteractively } from '../../src/cli/review-queue.js';
import { createUi } from '../../src/cli/ui.js';
import { openWorkspace } from '../../src/store/workspace.js';
import { CONFIG, itemText, workspace } from '../helpers.js';

const clock = { now: () => new Date('2026-11-20T02:00:00Z') };
const ID = '20261103-k7f2';
const ITEM = itemText({
  id: ID,
  status: 'submitted',
  history: ['{at: 2026-11-04T09:00:00+08:00, by: 张三, to: submitted}'],
});

/** Answers in order; `select` picks the choice whose name contains the answer, and records what was offered. */
function scripted(answers: (string | boolean)[]) {
  const offered: string[][] = [];
  const prompt: Prompt = {
    input: async () => {
      throw new Error('not asked');
    },
    async select<T>(_message: string, choices: Choice<T>[], defaultValue?: T) {
      offered.push(choices.map((c) => `${c.name}${c.value === defaultValue ? ' *' : ''}`));
      const wanted = String(answers.shift());
      const found = choices.find((c) => c.name.includes(wanted));
      if (!found) throw new Error(`no choice “${wanted}” among ${choices.map((c) => c.name).join(' | ')}`);
      return found.value;
    },
    checkbox: async () => {
      throw new Error('not asked');
    },
    confirm: async () => Boolean(answers.shift()),
  };
  return { prompt, offered };
}

async function review(config: string, answers: (string | boolean)[]) {
  const root = workspace({ 'items/a.md': ITEM }, config);
  const out: string[] = [];
  const sink = { write: (t: string) => out.push(t) };
  const ui = createUi('en', { stdout: sink, stderr: { write: () => true }, stdin: {} }, { NO_COLOR: '1' }, false);
  const desk = openDesk(openWorkspace(root, root), '编辑甲', clock);
  const { prompt, offered } = scripted(answers);
  expect(await reviewInteractively(ui, desk, ['items/a.md'], {}, { prompt })).toBe(0);
  return { text: readFileSync(join(root, 'items/a.md'), 'utf8'), out: out.join(''), offered };
}

describe('the layout action of the review desk', () => {
  it('asks for a configured section and for brief, and writes only those keys', async () => {
    const config = `${CONFIG}bulletin: {series: 政务信息, sections: [工作动态, 经验做法]}\n`;
    const { text, out, offered } = await review(config, ['Set the section', '经验做法', true, 'Skip']);
    expect(offered[0]).toContain('Set the section / brief (now: no section)');
    expect(offered[1]).toEqual(['工作动态', '经验做法', 'No section *']);
    expect(text).toBe(ITEM.replace('---\n春节', 'section: 经验做法\nbrief: true\n---\n春节'));
    expect(out).toContain(`${ID}  section: 经验做法, brief  `);
  });

  it('without sections, offers to make the item a brief', async () => {
    const { text, offered } = await review(CONFIG, ['Print it as a brief', 'Skip']);
    expect(offered[1]).toContain('No longer a brief');
    expect(text).toContain('brief: true\n---');
    expect(text).not.toContain('section:');
  });
});
