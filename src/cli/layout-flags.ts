/**
 * Where an item goes in a bulletin issue, from `--section NAME`, `--brief` and `--no-brief`
 * (`info new`, `info review`): a section must be one the config's series print; an empty
 * `--section ""` takes the item out of its section.
 */
import { allSections } from '../core/bulletin/series-config.js';
import type { Config } from '../core/config.js';
import { usage } from '../core/errors.js';
import type { Edit } from '../core/rewrite.js';
import type { Ui } from './ui.js';

export interface Layout {
  /** A configured section, or '' for none. */
  section?: string;
  brief?: boolean;
}

/** A section named on the command line, checked against the config; '' stands for none. */
export function sectionFlag(config: Config, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const name = value.trim();
  if (name === '') return '';
  const sections = allSections(config.bulletins);
  if (sections.length === 0) throw usage('section-none');
  if (!sections.includes(name))
    throw usage('bad-value', { flag: '--section', value: name, allowed: sections.join('、') });
  return name;
}

export function layoutFlags(config: Config, o: { section?: string; brief?: boolean }): Layout | undefined {
  const section = sectionFlag(config, o.section);
  if (section === undefined && o.brief === undefined) return undefined;
  return { ...(section !== undefined ? { section } : {}), ...(o.brief !== undefined ? { brief: o.brief } : {}) };
}

export function layoutEdits(layout: Layout | undefined): Edit[] {
  if (!layout) return [];
  return [
    ...(layout.section !== undefined ? [{ op: 'set' as const, key: 'section', value: layout.section }] : []),
    ...(layout.brief !== undefined ? [{ op: 'set' as const, key: 'brief', value: layout.brief }] : []),
  ];
}

/** `栏目：工作动态，简讯` / `section: 工作动态, brief`: what an item's layout now is. */
export function describeLayout(ui: Ui, item: { section?: string; brief?: true }): string {
  const section = item.section ? ui.t('layout.section', { section: item.section }) : ui.t('layout.noSection');
  return item.brief ? `${section}${ui.t('layout.sep')}${ui.t('layout.brief')}` : section;
}
