/**
 * Sharing a workspace through git (docs/cli.md 11): the merge driver's entry in a
 * repository's config and the lines `.gitattributes` and `.gitignore` need. git runs the
 * driver through `sh`, so every path in it is single-quoted: no character of a path can
 * end the quote or start a command.
 */

export const DRIVER_KEY = 'merge.infodesk.driver';
export const NAME_KEY = 'merge.infodesk.name';
export const DRIVER_NAME = 'infodesk: item, solicitation and ledger files, record by record';

/** `it's` → `'it'\''s'`: one word for sh, whatever it holds. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** What git runs to merge a file: the node binary and the program, by absolute path, then git's placeholders. */
export function driverCommand(node: string, program: string): string {
  return `${shellQuote(node)} ${shellQuote(program)} merge-file %O %A %B %P`;
}

/** The paths a command written by `driverCommand` starts with (none for a command written otherwise). */
export function driverPrograms(command: string): string[] {
  const words: string[] = [];
  const quoted = /^'((?:[^']|'\\'')*)'\s*/;
  let rest = command;
  for (let m = quoted.exec(rest); m && words.length < 2; m = quoted.exec(rest)) {
    words.push(m[1]!.replaceAll(`'\\''`, "'"));
    rest = rest.slice(m[0].length);
  }
  return words.length === 2 && rest.startsWith('merge-file ') ? words : [];
}

/** The lines of `wanted` (a file's text) that `existing` lacks, ignoring comments, blanks and spacing. */
export function missingLines(existing: string, wanted: string): string[] {
  const norm = (line: string) => line.trim().replace(/\s+/g, ' ');
  const have = new Set(existing.split(/\r?\n/).map(norm));
  return wanted.split(/\r?\n/).filter((line) => line.trim() && !line.trim().startsWith('#') && !have.has(norm(line)));
}

/** `existing` with `lines` added at its end (on a line of their own), in its line endings. */
export function withLines(existing: string, lines: readonly string[]): string {
  if (lines.length === 0) return existing;
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const gap = existing === '' || existing.endsWith('\n') ? '' : eol;
  return existing + gap + lines.join(eol) + eol;
}
