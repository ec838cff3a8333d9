/** Reading workspace files: size limit, encodings, binary and empty files, links, paths. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InfoError } from '../../src/core/errors.js';
import { readConfig } from '../../src/core/config.js';
import { decode, MAX_BYTES, readText, readTextStamped } from '../../src/store/files.js';
import { loadWorkspace, type FileRecord } from '../../src/store/load.js';
import { resolveRef } from '../../src/store/ref.js';
import { isInside, listMarkdown } from '../../src/store/scan.js';
import { loadConfig } from '../../src/store/workspace.js';
import { aliasBomb } from './hostile.js';
import { itemText, testdir, workspace } from '../helpers.js';

const detail = (bytes: Uint8Array) => decode(Buffer.from(bytes)).problem?.params.detail;

describe('reading one file', () => {
  it('refuses a file over 5 MiB without reading it', () => {
    const dir = testdir({ 'big.md': Buffer.alloc(MAX_BYTES + 1, 0x61), 'limit.md': Buffer.alloc(MAX_BYTES, 0x61) });
    expect(readText(join(dir, 'big.md')).problem).toMatchObject({
      rule: 'file-too-large',
      params: { size: MAX_BYTES + 1, max: MAX_BYTES },
    });
    expect(readText(join(dir, 'limit.md')).text).toHaveLength(MAX_BYTES);
  });

  it('reads only regular files: a named pipe or a folder is a problem, not a read that never ends', () => {
    const dir = testdir({ 'sub/x.md': 'x' });
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    expect(readText(join(dir, 'pipe.md')).problem).toMatchObject({
      rule: 'file-unreadable',
      params: { code: 'not a regular file' },
    });
    expect(readText(join(dir, 'sub')).problem).toMatchObject({ rule: 'file-unreadable', params: { code: 'EISDIR' } });
    // The load's reader opens first (one descriptor for stats and text): it must not wait on the pipe.
    expect(readTextStamped(join(dir, 'pipe.md')).read.problem).toMatchObject({ rule: 'file-unreadable' });
  });

  it('names GBK/GB18030 text as such', () => {
    const gbk = Buffer.from([...Buffer.from('---\ntitle: '), 0xba, 0xa3, 0xc3, 0xc5, 0xca, 0xd0, 0x0a]);
    expect(decode(gbk).problem).toMatchObject({ rule: 'encoding', params: { detail: 'gb18030' } });
  });

  it('names UTF-16 ("Unicode" from Word or Notepad), with or without a BOM', () => {
    expect(detail(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\ntitle: 标题\n', 'utf16le')]))).toBe(
      'utf16',
    );
    expect(detail(Buffer.from('---\ntitle: t\n', 'utf16le'))).toBe('utf16');
    expect(detail(Buffer.from('---\ntitle: t\n', 'utf16le').swap16())).toBe('utf16');
  });

  it('tells other non-UTF-8 text from binary data', () => {
    expect(detail(Buffer.from('caf\xe9\n', 'latin1'))).toBe('unknown');
    expect(detail(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe('binary');
    expect(decode(Buffer.from('---\ntitle: a\n---\n\0')).problem).toMatchObject({
      params: { detail: 'binary' },
      line: 4,
    });
  });

  it('accepts a UTF-8 BOM and drops it; reports an empty file (or a lone BOM) as empty', () => {
    expect(decode(Buffer.from('\uFEFF---\ntitle: 标题\n')).text).toBe('---\ntitle: 标题\n');
    expect(detail(Buffer.from(''))).toBe('empty');
    expect(detail(Buffer.from('\uFEFF'))).toBe('empty');
  });
});

describe('listing files', () => {
  it('skips links that leave the workspace, and follows those that stay in their folder', () => {
    const outside = testdir({ 'secret.md': 'secret', 'dir/also.md': 'secret' });
    const root = workspace({ 'items/a.md': itemText(), 'items/sub/b.md': itemText(), 'topics/t.md': 'x' });
    symlinkSync(join(outside, 'secret.md'), join(root, 'items/secret.md'));
    symlinkSync(join(outside, 'dir'), join(root, 'items/dir'));
    symlinkSync('/', join(root, 'items/slash'));
    symlinkSync('sub', join(root, 'items/inside'));
    symlinkSync('sub/b.md', join(root, 'items/b-link.md'));
    const { files, skipped } = listMarkdown(root, ['items']);
    // `inside` and `sub` are one folder: it is listed once, under whichever name came first.
    const viaFolder = /^items\/(inside|sub)\/b\.md$/;
    expect(files.filter((f) => !viaFolder.test(f))).toEqual(['items/a.md', 'items/b-link.md']);
    expect(files.filter((f) => viaFolder.test(f))).toHaveLength(1);
    expect(skipped.sort()).toEqual(['items/dir', 'items/secret.md', 'items/slash']);
  });

  it('does not let a link in items/ read topics/ or templates/ as items', () => {
    const root = workspace({ 'items/a.md': itemText(), 'topics/t.md': 'x', 'templates/items/default.md': 'x' });
    symlinkSync('..', join(root, 'items/up'));
    const { files, skipped } = listMarkdown(root, ['items', 'topics']);
    expect(files).toEqual(['items/a.md', 'topics/t.md']);
    expect(skipped).toEqual(['items/up']);
  });

  it('refuses an items/ folder that is itself a link out of the workspace', () => {
    const outside = testdir({ 'x.md': 'secret' });
    const root = workspace({ 'topics/t.md': 'x' });
    symlinkSync(outside, join(root, 'items'));
    expect(listMarkdown(root, ['items', 'topics'])).toEqual({
      files: ['topics/t.md'],
      skipped: ['items'],
      folders: null,
    });
  });

  it('ends on links in circles', () => {
    const root = workspace({ 'items/a/x.md': itemText() });
    symlinkSync('..', join(root, 'items/a/up'));
    symlinkSync('.', join(root, 'items/self'));
    symlinkSync('loop2', join(root, 'items/loop1'));
    symlinkSync('loop1', join(root, 'items/loop2'));
    const { files, skipped } = listMarkdown(root, ['items']);
    expect(files).toEqual(['items/a/x.md']);
    expect(skipped.sort()).toEqual(['items/loop1', 'items/loop2']);
  });

  it('never opens a named pipe, even through a link inside the workspace', () => {
    const root = workspace({ 'items/a.md': itemText() });
    mkdirSync(join(root, 'items/sub'), { recursive: true });
    execFileSync('mkfifo', [join(root, 'items/sub/fifo.md')]);
    symlinkSync('sub/fifo.md', join(root, 'items/pipe.md'));
    expect(listMarkdown(root, ['items']).files).toEqual(['items/a.md']);
  });

  it('treats a name starting with two dots as inside', () => {
    expect(isInside('/w', '/w/..notes.md')).toBe(true);
    expect(isInside('/w', '/w/../x')).toBe(false);
    expect(isInside('/w', '/w')).toBe(true);
    expect(isInside('/w', '/other')).toBe(false);
  });
});

describe('references', () => {
  const root = workspace({ 'items/a.md': itemText(), 'items/broken.md': '---\ntitle: [x\n---\n' });
  const outside = testdir({ 'x.md': itemText({ id: '20261103-out1' }) });
  symlinkSync(join(outside, 'x.md'), join(root, 'items/link.md'));
  const files: FileRecord[] = loadWorkspace({ root, config: readConfig({}).config }).files;
  const refuse = (ref: string, cwd = root) => {
    try {
      resolveRef(files, ref, root, cwd);
    } catch (error) {
      return (error as InfoError).code;
    }
    return 'resolved';
  };

  it('refuse paths that climb out of the workspace', () => {
    expect(refuse('../../etc/passwd')).toBe('path-outside');
    expect(refuse('/etc/passwd')).toBe('path-outside');
    expect(refuse('items/../../x.md')).toBe('path-outside');
    expect(refuse(join(outside, 'x.md'))).toBe('path-outside');
    expect(refuse('../x.md', join(root, 'items'))).toBe('unknown-item');
  });

  it('refuse a link inside that leads outside', () => {
    expect(refuse('items/link.md')).toBe('path-outside');
  });

  it('are only ever ids, prefixes or paths: an id that looks like a path is not opened', () => {
    expect(refuse('..')).toBe('unknown-item');
    expect(refuse('20261103')).toBe('resolved');
  });

  it('resolve a path to a file that is not a readable item to that file, problems and all', () => {
    const file = resolveRef(files, 'items/broken.md', root, root);
    expect(file.item).toBeNull();
    expect(file.problems[0]).toMatchObject({ rule: 'yaml-syntax' });
  });
});

describe('values used as paths', () => {
  it('a topic or id that looks like a path is a malformed value, never opened', () => {
    const root = workspace({ 'items/a.md': itemText({ extra: 'topic: ../../etc/passwd' }) });
    writeFileSync(join(root, 'passwd.md'), itemText({ id: '20261101-pass' }));
    const file = loadWorkspace({ root, config: readConfig({}).config }).files[0]!;
    expect(file.problems.map((p) => p.rule).sort()).toEqual(['field-format', 'topic-unknown']);
  });
});

describe('the config of a shared workspace', () => {
  it('is read with the same bounds as front matter: an alias bomb is refused, not walked', () => {
    const root = workspace({}, `${aliasBomb(6)}\noffice: *a6\n`);
    expect(loadConfig(root).problems).toEqual([
      expect.objectContaining({ rule: 'yaml-syntax', line: 1, params: { detail: 'too-large' } }),
    ]);
  });

  it('is refused when nested past the bound, with the place', () => {
    const root = workspace({}, `office: x\nbulletin: ${'['.repeat(100_000)}\n`);
    expect(loadConfig(root).problems).toEqual([expect.objectContaining({ line: 2, params: { detail: 'too-deep' } })]);
  });
});

describe('a cache that came with the workspace', () => {
  it('is never trusted: entries are tied to this machine’s files (inode, ctime), so a copied cache is read afresh', async () => {
    const { cpSync, utimesSync, readdirSync } = await import('node:fs');
    const a = workspace({ 'items/a.md': itemText(), 'items/b.md': itemText({ id: '20261103-bbb1', title: '另一条' }) });
    const config = readConfig({}).config;
    // Stamps newer than the file system's clock tick are not trusted yet: let them age.
    await new Promise((done) => setTimeout(done, 100));
    loadWorkspace({ root: a, config });
    expect(loadWorkspace({ root: a, config }).reused).toBe(2);
    const b = testdir();
    cpSync(a, b, { recursive: true, preserveTimestamps: true });
    for (const name of readdirSync(join(b, 'items')))
      utimesSync(
        join(b, 'items', name),
        statSync(join(a, 'items', name)).atime,
        statSync(join(a, 'items', name)).mtime,
      );
    expect(existsSync(join(b, '.info/cache/files'))).toBe(true);
    expect(loadWorkspace({ root: b, config }).reused).toBe(0);
  });
});
