/** An error of the catalogue in the user's words: the message, the lines at fault, the hint. */
import type { InfoError } from '../core/errors.js';
import type { Ui } from './ui.js';

export function errorText(ui: Ui, error: InfoError): { message: string; hint?: string } {
  const lines = error.problems.map((p) => `\n  ${ui.problemLine(ui.problem(error.problemsFile, p))}`).join('');
  const message = `${ui.errColor.red(ui.t('label.error'))}${ui.t(`error.${error.code}`, error.params)}${lines}`;
  const key = `hint.${error.code}`;
  return ui.t(key) === key ? { message } : { message, hint: ui.errColor.dim(ui.t(key, error.params)) };
}
