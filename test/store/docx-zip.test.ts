import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readDocxZip } from '../../src/store/import/docx-zip.js';
import { ROOT } from '../helpers.js';
import { BESIDE_BYTES, docxBomb } from '../security/docx-bomb.js';

const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'import', name));
const files = (zip: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(zip)).filter(([name]) => !name.endsWith('/')));
const html = async (zip: Uint8Array) => (await mammoth.convertToHtml({ buffer: Buffer.from(zip) })).value;
const MIB = 1024 * 1024;

describe('readDocxZip', () => {
  it('hands on every part of a Word file as it is, so mammoth reads the same document', async () => {
    const original = fixture('财政局-设施农业.docx');
    const read = await readDocxZip(original);
    if (!('zip' in read)) throw new Error(JSON.stringify(read));
    expect(files(read.zip)).toEqual(files(original));
    expect(await html(read.zip)).toBe(await html(original));
  });

  it('refuses parts that declare more than the limit, before inflating any', async () => {
    const limits = { inflated: 2 * MIB, parts: 100 };
    expect(await readDocxZip(docxBomb(2 * MIB), limits)).toEqual({
      failure: 'docx-inflated',
      params: { size: 2 * MIB + BESIDE_BYTES, max: 2 * MIB },
    });
    // At the limit, it is read.
    expect(await readDocxZip(docxBomb(2 * MIB - BESIDE_BYTES), limits)).toHaveProperty('zip');
  });

  it('stops a part that inflates past the size it declares, whether deflated or stored', async () => {
    expect(await readDocxZip(docxBomb(64 * MIB, 4149))).toEqual({
      failure: 'docx-size-false',
      params: { part: 'word/document.xml', declared: 4149 },
    });
    const stored = Buffer.from(zipSync({ 'word/document.xml': Buffer.alloc(1000, 'a') }, { level: 0 }));
    // The central directory's uncompressed size of the one entry: 46 bytes before the EOCD's 22, then 24 in.
    stored.writeUInt32LE(10, stored.length - 22 - 46 - 'word/document.xml'.length + 24);
    expect(await readDocxZip(stored)).toMatchObject({ failure: 'docx-size-false', params: { declared: 10 } });
  });

  it('refuses more parts than a Word document has, and names what is wrong with a broken zip', async () => {
    const many = zipSync(
      Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`word/media/${i}.png`, new Uint8Array(1)])),
    );
    expect(await readDocxZip(many, { inflated: MIB, parts: 100 })).toEqual({
      failure: 'docx-parts',
      params: { count: 101, max: 100 },
    });
    expect(await readDocxZip(fixture('财政局-损坏.docx'))).toEqual({
      failure: 'docx-corrupt',
      params: { reason: expect.stringMatching(/central directory/i) },
    });
  });
});
