import { chmodSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, itemText, spawnCli, testdir, workspace } from '../helpers.js';

function itemFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${dir}/${e.name}`);
      else out.push(`${dir}/${e.name}`);
    }
  };
  if (existsSync(join(root, 'items'))) walk('items');
  return out;
}

describe('info init', () => {
  it('creates config, templates, folders and .gitignore, then refuses to run again', async () => {
    const dir = testdir();
    const first = await cli(['init', dir, '--office', '海门市人民政府办公室', '--bulletin', '政务信息']);
    expect(first.code).toBe(0);
    for (const path of [
      'info.config.yaml',
      'templates/items/key.md',
      'templates/items/default.md',
      'items',
      'topics',
      'bulletins',
      '.gitignore',
    ]) {
      expect(existsSync(join(dir, path)), path).toBe(true);
    }
    expect(readFileSync(join(dir, 'info.config.yaml'), 'utf8')).toContain('office: 海门市人民政府办公室');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('.info/');
    const before = readFileSync(join(dir, 'info.config.yaml'), 'utf8');
    const second = await cli(['init', dir, '--office', 'Other']);
    expect(second.code).toBe(1);
    expect(readFileSync(join(dir, 'info.config.yaml'), 'utf8')).toBe(before);
  });

  it('quotes an office name that YAML would misread', async () => {
    const dir = testdir();
    expect((await cli(['init', dir, '--office', 'yes: # no'])).code).toBe(0);
    const validate = await cli(['validate', '--dir', dir]);
    expect(validate.code).toBe(0);
  });
});

describe('workspace discovery', () => {
  it('finds the workspace above the current folder', async () => {
    const root = workspace({ 'items/2026/11/a.md': itemText() });
    const result = await cli(['list', '--json'], { cwd: join(root, 'items', '2026') });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
  });

  it('exits 1 naming info init when there is no workspace', async () => {
    const result = await cli(['list'], { cwd: testdir() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('info init');
  });
});

describe('info new', () => {
  it('writes an item from flags, with Chinese labels accepted and keys stored', async () => {
    const root = workspace();
    const result = await cli(
      [
        'new',
        '--title',
        '春节后海门市项目早开工',
        '--category',
        '重点',
        '--source',
        '会议',
        '--department',
        '发改委',
        '--author',
        '张三',
        '--json',
      ],
      {
        cwd: root,
        env: { INFO_NOW: '2026-11-03T01:12:00Z' },
      },
    );
    expect(result.code).toBe(0);
    const item = JSON.parse(result.stdout);
    expect(item).toMatchObject({
      title: '春节后海门市项目早开工',
      category: 'key',
      source: 'meeting',
      status: 'draft',
      departments: ['发改委'],
      authors: ['张三'],
      created: '2026-11-03',
    });
    expect(item.id).toMatch(/^20261103-[0-9a-hjkmnp-tv-z]{4}$/);
    expect(item.path).toBe(`items/2026/11/${item.id}-chun-jie-hou-hai-men-shi-xiang-mu-zao-kai-gong.md`);
    expect(item.history).toEqual([{ at: '2026-11-03T09:12:00+08:00', by: 'tester', to: 'draft' }]);
    const text = readFileSync(join(root, item.path), 'utf8');
    expect(text).toContain('category: key');
    expect((await cli(['validate', '--dir', root])).code).toBe(0);
  });

  it('exits 2 naming the missing flags when there is no terminal', async () => {
    const root = workspace();
    const result = await cli(['new', '--title', 'x'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--category');
    expect(result.stderr).toContain('--source');
    expect(itemFiles(root)).toEqual([]);
  });

  it('exits 2 on a bad enumerated value and lists the allowed ones', async () => {
    const root = workspace();
    const result = await cli(
      ['new', '--title', 'x', '--category', 'urgent', '--source', 'meeting', '--department', '发改委'],
      { cwd: root },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('highlight');
  });

  it('--dry-run prints the file and writes nothing', async () => {
    const root = workspace();
    const result = await cli(
      [
        'new',
        '--title',
        '试运行',
        '--category',
        'hot',
        '--source',
        'grassroots',
        '--department',
        '临江镇',
        '--body',
        '正文内容。',
        '--dry-run',
      ],
      { cwd: root },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^---\nid: \d{8}-\w{4}\ntitle: 试运行/);
    expect(result.stdout).toContain('正文内容。');
    expect(itemFiles(root)).toEqual([]);
  });

  it('--date back-fills created, the id and the first history entry; --status submitted starts submitted', async () => {
    const root = workspace();
    const result = await cli(
      [
        'new',
        '--title',
        '补录',
        '--category',
        'key',
        '--source',
        'document',
        '--department',
        '财政局',
        '--date',
        '2026-10-31',
        '--status',
        '待审',
        '--json',
      ],
      {
        cwd: root,
        env: { INFO_NOW: '2026-11-03T01:12:00Z' },
      },
    );
    const item = JSON.parse(result.stdout);
    expect(item.created).toBe('2026-10-31');
    expect(item.id.startsWith('20261031-')).toBe(true);
    expect(item.status).toBe('submitted');
    expect(item.history).toEqual([{ at: '2026-10-31T09:12:00+08:00', by: 'tester', to: 'submitted' }]);
    expect(item.path.startsWith('items/2026/10/')).toBe(true);
  });

  it('reads the body from standard input with --body-file -', async () => {
    const root = workspace();
    // Descriptor 0 is the process's own: a process of its own is given the input.
    const result = await spawnCli(
      [
        'new',
        '--title',
        '标准输入',
        '--category',
        'key',
        '--source',
        'document',
        '--department',
        '财政局',
        '--body-file',
        '-',
        '--json',
      ],
      { cwd: root, input: '来自标准输入的正文。\n' },
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(root, JSON.parse(result.stdout).path), 'utf8')).toContain('来自标准输入的正文。');
  });

  it('takes the department of a configured writer when none is given', async () => {
    const root = workspace();
    const result = await cli(
      ['new', '--title', '财政', '--category', 'key', '--source', 'document', '--author', '李四', '--json'],
      { cwd: root },
    );
    expect(JSON.parse(result.stdout).departments).toEqual(['财政局']);
  });
});

describe('info list and show', () => {
  const files = {
    'items/2026/10/a.md': itemText({
      id: '20261030-aaaa',
      created: '2026-10-30',
      title: '十月条目',
      status: 'submitted',
    }),
    'items/2026/11/b.md': itemText({
      id: '20261103-bbbb',
      title: '十一月条目',
      category: 'hot',
      department: '[发改委, 财政局]',
    }),
    'items/2026/11/c.md': itemText({ id: '20261104-bbbc', created: '2026-11-04', title: '第三条', source: 'research' }),
  };

  it('filters by status label, month, department and category', async () => {
    const root = workspace(files);
    const ids = async (...args: string[]) =>
      (JSON.parse((await cli(['list', '--json', ...args], { cwd: root })).stdout) as { id: string }[]).map((i) => i.id);
    expect(await ids('--status', '待审')).toEqual(['20261030-aaaa']);
    expect(await ids('--month', '2026-11')).toEqual(['20261103-bbbb', '20261104-bbbc']);
    expect(await ids('--department', '财政局')).toEqual(['20261103-bbbb']);
    expect(await ids('--category', '热点')).toEqual(['20261103-bbbb']);
    expect(await ids('--sort', '-created', '--limit', '1')).toEqual(['20261104-bbbc']);
    expect(await ids('--search', '第三')).toEqual(['20261104-bbbc']);
  });

  it('lines up columns with Chinese text', async () => {
    const root = workspace(files);
    const lines = (await cli(['list'], { cwd: root })).stdout.trimEnd().split('\n');
    const { displayWidth: stringWidth } = await import('../../src/core/width.js');
    const titleColumn = (line: string, title: string) => stringWidth(line.slice(0, line.indexOf(title)));
    expect(titleColumn(lines[1]!, '十月条目')).toBe(titleColumn(lines[2]!, '十一月条目'));
  });

  it('exits 2 on a bad month or limit', async () => {
    const root = workspace(files);
    expect((await cli(['list', '--month', '2026-13'], { cwd: root })).code).toBe(2);
    expect((await cli(['list', '--limit', '0'], { cwd: root })).code).toBe(2);
  });

  it('shows an item by id, by prefix and by path, and refuses paths outside', async () => {
    const root = workspace(files);
    expect(JSON.parse((await cli(['show', '20261030-aaaa', '--json'], { cwd: root })).stdout).title).toBe('十月条目');
    expect(JSON.parse((await cli(['show', '20261030', '--json'], { cwd: root })).stdout).title).toBe('十月条目');
    expect(JSON.parse((await cli(['show', 'items/2026/11/b.md', '--json'], { cwd: root })).stdout).departments).toEqual(
      ['发改委', '财政局'],
    );
    const ambiguous = await cli(['show', '2026110'], { cwd: root });
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('20261103-bbbb');
    expect((await cli(['show', '../../etc/passwd'], { cwd: root })).code).toBe(1);
    expect((await cli(['show', 'nope'], { cwd: root })).code).toBe(1);
  });
});

describe('conventions', () => {
  it('speaks Chinese with --lang zh-CN and English with --lang en', async () => {
    const dir = testdir();
    expect((await cli(['list', '--lang', 'zh-CN'], { cwd: dir })).stderr).toContain('info init');
    expect((await cli(['list', '--lang', 'zh-CN'], { cwd: dir })).stderr).toContain('工作区');
    expect((await cli(['list', '--lang', 'en'], { cwd: dir })).stderr).toContain('workspace');
  });

  it('takes the language from LANG when neither flag nor config says', async () => {
    const dir = testdir();
    expect((await cli(['list'], { cwd: dir, env: { LANG: 'zh_CN.UTF-8' } })).stderr).toContain('工作区');
  });

  it('exits 2 on an unknown flag and on a bad --lang', async () => {
    // The exit code as a shell sees it, from a process of its own.
    expect((await spawnCli(['list', '--bogus'])).code).toBe(2);
    expect((await spawnCli(['list', '--lang', 'fr'])).code).toBe(2);
  });

  it('keeps stdout to exactly one JSON document with --json, warnings on stderr', async () => {
    const root = workspace({ 'items/a.md': itemText(), 'items/broken.md': '---\ntitle: [\n---\n' });
    const result = await cli(['list', '--json'], { cwd: root });
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    expect(result.stderr).toContain('1 file with errors left out');
  });

  it('prints --version and --help without a workspace', async () => {
    // bin/info.js answers --version without loading the program.
    const version = await spawnCli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await cli(['--help', '--lang', 'zh-CN']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('命令：');
    expect(help.stdout).toContain('info [选项] [命令]');
    expect(help.stdout).not.toMatch(/\[options\]|\[command\]/);
    const english = await cli(['list', '--help', '--lang', 'en']);
    expect(english.stdout).toContain('Usage: info list [options]');
  });
});

describe('info new --edit', () => {
  it('opens $EDITOR on the new file without a shell, then reports its problems', async () => {
    const root = workspace({
      'editor.mjs':
        "import { appendFileSync } from 'node:fs';\nappendFileSync(process.argv[2], 'Edited line, with an ASCII comma，在中文里.\\n');\n",
    });
    const editor = `${process.execPath} ${join(root, 'editor.mjs')}`;
    const result = await cli(
      [
        'new',
        '--title',
        '编辑 $(touch pwned)',
        '--category',
        'key',
        '--source',
        'meeting',
        '--department',
        '发改委',
        '--body',
        '原文。\n',
        '--edit',
        '--json',
      ],
      {
        cwd: root,
        env: { EDITOR: editor, VISUAL: '' },
      },
    );
    expect(result.code).toBe(0);
    const item = JSON.parse(result.stdout);
    expect(readFileSync(join(root, item.path), 'utf8')).toContain('原文。\nEdited line');
    expect(existsSync(join(root, 'pwned'))).toBe(false);
  });

  it('says the item is saved when the editor cannot start', async () => {
    const root = workspace();
    const result = await cli(
      ['new', '--title', 't', '--category', 'key', '--source', 'meeting', '--department', '发改委', '--edit'],
      {
        cwd: root,
        env: { EDITOR: 'no-such-editor-xyz' },
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no-such-editor-xyz');
    expect(itemFiles(root)).toHaveLength(1);
    expect(result.stderr).toContain(`the item is saved: ${itemFiles(root)[0]}`);
  });
});

describe('info new --edit without a terminal', () => {
  it('does not start the default editor (it would draw on the pipe), and says the item is saved', async () => {
    const root = workspace();
    // A stand-in for vi first on PATH (the PATH of a process of its own): it leaves a mark if it is ever started.
    const bin = testdir({ vi: `#!/bin/sh\ntouch ${join(root, 'vi-ran')}\n` });
    chmodSync(join(bin, 'vi'), 0o755);
    const result = await spawnCli(
      ['new', '--title', 't', '--category', 'key', '--source', 'meeting', '--department', '发改委', '--edit'],
      {
        cwd: root,
        env: { EDITOR: '', VISUAL: '', PATH: `${bin}:${process.env.PATH}` },
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not in a terminal');
    expect(existsSync(join(root, 'vi-ran'))).toBe(false);
    expect(itemFiles(root)).toHaveLength(1);
    // Where it was saved, as the user reads it.
    expect(result.stderr).toContain(`the item is saved: ${itemFiles(root)[0]}`);
  });
});

describe('a reader that stops early', () => {
  it('ends quietly when stdout is closed (info list | head)', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../helpers.js');
    const root = workspace(
      Object.fromEntries(
        Array.from({ length: 300 }, (_, i) => [
          `items/${i}.md`,
          itemText({ id: `20261103-${String(i).padStart(4, '0')}` }),
        ]),
      ),
    );
    const child = spawn(process.execPath, [BIN, 'list'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
