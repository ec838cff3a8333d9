/**
 * The one error type the tool raises on purpose. Its `code` names an entry of the catalogue
 * (`errors-data.ts`), whose message and hint the entry prints in the user's language; `exit`
 * is the process's exit code. A misspelt code or a missing parameter does not compile.
 */
import type { Placed } from './analyze.js';
import type { ERRORS } from './errors-data.js';

export type ExitCode = 1 | 2;
export type ErrorCode = keyof typeof ERRORS;

/** The part after the last `{` (a literal brace may come before a placeholder: `{{> {name}`). */
type Innermost<P extends string> = P extends `${string}{${infer R}` ? Innermost<R> : P;
/** `{name}`, `{name|kind}`, `{name#noun}` → `name`. */
type NameOf<P extends string> = P extends `${infer N}|${string}` ? N : P extends `${infer N}#${string}` ? N : P;
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? NameOf<Innermost<P>> | Placeholders<Rest>
  : never;

type Entry<C extends ErrorCode> = (typeof ERRORS)[C];
type Texts<C extends ErrorCode> =
  | Entry<C>['zh']
  | Entry<C>['en']
  | (Entry<C> extends { hint: { zh: infer Z extends string; en: infer E extends string } } ? Z | E : never);

/** The parameters an error's messages name, each a string or a number. */
export type ErrorParams<C extends ErrorCode> = { [K in Placeholders<Texts<C>>]: string | number };

type Rest<C extends ErrorCode> = [keyof ErrorParams<C>] extends [never]
  ? [params?: ErrorParams<C>, exit?: ExitCode]
  : [params: ErrorParams<C>, exit?: ExitCode];

export class InfoError<C extends ErrorCode = ErrorCode> extends Error {
  readonly params: Readonly<Record<string, string | number>>;
  readonly exit: ExitCode;
  /** Problems found in one file (an invalid config, a broken history), listed under the message. */
  problems: readonly Placed[] = [];
  problemsFile = '';

  constructor(
    readonly code: C,
    ...[params, exit]: Rest<C>
  ) {
    super(code);
    this.name = 'InfoError';
    this.params = params ?? {};
    this.exit = exit ?? 1;
  }

  /** The same error, with the problems found in `file`. */
  withProblems(file: string, problems: readonly Placed[]): this {
    this.problemsFile = file;
    this.problems = problems;
    return this;
  }
}

/** A usage error (exit 2): a bad flag value, or a required value missing where no prompt is possible. */
export function usage<C extends ErrorCode>(code: C, ...[params]: Rest<C>): InfoError<C> {
  return new InfoError(code, ...([params, 2] as Rest<C>));
}
