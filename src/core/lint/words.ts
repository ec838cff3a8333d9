/**
 * `misused-word`: a word on the list offices tell writers to watch (words-data.ts), or one
 * the config adds under `lint.words` (`布署: 部署`, or a list of forms to choose from, which
 * is reported and never replaced). A config entry replaces a built-in one of the same word;
 * mapping a word to itself takes it off.
 * The line is walked once: only where a listed word's first character stands is anything
 * compared.
 */
import type { Config } from '../config.js';
import { cleanLineRule } from './clean-line.js';
import type { Hit } from './text.js';
import { WORDS, type WordEntry } from './words-data.js';

export interface WordIndex {
  /** The entries starting with each character (by UTF-16 code), longest first. */
  byFirst: Map<number, WordEntry[]>;
  /** 1 for every first character: the line is walked once, looking each character up. */
  first: Uint8Array;
  /** The first two characters of every word (`code0 * 0x10000 + code1`): most first characters go no further. */
  pairs: Set<number>;
}

function index(entries: readonly WordEntry[]): WordIndex {
  const byFirst = new Map<number, WordEntry[]>();
  const first = new Uint8Array(0x10000);
  const pairs = new Set<number>();
  for (const entry of entries) {
    const code = entry.wrong.charCodeAt(0);
    first[code] = 1;
    pairs.add(code * 0x10000 + (entry.wrong.length > 1 ? entry.wrong.charCodeAt(1) : 0x10000));
    byFirst.set(code, [...(byFirst.get(code) ?? []), entry]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.wrong.length - a.wrong.length);
  return { byFirst, first, pairs };
}

const indexes = new WeakMap<object, WordIndex>();
const NONE = {};

/** The list in force under a config: the built-in words, then the config's, which win. */
export function wordIndex(config: Config): WordIndex {
  const words = config.lint.words ?? NONE;
  let found = indexes.get(words);
  if (!found) {
    // One form is the fix; a list is a choice for a person; a word mapped to itself is no mistake.
    const own = Object.entries(words).map(([wrong, right]) => ({
      wrong,
      right: Array.isArray(right) ? right.map(String) : String(right) === wrong ? [] : [String(right)],
    }));
    const overridden = new Set(own.map((e) => e.wrong));
    found = index([...WORDS.filter((e) => !overridden.has(e.wrong)), ...own.filter((e) => e.wrong && e.right.length)]);
    indexes.set(words, found);
  }
  return found;
}

function fits(text: string, at: number, entry: WordEntry): boolean {
  if (!text.startsWith(entry.wrong, at)) return false;
  const end = at + entry.wrong.length;
  if (entry.notBefore && at > 0 && entry.notBefore.includes(text[at - 1]!)) return false;
  if (entry.notAfter && end < text.length && entry.notAfter.includes(text[end]!)) return false;
  return !entry.after || entry.after.test(text.slice(end, end + 12));
}

export interface WordHit {
  index: number;
  entry: WordEntry;
}

/** Each listed word in `text`, where it stands. */
export function findWords(text: string, words: WordIndex): WordHit[] {
  const hits: WordHit[] = [];
  const { first, pairs, byFirst } = words;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (first[code] !== 1) continue;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    if (!pairs.has(code * 0x10000 + next) && !pairs.has(code * 0x10000 + 0x10000)) continue;
    for (const entry of byFirst.get(code)!) {
      if (!fits(text, i, entry)) continue;
      hits.push({ index: i, entry });
      i += entry.wrong.length - 1;
      break;
    }
  }
  return hits;
}

export function scanWords(text: string, words: WordIndex): Hit[] {
  return findWords(text, words).map(({ index, entry }): Hit => {
    const params = { found: entry.wrong, fix: entry.right.join('、') };
    return { index, params: entry.right.length === 1 ? params : { ...params, detail: 'choice' } };
  });
}

export const misusedWord = cleanLineRule('misused-word', (text, { config }) => scanWords(text, wordIndex(config)));
