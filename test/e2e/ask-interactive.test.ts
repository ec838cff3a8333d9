import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG, cli, ctrlC, scriptedPrompt, workspace } from '../helpers.js';

const hasTopics = (root: string) => existsSync(join(root, 'topics')) && readdirSync(join(root, 'topics')).length > 0;

describe('info ask new on a terminal', () => {
  it('asks for title, departments (from the configured list), due date and brief', async () => {
    const root = workspace();
    const { prompt, asked } = scriptedPrompt(['设施农业', ['财政局', '临江镇'], '2026-11-20', '请报送做法和成效']);
    const result = await cli(['ask', 'new', '--json'], {
      cwd: root,
      tty: true,
      prompt,
      env: { INFO_NOW: '2026-11-01T02:00:00Z' },
    });
    expect(result.code).toBe(0);
    expect(asked.map((a) => a.kind)).toEqual(['input', 'checkbox', 'input', 'input']);
    expect(asked[1]!.choices).toEqual(['发改委', '财政局', '临江镇']);
    expect(JSON.parse(result.stdout)).toMatchObject({
      title: '设施农业',
      departments: ['财政局', '临江镇'],
      due: '2026-11-20',
      brief: '请报送做法和成效',
      created: '2026-11-01',
    });
  });

  it('asks only for what the flags left out', async () => {
    const root = workspace();
    const { prompt, asked } = scriptedPrompt(['2026-11-20', '']);
    const result = await cli(['ask', 'new', '--title', '安全生产', '--department', '临江镇', '--json'], {
      cwd: root,
      tty: true,
      prompt,
    });
    expect(result.code).toBe(0);
    expect(asked.map((a) => a.message)).toEqual(['Due date (YYYY-MM-DD)', 'Brief for the departments (may be empty)']);
    expect(JSON.parse(result.stdout)).toMatchObject({ departments: ['临江镇'], brief: '' });
  });

  it('takes typed department names when none are configured', async () => {
    const root = workspace({}, CONFIG.replace(/departments:[\s\S]*?writers:/, 'writers:'));
    const { prompt, asked } = scriptedPrompt(['防汛', '水利局，临江镇、水利局']);
    const result = await cli(['ask', 'new', '--due', '2026-11-20', '--brief', '', '--json'], {
      cwd: root,
      tty: true,
      prompt,
    });
    expect(result.code).toBe(0);
    expect(asked.map((a) => a.kind)).toEqual(['input', 'input']);
    expect(JSON.parse(result.stdout).departments).toEqual(['水利局', '临江镇']);
  });

  it('asks nothing when every required value is given', async () => {
    const root = workspace();
    const { prompt, asked } = scriptedPrompt([]);
    const result = await cli(['ask', 'new', '--title', 't', '--department', '财政局', '--due', '2026-11-20'], {
      cwd: root,
      tty: true,
      prompt,
    });
    expect(result.code).toBe(0);
    expect(asked).toEqual([]);
  });

  it('Ctrl-C at a prompt writes nothing and exits 130', async () => {
    const root = workspace();
    const { prompt } = scriptedPrompt(['设施农业', ctrlC()]);
    const result = await cli(['ask', 'new'], { cwd: root, tty: true, prompt });
    expect(result.code).toBe(130);
    expect(hasTopics(root)).toBe(false);
  });
});
