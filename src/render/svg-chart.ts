/**
 * Small charts as inline SVG, for printable pages that load nothing: horizontal bars
 * (stacked when there are several series) and a month-by-month trend. Every text is
 * escaped; nothing here runs script.
 */
import { nice, ticks } from 'd3-array';
import { displayWidth } from '../core/width.js';
import { escapeText } from './html.js';

export interface Series {
  name: string;
  color: string;
}

export interface BarRow {
  label: string;
  /** One value per series. */
  values: readonly number[];
}

const FONT = 12;
const WIDTH = 640;
const num = (n: number) => String(Math.round(n * 10) / 10);
/** A figure as the tables show it (two decimals at most). */
const figure = (n: number) => String(Math.round(n * 100) / 100);
const textWidth = (text: string) => (displayWidth(text) * FONT) / 2;

/** A linear scale from [lo, hi] (niced, zero included) onto [a, b], with its ticks. */
export function scale(values: readonly number[], a: number, b: number, count = 5) {
  const [lo, hi] = nice(Math.min(0, ...values), Math.max(0, ...values, 1), count);
  const at = (v: number) => a + ((v - lo) / (hi - lo || 1)) * (b - a);
  // Counts get whole-number ticks only: there is no half an item.
  const whole = values.every(Number.isInteger);
  return { at, ticks: ticks(lo, hi, count).filter((t) => !whole || Number.isInteger(t)) };
}

function legend(series: readonly Series[], x: number, y: number): string {
  let offset = x;
  return series
    .map((s) => {
      const item = `<rect x="${num(offset)}" y="${y - 9}" width="10" height="10" fill="${s.color}"/><text x="${num(offset + 14)}" y="${y}">${escapeText(s.name)}</text>`;
      offset += 14 + textWidth(s.name) + 16;
      return item;
    })
    .join('');
}

function frame(title: string, height: number, body: string): string {
  return `<svg class="chart" role="img" aria-label="${escapeText(title)}" viewBox="0 0 ${WIDTH} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg" font-size="${FONT}"><title>${escapeText(title)}</title>${body}</svg>`;
}

function segments(row: BarRow, series: readonly Series[], at: (v: number) => number, y: number, h: number): string {
  let base = 0;
  return row.values
    .map((value, i) => {
      const from = at(base);
      const to = at(base + value);
      base += value;
      return value === 0
        ? ''
        : `<rect x="${num(Math.min(from, to))}" y="${num(y)}" width="${num(Math.abs(to - from))}" height="${h}" fill="${series[i]!.color}"/>`;
    })
    .join('');
}

/** Horizontal bars, one row per label; several series are stacked. Negative values go left of zero. */
export function barChart(title: string, series: readonly Series[], rows: readonly BarRow[]): string {
  const left = Math.min(170, Math.max(40, ...rows.map((r) => textWidth(r.label))) + 12);
  const top = series.length > 1 ? 40 : 24;
  const rowH = 22;
  const height = top + rows.length * rowH + 10;
  const totals = rows.map((r) => r.values.reduce((s, v) => s + v, 0));
  const { at, ticks: marks } = scale(totals, left, WIDTH - 50);
  const grid = marks
    .map(
      (m) =>
        `<line x1="${num(at(m))}" x2="${num(at(m))}" y1="${top - 4}" y2="${height - 10}" stroke="${m === 0 ? '#555' : '#ddd'}"/><text x="${num(at(m))}" y="${top - 8}" text-anchor="middle" fill="#666">${num(m)}</text>`,
    )
    .join('');
  const bars = rows
    .map((row, i) => {
      const y = top + i * rowH + 4;
      const end = at(Math.max(0, totals[i]!));
      return `<text x="${left - 6}" y="${y + 11}" text-anchor="end">${escapeText(row.label)}</text>${segments(row, series, at, y, rowH - 8)}<text x="${num(end + 4)}" y="${y + 11}" fill="#333">${figure(totals[i]!)}</text>`;
    })
    .join('');
  return frame(title, height, `${series.length > 1 ? legend(series, left, 14) : ''}${grid}${bars}`);
}

export interface Trend {
  labels: readonly string[];
  /** Grouped bars on the left axis. */
  bars: readonly Series[];
  barValues: readonly (readonly number[])[];
  /** A line on the right axis. */
  line: Series;
  lineValues: readonly number[];
}

function trendAxes(t: Trend, left: number, right: number, top: number, bottom: number) {
  const count = scale(t.barValues.flat(), bottom, top, 4);
  const pts = scale(t.lineValues, bottom, top, 4);
  const axis = (s: typeof count, x: number, anchor: string) =>
    s.ticks
      .map((m) => `<text x="${x}" y="${num(s.at(m) + 4)}" text-anchor="${anchor}" fill="#666">${num(m)}</text>`)
      .join('');
  const grid = count.ticks
    .map(
      (m) =>
        `<line x1="${left}" x2="${right}" y1="${num(count.at(m))}" y2="${num(count.at(m))}" stroke="${m === 0 ? '#555' : '#ddd'}"/>`,
    )
    .join('');
  return { count, pts, svg: grid + axis(count, left - 6, 'end') + axis(pts, right + 6, 'start') };
}

/** Months along the bottom: grouped bars (counts, left axis) and a line (points, right axis). */
export function trendChart(title: string, t: Trend): string {
  const [left, right, top, bottom, height] = [40, WIDTH - 50, 34, 200, 224];
  const { count, pts, svg } = trendAxes(t, left, right, top, bottom);
  const slot = (right - left) / Math.max(1, t.labels.length);
  const barW = Math.min(14, (slot - 6) / Math.max(1, t.bars.length));
  const bars = t.labels
    .map((label, i) => {
      const x0 = left + i * slot + (slot - barW * t.bars.length) / 2;
      const group = t.bars.map((s, k) => {
        const v = t.barValues[k]![i] ?? 0;
        const [y0, y1] = [count.at(0), count.at(v)];
        return `<rect x="${num(x0 + k * barW)}" y="${num(Math.min(y0, y1))}" width="${num(barW - 1)}" height="${num(Math.abs(y1 - y0))}" fill="${s.color}"/>`;
      });
      return `${group.join('')}<text x="${num(left + (i + 0.5) * slot)}" y="${bottom + 16}" text-anchor="middle">${escapeText(label)}</text>`;
    })
    .join('');
  const path = t.lineValues.map((v, i) => `${num(left + (i + 0.5) * slot)},${num(pts.at(v))}`).join(' ');
  const dots = t.lineValues
    .map(
      (v, i) => `<circle cx="${num(left + (i + 0.5) * slot)}" cy="${num(pts.at(v))}" r="2.5" fill="${t.line.color}"/>`,
    )
    .join('');
  const line = `<polyline points="${path}" fill="none" stroke="${t.line.color}" stroke-width="1.5"/>${dots}`;
  return frame(title, height, `${legend([...t.bars, t.line], left, 14)}${svg}${bars}${line}`);
}
