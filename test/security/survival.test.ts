/**
 * Every command that reads the workspace survives a hostile one: one run reports every
 * broken file (file, line, column, rule) and still lists and counts the good items; no
 * code runs, nothing outside is read, no control character reaches the terminal, no stack
 * trace is shown. Each command (validate, list, show, the month report in every format,
 * status, the review queue) must finish within the test's time limit.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/problems.js';
import { cli } from '../helpers.js';
import { hostileWorkspace, MONTH, type Hostile } from './hostile.js';

const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const STACK = /^\s+at /m;

describe('a hostile workspace', () => {
  let h: Hostile;
  beforeAll(() => {
    h = hostileWorkspace();
  });

  it('validate --json names every broken file with line, column and rule, in one run', async () => {
    const { code, stdout, stderr } = await cli(['validate', '--json'], { cwd: h.root });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { files: number; errors: Problem[]; warnings: Problem[] };
    expect(h.broken.length).toBeGreaterThanOrEqual(30);
    for (const { path, rule } of h.broken) {
      const found = report.errors.find((p) => p.file === path && p.rule === rule);
      expect(found, `${path} ${rule}`).toMatchObject({
        line: expect.any(Number),
        column: expect.any(Number),
        severity: 'error',
      });
      expect(found!.line).toBeGreaterThanOrEqual(1);
      expect(found!.column).toBeGreaterThanOrEqual(1);
    }
    for (const { path } of h.good) expect(report.errors.filter((p) => p.file === path)).toEqual([]);
    expect(report.files).toBe(h.good.length + h.broken.length);
    for (const link of h.links)
      expect(report.warnings).toContainEqual(expect.objectContaining({ file: link, rule: 'symlink-outside' }));
    expect(stdout).not.toContain(h.secret);
    expect(RAW.test(stdout)).toBe(false);
    expect(stderr).not.toMatch(STACK);
  });

  it('validate in text: one safe line per problem, a summary, small output', async () => {
    const { code, stdout, stderr } = await cli(['validate'], { cwd: h.root });
    expect(code).toBe(1);
    expect(RAW.test(stdout + stderr)).toBe(false);
    expect(stdout.length).toBeLessThan(64 * 1024);
    for (const line of stdout.trim().split('\n'))
      expect(line).toMatch(/^\S.*:\d+:\d+ {2}(error|warning) {2}[a-z-]+ {2}\S/);
    expect(stderr).toMatch(new RegExp(`${h.good.length + h.broken.length} files`));
    expect(stderr).not.toMatch(STACK);
  });

  it('list shows and counts the good items, and says how many files were left out', async () => {
    const json = await cli(['list', '--json'], { cwd: h.root });
    expect(json.code).toBe(0);
    const items = JSON.parse(json.stdout) as { id: string; title: string }[];
    expect(items.map((i) => i.id).sort()).toEqual(h.good.map((g) => g.id).sort());
    for (const good of h.good) expect(items.find((i) => i.id === good.id)?.title).toBe(good.title);
    expect(Object.prototype).not.toHaveProperty('polluted');

    const text = await cli(['list'], { cwd: h.root });
    expect(text.code).toBe(0);
    expect(text.stdout.trim().split('\n')).toHaveLength(h.good.length + 1);
    expect(RAW.test(text.stdout + text.stderr)).toBe(false);
    expect(text.stdout.length).toBeLessThan(4096);
    expect(text.stderr).toContain(`${h.broken.length} files with errors left out`);
    expect(text.stderr).not.toMatch(STACK);
  });

  it('show displays the items with escaped sequences and prototype keys safely', async () => {
    for (const good of h.good.filter((g) => /escaped|proto/.test(g.path))) {
      const { code, stdout, stderr } = await cli(['show', good.id], { cwd: h.root });
      expect(code).toBe(0);
      expect(RAW.test(stdout)).toBe(false);
      expect(stderr).not.toMatch(STACK);
    }
  });

  it('the month report counts the good items and carries their text safely, in every format', async () => {
    const json = await cli(['report', '--month', MONTH, '--format', 'json'], { cwd: h.root });
    expect(json.code, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as {
      totals: { submitted: number; adoptions: number };
      adopted: { id: string; title: string }[];
    };
    expect(report.totals.submitted).toBe(h.good.length);
    expect(report.totals.adoptions).toBe(1);
    const escaped = h.good.find((g) => g.path.includes('escape'))!;
    expect(report.adopted).toEqual([expect.objectContaining({ id: escaped.id })]);
    expect(RAW.test(json.stdout)).toBe(false);
    for (const format of ['md', 'csv', 'html']) {
      const { code, stdout, stderr } = await cli(['report', '--month', MONTH, '--format', format], { cwd: h.root });
      expect(code, `${format}: ${stderr}`).toBe(0);
      expect(stdout, format).not.toMatch(
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/,
      );
      expect(stdout.length, format).toBeLessThan(256 * 1024);
      expect(stdout + stderr).not.toContain(h.secret);
      expect(stderr).not.toMatch(STACK);
    }
  });

  it('status and the review queue list the good items in small, safe tables', async () => {
    for (const args of [['status'], ['review']]) {
      const { code, stdout, stderr } = await cli(args, { cwd: h.root });
      expect(code, `${args[0]}: ${stderr}`).toBe(0);
      expect(RAW.test(stdout + stderr), args[0]).toBe(false);
      expect(stdout.length, args[0]).toBeLessThan(16 * 1024);
      expect(stderr).not.toMatch(STACK);
    }
  });

  it('ran no code from any file and read nothing outside', async () => {
    for (const canary of h.canaries) expect(existsSync(canary), canary).toBe(false);
  });
});
