/**
 * Word files built to exhaust memory: the good fixture with a `word/document.xml` that inflates
 * to `size` bytes, one letter repeated inside a real paragraph. The deflate stream is one
 * compressed mebibyte repeated (each piece is flushed to a byte boundary and refers to nothing
 * before it, so the pieces join into one valid stream): built in milliseconds, without the
 * gigabyte that deflating the whole text would take. `declared` is the size the zip's headers
 * state for the part: the true one, or a lie.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { unzipSync, Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { ROOT } from '../helpers.js';

const MIB = 1024 * 1024;
const FIXTURE = join(ROOT, 'test', 'fixtures', 'import', '财政局-设施农业.docx');
const HEAD = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>',
);
const TAIL = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
const BLOCK = Buffer.alloc(MIB, 'a');
const BESIDE = Object.entries(unzipSync(readFileSync(FIXTURE))).filter(([name]) => name !== 'word/document.xml');
/** Bytes the fixture's other parts inflate to: a bomb's parts hold this and its document. */
export const BESIDE_BYTES = BESIDE.reduce((sum, [, bytes]) => sum + bytes.length, 0);
const SYNC = { finishFlush: constants.Z_SYNC_FLUSH };

/** The part's compressed pieces and its CRC; the CRC of a large part is its only slow step, so it is kept. */
const made = new Map<number, { pieces: Buffer[]; crc: number }>();
function bombPart(size: number): { pieces: Buffer[]; crc: number } {
  const known = made.get(size);
  if (known) return known;
  const blocks = Math.floor((size - HEAD.length - TAIL.length) / MIB);
  const rest = Buffer.alloc(size - HEAD.length - TAIL.length - blocks * MIB, 'a');
  let crc = crc32(HEAD);
  for (let i = 0; i < blocks; i++) crc = crc32(BLOCK, crc);
  crc = crc32(TAIL, crc32(rest, crc));
  const block = deflateRawSync(BLOCK, SYNC);
  const pieces = [
    deflateRawSync(HEAD, SYNC),
    ...Array<Buffer>(blocks).fill(block),
    deflateRawSync(Buffer.concat([rest, TAIL])),
  ];
  made.set(size, { pieces, crc });
  return { pieces, crc };
}

export function docxBomb(size: number, declared = size): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, bytes] of BESIDE) {
    const file = new ZipDeflate(name);
    zip.add(file);
    file.push(bytes, true);
  }
  const { pieces, crc } = bombPart(size);
  const part: ZipInputFile = { filename: 'word/document.xml', size: declared, crc, compression: 8 };
  zip.add(part);
  for (const [i, piece] of pieces.entries()) part.ondata!(null, new Uint8Array(piece), i === pieces.length - 1);
  zip.end();
  return Buffer.concat(chunks);
}
