/**
 * `info import` reads folders received from departments: a link in such a folder must not
 * reach beyond it (a received archive linking to ~/.ssh would be imported and shared), and
 * a named pipe must not hang the run. Front matter in an imported Markdown file never runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, testdir, workspace } from '../helpers.js';

describe('info import of a hostile folder', () => {
  it('imports the real files, names the links out and the pipe, and reads neither', async () => {
    const secret = testdir({ 'id_rsa.txt': 'TOP-SECRET-KEY\n', 'notes/plan.md': 'TOP-SECRET-PLAN\n' });
    const canary = join(secret, 'PWNED');
    const inbox = testdir({
      '发改委-项目早开工.txt': '春节后海门市项目早开工\n全市42个重点项目集中开工。\n',
      'sub/发改委-设施农业.md': `---js\n(function(){ require("fs").writeFileSync(${JSON.stringify(canary)}, "x") })()\n---\n# 设施农业\n正文。\n`,
    });
    symlinkSync(join(secret, 'id_rsa.txt'), join(inbox, '发改委-钥匙.txt'));
    symlinkSync(join(secret, 'notes'), join(inbox, 'notes'));
    symlinkSync('sub', join(inbox, 'inside'));
    mkdirSync(join(inbox, 'pipes'));
    execFileSync('mkfifo', [join(inbox, 'pipes', '发改委-管道.txt')]);
    const root = workspace();
    const { code, stdout, stderr } = await cli(['import', inbox, '--json'], {
      cwd: root,
      env: { INFO_NOW: '2026-11-03T01:12:00Z' },
    });
    expect(code).toBe(1);
    const items = JSON.parse(stdout) as { title: string }[];
    // One item: the text file. The Markdown file's `---js` head is refused (SPEC 3), never run.
    expect(items.map((i) => i.title)).toEqual(['春节后海门市项目早开工']);
    expect(stderr).toMatch(/发改委-设施农业\.md: its front matter is in “js”/);
    expect(stderr).toMatch(/发改委-钥匙\.txt: it is a symbolic link leading outside the folder being imported/);
    expect(stderr).toMatch(/notes: it is a symbolic link leading outside/);
    expect(stderr).toMatch(/发改委-管道\.txt: it is not a regular file/);
    expect(stdout + stderr).not.toContain('TOP-SECRET');
    expect(existsSync(canary)).toBe(false);
    const validate = await cli(['validate', '--json'], { cwd: root });
    expect(JSON.parse(validate.stdout).errors).toEqual([]);
  });
});
