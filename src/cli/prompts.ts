/**
 * Every question the tool asks, behind a small interface so commands can be tested with a
 * fake. Inquirer is loaded only when a prompt is really shown. Ctrl-C rejects with an
 * ExitPromptError, which the entry turns into exit 130 with nothing written.
 */
import { styleText } from 'node:util';
import { keysOf, labelOf, type VocabKind } from '../core/vocab.js';
import type { Translate } from '../i18n/index.js';
import type { Ui } from './ui.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompt {
  /** Free text; an empty answer is refused unless `required` is false (or a validator decides). */
  input(
    message: string,
    options?: { default?: string; required?: boolean; validate?: (value: string) => string | true },
  ): Promise<string>;
  select<T>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  checkbox<T>(message: string, choices: Choice<T>[], validate?: (values: readonly T[]) => string | true): Promise<T[]>;
  confirm(message: string, defaultValue?: boolean): Promise<boolean>;
}

/** The values of a vocabulary by label: `重点（key）` in Chinese, `key work` in English. */
export function vocabChoices(ui: Ui, kind: VocabKind, labels: Record<string, string> = {}): Choice<string>[] {
  return keysOf(kind).map((key) => ({
    name: `${labelOf(kind, key, ui.lang, labels)}${ui.lang === 'en' ? '' : `（${key}）`}`,
    value: key as string,
  }));
}

/** The key hints under a list, in the user's language. */
function keysTheme(t: Translate) {
  return {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys
          .map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', t(`prompt.key.${action}`))}`)
          .join(styleText('dim', ' • ')),
    },
  };
}

export async function inquirerPrompt(t: Translate): Promise<Prompt> {
  const inquirer = await import('@inquirer/prompts');
  const theme = keysTheme(t);
  return {
    input: (message, options = {}) =>
      // A validator says in the user's language why an empty answer will not do; inquirer's own check is English.
      inquirer.input({
        message,
        default: options.default,
        validate: options.validate,
        required: options.validate ? false : (options.required ?? true),
      }),
    select: (message, choices, defaultValue) =>
      inquirer.select({ message, choices, default: defaultValue, pageSize: 12, loop: false, theme }),
    checkbox: (message, choices, validate) =>
      inquirer.checkbox({
        message,
        choices,
        pageSize: 12,
        loop: false,
        theme,
        validate: validate ? (items) => validate(items.map((i) => i.value)) : undefined,
      }),
    confirm: (message, defaultValue) => inquirer.confirm({ message, default: defaultValue }),
  };
}
