/** Item ids (`20261103-k7f2`) and file-name slugs (pinyin of the title). */
import { createRequire } from 'node:module';

// The pinyin dictionary takes a tenth of a second to load: only commands that name new files load it.
const require = createRequire(import.meta.url);
let pinyinPackage: typeof import('pinyin-pro') | undefined;
const pinyin: typeof import('pinyin-pro').pinyin = (...args) =>
  (pinyinPackage ??= require('pinyin-pro')).pinyin(...args);

/** Crockford's base-32 alphabet, lowercase: no i, l, o, u to misread. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** `random` returns numbers in [0, 1); pass crypto-backed randomness in production. */
export function makeId(date: string, random: () => number): string {
  let suffix = '';
  for (let i = 0; i < 4; i++) suffix += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return `${date.replaceAll('-', '')}-${suffix}`;
}

const SLUG_MAX = 48;

export function slugify(title: string): string {
  const syllables = pinyin(title.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const joined = syllables
    // Accented Latin letters keep their base letter (é → e) instead of being dropped.
    .map((part) =>
      part
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-'),
    )
    .join('-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (joined.length <= SLUG_MAX) return joined || 'untitled';
  const cut = joined.slice(0, SLUG_MAX + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : cut.slice(0, SLUG_MAX)) || 'untitled';
}

/** `items/2026/11/20261103-k7f2-chun-jie-hou.md` */
export function itemPath(id: string, title: string): string {
  return `items/${id.slice(0, 4)}/${id.slice(4, 6)}/${id}-${slugify(title)}.md`;
}
