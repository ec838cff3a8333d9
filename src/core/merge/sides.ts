/**
 * The two texts a file with git's conflict markers stands for: every conflict settled for
 * ours, or for theirs (a diff3 base section is left out). As `conflictFindings` reads
 * markers, `=======` and `|||||||` count only inside a `<<<<<<<` block.
 */
import { CONFLICT } from '../frontmatter.js';

export type ConflictSide = 'ours' | 'theirs';

/** Whether the text has a conflict block at all. */
export function hasConflict(text: string): boolean {
  return text.split('\n').some((line) => CONFLICT.exec(line)?.[1]?.[0] === '<');
}

export function resolveConflicts(text: string, side: ConflictSide): string {
  let state: 'out' | ConflictSide | 'base' = 'out';
  const out: string[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    const mark = CONFLICT.exec(line.replace(/\r?\n$/, ''))?.[1]?.[0];
    if (state === 'out') {
      if (mark === '<') state = 'ours';
      else out.push(line);
    } else if (mark === '>' && state === 'theirs') state = 'out';
    else if (mark === '=' && state !== 'theirs') state = 'theirs';
    else if (mark === '|' && state === 'ours') state = 'base';
    else if (state === side) out.push(line);
  }
  return out.join('');
}
