import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { monthReport } from '../../src/core/report/month.js';
import { translator } from '../../src/i18n/index.js';
import { monthHtml } from '../../src/render/month-html.js';
import { noticeText } from '../../src/render/notice-text.js';
import { barChart, scale } from '../../src/render/svg-chart.js';
import { hostileFiles, monthData } from '../fixtures/month.js';

function html(files?: Record<string, string>, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  const r = monthReport({ ...monthData(files), month: '2026-11', today: '2026-12-05' });
  const t = translator(lang);
  return monthHtml(noticeText(r, t, lang), r, t);
}

describe('html notice', () => {
  it('is one page with no script, no external reference, and a CSP that allows only its own style', () => {
    const page = html();
    expect(page).not.toMatch(/<script|javascript:|\son\w+=|<link|src="http|href="http|@import|url\(/i);
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1]!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`style-src 'sha256-${hash}'`);
    expect(policy).not.toContain('unsafe');
  });

  it('prints on A4 and carries the departments table with a grouped header', () => {
    const page = html();
    expect(page).toContain('@page { size: A4;');
    expect(page).toContain('<th colspan="4">采用（条次）</th>');
    expect(page).toContain('<th rowspan="2">单位</th>');
    expect(page).toMatch(/<tr><td>发改委<\/td><td class="n">3<\/td><td class="n">4<\/td>/);
  });

  it('draws three charts as inline SVG: points, adoptions by level, the year by month', () => {
    const page = html();
    expect(page.match(/<svg /g)).toHaveLength(3);
    expect(page).toContain('<title>各单位本月得分</title>');
    expect(page).toContain('<title>各单位本月采用（按层级）</title>');
    expect(page).toContain('<title>2026年逐月报送与采用</title>');
    expect(page).toContain('>11月</text>');
    expect(page).toContain('>47.17</text>');
  });

  it('escapes every value, in the text and in the charts', () => {
    const page = html(hostileFiles());
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b ');
    expect(page).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(page).toContain('>=HYPERLINK(&quot;http://evil.example&quot;,&quot;点我&quot;)</text>');
    expect(page).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('has English headings for an English reader', () => {
    const page = html(undefined, 'en');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<h1>Information work notice for November 2026</h1>');
    expect(page).toContain('>Nov</text>');
  });
});

describe('svg charts', () => {
  it('scales from a niced range that includes zero', () => {
    const s = scale([-0.33, 51], 0, 100);
    expect(s.ticks[0]).toBeLessThanOrEqual(-0.33);
    expect(s.ticks.at(-1)).toBeGreaterThanOrEqual(51);
    expect(s.at(0)).toBeGreaterThan(0);
  });

  it('draws a negative bar to the left of zero', () => {
    const svg = barChart(
      't',
      [{ name: 'p', color: '#000' }],
      [
        { label: 'a', values: [-2] },
        { label: 'b', values: [4] },
      ],
    );
    const zero = Number(/<line x1="([\d.]+)"[^>]*stroke="#555"/.exec(svg)![1]);
    const bars = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(bars[0]![0]! + bars[0]![1]!).toBeCloseTo(zero, 0);
    expect(bars[1]![0]).toBeCloseTo(zero, 0);
  });
});

describe('chart ticks', () => {
  it('are whole numbers for counts', () => {
    expect(scale([1, 2, 3], 0, 100).ticks).toEqual([0, 1, 2, 3]);
    expect(scale([0.5, 2], 0, 100).ticks).toContain(0.5);
  });
});
