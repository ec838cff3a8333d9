/**
 * The config's own 考核办法 checked across keys: a department's group must be a configured
 * group, and groups and outlets are named once each. The schema has already checked types;
 * these rules read only values of the right type.
 */
import { finding, type Finding } from './problems.js';
import { isPlainObject } from './schema.js';

/** `list[i].name` of every entry that has a text name, with its index. */
function names(list: unknown): { index: number; name: string }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, index) =>
    isPlainObject(entry) && typeof entry.name === 'string' && entry.name.trim() !== ''
      ? [{ index, name: entry.name.trim() }]
      : [],
  );
}

/** The second and later entries of a list that repeat a name. */
function duplicates(key: 'groups' | 'outlets', list: unknown): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const { index, name } of names(list)) {
    const path = [key, index, 'name'];
    if (seen.has(name))
      out.push(finding('config-duplicate', 'error', { path }, { key: `${key}[${index}].name`, value: name }));
    seen.add(name);
  }
  return out;
}

function unknownGroups(raw: Record<string, unknown>): Finding[] {
  const groups = names(raw.groups).map((g) => g.name);
  if (!Array.isArray(raw.departments)) return [];
  return raw.departments.flatMap((entry, index) => {
    if (!isPlainObject(entry) || typeof entry.group !== 'string' || entry.group.trim() === '') return [];
    if (groups.includes(entry.group)) return [];
    const key = `departments[${index}].group`;
    const path = ['departments', index, 'group'];
    return [
      groups.length
        ? finding('field-enum', 'error', { path }, { key, value: entry.group, allowed: groups.join(', ') })
        : finding('field-enum', 'error', { path }, { key, value: entry.group, allowed: '', detail: 'no-groups' }),
    ];
  });
}

export function methodFindings(raw: Record<string, unknown>): Finding[] {
  return [...unknownGroups(raw), ...duplicates('groups', raw.groups), ...duplicates('outlets', raw.outlets)];
}
