/**
 * A file name from a name a department chose, safe on every file system: no path separator,
 * no character Windows refuses, no control character, no name Windows reserves, not hidden,
 * at most 120 UTF-8 bytes, and unique among names that differ only in case.
 */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_BYTES = 120;

export function safeFileName(name: string): string {
  let safe = name.normalize('NFC').replace(FORBIDDEN, '_').trim();
  safe = safe.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (safe === '') safe = '_';
  if (RESERVED.test(safe)) safe = `_${safe}`;
  let out = '';
  for (const char of safe) {
    if (Buffer.byteLength(out + char) > MAX_BYTES) break;
    out += char;
  }
  return out;
}

/** `safeFileName` for each name, `-2`, `-3`… after one already taken (case aside). */
export function uniqueFileNames(names: readonly string[], extension: string): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = safeFileName(name);
    let file = `${base}${extension}`;
    for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${base}-${n}${extension}`;
    taken.add(file.toLowerCase());
    return file;
  });
}
