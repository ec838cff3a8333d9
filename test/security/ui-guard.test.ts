/** The terminal guard in the ui: every line a command prints passes it, whatever the command forgot. */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { table } from '../../src/cli/table.js';
import { createUi } from '../../src/cli/ui.js';

const ESC = '\u001b';

function fakeUi(tty: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const streams = {
    stdout: { write: (t: string | Uint8Array) => void out.push(String(t)), isTTY: tty, columns: 80 },
    stderr: { write: (t: string | Uint8Array) => void err.push(String(t)), isTTY: tty },
    stdin: { isTTY: tty },
  };
  const ui = createUi('en', streams, tty ? { TERM: 'xterm' } : { NO_COLOR: '1' }, true, Chalk);
  return { ui, out, err };
}

describe('the ui guard', () => {
  it('escapes every escape sequence but its own colours', () => {
    const { ui, out, err } = fakeUi(true);
    ui.out(`${ui.color.red('红')} ${ESC}[2J${ESC}]52;c;cGF5bG9hZA==\u0007`);
    ui.err(`${ESC}[1A覆盖上一行`);
    ui.warn(`名称${ESC}[H${ESC}[2K`);
    expect(out.join('')).toBe(`${ui.color.red('红')} \\x1b[2J\\x1b]52;c;cGF5bG9hZA==\\x07\n`);
    expect(ui.color.red('红')).toContain(`${ESC}[31m`);
    expect(err.join('')).toContain('\\x1b[1A覆盖上一行');
    expect(err.join('')).toContain('名称\\x1b[H\\x1b[2K');
  });

  it('lets no escape through at all when colour is off', () => {
    const { ui, out } = fakeUi(false);
    ui.out(`${ESC}[31m红${ESC}[0m`);
    expect(out.join('')).toBe('\\x1b[31m红\\x1b[0m\n');
  });

  it('cuts each line of a message at 2,000 characters', () => {
    const { ui, err } = fakeUi(false);
    ui.warn(`标题“${'长'.repeat(100_000)}”已存在\n第二行`);
    ui.err(`错误：${'长'.repeat(100_000)}`);
    const lines = err.join('').split('\n');
    expect(lines[0]!.length).toBeLessThanOrEqual(2000 + 'warning: '.length);
    expect(lines[0]!.endsWith('…')).toBe(true);
    expect(lines[1]).toBe('第二行');
    expect(lines[2]!.length).toBe(2000);
  });

  it('writes report bytes untouched, and report text onto a terminal guarded', () => {
    const piped = fakeUi(false);
    piped.ui.write(`控制${ESC}[2J`);
    expect(piped.out.join('')).toBe(`控制${ESC}[2J`);
    const tty = fakeUi(true);
    tty.ui.write(`控制${ESC}[2J`);
    expect(tty.out.join('')).toBe('控制\\x1b[2J');
  });
});

describe('tables', () => {
  it('cut a cell holding megabytes, whatever command draws them', () => {
    const lines = table(['ID', 'Title'], [['a', 'x'.repeat(4 * 1024 * 1024)]]);
    expect(lines[1]!.length).toBeLessThan(600);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('line up two hundred thousand rows without overflowing the stack', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i), '标题']);
    expect(table(['ID', 'Title'], rows)).toHaveLength(200_001);
  });
});
