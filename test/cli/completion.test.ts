import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { complete, FILES, type Dynamic } from '../../src/cli/complete.js';
import { inspectedProgram } from '../program.js';
import { BIN, cli, itemText, testdir, workspace } from '../helpers.js';

const program = inspectedProgram();
const dynamic: Dynamic = {
  departments: () => ['发改委', '财政局'],
  writers: () => ['张三'],
  itemIds: () => ['20261103-k7f2', '20261104-aaaa'],
  topicIds: () => ['20261101-a9c3'],
};
const at = (...words: string[]) => complete(program, words, words.length - 1, dynamic);

describe('completion candidates', () => {
  it('offers commands, then each command’s flags', () => {
    expect(at('')).toEqual(expect.arrayContaining(['init', 'new', 'list', 'show', 'validate', 'completion']));
    expect(at('')).not.toContain('__complete');
    expect(at('li')).toEqual(['list']);
    expect(at('list', '--s')).toEqual(['--status', '--source', '--search', '--sort']);
  });

  it('offers enumerated values, configured departments and item ids', () => {
    expect(at('list', '--status', '')).toEqual([
      'draft',
      'submitted',
      'returned',
      'edited',
      'approved',
      'published',
      'reported',
      'adopted',
      'declined',
      'archived',
    ]);
    expect(at('new', '--category', 'h')).toEqual(['highlight', 'hot']);
    expect(at('new', '--department', '')).toEqual(['发改委', '财政局']);
    expect(at('show', '20261103')).toEqual(['20261103-k7f2']);
    expect(at('--lang', 'en', 'list', '--month', '2026-11', '--category', '')).toEqual([
      'key',
      'highlight',
      'hot',
      'difficulty',
    ]);
  });

  it('leaves file names to the shell', () => {
    expect(at('new', '--body-file', 'dr')).toEqual([FILES]);
    expect(at('--dir', '')).toEqual([FILES]);
  });
});

describe('the bash script', () => {
  it('completes through the real binary when loaded into bash', async () => {
    const root = workspace({ 'items/a.md': itemText({ id: '20261103-k7f2' }) });
    const bin = testdir();
    writeFileSync(join(bin, 'info'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'info'), 0o755);
    const script = (await cli(['completion', 'bash'])).stdout;
    expect(script).toContain('complete -o default -F _info_complete info infodesk');
    writeFileSync(join(bin, 'info.bash'), script);
    const run = (line: string) =>
      execFileSync(
        'bash',
        [
          '--norc',
          '--noprofile',
          '-c',
          `source ${join(bin, 'info.bash')}; COMP_WORDS=(${line}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _info_complete; printf '%s\\n' "\${COMPREPLY[@]}"`,
        ],
        {
          cwd: root,
          env: { PATH: `${bin}:${process.env.PATH}`, LANG: 'en_US.UTF-8' },
          encoding: 'utf8',
        },
      ).trim();
    expect(run('info va')).toBe('validate');
    expect(run('info show 2026')).toBe('20261103-k7f2');
    expect(run('info list --status sub')).toBe('submitted');
  });

  it('prints zsh and fish scripts and refuses other shells', async () => {
    expect((await cli(['completion', 'zsh'])).stdout).toContain('compdef _info info infodesk');
    expect((await cli(['completion', 'fish'])).stdout).toContain('complete -c info');
    expect((await cli(['completion', 'powershell'])).code).toBe(2);
  });
});
