import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDesk } from '../../src/cli/review-desk.js';
import { reviewInteractively } from '../../src/cli/review-queue.js';
import { createUi } from '../../src/cli/ui.js';
import { openWorkspace } from '../../src/store/workspace.js';
import { itemText, scriptedPrompt, workspace } from '../helpers.js';

const clock = { now: () => new Date('2026-11-20T02:00:00Z') };
const commas = Array.from({ length: 60 }, (_, i) => `第${i + 1}项,完成`).join('');
const body = [
  `今年以来,全市累计投入资金1.2亿元。${commas}。`,
  '',
  '全部工程计划于xx月xx日前完工。',
  '',
  '责任编辑：王五',
  '',
].join('\n');

function setup() {
  const text = itemText({
    status: 'submitted',
    title: '海门市冬季水利建设,成效明显',
    history: [
      '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: draft}',
      '{at: 2026-11-04T09:00:00+08:00, by: 张三, from: draft, to: submitted}',
    ],
    body,
  });
  const root = workspace({ 'items/a.md': text });
  const out: string[] = [];
  const streams = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: () => true }, stdin: {} };
  const ui = createUi('en', streams, { NO_COLOR: '1' }, false);
  return { root, ui, desk: openDesk(openWorkspace(root, root), '编辑甲', clock), out, text };
}

describe('the review desk and the editor’s checks', () => {
  it('shows content findings one line per rule, the placeholder before sixty commas', async () => {
    const { ui, desk, out } = setup();
    const { prompt } = scriptedPrompt([{ kind: 'skip' }]);
    await reviewInteractively(ui, desk, ['items/a.md'], {}, { prompt });
    const screen = out.join('');
    const lines = screen.split('\n');
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    expect(at('placeholder ×1  line 16')).toBeGreaterThan(0);
    expect(at('halfwidth-punctuation ×62  from line 3')).toBeGreaterThan(at('placeholder ×1'));
    expect(at('web-residue ×1')).toBeGreaterThan(at('placeholder ×1'));
    expect(screen).toContain('Problems (64):');
    expect(screen).not.toContain('more of these');
  });

  it('offers to fix what can be fixed, writes it, and stays on the item', async () => {
    const { root, ui, desk, out, text } = setup();
    const { prompt, asked } = scriptedPrompt([{ kind: 'fix' }, { kind: 'skip' }]);
    await reviewInteractively(ui, desk, ['items/a.md'], {}, { prompt });
    expect(asked[0]!.choices).toContainEqual({ kind: 'fix' });
    expect(asked[1]!.choices).not.toContainEqual({ kind: 'fix' });
    const after = readFileSync(join(root, 'items/a.md'), 'utf8');
    const [head, rest] = text.split('\n---\n') as [string, string];
    const fixed = rest.replaceAll(',', '，').replace('\n\n责任编辑：王五\n', '\n');
    expect(after).toBe(`${head.replace('建设,成效', '建设，成效')}\n---\n${fixed}`);
    expect(out.join('')).toContain('63 fixed (web-residue 1, halfwidth-punctuation 62)');
  });
});
