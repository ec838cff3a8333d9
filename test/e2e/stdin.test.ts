import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';

/** O_NONBLOCK, as /proc shows a descriptor's flags (octal). */
const NONBLOCK = 0o4000;

describe('standard input', () => {
  it('is left blocking while a command runs: a pipe it shares with others stays as they expect', async () => {
    // The pipe is shared (`a | cmp - <(info …)`): made non-blocking, it makes the others' reads fail with EAGAIN.
    const child = spawn(process.execPath, [BIN, '--dir', join(ROOT, 'examples/haimen'), 'validate'], {
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    const flags: number[] = [];
    while (child.exitCode === null) {
      try {
        const match = /flags:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/fdinfo/0`, 'utf8'));
        if (match) flags.push(parseInt(match[1]!, 8) & NONBLOCK);
      } catch {
        // Gone between the check and the read.
      }
      await sleep(5);
    }
    expect(flags.length).toBeGreaterThan(5);
    expect(flags.filter((f) => f !== 0)).toEqual([]);
  });
});
