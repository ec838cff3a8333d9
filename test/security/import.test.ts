/**
 * `info import` reads folders received from departments: a link in such a folder must not
 * reach beyond it (a received archive linking to ~/.ssh would be imported and shared), and
 * a named pipe must not hang the run. Front matter in an imported Markdown file never runs.
 * A Word file that inflates to a gigabyte is refused before it takes the memory.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, spawnCli, testdir, workspace } from '../helpers.js';
import { BESIDE_BYTES, docxBomb } from './docx-bomb.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'import');
const BOMB = 900 * 1024 * 1024;

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
    const { code, stdout, stderr } = await spawnCli(['import', inbox, '--json'], {
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

describe('info import of a zip bomb', () => {
  it('refuses a Word file that inflates to 900 MiB, declared or not, in little memory, and imports the rest', async () => {
    const inbox = testdir({
      '财政局-炸弹.docx': docxBomb(BOMB),
      '财政局-谎报.docx': docxBomb(BOMB, 4149),
      '财政局-设施农业.docx': readFileSync(join(FIXTURES, '财政局-设施农业.docx')),
      '发改委-项目早开工.txt': readFileSync(join(FIXTURES, '发改委-项目早开工.txt')),
    });
    expect(readFileSync(join(inbox, '财政局-炸弹.docx')).length).toBeLessThan(1024 * 1024);
    const rss = join(testdir(), 'max-rss');
    const root = workspace();
    const { code, stdout, stderr } = await spawnCli(['import', inbox, '--json'], {
      cwd: root,
      env: {
        NODE_OPTIONS: `--require ${JSON.stringify(join(ROOT, 'test', 'security', 'max-rss.cjs'))}`,
        MAX_RSS_FILE: rss,
      },
    });
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { title: string }[]).map((i) => i.title).sort()).toEqual(
      ['我市设施农业补贴资金全部拨付到位', '春节后我市重点项目集中开工'].sort(),
    );
    expect(stderr).toContain(
      `财政局-炸弹.docx: its parts inflate to ${BOMB + BESIDE_BYTES} bytes, over the limit of 52428800 for a Word file (a zip bomb`,
    );
    expect(stderr).toContain(
      '财政局-谎报.docx: its part word/document.xml says it holds 4149 bytes but inflates to more, so reading stopped',
    );
    expect(stderr).toContain('Files: 4 — imported 2, skipped 0, failed 2');
    // The process's peak resident memory in KiB, its worker thread included: a process of its own.
    expect(Number(readFileSync(rss, 'utf8'))).toBeLessThan(256 * 1024);

    const bombs = [join(inbox, '财政局-炸弹.docx'), join(inbox, '财政局-谎报.docx')];
    const zh = await cli(['--lang', 'zh-CN', 'import', ...bombs, '--dry-run'], { cwd: root });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(
      `财政局-炸弹.docx：解压后共 ${BOMB + BESIDE_BYTES} 字节，超过 Word 文件的上限 52428800 字节`,
    );
    expect(zh.stderr).toContain('财政局-谎报.docx：其中的 word/document.xml 标明 4149 字节，解压后却超出这个大小');
  });
});
