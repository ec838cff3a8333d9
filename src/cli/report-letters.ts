/** `info report … --letters --out DIR`: one letter per unit, each written atomically, named after the unit. */
import { join, resolve } from 'node:path';
import type { Config } from '../core/config.js';
import { InfoError } from '../core/errors.js';
import { uniqueFileNames } from '../core/file-name.js';
import { kindLabel } from '../core/ledger.js';
import { lettersOf } from '../core/report/letter.js';
import type { MonthReport } from '../core/report/model.js';
import { letterText } from '../render/letter-text.js';
import { writeAtomic } from '../store/write.js';
import type { Context } from './context.js';

export type LetterFormat = 'md' | 'html' | 'docx';

export async function writeLetters(
  report: MonthReport,
  format: LetterFormat,
  out: string,
  context: Context,
  config: Config,
): Promise<number> {
  const { ui } = context;
  const layouts = await import('../render/letter-files.js');
  const letters = lettersOf(report);
  const names = uniqueFileNames(
    letters.map((l) => l.row.name),
    `.${format}`,
  );
  const dir = resolve(context.cwd, out);
  for (const [i, letter] of letters.entries()) {
    const text = letterText(letter, report, ui.t, ui.lang, (kind) => kindLabel(config, kind, ui.lang));
    const content =
      format === 'md'
        ? layouts.letterMarkdown(text)
        : format === 'html'
          ? layouts.letterHtml(text)
          : await layouts.letterDocx(text);
    const shown = join(out, names[i]!);
    try {
      writeAtomic(join(dir, names[i]!), content);
    } catch (error) {
      throw new InfoError('report-write', { path: shown, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
    }
  }
  ui.err(ui.t('report.letters.written', { count: letters.length, dir: out }));
  return 0;
}
