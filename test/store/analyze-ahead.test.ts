import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { built, itemText, workspace } from '../helpers.js';

const { analyzeAhead, analysedOf } =
  await built<typeof import('../../src/store/cache/analyze-ahead.js')>('store/cache/analyze-ahead.js');
const { lintContext } = await built<typeof import('../../src/store/file-record.js')>('store/file-record.js');
const { loadWorkspace } = await built<typeof import('../../src/store/load.js')>('store/load.js');
const { openWorkspace } = await built<typeof import('../../src/store/workspace.js')>('store/workspace.js');

/** Lets the worker run ahead. */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function setUp(files: Record<string, string | Buffer>, bodies = false) {
  const root = workspace(files);
  const ws = openWorkspace(root, root);
  const context = lintContext(ws);
  const data = { root, config: ws.config, templateLines: [...context.templateLines], keepItems: true, bodies };
  return { root, data, context };
}

const items = (count: number) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `items/2026/11/f${String(i).padStart(2, '0')}.md`,
      itemText({ id: `20261103-a${String(i).padStart(3, '0')}`, title: `第${i}条信息` }),
    ]),
  );

describe('files analysed ahead by a worker', () => {
  it('give each file the worker took as the main thread would analyse it, the rest to the main thread', () => {
    const files = items(24);
    const paths = Object.keys(files);
    const { data, context } = setUp(files, true);
    const ahead = analyzeAhead(paths, data, context, 2)!;
    expect(ahead).toBeDefined();
    // The first batch is claimed before the worker has started: the main thread analyses it as it comes.
    const first = ahead.take(0);
    // Long enough for the worker to start and claim batches of its own.
    pause(1500);
    const got = [first, ...paths.slice(1).map((_, i) => ahead.take(i + 1))];
    ahead.stop();
    expect(got[0]).toBeUndefined();
    expect(got.filter((g) => g !== undefined).length).toBeGreaterThan(paths.length / 2);
    got.forEach((g, i) => {
      if (g) expect(g).toEqual(analysedOf(paths[i]!, data, context));
    });
    expect(got.find((g) => g !== undefined)!.text).toContain('---');
  });

  it('leave to the main thread what is not a regular file, or is gone', () => {
    const { root, data, context } = setUp({ 'items/a.md': itemText({ id: '20261103-aaaa' }) });
    mkdirSync(join(root, 'items/b.md'));
    execFileSync('mkfifo', [join(root, 'items/pipe.md')]);
    const listed = ['items/a.md', 'items/b.md', 'items/pipe.md', 'items/gone.md'];
    expect(listed.map((path) => analysedOf(path, data, context))).toEqual([
      analysedOf('items/a.md', data, context),
      expect.objectContaining({ problems: [expect.objectContaining({ rule: 'file-unreadable' })] }),
      expect.objectContaining({ problems: [expect.objectContaining({ rule: 'file-unreadable' })] }),
      null,
    ]);
    const ahead = analyzeAhead(listed, data, context, 1)!;
    pause(1500);
    const got = listed.map((_, i) => ahead.take(i));
    ahead.stop();
    // The gone file was the worker's or the main thread's: either way the main thread analyses it.
    expect(got[3]).toBeUndefined();
  });

  it('stop when told, mid-way, without waiting on the worker', () => {
    const files = items(24);
    const paths = Object.keys(files);
    const { data, context } = setUp(files);
    const ahead = analyzeAhead(paths, data, context, 2)!;
    ahead.take(0);
    ahead.stop();
    // Once stopped, every file not yet taken is the main thread's: nothing waits on the worker.
    const started = Date.now();
    for (let i = 2; i < paths.length; i++) expect(ahead.take(i)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('a workspace loaded with files analysed ahead', () => {
  it('has the same records, problems and texts as one analysed on the main thread, and leaves a cache that serves every file next time', async () => {
    const good = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `items/2026/0${(i % 9) + 1}/f${i}.md`,
        itemText({ id: `20261103-b${String(i).padStart(3, '0')}`, title: `第${i}条信息` }),
      ]),
    );
    const broken = {
      'items/2026/01/syntax.md': itemText({ id: '20261103-zz01' }).replace('title:', 'title: ['),
      'items/2026/01/empty.md': '',
      'items/2026/01/gbk.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xd6, 0xd0, 0xce, 0xc4, 0x0a]),
      'items/2026/01/dup.md': itemText({ id: '20261103-b001', title: '重复' }),
      'items/2026/01/bom.md': `\ufeff${itemText({ id: '20261103-zz02', title: '带 BOM' })}`,
    };
    // Batches of two, and a pause after the first file: the worker starts and claims batches of its own.
    const load = (root: string, from: number, cache = true) =>
      loadWorkspace(openWorkspace(root, root), {
        analyzeAhead: { from, batch: 2 },
        items: true,
        bodies: true,
        cache,
        progress: (done) => done === 1 && from < Infinity && pause(500),
      });
    const plain = workspace({ ...good, ...broken });
    const ahead = workspace({ ...good, ...broken });
    const a = load(plain, Infinity);
    const b = load(ahead, 1);
    expect(b.files.length).toBe(35);
    expect(JSON.parse(JSON.stringify(b.files))).toEqual(JSON.parse(JSON.stringify(a.files)));
    expect(b.files.find((f) => f.path.endsWith('syntax.md'))!.problems[0]).toMatchObject({ rule: 'yaml-syntax' });
    expect(b.items).toEqual(a.items);
    expect(b.bodies).toEqual(a.bodies);
    // Without a cache too (`--no-cache`).
    const c = load(ahead, 1, false);
    expect(JSON.parse(JSON.stringify(c.files))).toEqual(JSON.parse(JSON.stringify(a.files)));
    expect(c.items).toEqual(a.items);
    await new Promise((resolve) => setTimeout(resolve, 120));
    // Stored at the stamps taken as the files were read: the next run reads nothing.
    load(ahead, 1);
    expect(load(ahead, 1).reused).toBe(35);
  });
});
