import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driverCommand, driverPrograms, missingLines, shellQuote, withLines } from '../../src/core/git-setup.js';

/** What sh makes of a word: the argument it hands a program. */
const throughSh = (word: string) => spawnSync('sh', ['-c', `printf %s ${word}`], { encoding: 'utf8' }).stdout;

describe('the merge driver’s command', () => {
  it('hands sh any path as one word, running nothing in it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1 }).filter((s) => !s.includes('\u0000')),
        (path) => {
          expect(throughSh(shellQuote(path))).toBe(path);
        },
      ),
      { numRuns: 40 },
    );
    expect(throughSh(shellQuote('it\'s $(touch x); `id` \\ " *'))).toBe('it\'s $(touch x); `id` \\ " *');
  });

  it('reads back the programs a command it wrote names, and nothing from one written otherwise', () => {
    const command = driverCommand('/opt/node 20/bin/node', "/home/o'brien/info/bin/info.js");
    expect(command).toBe("'/opt/node 20/bin/node' '/home/o'\\''brien/info/bin/info.js' merge-file %O %A %B %P");
    expect(driverPrograms(command)).toEqual(['/opt/node 20/bin/node', "/home/o'brien/info/bin/info.js"]);
    expect(driverPrograms('my-merge %O %A %B')).toEqual([]);
  });
});

describe('lines a workspace file needs', () => {
  it('adds only what is missing, on lines of their own, in the file’s line endings', () => {
    const wanted = '# infodesk\nitems/**/*.md merge=infodesk\ntopics/**/*.md merge=infodesk\n';
    const existing = '*.png binary\r\nitems/**/*.md   merge=infodesk';
    const missing = missingLines(existing, wanted);
    expect(missing).toEqual(['topics/**/*.md merge=infodesk']);
    expect(withLines(existing, missing)).toBe(
      '*.png binary\r\nitems/**/*.md   merge=infodesk\r\ntopics/**/*.md merge=infodesk\r\n',
    );
    expect(withLines(existing, [])).toBe(existing);
  });
});
