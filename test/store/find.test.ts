import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ItemFinder } from '../../src/store/find.js';
import { itemNames, NAMES_FILE, NAMES_STATE, type Names } from '../../src/store/names.js';
import { loadWorkspace, type FileRecord } from '../../src/store/load.js';
import { resolveRef } from '../../src/store/ref.js';
import { openWorkspace } from '../../src/store/workspace.js';
import { itemText, testdir, workspace } from '../helpers.js';

const TOPIC = '---\nid: 20261101-tp01\ntitle: 约稿\ndepartments: [发改委]\ndue: 2026-12-01\ncreated: 2026-11-01\n---\n';

/**
 * Items of every kind the findings across files concern, some named by hand. Their titles
 * differ: a title repeated in a month is found by the commands that read every item.
 */
function mixed(): string {
  return workspace({
    'topics/t.md': TOPIC,
    'items/2026/11/20261103-aaaa-one.md': itemText({ id: '20261103-aaaa', title: '一', extra: 'topic: 20261101-tp01' }),
    'items/2026/11/20261103-aaab-two.md': itemText({ id: '20261103-aaab', title: '二', extra: 'topic: 20261101-zzzz' }),
    'items/2026/11/20261103-aaac-three.md': itemText({
      id: '20261103-aaac',
      title: '三',
      extra: 'merged: [20261103-aaaa, 20261103-zzzz]',
    }),
    'items/2026/11/20261104-bbbb-broken.md': '---\nid: 20261104-bbbb\ntitle: [\n---\n',
    'items/2026/11/20261105-cccc-dup.md': itemText({ id: '20261105-cccc', title: '重复' }),
    'items/2026/10/20261105-cccc-dup.md': itemText({ id: '20261105-cccc', title: '重复' }),
    'items/misc/hand-named.md': itemText({ id: '20261106-dddd', title: '手起的名' }),
    'items/2026/11/20261107-eeee-other.md': itemText({ id: '20261107-ffff', title: '名不副实' }),
  });
}

/** What a command shows of a record: path, item and problems. */
const view = (f: FileRecord) => ({ path: f.path, item: f.item, problems: f.problems });

async function both(root: string, ref: string) {
  const ws = openWorkspace(root, root);
  let loads = 0;
  const everything = async () => {
    loads++;
    return loadWorkspace(ws, { cache: false }).files;
  };
  const outcome = async (get: () => Promise<FileRecord> | FileRecord) => {
    try {
      return { found: view(await get()) };
    } catch (error) {
      return { error: (error as Error & { code?: string }).code ?? String(error) };
    }
  };
  const byName = await outcome(() => new ItemFinder(ws, { cache: true, everything }).find(ref, root));
  const whole = await outcome(() => resolveRef(loadWorkspace(ws, { cache: false }).files, ref, root, root));
  return { byName, whole, loads };
}

describe('finding one item by its file name', () => {
  it('finds what the whole load finds, with the same problems, reading the whole workspace only when the name cannot tell', async () => {
    const root = mixed();
    const cases: [string, number][] = [
      ['20261103-aaaa', 0],
      ['20261103-aaab', 0], // its topic does not exist
      ['20261103-aaac', 1], // names an id no file is named for: only the whole load can tell
      ['20261103-aaa', 0], // a prefix of three ids: ambiguous
      ['20261104-bbbb', 1], // the broken file has no id to match: not found by name
      ['20261105-cccc', 0], // two copies: refused (duplicate-ref)
      ['items/2026/11/20261105-cccc-dup.md', 0], // by path: the copy is found as a duplicate
      ['items/2026/11/20261104-bbbb-broken.md', 0],
      ['20261106-dddd', 0], // a name without an id is read to see
      ['20261107-ffff', 1], // named for another id
      ['20261107-eeee', 1],
      ['nothing-like-it', 1],
    ];
    for (const [ref, loads] of cases) {
      const { byName, whole, loads: loaded } = await both(root, ref);
      expect({ ref, ...byName }).toEqual({ ref, ...whole });
      expect({ ref, loads: loaded }).toEqual({ ref, loads });
    }
  });

  it('lists the names once and keeps them while no folder changes; a file moved or copied by hand is seen', () => {
    const root = mixed();
    const first = itemNames(root);
    expect(first.startingWith('20261105-cccc')).toEqual([
      'items/2026/10/20261105-cccc-dup.md',
      'items/2026/11/20261105-cccc-dup.md',
    ]);
    expect(first.odd).toEqual(['items/misc/hand-named.md']);
    // A folder whose name starts so is not a file.
    expect(first.startingWith('misc')).toEqual([]);
    // A cache of names that is not one, or is damaged, is listed anew.
    const state = JSON.parse(readFileSync(join(root, NAMES_STATE), 'utf8')) as Record<string, unknown>;
    const damaged: [string, string][] = [
      [NAMES_STATE, 'something else\n'],
      [NAMES_STATE, JSON.stringify({ ...state, folders: [[1, 2]] })],
      [NAMES_STATE, JSON.stringify({ ...state, odd: [1] })],
      [NAMES_STATE, JSON.stringify({ ...state, recent: { 'items/2026': 'items/x.md' } })],
      [NAMES_FILE, 'infodesk names 3\n20261105-cccc-dup.md\titems/2026/10'], // cut short
    ];
    for (const [file, text] of damaged) {
      writeFileSync(join(root, file), text);
      expect(itemNames(root).odd).toEqual(['items/misc/hand-named.md']);
      expect(itemNames(root).startingWith('20261105-cccc')).toHaveLength(2);
    }
    mkdirSync(join(root, 'items/2025'));
    renameSync(join(root, 'items/misc/hand-named.md'), join(root, 'items/2025/20261106-dddd.md'));
    copyFileSync(
      join(root, 'items/2026/11/20261103-aaaa-one.md'),
      join(root, 'items/2026/11/20261103-aaaa-one copy.md'),
    );
    const after = itemNames(root);
    expect(after.odd).toEqual([]);
    expect(after.startingWith('20261106-dddd')).toEqual(['items/2025/20261106-dddd.md']);
    expect(after.startingWith('20261103-aaaa')).toEqual([
      'items/2026/11/20261103-aaaa-one copy.md',
      'items/2026/11/20261103-aaaa-one.md',
    ]);
    // Only the folders that changed are listed again; the names are what a walk finds.
    mkdirSync(join(root, 'items/2026/12/deep'), { recursive: true });
    writeFileSync(join(root, 'items/2026/12/deep/20261201-gggg.md'), itemText({ id: '20261201-gggg' }));
    rmSync(join(root, 'items/misc'), { recursive: true });
    writeFileSync(join(root, 'items/2026/11/20261103-aaaa-one.md'), itemText({ id: '20261103-aaaa', title: '改' }));
    expect(itemNames(root).paths()).toEqual(itemNames(root, false).paths());
    expect(itemNames(root).paths()).toContain('items/2026/12/deep/20261201-gggg.md');
  });

  it('never reads outside items/ when the cache of names says so (damaged or crafted)', async () => {
    const root = mixed();
    await new Promise((resolve) => setTimeout(resolve, 120)); // the folders settle
    itemNames(root);
    // Outside the workspace, a file holding an id; the cache of names made to point at it.
    const outside = testdir({ 'secret.md': itemText({ id: '20261109-zzzz' }) });
    const state = JSON.parse(readFileSync(join(root, NAMES_STATE), 'utf8')) as Record<string, unknown>;
    const climbing = join('items', relative(join(root, 'items'), join(outside, 'secret.md')));
    writeFileSync(join(root, NAMES_STATE), JSON.stringify({ ...state, odd: [climbing, 'items/.hidden/x.md'] }));
    expect(itemNames(root).odd).toContain(climbing);
    const { byName, loads } = await both(root, '20261109-zzzz');
    expect(byName).toEqual({ error: 'unknown-item' });
    expect(loads).toBe(1);
  });

  it('keeps no stamp of a folder changed too close to the listing: that folder is listed again', async () => {
    const root = mixed();
    await new Promise((resolve) => setTimeout(resolve, 120)); // the folders settle
    // One folder changed just now (its change time cannot be set back), its time ahead as a coarse clock's tick.
    const soon = new Date(Date.now() + 10_000);
    utimesSync(join(root, 'items/2026/11'), soon, soon);
    itemNames(root);
    const { folders } = JSON.parse(readFileSync(join(root, NAMES_STATE), 'utf8')) as { folders: unknown[][] };
    expect(folders.find(([dir]) => dir === 'items/2026/11')).toEqual(['items/2026/11', -2, -2, -2]);
    expect(folders.find(([dir]) => dir === 'items/2026/10')?.[1]).toBeGreaterThan(0);
    // Listed again, not taken on trust: a file added within the same tick is seen.
    writeFileSync(join(root, 'items/2026/11/20261108-hhhh.md'), itemText({ id: '20261108-hhhh' }));
    utimesSync(join(root, 'items/2026/11'), soon, soon);
    expect(itemNames(root).startingWith('20261108-hhhh')).toEqual(['items/2026/11/20261108-hhhh.md']);
  });

  it('finds names by a binary search of the cache of names, as a scan of every name would, at any length of name', async () => {
    // A deterministic spread of ids sharing prefixes, names long and short, odd names.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const files: Record<string, string> = {};
    for (let i = 0; i < 800; i++) {
      const day = `202${next(3)}${String(1 + next(12)).padStart(2, '0')}${String(1 + next(28)).padStart(2, '0')}`;
      const id = `${day}-${(next(36 ** 4) + 36 ** 3).toString(36).slice(-4)}`;
      // Every 97th file named long in a folder named long: its line longer than a search's first read.
      const long = i % 97 === 0;
      const slug = long ? '长'.repeat(70) : i % 5 === 0 ? '' : `-题目${'x'.repeat(next(40))}`;
      files[`items/${long ? `深${'层'.repeat(60)}` : day.slice(0, 4)}/${day.slice(4, 6)}/${id}${slug}.md`] = '';
    }
    files['items/misc/hand-named.md'] = '';
    files['items/misc/x/20260101-aaaa.md'] = '';
    const root = testdir(files);
    let all = Object.keys(files).sort();
    /** The names answer as a scan of `all` would. */
    const check = (names: Names) => {
      expect(names.paths()).toEqual(all);
      const named = all.filter((path) => /^\d{8}-[0-9a-z]{4}/.test(basename(path)));
      const refs = [...named.map((path) => basename(path).slice(0, 1 + next(13))), '0', '2', '20209', 'zzzz', '2022-'];
      for (const ref of refs) {
        const expected = named.filter((path) => basename(path).startsWith(ref));
        expect({ ref, found: names.startingWith(ref) }).toEqual({ ref, found: expected });
      }
      for (const path of all.filter((_, i) => i % 5 === 0 || i > all.length - 5))
        expect({ path, has: names.has(path) }).toEqual({ path, has: true });
      for (const path of [
        'items/2020/01/20200101-zzzz.md',
        'items/misc/other.md',
        `${named[3]}x`,
        named[3]!.slice(0, -3),
      ])
        expect({ path, has: names.has(path) }).toEqual({ path, has: false });
    };
    await new Promise((resolve) => setTimeout(resolve, 120)); // the folders settle
    itemNames(root); // the cache of names written; read back below
    check(itemNames(root));
    // Folders changed: listed again and kept apart from the sorted lines (then sorted in with them).
    const gone = all.filter((path) => path.startsWith('items/2021/03/')).slice(0, 5);
    for (const path of gone) rmSync(join(root, path));
    const added = [
      'items/2021/03/20210301-zzzz.md',
      'items/2021/03/new/20210302-zzzz.md',
      'items/2022/05/x/20220501-a.md',
    ];
    for (const path of added) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), '');
    }
    all = [...all.filter((path) => !gone.includes(path)), ...added].sort();
    const recent = itemNames(root);
    const state = JSON.parse(readFileSync(join(root, NAMES_STATE), 'utf8')) as { recent: object };
    // Kept apart (only the folders changed), not sorted into the lines.
    expect(Object.keys(state.recent).length).toBeGreaterThan(0);
    expect(Object.keys(state.recent)).not.toContain('items');
    check(recent);
    check(itemNames(root));
    check(
      recent.relisted(
        ['items/2021/03'],
        all.filter((path) => path.startsWith('items/2021/03/')),
        0,
      ),
    );
    const names = itemNames(root);
    // A short prefix of many: as many as asked for.
    expect(names.startingWith('2', 10)).toHaveLength(10);
  });
});
