import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ctrlC, scriptedPrompt, workspace } from '../helpers.js';

const hasItems = (root: string) => existsSync(join(root, 'items')) && readdirSync(join(root, 'items')).length > 0;

describe('info new on a terminal', () => {
  it('asks only for what the flags left out, offering configured writers and departments', async () => {
    const root = workspace();
    const { prompt, asked } = scriptedPrompt(['春节后项目早开工', 'key', 'meeting', '张三']);
    const result = await cli(['new', '--json'], { cwd: root, tty: true, prompt });
    expect(result.code).toBe(0);
    expect(asked.map((a) => a.kind)).toEqual(['input', 'select', 'select', 'select']);
    expect(asked[3]!.choices).toContain('李四');
    const item = JSON.parse(result.stdout);
    expect(item).toMatchObject({
      title: '春节后项目早开工',
      category: 'key',
      source: 'meeting',
      authors: ['张三'],
      departments: ['发改委'],
    });
  });

  it('asks for departments (several for a joint item) when the author has none configured', async () => {
    const root = workspace();
    const { prompt, asked } = scriptedPrompt(['\u0000other', '王五', ['发改委', '财政局']]);
    const result = await cli(['new', '--title', '合报', '--category', 'hot', '--source', 'research', '--json'], {
      cwd: root,
      tty: true,
      prompt,
    });
    expect(result.code).toBe(0);
    expect(asked.map((a) => a.kind)).toEqual(['select', 'input', 'checkbox']);
    expect(JSON.parse(result.stdout)).toMatchObject({ authors: ['王五'], departments: ['发改委', '财政局'] });
  });

  it('asks nothing when every value is given', async () => {
    const root = workspace();
    const { prompt, asked } = scriptedPrompt([]);
    const result = await cli(
      ['new', '--title', 't', '--category', 'key', '--source', 'meeting', '--department', '发改委', '--author', '张三'],
      { cwd: root, tty: true, prompt },
    );
    expect(result.code).toBe(0);
    expect(asked).toEqual([]);
  });

  it('Ctrl-C at a prompt writes nothing and exits 130', async () => {
    const root = workspace();
    const { prompt } = scriptedPrompt(['标题', ctrlC()]);
    const result = await cli(['new'], { cwd: root, tty: true, prompt });
    expect(result.code).toBe(130);
    expect(hasItems(root)).toBe(false);
  });

  it('never prompts without a terminal', async () => {
    const root = workspace();
    const { prompt, asked } = scriptedPrompt(['x']);
    const result = await cli(['new'], { cwd: root, tty: false, prompt });
    expect(result.code).toBe(2);
    expect(asked).toEqual([]);
    expect(result.stderr).toContain('--title');
  });
});
