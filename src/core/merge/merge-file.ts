/**
 * The three-way merge of one item, topic or ledger file (docs/cli.md 11): the front matter
 * key by key (`plan.ts`, laid out by `matter-text.ts`), the body line by line (by the
 * `LineMerge` it is given: git's own, in practice). The result is read back and compared with
 * what the merge meant, once for each way its conflicts could be settled, so a file is never
 * written that loses a record or says something the merge did not intend.
 */
import { isDeepStrictEqual } from 'node:util';
import { splitFile } from '../frontmatter.js';
import { mergeMatterText, type Labels } from './matter-text.js';
import { parseSide, type Input } from './parse.js';
import { conflictKeys, mergedData, planMerge, type MergePlan } from './plan.js';
import { hasConflict, resolveConflicts, type ConflictSide } from './sides.js';

/** A line-by-line three-way merge of texts, as `git merge-file` makes it: the text and how many conflicts it has. */
export type LineMerge = (
  base: string,
  ours: string,
  theirs: string,
  labels: Labels,
) => { text: string; conflicts: number };

export interface Texts {
  /** Null when the sides have no common ancestor (git gives an empty file then). */
  base: string | null;
  ours: string;
  theirs: string;
}

export type MergeOutcome =
  /** `conflicts`: the keys (and `body`) left with conflict markers; none when clean. */
  | { text: string; conflicts: string[]; failed?: undefined }
  /** A side that cannot be merged as a file with front matter, and why. */
  | { failed: 'base' | 'ours' | 'theirs' | 'result'; reason: string; text?: undefined };

const BOM = '\uFEFF';

function eolOf(text: string): string {
  const at = text.indexOf('\n');
  return at > 0 && text[at - 1] === '\r' ? '\r\n' : '\n';
}

/** A side written with other line breaks than ours is read with ours' (a clone on Windows, another on a Mac). */
function withEol(text: string, eol: string): string {
  return eolOf(text) === eol ? text : text.replace(/\r?\n/g, eol);
}

function mergeBody(base: string, ours: string, theirs: string, lines: LineMerge, labels: Labels) {
  if (ours === theirs || base === theirs) return { text: ours, conflicts: 0 };
  if (base === ours) return { text: theirs, conflicts: 0 };
  return lines(base, ours, theirs, labels);
}

/** Whether `text`, with its conflicts settled for each side in turn, reads as the plan says. */
function faithful(text: string, plan: MergePlan, ours: Input, theirs: Input, conflicted: boolean): boolean {
  const sides: ConflictSide[] = conflicted ? ['ours', 'theirs'] : ['ours'];
  return sides.every((side) => {
    const settled = conflicted ? resolveConflicts(text, side) : text;
    const read = splitFile(settled.startsWith(BOM) ? settled.slice(1) : settled);
    if (read.findings.some((f) => f.severity === 'error')) return false;
    return isDeepStrictEqual(read.data, mergedData(plan, ours.data, theirs.data, side));
  });
}

/**
 * In a criss-cross merge git first merges the two common ancestors into one, and that may
 * have conflicts of its own: either side of them is an ancestor of both files.
 */
const settledBase = (text: string) => (hasConflict(text) ? resolveConflicts(text, 'ours') : text);

export function mergeFile(texts: Texts, lines: LineMerge, labels: Labels): MergeOutcome {
  // Changed on one side only: that side, as it is (git itself merges so without asking a driver).
  if (texts.ours === texts.theirs || texts.base === texts.theirs) return { text: texts.ours, conflicts: [] };
  if (texts.base === texts.ours) return { text: texts.theirs, conflicts: [] };
  const ours = parseSide(texts.ours);
  if (!ours.input) return { failed: 'ours', reason: ours.reason };
  const eol = ours.input.eol;
  const theirs = parseSide(withEol(texts.theirs, eol));
  if (!theirs.input) return { failed: 'theirs', reason: theirs.reason };
  const base = texts.base === null ? null : parseSide(withEol(settledBase(texts.base), eol));
  if (base && !base.input) return { failed: 'base', reason: base.reason };
  const plan = planMerge(base?.input.data ?? null, ours.input.data, theirs.input.data);
  const matter = mergeMatterText(ours.input, theirs.input, plan, labels);
  const body = mergeBody(base?.input.body ?? '', ours.input.body, theirs.input.body, lines, labels);
  const closing = ours.input.closing;
  const joint = body.text && !/\n$/.test(closing) ? eol : '';
  const text = (ours.input.bom ? BOM : '') + matter + closing + joint + body.text;
  const conflicts = [...conflictKeys(plan), ...(body.conflicts ? ['body'] : [])];
  if (!faithful(text, plan, ours.input, theirs.input, conflicts.length > 0)) {
    return { failed: 'result', reason: 'unfaithful' };
  }
  return { text, conflicts };
}
