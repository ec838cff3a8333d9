/**
 * Every message the tool prints, in Chinese and English side by side, so neither language
 * can lack one. `{name}` in a message is replaced by the parameter of that name.
 */
import type { Lang } from '../core/config.js';
import { ERRORS, type ErrorEntry } from '../core/errors-data.js';
import type { Params } from '../core/problems.js';
import { labelOf, VOCAB, type VocabKind } from '../core/vocab.js';
import { ask } from './ask.js';
import { bulletin } from './bulletin.js';
import { cli } from './cli.js';
import { editor } from './editor.js';
import { git } from './git.js';
import { importing } from './import.js';
import { layout } from './layout.js';
import { lint } from './lint.js';
import { perf } from './perf.js';
import { period } from './period.js';
import { report } from './report.js';
import { review } from './review.js';
import { rules } from './rules.js';
import { scoring } from './scoring.js';
import { sheet } from './sheet.js';
import { status } from './status.js';

export type { Lang };
export type Messages = Record<string, { zh: string; en: string }>;
export type Translate = (key: string, params?: Params) => string;

/** The error catalogue's messages and hints, as `error.<code>` and `hint.<code>`. */
const errors: Messages = Object.fromEntries(
  Object.entries(ERRORS as Record<string, ErrorEntry>).flatMap(([code, entry]) => [
    [`error.${code}`, { zh: entry.zh, en: entry.en }],
    ...(entry.hint ? [[`hint.${code}`, entry.hint]] : []),
  ]),
);

const CATALOGUE: Messages = {
  ...errors,
  ...cli,
  ...rules,
  ...review,
  ...ask,
  ...importing,
  ...report,
  ...bulletin,
  ...status,
  ...perf,
  ...lint,
  ...layout,
  ...scoring,
  ...editor,
  ...git,
  ...period,
  ...sheet,
};

export function has(key: string): boolean {
  return Object.hasOwn(CATALOGUE, key);
}

/**
 * `{to|status}` in a message shows a canonical key (or a `, `-separated list of keys) by its
 * label in the user's language, so core code can pass keys and the reader sees 已编辑.
 */
function labelList(kind: VocabKind, value: string, lang: Lang, renamed: Labels): string {
  if (lang === 'en') return value;
  return value
    .split(', ')
    .map((key) => (Object.hasOwn(VOCAB[kind], key) ? labelOf(kind, key, lang, renamed[kind]) : key))
    .join('、');
}

/** Labels a workspace's config renames (`labels.status`: key → label), by vocabulary. */
export type Labels = Record<string, Record<string, string>>;

/** `labels` gives the labels the open workspace renames (none before one is open). */
export function translator(lang: Lang, labels: () => Labels = () => ({})): Translate {
  return (key, params = {}) => {
    const entry = Object.hasOwn(CATALOGUE, key) ? CATALOGUE[key]! : undefined;
    const template = entry ? (lang === 'en' ? entry.en : entry.zh) : key;
    return template.replace(/\{(\w+)(?:\|(\w+)|#(\w+))?\}/g, (whole, name: string, kind?: string, noun?: string) => {
      if (!Object.hasOwn(params, name)) return whole;
      const value = String(params[name]);
      // `{count#file}`: the number and its noun, `1 file`, `3 files` (English only needs it).
      if (noun) return `${value} ${noun}${Number(value) === 1 ? '' : 's'}`;
      if (!kind) return value;
      if (Object.hasOwn(VOCAB, kind)) return labelList(kind as VocabKind, value, lang, labels());
      // `{expected|type}`: a word core code passes in English (`list`), put into the user's language.
      const word = Object.hasOwn(CATALOGUE, `${kind}.${value}`) ? CATALOGUE[`${kind}.${value}`]! : undefined;
      return word ? (lang === 'en' ? word.en : word.zh) : value;
    });
  };
}

/** Which language to speak (CommonJS, for the start-up path of `--help`). */
export { chooseLang } from './lang.cjs';
