/**
 * Content rules: the checks an editor makes by hand when revising an item. Each rule is a
 * small function over the item and its body; each finding is a warning unless the config
 * says otherwise (`lint.rules`).
 */
import type { Config, RuleSeverity } from '../config.js';
import type { Item } from '../item.js';
import type { Finding } from '../problems.js';
import { bodyEmpty, templateLeftover, titleLength } from './basic.js';

export interface LintInput {
  item: Item;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
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
};

export function lintItem(input: LintInput, context: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const [name, rule] of Object.entries(CONTENT_RULES)) {
    const setting: RuleSeverity | undefined = context.config.lint.rules[name];
    if (setting === 'off') continue;
    for (const found of rule(input, context)) out.push(setting ? { ...found, severity: setting } : found);
  }
  return out;
}
