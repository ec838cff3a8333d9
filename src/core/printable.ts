/**
 * Text from a workspace made safe to put in front of a person: no control character
 * reaches a terminal raw (an escape sequence in a title could move the cursor, rewrite
 * earlier lines, change the window title or hide text), and no value is allowed to fill
 * the screen with megabytes.
 */

/**
 * C0 controls, DEL, C1 controls (U+009B is a one-character CSI on some terminals), line and
 * paragraph separators, and the bidirectional overrides and isolates that can make text
 * read in a different order than it is stored.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_LINES =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

const TERMINAL = new RegExp(`\\u001b\\[[0-9;]*m|${CONTROLS_BUT_LINES.source}`, 'g');

function escapeChar(char: string): string {
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return ' ';
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of text: every control character, newlines too, shown as a visible escape. */
export function printableLine(text: string): string {
  return text.replace(CONTROLS, escapeChar);
}

/** Text of several lines (a body, a message): newlines and tabs kept, every other control escaped. */
export function printable(text: string): string {
  return text.replace(CONTROLS_BUT_LINES, escapeChar);
}

/**
 * The last line of defence, for whole lines on their way to a terminal: colour (SGR) is
 * the only escape sequence the tool writes itself, so it alone survives, and only when
 * colour is on; every other control is escaped. Commands still escape file text
 * themselves, which also neutralises colour codes hidden in a file.
 */
export function terminalSafe(text: string, keepColour: boolean): string {
  return text.replace(TERMINAL, (match) =>
    match.length > 1 && keepColour ? match : match.replace(CONTROLS_BUT_LINES, escapeChar),
  );
}

/** Each line of `text` cut to `max` units: a message quoting a value from a file stays readable. */
export function clipLines(text: string, max: number): string {
  return text.length <= max
    ? text
    : text
        .split('\n')
        .map((line) => clip(line, max))
        .join('\n');
}

/** At most `max` UTF-16 units, with `…` when cut; never splits a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * JSON whose strings cannot act on a terminal either: JSON.stringify already escapes
 * C0 controls; C1 controls, separators and bidi controls are escaped here too. Outside
 * strings, JSON text is plain ASCII, so the replacement only ever touches string content.
 */
export function safeJson(value: unknown, indent = 2): string {
  return (JSON.stringify(value, null, indent) ?? 'null').replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
