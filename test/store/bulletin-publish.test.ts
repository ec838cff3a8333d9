import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimIssue, publishItem, type Claim } from '../../src/store/bulletin-publish.js';
import { listIssueFiles, numberingLock, readIssueRecords } from '../../src/store/bulletins.js';
import { lockPath } from '../../src/store/lock.js';
import { itemText, testdir } from '../helpers.js';

const KEY = 'zheng-wu-xin-xi';
const ref = { year: 2026, number: 3, supplement: false };
const meta = { at: '2026-12-01T10:00:00+08:00', by: '王编辑' };

function claim(root: string, over: Partial<Claim> = {}): Claim {
  return {
    key: KEY,
    numbering: 'yearly',
    ref,
    itemIds: ['20261103-aaa1'],
    known: [{ year: 2026, number: 2, supplement: false }],
    seen: new Set(),
    files: [
      {
        abs: join(root, `bulletins/2026/${KEY}-2026-03.md`),
        shown: `bulletins/2026/${KEY}-2026-03.md`,
        content: '---\nitems: [20261103-aaa1]\n---\n',
      },
      { abs: join(root, `out/${KEY}-2026-03.html`), shown: `out/${KEY}-2026-03.html`, content: '<html></html>' },
    ],
    ...over,
  };
}

describe('claimIssue', () => {
  it('writes the record and the other files when the number is still the next one', () => {
    const root = testdir();
    expect(claimIssue(root, claim(root))).toBe(true);
    expect(readIssueRecords(root, KEY)).toEqual([expect.objectContaining({ number: 3, items: ['20261103-aaa1'] })]);
    expect(existsSync(join(root, `out/${KEY}-2026-03.html`))).toBe(true);
  });

  it('gives up the number when another run wrote it, or a later one, meanwhile', () => {
    const root = testdir({ [`bulletins/2026/${KEY}-2026-03.docx`]: 'x' });
    expect(claimIssue(root, claim(root))).toBe(false);
    expect(existsSync(join(root, `bulletins/2026/${KEY}-2026-03.md`))).toBe(false);
  });

  it('gives up when a new issue file lists one of its items', () => {
    const root = testdir({ [`bulletins/2026/${KEY}-2026-s01.md`]: '---\nitems: [20261103-aaa1]\n---\n' });
    expect(claimIssue(root, claim(root))).toBe(false);
    expect(claimIssue(root, claim(root, { seen: new Set([`bulletins/2026/${KEY}-2026-s01.md`]) }))).toBe(true);
  });

  it('refuses to replace a file of the same name in --out, before writing anything', () => {
    const root = testdir({ [`out/${KEY}-2026-03.html`]: 'someone else’s' });
    expect(() => claimIssue(root, claim(root))).toThrow(expect.objectContaining({ code: 'issue-file-exists' }));
    expect(listIssueFiles(root, KEY)).toEqual([]);
    expect(readFileSync(join(root, `out/${KEY}-2026-03.html`), 'utf8')).toBe('someone else’s');
  });

  it('takes over the lock a crashed run left', () => {
    const root = testdir();
    const path = lockPath(root, numberingLock(KEY, 2026));
    mkdirSync(join(root, '.info', 'locks'), { recursive: true });
    writeFileSync(path, JSON.stringify({ pid: 999_999_999, host: hostname(), nonce: 'gone' }));
    const then = (Date.now() - 5 * 60_000) / 1000;
    utimesSync(path, then, then);
    expect(claimIssue(root, claim(root))).toBe(true);
    expect(existsSync(path)).toBe(false);
  });
});

describe('publishItem', () => {
  const history = [
    '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted}',
    '{at: 2026-11-04T10:00:00+08:00, by: 王主任, from: submitted, to: approved}',
  ];
  const path = 'items/2026/11/20261103-aaa1.md';

  it('moves an approved item and adds the ref, keeping a BOM, CRLF and comments byte for byte', () => {
    const text =
      `\uFEFF${itemText({ id: '20261103-aaa1', status: 'approved', history, extra: 'bulletins: []  # refs of issues' })}`.replaceAll(
        '\n',
        '\r\n',
      );
    const root = testdir({ [path]: text });
    expect(publishItem(root, path, '20261103-aaa1', '2026-03', meta)).toEqual({ state: 'moved', from: 'approved' });
    const after = readFileSync(join(root, path), 'utf8');
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(
      after
        .replace('status: published', 'status: approved')
        .replace('\r\n  - {at: 2026-12-01T10:00:00+08:00, by: 王编辑, from: approved, to: published}', '')
        .replace('bulletins: [2026-03]', 'bulletins: []'),
    ).toBe(text);
    expect(after).toContain('bulletins: [2026-03]  # refs of issues\r\n');
  });

  it('leaves alone an item that already carries the ref, and names the status of one that moved on', () => {
    const root = testdir({
      [path]: itemText({
        id: '20261103-aaa1',
        status: 'published',
        history: [...history, '{at: 2026-12-01T10:00:00+08:00, by: 甲, from: approved, to: published}'],
        extra: 'bulletins: [2026-03]',
      }),
      'items/b.md': itemText({
        id: '20261103-bbb2',
        status: 'returned',
        history: [...history, '{at: 2026-11-05T10:00:00+08:00, by: 王, from: approved, to: returned, note: 核实}'],
      }),
    });
    const before = readFileSync(join(root, path), 'utf8');
    expect(publishItem(root, path, '20261103-aaa1', '2026-03', meta)).toEqual({ state: 'done', from: 'published' });
    expect(readFileSync(join(root, path), 'utf8')).toBe(before);
    expect(publishItem(root, 'items/b.md', '20261103-bbb2', '2026-03', meta)).toEqual({
      state: 'blocked',
      status: 'returned',
    });
  });

  it('reports an item whose file is gone or now holds another item', () => {
    const root = testdir({ 'items/b.md': itemText({ id: '20261103-bbb2', status: 'approved', history }) });
    expect(publishItem(root, path, '20261103-aaa1', '2026-03', meta)).toEqual({ state: 'missing' });
    expect(publishItem(root, 'items/b.md', '20261103-aaa1', '2026-03', meta)).toEqual({ state: 'missing' });
  });
});
