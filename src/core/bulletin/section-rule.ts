/**
 * The validate rule `section-unknown`: an item's `section:` must be one the config's series
 * print. An item does not know which series it will go into, so any series' section will do.
 */
import type { Config } from '../config.js';
import type { Item } from '../item.js';
import { finding, type Finding } from '../problems.js';
import { allSections } from './series-config.js';

export function sectionFindings(item: Item, config: Config): Finding[] {
  if (!item.section) return [];
  const sections = allSections(config.bulletins);
  if (sections.includes(item.section)) return [];
  const params = { section: item.section, allowed: sections.join('、') };
  return [
    finding(
      'section-unknown',
      'error',
      { path: ['section'] },
      sections.length ? params : { ...params, detail: 'none' },
    ),
  ];
}
