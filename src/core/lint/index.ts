/**
 * Content rules: the checks an editor makes by hand when revising an item. Each rule is a
 * small function over the item and its body; each finding is a warning unless the config
 * says otherwise (`lint.rules`).
 */
import type { Config, RuleSeverity } from '../config.js';
import type { Item } from '../item.js';
import type { Finding } from '../problems.js';
import { bodyEmpty, templateLeftover, titleLength } from './basic.js';
import { docnumBrackets } from './docnum.js';
import { doubledPunctuation } from './doubled.js';
import { titleEcho } from './echo.js';
import { headingOrder } from './headings.js';
import { noiseLine } from './noise.js';
import { missingNumber } from './numbers.js';
import { placeholder } from './placeholder.js';
import { halfwidthPunctuation } from './punctuation.js';
import { repeatedParagraph } from './repeated.js';
import { webResidue } from './residue.js';
import { sequenceGap } from './sequence.js';
import { misusedWord } from './words.js';

export interface LintInput {
  item: Item;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** The raw front matter (its line 1 is the file's line 1), to place findings in the title. */
  matter?: string;
}

export interface LintContext {
  config: Config;
  /** Guidance lines from the workspace's item templates, trimmed. */
  templateLines: ReadonlySet<string>;
}

export type ContentRule = (input: LintInput, context: LintContext) => Finding[];

export const CONTENT_RULES: Record<string, ContentRule> = {
  'title-length': titleLength,
  'body-empty': bodyEmpty,
  'template-leftover': templateLeftover,
  'noise-line': noiseLine,
  'halfwidth-punctuation': halfwidthPunctuation,
  'heading-order': headingOrder,
  'docnum-brackets': docnumBrackets,
  // The editor's checks on texts as departments send them (docs/editor-checks.md).
  'web-residue': webResidue,
  'sequence-gap': sequenceGap,
  placeholder,
  'missing-number': missingNumber,
  'doubled-punctuation': doubledPunctuation,
  'title-echo': titleEcho,
  'repeated-paragraph': repeatedParagraph,
  'misused-word': misusedWord,
};

/**
 * Findings of one rule in one file past this are summed up in one more finding: a pasted
 * web page can hold thousands of halfwidth commas, and a list of thousands helps nobody.
 */
export const MAX_PER_RULE = 50;

function capped(rule: string, found: Finding[]): Finding[] {
  if (found.length <= MAX_PER_RULE) return found;
  const more = found.length - MAX_PER_RULE;
  const last = found[MAX_PER_RULE - 1]!;
  return [
    ...found.slice(0, MAX_PER_RULE),
    {
      rule,
      severity: last.severity,
      line: last.line,
      column: last.column,
      path: last.path,
      params: { detail: 'more', count: more },
    },
  ];
}

export function lintItem(input: LintInput, context: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const [name, rule] of Object.entries(CONTENT_RULES)) {
    const setting: RuleSeverity | undefined = context.config.lint.rules[name];
    if (setting === 'off') continue;
    for (const found of capped(name, rule(input, context))) out.push(setting ? { ...found, severity: setting } : found);
  }
  return out;
}
