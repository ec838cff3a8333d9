/** Every message key is defined once: two areas defining one key would make one of them say the other's words. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

it('defines no key in two catalogue files', async () => {
  const owners = new Map<string, string[]>();
  const dir = join(ROOT, 'src', 'i18n');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && n !== 'index.ts')) {
    const module = (await import(join(dir, name))) as Record<string, unknown>;
    for (const messages of Object.values(module)) {
      if (!messages || typeof messages !== 'object') continue;
      for (const key of Object.keys(messages)) owners.set(key, [...(owners.get(key) ?? []), name]);
    }
  }
  expect(owners.size).toBeGreaterThan(100);
  expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
});
