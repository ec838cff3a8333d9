import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
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
    expect(decodeBytes(Buffer.from('Caf\xe9 au lait, na\xefve r\xe9sum\xe9 \xa9 2026', 'latin1'))).toMatchObject({
      failure: 'encoding-uncertain',
    });
    expect(decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ failure: 'binary' });
  });

  it('decodes under a named encoding and counts what could not be read', () => {
    const forced = decodeBytes(fixture('发改委-项目早开工.txt'), 'utf8');
    expect(forced).toMatchObject({ encoding: 'utf8' });
    expect('replaced' in forced && forced.replaced).toBeGreaterThan(0);
    expect(decodeBytes(fixture('发改委-项目早开工.txt'), 'gbk')).toMatchObject({ encoding: 'gb18030', replaced: 0 });
  });
});

describe('decodeBytes on short and mixed text', () => {
  const gbk = (text: string) => iconv.encode(text, 'gbk');

  it('reads GBK that is mostly ASCII', () => {
    expect(decodeBytes(gbk('Report 2026 财政局 OK\r\nNumbers: 12, 34\r\n'))).toMatchObject({
      encoding: 'gb18030',
      text: 'Report 2026 财政局 OK\r\nNumbers: 12, 34\r\n',
    });
  });

  it('does not take short GBK that happens to be valid UTF-8 for UTF-8', () => {
    const bytes = gbk('通知\r\n');
    expect(decodeBytes(bytes)).toEqual({ failure: 'encoding-uncertain', guess: 'UTF-8 / GB18030' });
    expect(decodeBytes(bytes, 'gbk')).toMatchObject({ text: '通知\r\n', encoding: 'gb18030' });
  });

  it('reads UTF-8 with ideographs, Greek and signs as UTF-8', () => {
    const text = '系数α≥0.5，温度25℃，面积120㎡。';
    expect(decodeBytes(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf8', replaced: 0 });
  });
});
