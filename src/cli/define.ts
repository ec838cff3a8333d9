/**
 * How a command declares itself: its operands, its flags and their help, and where its code
 * is. The flags' keys give both the flag (`bodyFile` → `--body-file`) and the typed options
 * the command's code receives, so the two cannot drift apart. Command code is loaded only
 * when its command runs.
 */
import type { Context } from './context.js';

/** A flag taking one value (`--title <text>`); the last one given wins. */
export interface TextFlag {
  kind: 'text';
  value: string;
  help: string;
}
/** A flag taking one value, given as often as wanted (`--department A --department B`). */
export interface ListFlag {
  kind: 'list';
  value: string;
  help: string;
}
/** A flag taking several values at once (`--items A B C`). */
export interface VariadicFlag {
  kind: 'variadic';
  value: string;
  help: string;
}
/** A switch (`--json`). */
export interface BoolFlag {
  kind: 'bool';
  help: string;
}
/** A flag whose value may be left out (`--adopt [level]`): `true` when it is. */
export interface OptionalFlag {
  kind: 'optional';
  value: string;
  help: string;
}
export type Flag = TextFlag | ListFlag | VariadicFlag | BoolFlag | OptionalFlag;
export type Flags = Record<string, Flag>;

/** `help` is a catalogue key (`help.opt.title`). */
export const text = (value: string, help: string): TextFlag => ({ kind: 'text', value, help });
export const list = (value: string, help: string): ListFlag => ({ kind: 'list', value, help });
export const variadic = (value: string, help: string): VariadicFlag => ({ kind: 'variadic', value, help });
export const bool = (help: string): BoolFlag => ({ kind: 'bool', help });
export const optional = (value: string, help: string): OptionalFlag => ({ kind: 'optional', value, help });

type ValueOf<F extends Flag> = F extends TextFlag
  ? string | undefined
  : F extends ListFlag | VariadicFlag
    ? string[] | undefined
    : F extends OptionalFlag
      ? string | true | undefined
      : boolean | undefined;

/** What a command's code receives for its flags (plus the global `--dir`). */
export type OptionsOf<F extends Flags> = { -readonly [K in keyof F]: ValueOf<F[K]> } & { dir?: string };

/** A command's code: its operands (variadic ones spread), its options, the run's context; the exit code. */
export type Run<O> = (operands: string[], options: O, context: Context) => Promise<number>;

export interface Definition<F extends Flags = Flags> {
  /** As commander takes it: `show <ref>`, `validate [paths...]`. */
  name: string;
  /** The catalogue key of its description (`help.<key>`) and examples (`help.<key>.examples`). */
  help: string;
  flags: F;
  run: () => Promise<Run<OptionsOf<F>>>;
}

/** Any command, as the program lists them (its options' type is its own business). */
export interface AnyDefinition {
  name: string;
  help: string;
  flags: Flags;
  run: () => Promise<Run<never>>;
}

/** Ties a command's flags to the options its code is typed with. */
export function define<F extends Flags>(definition: Definition<F>): Definition<F> {
  return definition;
}

/** `bodyFile` → `--body-file`. */
export function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
