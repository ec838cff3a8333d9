import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemJson } from '../../src/core/item.js';
import { CACHE_FILE, FileCache, settled } from '../../src/store/cache/cache.js';
import { HEAD_FIELDS } from '../../src/store/cache/entry.js';
import { loadWorkspace, type Loaded } from '../../src/store/load.js';
import { loadTemplates, openWorkspace } from '../../src/store/workspace.js';
import { CONFIG, itemText, workspace } from '../helpers.js';

/** The `list --json` document of a load, each piece copied as it is handed over. */
async function json(loaded: Loaded, heads = loaded.listing([])): Promise<string> {
  const pieces: Buffer[] = [];
  await loaded.pourJson(heads, async (piece) => {
    pieces.push(Buffer.from(piece));
    return true;
  });
  return Buffer.concat(pieces).toString('utf8');
}

/** Everything a command could read from a load, in plain data. */
async function view(loaded: Loaded) {
  return {
    files: loaded.files.map((f) => ({
      path: f.path,
      kind: f.kind,
      item: f.item,
      topic: f.topic,
      problems: f.problems,
      keyLines: f.keyLines,
    })),
    items: loaded.items,
    heads: loaded.listing(HEAD_FIELDS),
    topics: loaded.topics,
    json: await json(loaded),
  };
}

/** Loads with the cache and without it; they must agree. Returns the cached load. */
async function load(root: string): Promise<Loaded> {
  const ws = openWorkspace(root, root);
  const cached = loadWorkspace(ws);
  const fresh = loadWorkspace(ws, { cache: false });
  const seen = await view(cached);
  expect(seen).toEqual(await view(fresh));
  // The stored JSON is exactly what printing the items would give.
  expect(seen.json).toBe(`${JSON.stringify(fresh.items.map(itemJson), null, 2)}\n`);
  return cached;
}

/**
 * Waits until files just written are settled: their change time (which no one can set back)
 * must be older than the cache's doubt about the file system's clock tick.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 120));

const topic = (id: string) =>
  `---\nid: ${id}\ntitle: 约稿\ndepartments: [发改委]\ndue: 2026-12-01\ncreated: 2026-11-01\n---\n`;

async function threeItems(): Promise<string> {
  const root = workspace({
    'items/a.md': itemText({ id: '20261103-aaa1', title: '第一条' }),
    'items/b.md': itemText({ id: '20261103-aaa2', title: '第二条', extra: 'topic: 20261101-tp01' }),
    'items/c.md': itemText({
      id: '20261103-aaa3',
      title: '第三条，标题写得实在是太长了以至于超过了配置里规定的四十个字的上限还要再长一些才行',
    }),
    'topics/t.md': topic('20261101-tp01'),
  });
  await settle();
  return root;
}

describe('the cache of analysed files', () => {
  it('serves unchanged files without reading them, with the same result', async () => {
    const root = await threeItems();
    expect((await load(root)).reused).toBe(0);
    expect(existsSync(join(root, CACHE_FILE))).toBe(true);
    const second = await load(root);
    expect(second.reused).toBe(4);
    expect(second.items.map((i) => i.id)).toEqual(['20261103-aaa1', '20261103-aaa2', '20261103-aaa3']);
    expect(second.files.find((f) => f.path === 'items/c.md')!.problems.map((p) => p.rule)).toEqual(['title-length']);
  });

  it('sees an edit, even one that keeps the size and puts the old mtime back', async () => {
    const root = await threeItems();
    await load(root);
    const before = statSync(join(root, 'items/a.md'));
    const text = readFileSync(join(root, 'items/a.md'), 'utf8');
    writeFileSync(join(root, 'items/a.md'), text.replace('category: key', 'category: hot'));
    utimesSync(join(root, 'items/a.md'), before.atime, before.mtime);
    expect(statSync(join(root, 'items/a.md')).size).toBe(before.size);
    const after = await load(root);
    expect(after.items.find((i) => i.id === '20261103-aaa1')!.category).toBe('hot');
    expect(after.reused).toBe(3);
  });

  it('sees new, deleted and renamed files', async () => {
    const root = await threeItems();
    await load(root);
    writeFileSync(join(root, 'items/d.md'), itemText({ id: '20261103-aaa4', title: '新的一条' }));
    rmSync(join(root, 'items/a.md'));
    renameSync(join(root, 'items/b.md'), join(root, 'items/moved.md'));
    const after = await load(root);
    expect(after.files.map((f) => f.path)).toEqual(['items/c.md', 'items/d.md', 'items/moved.md', 'topics/t.md']);
    expect(after.items.find((i) => i.id === '20261103-aaa2')!.path).toBe('items/moved.md');
    expect((await load(root)).files).toHaveLength(4);
  });

  it('keeps the listing while no folder changes, and walks again when one does, however deep', async () => {
    const root = await threeItems();
    mkdirSync(join(root, 'items/2026/11'), { recursive: true });
    writeFileSync(join(root, 'items/2026/11/e.md'), itemText({ id: '20261103-aaa5', title: '第五条' }));
    await settle();
    await load(root);
    expect(sharedLine(root).shared.listing).toMatchObject({ count: 5 });
    expect((await load(root)).reused).toBe(5);
    writeFileSync(join(root, 'items/2026/11/f.md'), itemText({ id: '20261103-aaa6', title: '第六条' }));
    expect((await load(root)).files.map((f) => f.path)).toContain('items/2026/11/f.md');
    rmSync(join(root, 'items/2026'), { recursive: true });
    await settle();
    expect((await load(root)).files.map((f) => f.path)).toEqual([
      'items/a.md',
      'items/b.md',
      'items/c.md',
      'topics/t.md',
    ]);
    mkdirSync(join(root, 'topics/more'));
    writeFileSync(join(root, 'topics/more/t2.md'), topic('20261101-tp02'));
    expect((await load(root)).topics.map((t) => t.id)).toEqual(['20261101-tp02', '20261101-tp01']);
  });

  it('never keeps the listing of a workspace with a symbolic link in it', async () => {
    const root = await threeItems();
    mkdirSync(join(root, 'items/real'));
    writeFileSync(join(root, 'items/real/g.md'), itemText({ id: '20261103-aaa7', title: '第七条' }));
    symlinkSync(join(root, 'items/real/g.md'), join(root, 'items/g-link.md'));
    await settle();
    expect((await load(root)).files.map((f) => f.path)).toContain('items/g-link.md');
    expect(sharedLine(root).shared.listing).toBeUndefined();
    // What a link leads to can go without any folder of the link's changing.
    rmSync(join(root, 'items/real'), { recursive: true });
    expect((await load(root)).skipped).toEqual(['items/g-link.md']);
  });

  it('never caches findings across files: a duplicate id goes once one copy is fixed', async () => {
    const root = await threeItems();
    writeFileSync(join(root, 'items/dup.md'), itemText({ id: '20261103-aaa1', title: '重复' }));
    await settle();
    expect((await load(root)).files.find((f) => f.path === 'items/a.md')!.problems.map((p) => p.rule)).toContain(
      'id-duplicate',
    );
    writeFileSync(join(root, 'items/dup.md'), itemText({ id: '20261103-aaa9', title: '重复' }));
    await settle();
    const after = await load(root);
    expect(after.files.find((f) => f.path === 'items/a.md')!.problems.map((p) => p.rule)).not.toContain('id-duplicate');
    expect(after.reused).toBe(4);
  });

  it('starts afresh when the config or the templates change', async () => {
    const root = await threeItems();
    await load(root);
    writeFileSync(join(root, 'info.config.yaml'), `${CONFIG}lint: {titleMax: 2}\n`);
    const strict = await load(root);
    expect(strict.reused).toBe(0);
    expect(strict.files.filter((f) => f.problems.some((p) => p.rule === 'title-length')).length).toBe(3);
    mkdirSync(join(root, 'templates/items'), { recursive: true });
    writeFileSync(
      join(root, 'templates/items/default.md'),
      '---\nid:\n---\n春节假期刚过，全市42个重点项目集中开工，总投资186亿元。\n',
    );
    const templated = await load(root);
    expect(templated.reused).toBe(0);
    expect(templated.files.find((f) => f.path === 'items/a.md')!.problems.map((p) => p.rule)).toContain(
      'template-leftover',
    );
  });

  it('starts afresh for another version of the tool', async () => {
    const root = await threeItems();
    const ws = openWorkspace(root, root);
    const context = { config: ws.config, templateLines: loadTemplates(root).lines };
    const refresh = () => {
      throw new Error('not needed');
    };
    await load(root);
    expect(FileCache.open(root, context, refresh).size).toBeGreaterThan(0);
    expect(FileCache.open(root, context, refresh, '0.0.0-other').size).toBe(0);
  });

  it.each([
    ['truncated', (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    ['emptied', (file: string) => truncateSync(file, 0)],
    ['garbage', (file: string) => writeFileSync(file, 'not a cache at all\n')],
    ['index byte flipped', (file: string) => flip(file, statSync(file).size - 20)],
    ['item bytes flipped', (file: string) => flip(file, 1100)],
  ])('rebuilds a cache that is %s, silently, with the right result', async (_name, damage) => {
    const root = await threeItems();
    await load(root);
    damage(join(root, CACHE_FILE));
    await load(root);
    // A damaged index is rebuilt by the run that finds it; damaged items by the run after.
    await load(root);
    expect((await load(root)).reused).toBe(4);
  });

  it.each(['id', 'departments'])(
    'serves right heads when the %s column turns out damaged, and drops the cache',
    async (column) => {
      const root = await threeItems();
      await load(root);
      const { header, shared } = sharedLine(root);
      const [offset, length] = shared.columns[column]!;
      flip(join(root, CACHE_FILE), header.index[0] + header.shared + offset + length - 1);
      // `id` is read with the index (so the cache is not used at all); `departments` only when a head is built.
      const damaged = await load(root);
      expect(damaged.listing(HEAD_FIELDS).map((h) => h.departments)).toEqual([['发改委'], ['发改委'], ['发改委']]);
      await load(root);
      expect((await load(root)).reused).toBe(4);
    },
  );

  it('does not store a file stamped too recently to be sure of (racy), nor trust a future one', async () => {
    expect(settled({ mtimeMs: 1_000.5, ctimeMs: 1_000.5 }, 1_100)).toBe(true);
    expect(settled({ mtimeMs: 1_080.5, ctimeMs: 1_080.5 }, 1_100)).toBe(false);
    // Whole-second stamps mean a coarse clock: two seconds of doubt.
    expect(settled({ mtimeMs: 1_000, ctimeMs: 1_000 }, 2_500)).toBe(false);
    const root = await threeItems();
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(join(root, 'items/a.md'), future, future);
    await load(root);
    expect((await load(root)).reused).toBe(3);
  });

  it('sweeps temporary files an interrupted writer left, once they are old', async () => {
    const root = await threeItems();
    await load(root);
    const stale = join(root, '.info/cache/.files.999.dead.tmp');
    const live = join(root, '.info/cache/.files.998.live.tmp');
    writeFileSync(stale, 'half');
    writeFileSync(live, 'half');
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(stale, old, old);
    writeFileSync(join(root, 'items/e.md'), itemText({ id: '20261103-aaa5', title: '又一条' }));
    await load(root);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('gives a cold run the same items when the cache cannot be written (kept in memory instead)', async () => {
    const root = await threeItems();
    // A file where the cache's folder should be: nothing can be written under it.
    writeFileSync(join(root, '.info'), 'not a folder');
    const cold = await load(root);
    expect(cold.items.map((i) => i.id)).toEqual(['20261103-aaa1', '20261103-aaa2', '20261103-aaa3']);
    expect((await load(root)).reused).toBe(0);
  });

  it("writes a cold run's items out as they come and reads them back within the run", async () => {
    const root = await threeItems();
    const loaded = loadWorkspace(openWorkspace(root, root));
    // Read back only after the cache file is in place (its temporary file renamed over it).
    expect(existsSync(join(root, CACHE_FILE))).toBe(true);
    expect(readdirSync(join(root, '.info/cache'))).toEqual(['files']);
    expect(loaded.items.map((i) => i.title)).toEqual([
      '第一条',
      '第二条',
      '第三条，标题写得实在是太长了以至于超过了配置里规定的四十个字的上限还要再长一些才行',
    ]);
  });

  it('copies items read across many megabytes of the cache (its read window is reused)', async () => {
    const tags = `tags: [${Array.from({ length: 900 }, (_, i) => `标签${i}`).join(', ')}]`;
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) {
      const id = `20261103-${i.toString(32).padStart(4, '0')}`;
      files[`items/${id}.md`] = itemText({ id, title: `第${i}条`, extra: tags });
    }
    const root = workspace(files);
    await settle();
    await load(root);
    expect(statSync(join(root, CACHE_FILE)).size).toBeGreaterThan(3 * (1 << 20));
    const warm = await load(root);
    expect(warm.reused).toBe(150);
    expect(warm.items.map((i) => i.title)).toEqual(Array.from({ length: 150 }, (_, i) => `第${i}条`));
  });

  it('keeps no item without a cache when none is wanted, and reads one asked for after all', async () => {
    const root = await threeItems();
    const ws = openWorkspace(root, root);
    const lean = loadWorkspace(ws, { cache: false, items: false });
    const full = loadWorkspace(ws, { cache: false });
    expect(lean.files.map((f) => f.problems)).toEqual(full.files.map((f) => f.problems));
    expect(lean.items).toEqual(full.items);
    expect(await json(lean)).toBe(await json(full));
  });

  it('leaves the cache alone with cache: false', async () => {
    const root = await threeItems();
    loadWorkspace(openWorkspace(root, root), { cache: false });
    expect(existsSync(join(root, CACHE_FILE))).toBe(false);
  });
});

/** The cache file's header, and the first line of its index (where the columns lie, the listing). */
function sharedLine(root: string) {
  const bytes = readFileSync(join(root, CACHE_FILE));
  const header = JSON.parse(bytes.subarray(bytes.indexOf(10) + 1, bytes.indexOf(10) + 1025).toString()) as {
    index: [number, number];
    shared: number;
  };
  const shared = JSON.parse(bytes.subarray(header.index[0], header.index[0] + header.shared).toString()) as {
    columns: Record<string, [number, number]>;
    listing?: { count: number; folders: unknown[] };
  };
  return { header, shared };
}

/** Changes one byte of a file in place, keeping its size. */
function flip(file: string, at: number): void {
  const bytes = readFileSync(file);
  bytes[at] = bytes[at]! ^ 0x01;
  writeFileSync(file, bytes);
}
