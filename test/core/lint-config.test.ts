import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze.js';
import { readConfig } from '../../src/core/config.js';
import { CONTENT_RULES } from '../../src/core/lint/index.js';
import { LINT_RULES } from '../../src/core/lint/names.js';
import { has } from '../../src/i18n/index.js';
import { itemText } from '../helpers.js';

const config = (text: string) => readConfig(yaml.load(text, { schema: yaml.CORE_SCHEMA }));
const body = ': K# B: |0 v) B4 E$ j0 W6\n全市,共42个项目';

describe('lint.rules in the config', () => {
  it('knows every content rule and the cross-file one, each with a message', () => {
    expect([...Object.keys(CONTENT_RULES), 'duplicate-title'].sort()).toEqual([...LINT_RULES].sort());
    for (const rule of LINT_RULES) expect(has(`rule.${rule}`) || has(`rule.${rule}.sequence`), rule).toBe(true);
  });

  it('sets each rule to error, warning or off', () => {
    const found = (text: string) => {
      const context = { config: config(text).config, templateLines: new Set<string>() };
      return analyzeText(itemText({ body }), 'items/a.md', 'item', context).problems.map(
        (p) => `${p.rule}:${p.severity}`,
      );
    };
    expect(found('lint: {titleMax: 40}')).toEqual(['noise-line:warning', 'halfwidth-punctuation:warning']);
    expect(found("lint: {rules: {noise-line: error, halfwidth-punctuation: 'off'}}")).toEqual(['noise-line:error']);
  });

  it('warns about a rule it does not know, naming the known ones, and still applies the rest', () => {
    const { config: read, findings } = config("lint: {rules: {noise-lines: 'off', heading-order: error}}");
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'field-enum',
        severity: 'warning',
        path: ['lint', 'rules', 'noise-lines'],
        params: expect.objectContaining({ value: 'noise-lines', allowed: LINT_RULES.join(', ') }),
      }),
    ]);
    expect(read.lint.rules['heading-order']).toBe('error');
  });

  it('warns about a misspelt setting anywhere in the config, naming the keys known there', () => {
    const { config: read, findings } = config(
      'timezon: UTC\nfees: {perPoint: 5, perpoint: 6}\ndepartments:\n  - {name: 财政局, qouta: 3}\nlabels: {status: {draft: 起草}}',
    );
    expect(findings.map((f) => [f.rule, f.severity, f.params.key])).toEqual([
      ['config-key', 'warning', 'timezon'],
      ['config-key', 'warning', 'fees.perpoint'],
      ['config-key', 'warning', 'departments[0].qouta'],
    ]);
    expect(findings[0]!.params.allowed).toContain('timezone');
    expect(read.fees.perPoint).toBe(5);
  });
});
