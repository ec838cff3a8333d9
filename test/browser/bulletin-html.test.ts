/// <reference lib="dom" />
/**
 * The HTML issue in a real browser (headless Chromium, found by ./launch.ts, driven by
 * playwright-core): it lays out as an A4 document, prints to A4 PDF, loads nothing and runs
 * nothing, even when the titles, bodies, note and office name are full of markup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, itemText, workspace } from '../helpers.js';
import { launchBrowser } from './launch.js';

const HOSTILE =
  '<script>window.pwned=1</script><img src=x onerror="window.pwned=2"><iframe src="javascript:window.pwned=3"></iframe>';
const CONFIG = `office: "测试市人民政府办公室<script>window.pwned=4</script>"
lang: zh-CN
bulletin:
  series: 政务信息
  distribution: {报: ["省政府办公厅<b onmouseover=alert(1)>"], 发: [各区镇]}
  copies: 80
`;

function item(id: string, title: string, body: string): string {
  return itemText({
    id,
    title,
    status: 'approved',
    body,
    history: [
      '{at: 2026-11-03T09:12:00+08:00, by: 张三, to: submitted}',
      '{at: 2026-11-04T10:00:00+08:00, by: 王主任, from: submitted, to: approved}',
    ],
    extra: 'bulletins: []',
  });
}

let browser: Browser;
let html: string;

beforeAll(async () => {
  const root = workspace(
    {
      'items/a.md': item(
        '20261103-aaa1',
        `"标题${HOSTILE.replaceAll('"', '\\"')}"`,
        `正文${HOSTILE}\n\n一、主要做法\n\n（一）**加强统筹**。<a href="javascript:window.pwned=5">点击</a>`,
      ),
      'items/b.md': item('20261103-bbb2', '第二条信息', '第二条正文。'),
    },
    CONFIG,
  );
  const result = await cli(['report', '--issue', '--format', 'html', '--note', `编者按${HOSTILE}`], {
    cwd: root,
    env: { INFO_NOW: '2026-12-01T10:00:00+08:00' },
  });
  expect(result.code).toBe(0);
  html = join(root, 'bulletins/2026/zheng-wu-xin-xi-2026-01.html');
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open() {
  const page = await browser.newPage();
  const seen = { dialogs: 0, requests: [] as string[], violations: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs++;
    void dialog.dismiss();
  });
  page.on('request', (request) => void seen.requests.push(request.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(event.violatedDirective),
    );
    (window as unknown as { violations: string[] }).violations = [];
  });
  await page.goto(`file://${html}`);
  return { page, seen };
}

// Chromium is slow to start pages and print on a small machine.
describe('the HTML bulletin in a browser', { timeout: 60_000 }, () => {
  it('runs no script and loads nothing, with markup in titles, bodies, the note, the office and the distribution', async () => {
    const { page, seen } = await open();
    await page.hover('footer');
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned,
      scripts: document.querySelectorAll('script, img, iframe, a, [onerror], [onmouseover]').length,
      title: document.querySelector('.item h2')?.textContent,
    }));
    expect(state.pwned).toBeUndefined();
    expect(state.scripts).toBe(0);
    expect(state.title).toContain('<script>window.pwned=1</script>');
    expect(await page.textContent('.note')).toContain('<iframe');
    expect(await page.textContent('.masthead')).toContain('<script>window.pwned=4</script>');
    expect(seen.dialogs).toBe(0);
    expect(seen.requests).toEqual([`file://${html}`]);
    await page.close();
  });

  it('forbids script by policy as well, so even an injected script would not run', async () => {
    const text = readFileSync(html, 'utf8');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(text)?.[1]?.replaceAll('&#39;', "'");
    expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-/);
    const { page } = await open();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.pwned = 9';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const seen = window as unknown as { pwned?: number; violations: string[] };
      return { pwned: seen.pwned, violations: seen.violations };
    });
    expect(ran.pwned).toBeUndefined();
    expect(ran.violations).toContain('script-src-elem');
    await page.close();
  });

  it('is laid out as the printed issue: red masthead, 22 pt titles, 16 pt body, heading levels', async () => {
    const { page } = await open();
    const style = await page.evaluate(() => {
      const css = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        series: [css('.series').color, css('.series').fontSize],
        title: css('.item h2').fontSize,
        body: css('.item p').fontSize,
        indent: css('.item p').textIndent,
        rule: css('.red-rule').borderTopColor,
        level1: document.querySelector('.item h3.l1')?.textContent,
        lead: document.querySelector('.item .lead.l2')?.textContent,
      };
    });
    expect(style.series).toEqual(['rgb(230, 0, 0)', '56px']);
    expect(parseFloat(style.title)).toBeCloseTo((22 * 4) / 3, 2);
    expect(parseFloat(style.body)).toBeCloseTo((16 * 4) / 3, 2);
    expect(parseFloat(style.indent)).toBeCloseTo((32 * 4) / 3, 1);
    expect(style.rule).toBe('rgb(230, 0, 0)');
    expect(style.level1).toBe('一、主要做法');
    expect(style.lead).toBe('（一）加强统筹。');
    await page.close();
  });

  it('prints to A4 PDF', async () => {
    const { page } = await open();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const boxes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const [width, height] of boxes) {
      expect(width).toBeCloseTo(595.28, 0);
      expect(height).toBeCloseTo(841.89, 0);
    }
    await page.close();
  });
});
