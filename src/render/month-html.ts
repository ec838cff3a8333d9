/** The month notice as one printable A4 page with its charts drawn in inline SVG. */
import type { MonthReport } from '../core/report/model.js';
import type { Translate } from '../i18n/index.js';
import { FONTS, escapeText, htmlPage, htmlTable } from './html.js';
import { dateParts } from './format.js';
import type { NoticeText } from './notice-text.js';
import { barChart, trendChart } from './svg-chart.js';

const CSS = `@page { size: A4; margin: 22mm 18mm 20mm 18mm; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 174mm; padding: 8mm 0; color: #000; font-family: ${FONTS.body}; font-size: 12pt; line-height: 1.6; }
.masthead { color: #c00000; text-align: center; font-family: ${FONTS.title}; font-size: 26pt; letter-spacing: 0.1em; margin: 0; }
.rule { border: 0; border-top: 2pt solid #c00000; margin: 4mm 0 8mm; }
h1 { font-family: ${FONTS.title}; font-weight: normal; font-size: 20pt; text-align: center; line-height: 1.4; margin: 0 0 6mm; }
h2 { font-family: ${FONTS.heading}; font-weight: normal; font-size: 14pt; margin: 6mm 0 2mm; break-after: avoid; }
p { margin: 0 0 2mm; }
p.indent { text-indent: 2em; }
p.note { font-size: 10pt; }
table { border-collapse: collapse; width: 100%; font-family: ${FONTS.table}; font-size: 9pt; line-height: 1.3; margin: 2mm 0 3mm; }
th, td { border: 0.6pt solid #000; padding: 1.5pt 3pt; }
th { font-weight: bold; text-align: center; background: #f2f2f2; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td:first-child { white-space: nowrap; }
thead { display: table-header-group; }
tr, figure, .chart { break-inside: avoid; }
ol, ul { margin: 0 0 2mm; padding-left: 2em; }
figure { margin: 3mm 0 5mm; }
figcaption { text-align: center; font-size: 10pt; }
.chart { display: block; font-family: ${FONTS.table}; }
.sign { text-align: right; margin-top: 10mm; }
@media screen { body { padding: 12mm; } }`;

/** The heading of a group's table: only a notice with unit groups has one (and this rule). */
const GROUP_CSS = `\nh3 { font-family: ${FONTS.body}; font-weight: bold; font-size: 12pt; margin: 4mm 0 1mm; break-after: avoid; }`;

const LEVEL_COLORS = ['#9ecae1', '#4292c6', '#2171b5', '#08306b'];

function monthLabel(month: string, lang: string): string {
  const parts = dateParts(month);
  return lang === 'zh-CN' ? `${parts.month}月` : parts.monthName.slice(0, 3);
}

function charts(r: MonthReport, t: Translate, n: NoticeText): string[] {
  const lang = n.lang;
  const names = r.departments.map((d) => d.name);
  const titles = [n.charts.points, n.charts.adoptions, n.charts.trend];
  const points = barChart(
    titles[0]!,
    [{ name: t('report.col.points'), color: '#c0392b' }],
    r.departments.map((d) => ({ label: d.name, values: [d.points] })),
  );
  const levels = (['county', 'city', 'province', 'national'] as const).map((level, i) => ({
    name: t(`report.col.${level}`),
    color: LEVEL_COLORS[i]!,
  }));
  const adoptions = barChart(
    titles[1]!,
    levels,
    r.departments.map((d, i) => ({
      label: names[i]!,
      values: [d.adoptions.county, d.adoptions.city, d.adoptions.province, d.adoptions.national],
    })),
  );
  const trend = trendChart(titles[2]!, {
    labels: r.trend.map((p) => monthLabel(p.month, lang)),
    bars: [
      { name: t('report.chart.submitted'), color: '#6b8fb3' },
      { name: t('report.chart.adopted'), color: '#c0392b' },
    ],
    barValues: [r.trend.map((p) => p.submitted), r.trend.map((p) => p.adoptions)],
    line: { name: t('report.chart.trendPoints'), color: '#333333' },
    lineValues: r.trend.map((p) => p.points),
  });
  const caption = (i: number) =>
    escapeText(lang === 'zh-CN' ? `图${i + 1}  ${titles[i]}` : `Figure ${i + 1}. ${titles[i]}`);
  return [points, adoptions, trend].map((svg, i) => `<figure>${svg}<figcaption>${caption(i)}</figcaption></figure>`);
}

export function monthHtml(n: NoticeText, r: MonthReport, t: Translate): string {
  const p = (text: string, cls = '') => `<p${cls ? ` class="${cls}"` : ''}>${escapeText(text)}</p>`;
  const body = [
    n.office ? `<p class="masthead">${escapeText(n.office)}</p>\n<hr class="rule">` : '',
    `<h1>${escapeText(n.title)}</h1>`,
    p(n.to),
    p(n.summary, 'indent'),
    `<h2>${escapeText(n.headings.departments)}</h2>`,
    ...n.departmentTables.flatMap(({ heading, table }) => [
      ...(heading ? [`<h3>${escapeText(heading)}</h3>`] : []),
      htmlTable(table.columns, table.rows, 'departments'),
    ]),
    ...n.departmentNotes.map((note) => p(note, 'note')),
    ...(n.ledger.length
      ? [
          `<h2>${escapeText(n.headings.ledger)}</h2>`,
          r.ledger.length
            ? `<ol class="ledger">${n.ledger.map((line) => `<li>${escapeText(line.replace(/^\d+\. /, ''))}</li>`).join('')}</ol>`
            : p(n.ledger[0] ?? ''),
        ]
      : []),
    ...(n.awards.length ? [`<h2>${escapeText(n.headings.awards)}</h2>`, ...n.awards.map((line) => p(line))] : []),
    ...charts(r, t, n),
    `<h2>${escapeText(n.headings.writers)}</h2>`,
    htmlTable(n.writers.columns, n.writers.rows, 'writers'),
    `<h2>${escapeText(n.headings.adopted)}</h2>`,
    r.adopted.length
      ? `<ol>${n.adopted.map((line) => `<li>${escapeText(line.replace(/^\d+\. /, ''))}</li>`).join('')}</ol>`
      : p(n.adopted[0] ?? ''),
    ...(n.topics.length
      ? [
          `<h2>${escapeText(n.headings.topics)}</h2>`,
          `<ul>${n.topics.map((line) => `<li>${escapeText(line)}</li>`).join('')}</ul>`,
        ]
      : []),
    `<h2>${escapeText(n.headings.breakdown)}</h2>`,
    `<ul>${n.breakdown.map((line) => `<li>${escapeText(line)}</li>`).join('')}</ul>`,
    p(n.closing, 'indent'),
    `<p class="sign">${escapeText(n.office)}<br>${escapeText(n.date)}</p>`,
  ];
  const css = n.departmentTables.some((table) => table.heading) ? `${CSS}${GROUP_CSS}` : CSS;
  return htmlPage({ lang: n.lang, title: n.title, css, body: body.filter(Boolean).join('\n') });
}
