/**
 * Text from item files may hold control characters: escape sequences that would drive a
 * terminal, or characters XML forbids (a Word document holding one will not open).
 * Every renderer passes untrusted text through here; tab and line breaks stay. Bidi
 * overrides and isolates go too: in a printed notice they would make the rest of a line
 * read in another order than it is stored.
 */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}
