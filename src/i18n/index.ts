/**
 * Every message the tool prints, in Chinese and English side by side, so neither language
 * can lack one. `{name}` in a message is replaced by the parameter of that name.
 */
import type { Lang } from '../core/config.js';
import type { Params } from '../core/problems.js';
import { cli } from './cli.js';
import { perf } from './perf.js';
import { rules } from './rules.js';

export type { Lang };
export type Messages = Record<string, { zh: string; en: string }>;
export type Translate = (key: string, params?: Params) => string;

const CATALOGUE: Messages = { ...cli, ...rules, ...perf };

export function has(key: string): boolean {
  return Object.hasOwn(CATALOGUE, key);
}

export function translator(lang: Lang): Translate {
  return (key, params = {}) => {
    const entry = Object.hasOwn(CATALOGUE, key) ? CATALOGUE[key]! : undefined;
    const template = entry ? (lang === 'en' ? entry.en : entry.zh) : key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  };
}

export { chooseLang } from './choose.js';
