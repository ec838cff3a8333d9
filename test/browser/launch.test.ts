/** How the browser tests find a Chromium on the PATH (else they unpack @sparticuz/chromium). */
import { chmodSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOnPath, testdir } from '../helpers.js';

const NAMES = ['chromium', 'chromium-browser'];

function program(dir: string, name: string, mode = 0o755): string {
  writeFileSync(join(dir, name), '#!/bin/sh\n');
  chmodSync(join(dir, name), mode);
  return join(dir, name);
}

describe('finding a Chromium on the PATH', () => {
  it('takes the first folder that has one, under either name', () => {
    const [empty, first, second] = [testdir(), testdir(), testdir()];
    const browser = program(first, 'chromium-browser');
    program(second, 'chromium');
    expect(findOnPath(NAMES, [empty, '', first, second].join(delimiter))).toBe(browser);
  });

  it('passes over a file that may not be run, and finds nothing where there is nothing', () => {
    const dir = testdir();
    program(dir, 'chromium', 0o644);
    expect(findOnPath(NAMES, dir)).toBeUndefined();
    expect(findOnPath(NAMES, '')).toBeUndefined();
  });
});
