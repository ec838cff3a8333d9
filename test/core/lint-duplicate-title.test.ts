import { describe, expect, it } from 'vitest';
import { duplicateIds, duplicateTitles, type TitledEntry } from '../../src/core/cross.js';
import { loadWorkspace } from '../../src/store/load.js';
import { loadConfig } from '../../src/store/workspace.js';
import { CONFIG, itemText, workspace } from '../helpers.js';

const entry = (path: string, id: string, title: string, created = '2026-11-03'): TitledEntry => ({
  path,
  id,
  title,
  created,
  keyLines: { title: 3 },
});

describe('duplicate-title', () => {
  it('flags the same title twice in one month, on the title line of each file', () => {
    const found = duplicateTitles([
      entry('a.md', '1', '春节后开工'),
      entry('b.md', '2', ' 春节后开工 '),
      entry('c.md', '3', '春节后开工', '2026-12-01'),
      entry('d.md', '4', '别的'),
    ]);
    expect(found).toEqual([
      {
        path: 'a.md',
        problem: {
          rule: 'duplicate-title',
          severity: 'warning',
          line: 3,
          column: 1,
          params: { month: '2026-11', others: 'b.md' },
        },
      },
      { path: 'b.md', problem: expect.objectContaining({ params: { month: '2026-11', others: 'a.md' } }) },
    ]);
  });

  it('leaves copies of one item (same id) to id-duplicate', () => {
    expect(duplicateTitles([entry('a.md', '1', '甲'), entry('b.md', '1', '甲')])).toEqual([]);
  });

  it('stays linear and short on ten thousand copies', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => entry(`items/${i}.md`, String(i), '同一个标题'));
    const found = duplicateTitles(many);
    expect(found).toHaveLength(10_000);
    expect(found[0]!.problem.params.others).toBe(
      'items/1.md, items/2.md, items/3.md, items/4.md, items/5.md, … (+9994)',
    );
    const ids = duplicateIds(many.map((e) => ({ ...e, id: 'same' })));
    expect(String(ids[9999]!.problem.params.others).length).toBeLessThan(120);
  });

  it('runs in the workspace load, with the severity set in lint.rules (or off)', () => {
    const files = { 'items/a.md': itemText({ id: '20261103-aaa1' }), 'items/b.md': itemText({ id: '20261103-aaa2' }) };
    const rules = (config: string) => {
      const root = workspace(files, config);
      return loadWorkspace({ root, config: loadConfig(root).config }).files.flatMap((f) =>
        f.problems.map((p) => `${p.rule}:${p.severity}`),
      );
    };
    expect(rules(CONFIG)).toEqual(['duplicate-title:warning', 'duplicate-title:warning']);
    expect(rules(`${CONFIG}lint:\n  rules: {duplicate-title: error}\n`)).toEqual([
      'duplicate-title:error',
      'duplicate-title:error',
    ]);
    expect(rules(`${CONFIG}lint:\n  rules: {duplicate-title: 'off'}\n`)).toEqual([]);
  });
});
