import { describe, expect, it } from 'vitest';
import { itemJson } from '../../src/core/item.js';
import { sortItems } from '../../src/core/query.js';
import { HEAD_FIELDS } from '../../src/store/cache/entry.js';
import { pourItemsJson } from '../../src/store/cache/items-json.js';
import { loadWorkspace, type Loaded } from '../../src/store/load.js';
import { openWorkspace } from '../../src/store/workspace.js';
import { itemText, workspace } from '../helpers.js';

/** Items whose JSON runs to several megabytes: some of a few hundred kilobytes, one over a megabyte. */
function bulky(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) {
    const id = `20261103-${i.toString(32).padStart(4, '0')}`;
    const size = i === 17 ? 1_500_000 : i % 4 === 0 ? 300_000 : 50;
    files[`items/${id}.md`] = itemText({
      id,
      title: `第${i}条信息`,
      extra: `tags: [${String.fromCharCode(0x4e00 + i).repeat(size / 3)}, 标签]`,
    });
  }
  return workspace(files);
}

/**
 * A writer that keeps each piece and looks at it only when it resolves, a tick later (as a
 * pipe that queues what it cannot take at once): memory refilled too early shows up here.
 */
function slowWriter(stopAfter = Infinity) {
  const seen: Buffer[] = [];
  let calls = 0;
  const write = (piece: Buffer) =>
    new Promise<boolean>((resolve) =>
      setTimeout(() => {
        seen.push(Buffer.from(piece));
        resolve(++calls < stopAfter);
      }, 1),
    );
  return { write, seen, calls: () => calls };
}

const sorted = (loaded: Loaded) => sortItems(loaded.listing(HEAD_FIELDS), '-title');

describe("list --json's document, written a piece at a time", () => {
  const root = bulky();
  const ws = openWorkspace(root, root);

  it.each([
    ['cold (items just analysed)', () => loadWorkspace(ws, { cache: false })],
    [
      'warm (items from the cache)',
      () => {
        loadWorkspace(ws);
        return loadWorkspace(ws);
      },
    ],
  ])('is the whole document, byte for byte, when %s', async (_, load) => {
    const loaded = load();
    const wanted = sorted(loaded);
    const expected = `${JSON.stringify(
      wanted.map((h) => itemJson(loaded.items.find((i) => i.id === h.id)!)),
      null,
      2,
    )}\n`;
    const writer = slowWriter();
    await pourItemsJson(loaded.files, wanted, writer.write);
    expect(writer.seen.length).toBeGreaterThan(4);
    expect(Buffer.concat(writer.seen).toString('utf8')).toBe(expected);
  });

  it('stops once the reader has gone', async () => {
    const loaded = loadWorkspace(ws);
    const writer = slowWriter(2);
    await pourItemsJson(loaded.files, sorted(loaded), writer.write);
    expect(writer.calls()).toBe(2);
  });

  it('is an empty array when nothing is wanted', async () => {
    const writer = slowWriter();
    await pourItemsJson([], [], writer.write);
    expect(Buffer.concat(writer.seen).toString()).toBe('[]\n');
  });
});
