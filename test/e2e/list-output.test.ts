import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, cli, itemText, workspace } from '../helpers.js';

/** About four megabytes of `list --json`: more than a pipe holds, in several pieces. */
function bulky(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 24; i++) {
    const id = `20261103-${i.toString(32).padStart(4, '0')}`;
    files[`items/${id}.md`] = itemText({
      id,
      title: `第${i}条信息`,
      extra: `tags: [${String.fromCharCode(0x4e00 + i).repeat(60_000)}]`,
    });
  }
  return workspace(files);
}

/** Runs `info list --json` into a pipe read by `reader`; resolves with the exit code and stderr. */
function listInto(
  root: string,
  reader: (out: NodeJS.ReadableStream, done: () => void) => void,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'list', '--json'], {
      cwd: root,
      env: { PATH: process.env.PATH, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    reader(child.stdout, () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('list --json into a pipe', () => {
  const root = bulky();

  it('arrives whole and in order through a reader slower than the writer', async () => {
    const expected = (await cli(['--no-cache', 'list', '--json'], { cwd: root })).stdout;
    expect(expected.length).toBeGreaterThan(1_400_000);
    for (const run of ['cold', 'warm']) {
      const chunks: Buffer[] = [];
      const result = await listInto(root, (out) => {
        // Takes a chunk every few milliseconds, so that the pipe is full while the writer goes on.
        out.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          out.pause();
          setTimeout(() => out.resume(), 3);
        });
      });
      expect({ run, ...result }).toEqual({ run, code: 0, stderr: '' });
      expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
    }
  });

  it('ends quietly when the reader stops early (| head -1)', async () => {
    const result = await listInto(root, (out, done) => out.once('data', done));
    expect(result).toEqual({ code: 0, stderr: '' });
  });
});
