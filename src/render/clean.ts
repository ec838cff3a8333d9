/**
 * Text from item files may hold control characters: escape sequences that would drive a
 * terminal, or characters XML forbids (a Word document holding one will not open).
 * Every renderer passes untrusted text through here; tab and line breaks stay.
 */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}
