import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Blob, CacheWriter, openCacheFile } from '../../src/store/cache/container.js';
import { testdir } from '../helpers.js';

const MIB = 1 << 20;

/** A cache file whose blob holds three items of 1.5 MiB each (bytes 'a', 'b', 'c'): five chunks. */
function threeChunkyItems(): { file: string; ranges: [number, number][] } {
  const file = join(testdir({}), 'files');
  const writer = new CacheWriter(file);
  const ranges = ['a', 'b', 'c'].map((fill) => writer.add(Buffer.alloc(1.5 * MIB, fill)));
  writer.finish('key', { layouts: [] }, []);
  return { file, ranges };
}

describe('the cache file', () => {
  it('reads items back while it is written, and from the file once it is in place', () => {
    const file = join(testdir({}), 'files');
    const writer = new CacheWriter(file);
    const first = writer.add(Buffer.from('一'));
    const second = writer.add(Buffer.from('二三'));
    expect(writer.written(...second).toString()).toBe('二三');
    writer.finish('key', { layouts: ['{}'] }, [Buffer.from('columns'), Buffer.from(' 第二行')]);
    expect(writer.written(...first).toString()).toBe('一');
    const opened = openCacheFile(file, 'key')!;
    expect(opened.blob.bytes(...second).toString()).toBe('二三');
    expect(opened.index).toEqual({ layouts: ['{}'], chunks: [expect.any(Number)] });
    // The rest of the index is read by range, from its start.
    expect(opened.read(0, 7).toString()).toBe('columns');
    expect(opened.read(7, Buffer.byteLength(' 第二行')).toString()).toBe(' 第二行');
    expect(() => opened.read(7, 100)).toThrow(/outside/);
    expect(openCacheFile(file, 'other key')).toBeUndefined();
  });

  it('checks the blob a megabyte at a time: damage is found where it is read, and the rest still serves', () => {
    const { file, ranges } = threeChunkyItems();
    const bytes = readFileSync(file);
    // The header (after the first line) says where the blob starts.
    const header = JSON.parse(bytes.subarray(bytes.indexOf(10) + 1, bytes.indexOf(10) + 1025).toString()) as {
      blob: [number, number];
    };
    // Damage the last item's bytes (the blob's last chunk): the index and its digest still hold.
    bytes[header.blob[0] + 4 * MIB + 10] = 'x'.charCodeAt(0);
    writeFileSync(file, bytes);
    const { blob } = openCacheFile(file, 'key')!;
    expect(blob.bytes(...ranges[0]!).every((b) => b === 'a'.charCodeAt(0))).toBe(true);
    expect(() => blob.bytes(...ranges[2]!)).toThrow(/damaged/);
    expect(() => blob.check()).toThrow(/damaged/);
  });

  it('refuses a blob whose chunk digests do not add up', () => {
    expect(() => new Blob(0, 0, 3 * MIB, [0, 1])).toThrow(/chunk/);
    expect(() => new Blob(0, 0, 3 * MIB, [0, 1, 2])).not.toThrow();
  });
});
