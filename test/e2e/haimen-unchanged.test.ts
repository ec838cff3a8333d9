/**
 * Old configs and items keep every figure. `test/fixtures/haimen-before/` holds the JSON month
 * reports of `examples/haimen` as the program made them before the office's own 考核办法
 * existed. The example now uses groups, outlets, a 简讯 and a ledger; taken away again (the
 * new config keys, `brief` on an adoption, the `ledger/` folder), the reports must be those
 * figures exactly, the new JSON keys aside.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { cli, ROOT, testdir } from '../helpers.js';

const NOW = { INFO_NOW: '2026-12-01T10:00:00+08:00' };
const NEW_SCORING = ['reported', 'brief', 'instructionOncePerLevel', 'quotaMet', 'adjustments'];

/** The example as it was: the config without the new keys, no `brief` record, no ledger. */
function oldExample(): string {
  const root = testdir();
  cpSync(join(ROOT, 'examples/haimen'), root, { recursive: true });
  const config = parseDocument(readFileSync(join(root, 'info.config.yaml'), 'utf8'));
  for (const key of ['groups', 'outlets', 'awards']) config.delete(key);
  for (const key of NEW_SCORING) config.deleteIn(['scoring', key]);
  const departments = config.get('departments') as { items: { delete(key: string): void }[] };
  for (const department of departments.items) department.delete('group');
  writeFileSync(join(root, 'info.config.yaml'), config.toString());
  for (const month of readdirSync(join(root, 'items/2026'))) {
    for (const name of readdirSync(join(root, 'items/2026', month))) {
      const path = join(root, 'items/2026', month, name);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll(', brief: true}', '}'));
    }
  }
  rmSync(join(root, 'ledger'), { recursive: true, force: true });
  return root;
}

/** A report without the keys the office's own 考核办法 adds. */
function withoutNewKeys(report: Record<string, unknown>): Record<string, unknown> {
  const { ledger: _ledger, period: _period, ...rest } = report;
  const { adjustments: _total, ...totals } = rest.totals as Record<string, unknown>;
  const departments = (rest.departments as Record<string, unknown>[]).map(
    ({ group: _g, groupRank: _r, adjustments: _a, disqualified: _d, ...row }) => row,
  );
  return { ...rest, totals, departments };
}

describe('examples/haimen without the new keys', () => {
  const root = oldExample();

  it('uses none of the office’s own 考核办法 any more', () => {
    const text = readFileSync(join(root, 'info.config.yaml'), 'utf8');
    expect(text).not.toMatch(/groups:|outlets:|quotaMet|group: /);
    expect(readFileSync(join(ROOT, 'examples/haimen/info.config.yaml'), 'utf8')).toMatch(/groups:[\s\S]*outlets:/);
  });

  it.each(['2026-09', '2026-10', '2026-11'])('gives the %s report of before, figure for figure', async (month) => {
    const result = await cli(['--no-cache', 'report', '--month', month, '--json'], { cwd: root, env: NOW });
    expect(result.code).toBe(0);
    const now = JSON.parse(result.stdout) as Record<string, unknown>;
    const before = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/haimen-before', `report-${month}.json`), 'utf8'));
    expect(withoutNewKeys(now)).toEqual(before);
    // The new keys are there, with values that change nothing.
    expect(now.ledger).toEqual([]);
    expect((now.totals as { adjustments: number }).adjustments).toBe(0);
    for (const d of now.departments as { group: unknown; rank: number; groupRank: number; adjustments: number }[])
      expect([d.group, d.groupRank, d.adjustments]).toEqual([null, d.rank, 0]);
  });
});
