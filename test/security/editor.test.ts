/** The editor is started without a shell: nothing in a file name runs as a command. */
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { editorCommand, openEditor } from '../../src/cli/editor.js';
import { testdir } from '../helpers.js';

const CANARY = 'infodesk-editor-canary';

/** A fake editor that writes each argument it got on a line of args.txt beside itself. */
function fakeEditor(): { dir: string; script: string } {
  const dir = testdir({
    'editor.sh': '#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done > "$(dirname "$0")/args.txt"\n',
  });
  const script = join(dir, 'editor.sh');
  chmodSync(script, 0o755);
  return { dir, script };
}

describe('openEditor', () => {
  afterEach(() => rmSync(join(process.cwd(), CANARY), { force: true }));

  it('passes a file name holding shell syntax as one argument, and runs none of it', () => {
    const { dir, script } = fakeEditor();
    const file = join(dir, `$(touch ${CANARY}); \`touch ${CANARY}\` | touch ${CANARY} & x.md`);
    writeFileSync(file, '');
    openEditor({ VISUAL: `"${script}" --wait` }, file);
    expect(readFileSync(join(dir, 'args.txt'), 'utf8')).toBe(`--wait\n${file}\n`);
    expect(existsSync(join(process.cwd(), CANARY))).toBe(false);
    expect(existsSync(join(dir, CANARY))).toBe(false);
  });

  it('reads $VISUAL before $EDITOR, splits quoted words, expands nothing', () => {
    expect(editorCommand({ VISUAL: `"/opt/My Editor/ed" -w '$HOME'`, EDITOR: 'nano' })).toEqual([
      '/opt/My Editor/ed',
      '-w',
      '$HOME',
    ]);
    expect(editorCommand({ EDITOR: 'nano' })).toEqual(['nano']);
  });

  it('reports an editor that cannot be started, naming it', () => {
    expect(() => openEditor({ VISUAL: '/nonexistent/editor' }, 'x.md')).toThrow(
      expect.objectContaining({
        code: 'editor-failed',
        params: expect.objectContaining({ editor: '/nonexistent/editor' }),
      }),
    );
  });
});
