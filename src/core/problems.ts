/** What a rule found, before it is placed in a file (line, column) and put into words. */

export type Severity = 'error' | 'warning';
export type KeyPath = readonly (string | number)[];
export type Params = Record<string, string | number>;

export interface Finding {
  rule: string;
  severity: Severity;
  /** Where in the front matter: the offending key. */
  path?: KeyPath;
  /** Or where in the file, 1-based, when the rule looks at raw text. */
  line?: number;
  column?: number;
  params: Params;
}

/** A finding placed in a file, as `validate` prints it. `message` is in the user's language. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: Severity;
  message: string;
}

export function finding(
  rule: string,
  severity: Severity,
  where: { path?: KeyPath; line?: number; column?: number },
  params: Params = {},
): Finding {
  return { rule, severity, ...where, params };
}
