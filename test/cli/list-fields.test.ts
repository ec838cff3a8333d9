import { beforeAll, describe, expect, it } from 'vitest';
import { listedFields, SORT_FIELDS } from '../../src/cli/commands/list.js';
import { filterItems, sortItems, type ItemFilter } from '../../src/core/query.js';
import { HEAD_FIELDS } from '../../src/store/cache/entry.js';
import { loadWorkspace } from '../../src/store/load.js';
import { openWorkspace } from '../../src/store/workspace.js';
import { itemText, workspace } from '../helpers.js';

/** Items that differ in every field a listing filters or sorts on, with ties to break by id. */
function varied(): string {
  const statuses = ['draft', 'submitted', 'edited', 'approved'];
  const files: Record<string, string> = {};
  for (let i = 0; i < 24; i++) {
    const created = `2026-${String((i % 3) + 9).padStart(2, '0')}-0${(i % 4) + 1}`;
    const id = `${created.replaceAll('-', '')}-${i.toString(32).padStart(4, 'a')}`;
    const status = statuses[i % 4]!;
    // Folders in the reverse order of the ids: ties are broken by id, not by where files lie.
    files[`items/${String(99 - i)}/${id}.md`] = itemText({
      id,
      created,
      status,
      title: `${['乙', '甲', '丙'][i % 3]}项工作第${i}条`,
      category: ['key', 'general'][i % 2],
      source: ['meeting', 'report'][i % 2],
      department: ['发改委', '财政局', '教育局'][i % 3],
      authors: `[${['张三', '李四'][i % 2]}]`,
      history: [
        `{at: ${created}T09:12:00+08:00, by: 张三, to: draft}`,
        ...(status === 'draft'
          ? []
          : [`{at: 2026-11-${String((i % 9) + 10)}T10:00:00+08:00, by: 李四, to: submitted}`]),
      ],
      extra: `tags: [${['民生', '项目'][i % 2]}]${i % 5 === 0 ? '\ntopic: 20261001-t0p1' : ''}`,
    });
  }
  return workspace(files);
}

describe('list reads only the head fields it needs', () => {
  let loaded: ReturnType<typeof loadWorkspace>;
  beforeAll(async () => {
    const root = varied();
    // Files older than the file system's clock tick: the cache trusts their stamps.
    await new Promise((resolve) => setTimeout(resolve, 120));
    const ws = openWorkspace(root, root);
    loadWorkspace(ws);
    // Warm: every head comes from the cache's columns, read one field at a time.
    loaded = loadWorkspace(ws);
  });
  const filters: ItemFilter[] = [
    {},
    { statuses: ['submitted', 'edited'] },
    { category: 'general' },
    { source: 'meeting' },
    { department: '财政局' },
    { author: '李四' },
    { month: '2026-10' },
    { topic: '20261001-t0p1' },
    { search: '甲项' },
    { search: '民生', department: '发改委' },
  ];
  const sorts = SORT_FIELDS.flatMap((field) => [field, `-${field}`]);
  const tableFields = ['id', 'status', 'category', 'departments', 'created', 'title'] as const;

  it.each(sorts)(
    'lists the same items in the same order as heads of every field do, sorted by %s, for every filter',
    (sort) => {
      expect(loaded.reused).toBe(24);
      for (const filter of filters) {
        for (const json of [true, false]) {
          const picked = sortItems(filterItems(loaded.listing(listedFields(filter, sort, json)), filter), sort);
          const whole = sortItems(filterItems(loaded.listing(HEAD_FIELDS), filter), sort);
          expect(
            picked.map((h) => h.path),
            JSON.stringify(filter),
          ).toEqual(whole.map((h) => h.path));
          if (!json)
            expect(picked.map((h) => tableFields.map((f) => h[f]))).toEqual(
              whole.map((h) => tableFields.map((f) => h[f])),
            );
        }
      }
    },
  );

  it('reads two fields for list --json with no filter, and none of the list columns', () => {
    expect(listedFields({}, 'created', true).sort()).toEqual(['created', 'id']);
    expect(listedFields({ statuses: [] }, '-department', true).sort()).toEqual(['departments', 'id']);
  });
});
