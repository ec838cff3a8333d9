import { describe, expect, it } from 'vitest';
import { complete, FILES, type Dynamic } from '../../src/cli/complete.js';
import { inspectedProgram } from '../program.js';

const program = inspectedProgram();
const dynamic: Dynamic = { departments: () => [], writers: () => [], itemIds: () => [], topicIds: () => [] };
const at = (...words: string[]) => complete(program, words, words.length - 1, dynamic);

describe('completion of info import --sheet', () => {
  it('offers the ledger flags, and file names after --sheet', () => {
    expect(at('import', '--sh')).toEqual(['--sheet', '--sheet-name']);
    expect(at('import', '--ma')).toEqual(['--map']);
    expect(at('import', '--sheet', '')).toEqual([FILES]);
  });
});
