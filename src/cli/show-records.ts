/**
 * An item's history, adoptions and leader instructions as `info show` prints them. Notes
 * and instruction texts can be long and have line breaks, so they go on lines of their own
 * under the entry, wrapped to the terminal, instead of being cut off in a table column.
 */
import type { Item } from '../core/item.js';
import { printable, printableLine as line } from '../core/printable.js';
import { labelOf, type VocabKind } from '../core/vocab.js';
import { table } from './table.js';
import type { Ui } from './ui.js';
import { displayWidth } from '../core/width.js';

type Labels = Record<string, Record<string, string>>;

/** Closing punctuation stays on the line before rather than starting a new one. */
const NO_LINE_START = /^[，。、；：？！）》」』”’,.;:?!)\]]$/u;

/** Lines of at most `width` columns; English breaks at spaces, Chinese anywhere. */
export function wrap(text: string, width: number | undefined): string[] {
  const paragraphs = text.replace(/\r\n?/g, '\n').split('\n');
  if (!width || width < 10) return paragraphs;
  return paragraphs.flatMap((paragraph) => {
    const lines: string[] = [];
    let line = '';
    for (const char of paragraph) {
      if (displayWidth(line + char) > width && line && !NO_LINE_START.test(char)) {
        const space = char === ' ' ? line.length : line.lastIndexOf(' ');
        const cut = space > line.length / 2 ? space : line.length;
        lines.push(line.slice(0, cut).trimEnd());
        line = line.slice(cut).trimStart();
      }
      if (line || char !== ' ') line += char;
    }
    lines.push(line);
    return lines;
  });
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

function heading(ui: Ui, key: string, count: number): string[] {
  return ['', ui.color.bold(`${ui.t(key)}${ui.lang === 'en' ? ` (${count})` : `（${count}）`}`)];
}

/** Rows of leading cells, each followed by its text wrapped under the last cell. */
function entries(ui: Ui, rows: { cells: string[]; text: string }[]): string[] {
  const widths = rows[0]!.cells.map((_, i) => Math.max(...rows.map((r) => displayWidth(r.cells[i] ?? ''))));
  const indent = 2 + widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  const room = ui.width ? ui.width - indent - 1 : undefined;
  return rows.flatMap(({ cells, text }) => [
    `  ${cells.map((cell, i) => (i === cells.length - 1 ? cell : pad(cell, widths[i]!))).join('  ')}`.trimEnd(),
    ...(text.trim() ? wrap(text.trim(), room).map((line) => `${' '.repeat(indent)}${line}`) : []),
  ]);
}

export function recordSections(ui: Ui, item: Item, labels: Labels): string[] {
  const { t, color, lang } = ui;
  const label = (kind: VocabKind, key: string | undefined) => (key ? labelOf(kind, key, lang, labels[kind]) : '');
  const out: string[] = [];
  if (item.history.length) {
    out.push(...heading(ui, 'show.history', item.history.length));
    out.push(
      ...entries(
        ui,
        item.history.map((h) => ({
          cells: [
            line(String(h.at).slice(0, 16).replace('T', ' ')),
            line(String(h.by)),
            `${h.from ? `${label('status', h.from)} → ` : '→ '}${color.bold(label('status', h.to))}`,
          ],
          text: typeof h.note === 'string' ? printable(h.note) : '',
        })),
      ),
    );
  }
  if (item.adoptions.length) {
    out.push(...heading(ui, 'show.adoptions', item.adoptions.length));
    const rows = item.adoptions.map((a) =>
      [
        a.date,
        label('level', a.level),
        // A 简讯 says so beside its form: it scores at scoring.brief.
        a.brief ? `${label('form', a.form)} · ${t('review.brief')}` : label('form', a.form),
        [a.outlet, a.issue].filter(Boolean).join(' '),
      ].map((cell) => line(String(cell ?? ''))),
    );
    out.push(
      ...table(
        ['show.date', 'show.level', 'show.form', 'show.outlet'].map((h) => color.dim(t(h))),
        rows,
      ).map((l) => `  ${l}`),
    );
  }
  if (item.instructions.length) {
    out.push(...heading(ui, 'show.instructions', item.instructions.length));
    out.push(
      ...entries(
        ui,
        item.instructions.map((i) => ({
          cells: [
            line(String(i.date)),
            [
              `${line(String(i.leader))}${i.level ? (lang === 'en' ? ` (${label('level', i.level)})` : `（${label('level', i.level)}）`) : ''}`,
              i.due ? color.dim(t('show.dueOn', { due: i.due })) : '',
            ]
              .filter(Boolean)
              .join('  '),
          ],
          text: printable(String(i.text ?? '')),
        })),
      ),
    );
  }
  return out;
}
