/** The error catalogue: typed codes and parameters, both languages, the same placeholders in each. */
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/core/errors-data.js';
import { InfoError, usage } from '../../src/core/errors.js';
import { translator } from '../../src/i18n/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\|\w+|#\w+)?\}/g)].map((m) => m[1]).sort();

describe('the error catalogue', () => {
  it.each(Object.entries(ERRORS))('%s names the same parameters in Chinese and English', (_code, entry) => {
    expect(entry.zh.trim()).not.toBe('');
    expect(entry.en.trim()).not.toBe('');
    expect(placeholders(entry.zh)).toEqual(placeholders(entry.en));
    if ('hint' in entry) expect(placeholders(entry.hint.zh)).toEqual(placeholders(entry.hint.en));
  });

  it('puts the parameters into the message in the user language', () => {
    const error = usage('bad-month', { flag: '--month', value: '2026-13' });
    expect(error.exit).toBe(2);
    expect(translator('en')(`error.${error.code}`, error.params)).toBe(
      '--month “2026-13” is not a valid month (YYYY-MM)',
    );
    expect(translator('zh-CN')(`error.${error.code}`, error.params)).toContain('2026-13');
  });

  it('refuses a misspelt code or a missing parameter at compile time', () => {
    // Each line below must fail to compile (npm run typecheck checks the tests too).
    // @ts-expect-error: no such code
    expect(() => new InfoError('no-such-code')).not.toThrow();
    // @ts-expect-error: `value` is missing
    expect(usage('bad-month', { flag: '--month' }).exit).toBe(2);
    // @ts-expect-error: `month` is not a parameter of this message
    expect(new InfoError('no-workspace', { dir: '/x', month: '2026-11' }).exit).toBe(1);
    expect(new InfoError('no-workspace', { dir: '/x' }).params).toEqual({ dir: '/x' });
  });
});
