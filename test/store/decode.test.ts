import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/store/import/decode.js';
import { ROOT } from '../helpers.js';

const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'import', name));

describe('decodeBytes', () => {
  it('recognises GBK with CRLF line ends as GB18030', () => {
    const decoded = decodeBytes(fixture('发改委-项目早开工.txt'));
    expect(decoded).toMatchObject({ encoding: 'gb18030', replaced: 0 });
    expect('text' in decoded && decoded.text).toContain('春节后我市重点项目集中开工\r\n');
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const decoded = decodeBytes(fixture('临江镇-人居环境.txt'));
    expect(decoded).toMatchObject({ encoding: 'utf8' });
    expect('text' in decoded && decoded.text.startsWith('临江镇')).toBe(true);
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('设施农业\n', 'utf16le')]);
    expect(decodeBytes(bytes)).toMatchObject({ text: '设施农业\n', encoding: 'utf16le' });
  });

  it('refuses to guess Big5, naming it', () => {
    expect(decodeBytes(fixture('big5-通知.txt'))).toEqual({ failure: 'encoding-uncertain', guess: 'Big5' });
  });

  it('refuses bytes that are neither UTF-8 nor Chinese text', () => {
    expect(decodeBytes(Buffer.from('Caf\xe9 au lait, na\xefve r\xe9sum\xe9 \xa9 2026', 'latin1'))).toMatchObject({ failure: 'encoding-uncertain' });
    expect(decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ failure: 'binary' });
  });

  it('decodes under a named encoding and counts what could not be read', () => {
    const forced = decodeBytes(fixture('发改委-项目早开工.txt'), 'utf8');
    expect(forced).toMatchObject({ encoding: 'utf8' });
    expect('replaced' in forced && forced.replaced).toBeGreaterThan(0);
    expect(decodeBytes(fixture('发改委-项目早开工.txt'), 'gbk')).toMatchObject({ encoding: 'gb18030', replaced: 0 });
  });
});
