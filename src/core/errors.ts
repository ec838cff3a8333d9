/**
 * The one error type the tool raises on purpose. `code` names a message in the i18n
 * catalogue (`error.<code>`, and `hint.<code>` when there is one); the entry maps
 * `exit` to the process's exit code.
 */
import type { Placed } from './analyze.js';
import type { Params } from './problems.js';

export type ExitCode = 1 | 2;

export class InfoError extends Error {
  constructor(
    readonly code: string,
    readonly params: Params = {},
    readonly exit: ExitCode = 1,
    /** Problems found in the file named by `params.file` (an invalid config). */
    readonly problems: readonly Placed[] = [],
  ) {
    super(code);
    this.name = 'InfoError';
  }
}

/** A usage error: a bad flag value, or a required value missing where no prompt is possible. */
export function usage(code: string, params: Params = {}): InfoError {
  return new InfoError(code, params, 2);
}
