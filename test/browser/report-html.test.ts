/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The HTML notice in a real browser (headless Chromium, found by ./launch.ts): it renders,
 * prints to A4, requests nothing, and runs no script even when titles and names carry markup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, workspace } from '../helpers.js';
import { HOSTILE_TITLE, HOSTILE_UNIT, MONTH_CONFIG, hostileFiles } from '../fixtures/month.js';
import { launchBrowser } from './launch.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60000);
afterAll(async () => browser?.close());

async function notice(): Promise<string> {
  const root = workspace(hostileFiles(), MONTH_CONFIG);
  const out = join(root, 'notice.html');
  const result = await cli(['report', '--month', '2026-11', '--format', 'html', '--out', out, '--dir', root], {
    env: { INFO_NOW: '2026-12-05T10:00:00+08:00' },
  });
  expect(result.code).toBe(0);
  return out;
}

interface Opened {
  page: Page;
  requests: string[];
  console: string[];
}

async function open(file: string): Promise<Opened> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const console: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => console.push(m.text()));
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, requests, console };
}

describe('the HTML notice in headless Chromium', () => {
  it('renders its tables and charts, with markup in titles shown as text and never run', async () => {
    const file = await notice();
    const { page, requests, console } = await open(file);
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      scripts: document.scripts.length,
      images: document.images.length,
      handlers: [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      ).length,
      svgs: document.querySelectorAll('svg').length,
      rows: document.querySelectorAll('table.departments tbody tr').length,
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered (hidden parts left out) is what is checked
      text: document.body.innerText,
    }));
    expect(seen).toMatchObject({ pwned: undefined, scripts: 0, images: 0, handlers: 0, svgs: 3, rows: 7 });
    expect(seen.text).toContain(HOSTILE_TITLE);
    expect(seen.text).toContain(HOSTILE_UNIT);
    expect(requests).toEqual([`file://${file}`]);
    expect(console).toEqual([]);
    await page.close();
  }, 60000);

  it('prints to A4 PDF', async () => {
    const { page } = await open(await notice());
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const boxes = text.match(/\/MediaBox \[0 0 595\.9\d* 842\.88\]/g) ?? [];
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    expect(text.match(/\/MediaBox/g)).toHaveLength(boxes.length);
    await page.close();
  }, 60000);

  it('would block a script even if one slipped into the page: the CSP allows none', async () => {
    const file = await notice();
    const injected = readFileSync(file, 'utf8').replace(
      '</body>',
      '<script>window.__ran = 1</script><img src="x" onerror="window.__ran = 2"></body>',
    );
    const page = await browser.newPage();
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    await page.setContent(injected, { waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    expect(console.some((line) => line.includes('Content Security Policy'))).toBe(true);
    await page.close();
  }, 60000);
});
