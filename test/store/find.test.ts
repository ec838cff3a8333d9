import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ItemFinder, itemNames, NAMES_FILE } from '../../src/store/find.js';
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
    for (const damaged of ['something else\n', 'infodesk names 2\n[[1, 2]]\n[1]\n\nitems/x.md\n']) {
      writeFileSync(join(root, NAMES_FILE), damaged);
      expect(itemNames(root).odd).toEqual(['items/misc/hand-named.md']);
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
    const text = readFileSync(join(root, NAMES_FILE), 'utf8').split('\n');
    const climbing = join('items', relative(join(root, 'items'), join(outside, 'secret.md')));
    text[2] = JSON.stringify([climbing, 'items/.hidden/x.md']);
    writeFileSync(join(root, NAMES_FILE), `${text.join('\n')}`);
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
    const folders = JSON.parse(readFileSync(join(root, NAMES_FILE), 'utf8').split('\n')[1]!) as unknown[][];
    expect(folders.find(([dir]) => dir === 'items/2026/11')).toEqual(['items/2026/11', -2, -2, -2]);
    expect(folders.find(([dir]) => dir === 'items/2026/10')?.[1]).toBeGreaterThan(0);
    // Listed again, not taken on trust: a file added within the same tick is seen.
    writeFileSync(join(root, 'items/2026/11/20261108-hhhh.md'), itemText({ id: '20261108-hhhh' }));
    utimesSync(join(root, 'items/2026/11'), soon, soon);
    expect(itemNames(root).startingWith('20261108-hhhh')).toEqual(['items/2026/11/20261108-hhhh.md']);
  });
});
