/// <reference lib="dom" />
/**
 * The HTML letters in headless Chromium: a unit whose name and items carry markup gets its
 * letter under a safe file name, the markup shown as text, nothing run, nothing requested.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_TITLE, HOSTILE_UNIT, MONTH_CONFIG, hostileFiles } from '../fixtures/month.js';
import { cli, workspace } from '../helpers.js';
import { launchBrowser } from './launch.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60000);
afterAll(async () => browser?.close());

describe('the HTML letters in headless Chromium', () => {
  it('render the hostile unit’s letter as text, on one A4 page, requesting nothing', async () => {
    const root = workspace(hostileFiles(), MONTH_CONFIG);
    const out = join(root, 'letters');
    const args = ['report', '--month', '2026-11', '--letters', '--format', 'html', '--out', out, '--dir', root];
    const result = await cli(args, { env: { INFO_NOW: '2026-12-05T10:00:00+08:00' } });
    expect(result.code).toBe(0);
    const file = readdirSync(out).find((name) => name.startsWith('=HYPERLINK'))!;
    expect(file).toBe('=HYPERLINK(_http___evil.example_,_点我_).html');
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${join(out, file)}`, { waitUntil: 'load' });
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      scripts: document.scripts.length,
      images: document.images.length,
      text: document.body.textContent ?? '',
      title: document.querySelector('h1')?.textContent,
    }));
    expect(seen).toMatchObject({ pwned: undefined, scripts: 0, images: 0, title: '2026年11月政务信息工作情况告知书' });
    expect(seen.text).toContain(`${HOSTILE_UNIT}：`);
    expect(seen.text).toContain(HOSTILE_TITLE);
    expect(requests).toHaveLength(1);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    await page.close();
  });
});
