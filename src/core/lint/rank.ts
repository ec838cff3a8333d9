/**
 * Findings ranked for the editor: in one file, errors first, then the content findings a
 * person has to look at (a placeholder, a lost figure, a broken enumeration) before the
 * mechanical ones `info fix` mends (punctuation, noise, leftovers). Grouped by rule and
 * counted, so three hundred halfwidth commas do not hide one `placeholder`.
 */
import { CONTENT_RULES } from './index.js';

/** The content rules, most in need of a person first. */
export const EDITOR_ORDER: readonly string[] = [
  'body-empty',
  'placeholder',
  'missing-number',
  'template-leftover',
  'title-echo',
  'repeated-paragraph',
  'sequence-gap',
  'heading-order',
  'misused-word',
  'title-length',
  'duplicate-title',
  'web-residue',
  'noise-line',
  'docnum-brackets',
  'doubled-punctuation',
  'halfwidth-punctuation',
];

export interface Ranked {
  rule: string;
  severity: 'error' | 'warning';
  line: number;
  params: Record<string, string | number>;
}

export const isContentRule = (rule: string): boolean =>
  EDITOR_ORDER.includes(rule) || Object.hasOwn(CONTENT_RULES, rule);

/** Errors, then other warnings, then content findings in the editor's order; each group by line. */
export function rankFindings<T extends Ranked>(found: readonly T[]): T[] {
  const rank = (p: T) =>
    p.severity === 'error' ? 0 : isContentRule(p.rule) ? 2 + Math.max(0, EDITOR_ORDER.indexOf(p.rule)) : 1;
  return [...found].sort((a, b) => rank(a) - rank(b) || a.line - b.line);
}

export interface RuleCount {
  rule: string;
  count: number;
  /** The first finding of the rule, where the editor should look. */
  first: number;
}

/** One file's content warnings by rule, in the editor's order; a summed-up finding counts what it sums. */
export function tallyByRule(found: readonly Ranked[]): RuleCount[] {
  const byRule = new Map<string, RuleCount>();
  for (const p of rankFindings(found)) {
    if (p.severity === 'error' || !isContentRule(p.rule)) continue;
    const entry = byRule.get(p.rule) ?? { rule: p.rule, count: 0, first: p.line };
    entry.count += p.params.detail === 'more' ? Number(p.params.count) : 1;
    byRule.set(p.rule, entry);
  }
  return [...byRule.values()];
}
