/**
 * `node:fs` for modules on the path of `info --help`: an ESM import of it reads every export,
 * which runs its lazy getters (`ReadStream`, `promises`) and loads Node's stream modules, a
 * good part of the start-up time of a command that prints a stored text. A require does not.
 */
import { createRequire } from 'node:module';

export const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
