/** Commands that take several REFs: each succeeds or fails on its own. */
import { InfoError } from '../core/errors.js';
import { errorText } from './error-text.js';
import type { Ui } from './ui.js';

/**
 * Runs `act` for each value in turn. A refusal (an InfoError) is said on stderr and counted,
 * and the others still run; a hint shared by several refusals is said once, at the end.
 * Anything else is a fault and stops the run. Returns how many were refused.
 */
export async function eachOnItsOwn<T>(ui: Ui, values: readonly T[], act: (value: T) => unknown): Promise<number> {
  const hints = new Set<string>();
  let failed = 0;
  for (const value of values) {
    try {
      await act(value);
    } catch (error) {
      if (!(error instanceof InfoError)) throw error;
      failed++;
      const { message, hint } = errorText(ui, error);
      ui.err(message);
      if (hint) hints.add(hint);
    }
  }
  for (const hint of hints) ui.err(hint);
  return failed;
}
