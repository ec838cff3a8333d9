import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/progress.js';

function terminal() {
  const stream = {
    isTTY: true,
    columns: 80,
    text: '',
    write(chunk: string) {
      stream.text += chunk;
      return true;
    },
    cursorTo() {
      return true;
    },
    clearLine() {
      return true;
    },
    moveCursor() {
      return true;
    },
    on() {
      return stream;
    },
    removeListener() {
      return stream;
    },
  };
  return stream;
}

describe('the progress bar', () => {
  it('stays silent for work shorter than the delay', () => {
    const stream = terminal();
    let now = 0;
    const bar = progressBar(stream as unknown as NodeJS.WritableStream, 'Checking files', 1000, () => now);
    for (let i = 1; i <= 100; i++) {
      now = i * 5;
      bar.tick(i, 100);
    }
    bar.stop();
    expect(stream.text).toBe('');
  });

  it('appears once the work has taken a second, and goes when it is done', () => {
    const stream = terminal();
    let now = 0;
    const bar = progressBar(stream as unknown as NodeJS.WritableStream, 'Checking files', 1000, () => now);
    bar.tick(1, 1000);
    now = 1500;
    bar.tick(400, 1000);
    expect(stream.text).toContain('Checking files');
    expect(stream.text).toContain('400/1000');
    bar.tick(1000, 1000);
    // Cursor shown again and the line cleared, so that what follows starts clean.
    expect(stream.text.endsWith('\u001b[?25h\u001b[?7h\u001b8\u001b[1G\u001b[2K')).toBe(true);
    const length = stream.text.length;
    bar.tick(1000, 1000);
    bar.stop();
    expect(stream.text.length).toBe(length);
  });
});
