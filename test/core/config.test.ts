import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, quotaOf, readConfig } from '../../src/core/config.js';
import { keyName } from '../../src/core/schema.js';

describe('readConfig', () => {
  it('gives every default for an empty file', () => {
    expect(readConfig(null)).toEqual({ config: DEFAULT_CONFIG, findings: [] });
  });

  it('lays the user’s values over the defaults, object by object', () => {
    const { config } = readConfig({ scoring: { adoption: { city: { special: 12 } } }, quotas: { writer: 5 } });
    expect(config.scoring.adoption.city).toEqual({ bulletin: 5, special: 12 });
    expect(config.scoring.adoption.province).toEqual({ bulletin: 20, special: 40 });
    expect(config.quotas).toEqual({ department: 6, writer: 5 });
  });

  it('names the key, the bad value and the allowed values', () => {
    const { findings } = readConfig({
      lang: 'fr',
      timezone: 'Mars/Olympus',
      lint: { rules: { 'noise-line': 'loud' } },
      departments: [{ quota: 3 }],
    });
    expect(findings.map((f) => [f.rule, keyName(f.path ?? []), f.params.allowed ?? ''])).toEqual([
      ['field-enum', 'lang', 'zh-CN, en'],
      ['field-required', 'departments[0].name', ''],
      ['field-enum', 'lint.rules.noise-line', 'error, warning, off'],
      ['field-enum', 'timezone', 'Asia/Shanghai, Asia/Urumqi, UTC, …'],
    ]);
  });

  it('finds quotas: a unit’s own, else the default', () => {
    const { config } = readConfig({
      departments: [{ name: '财政局', quota: 8 }, { name: '发改委' }],
      quotas: { department: 6 },
    });
    expect(quotaOf(config, 'department', '财政局')).toBe(8);
    expect(quotaOf(config, 'department', '发改委')).toBe(6);
  });
});
