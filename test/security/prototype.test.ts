/** Keys such as `__proto__` and `constructor` in untrusted files are plain keys, nothing more. */
import yaml from 'js-yaml';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/core/config.js';
import { planNewItem } from '../../src/core/new-item.js';
import { analyzeText } from '../../src/core/analyze.js';
import { labelOf } from '../../src/core/vocab.js';
import { itemText } from '../helpers.js';

const load = (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA });

describe('the config', () => {
  it('merges a `__proto__` key as a plain key, changing no prototype', () => {
    const { config, findings } = readConfig(load('labels:\n  __proto__: {submitted: 伪造}\n'));
    expect(findings).toEqual([]);
    expect(Object.getPrototypeOf(config.labels)).toBe(Object.prototype);
    expect((config.labels as Record<string, unknown>).submitted).toBeUndefined();
    expect(({} as Record<string, unknown>).submitted).toBeUndefined();
  });

  it('checks a `constructor` key like any other key (own keys only)', () => {
    const { findings } = readConfig(load('labels:\n  constructor: 5\nlint:\n  rules:\n    toString: loud\n'));
    expect(findings.map((f) => f.path?.join('.')).sort()).toEqual(['labels.constructor', 'lint.rules.toString']);
  });
});

describe('labels', () => {
  it('a value named after an Object method shows as itself, not as that method', () => {
    expect(labelOf('category', 'constructor', 'zh-CN')).toBe('constructor');
    expect(labelOf('status', 'toString', 'zh-CN', {})).toBe('toString');
    expect(labelOf('status', 'submitted', 'zh-CN', { submitted: '待审核' })).toBe('待审核');
  });
});

describe('templates (the yaml package)', () => {
  it('a `__proto__` key in a template stays a plain key of the new item', () => {
    expect(Object.getPrototypeOf(parse('__proto__: {polluted: yes}'))).toBe(Object.prototype);
    const template = '---\n__proto__: {status: approved, polluted: yes}\ntitle:\n---\n';
    const planned = planNewItem(
      {
        title: '标题',
        category: 'key',
        source: 'meeting',
        departments: ['发改委'],
        authors: ['张三'],
        tags: [],
        status: 'draft',
        date: '2026-11-03',
        at: '2026-11-03T09:00:00+08:00',
        by: '张三',
      },
      template,
      () => 0.5,
    );
    expect(planned.item.status).toBe('draft');
    expect(Object.getPrototypeOf(planned.item)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('values that are mappings with a toString or valueOf key', () => {
  it('never make the model throw; the schema names their type', () => {
    const text = itemText({
      id: "{toString: ''}",
      title: '{valueOf: 1, toString: x}',
      history: ["{at: 2026-11-03T09:12:00+08:00, by: {toString: ''}, to: draft, note: {toJSON: 1}}"],
      extra: 'topic: {toString: 1}\nadoptions: [{level: city, date: {toString: x}}]',
    });
    const analysis = analyzeText(text, 'items/a.md', 'item', {
      config: readConfig({}).config,
      templateLines: new Set(),
    });
    expect(analysis.item).toMatchObject({
      id: '',
      title: '',
      history: [{ at: '2026-11-03T09:12:00+08:00', by: '', to: 'draft', note: '' }],
    });
    expect(analysis.problems.filter((p) => p.rule === 'field-type').length).toBeGreaterThanOrEqual(4);
  });
});
