import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, testdir } from '../helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the packed package', () => {
  it('installs globally from its tarball on a clean prefix and runs without dev dependencies', () => {
    const out = testdir();
    // dist/ is already built by `npm test`; rebuilding here would rewrite it under the other tests' feet.
    execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', out, '--silent'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    const tarball = readdirSync(out).find((name) => name.endsWith('.tgz'))!;
    const prefix = join(out, 'prefix');
    // Packages already in npm's cache (`npm ci` put them there) are taken from it without asking the registry.
    const install = ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund'];
    execFileSync(npm, [...install, join(out, tarball)], {
      stdio: 'pipe',
      timeout: 240_000,
    });
    const bin = join(prefix, 'bin');
    const env = { PATH: `${bin}:${process.env.PATH}`, HOME: out, LANG: 'en_US.UTF-8', NO_COLOR: '1' };
    for (const name of ['info', 'infodesk']) {
      expect(execFileSync(join(bin, name), ['--version'], { env, encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    }
    const installed = join(prefix, 'lib', 'node_modules', 'infodesk', 'node_modules');
    expect(existsSync(join(installed, 'vitest')) || existsSync(join(prefix, 'lib', 'node_modules', 'vitest'))).toBe(
      false,
    );
    const workspace = join(out, 'ws');
    execFileSync(join(bin, 'info'), ['init', workspace, '--office', 'Test Office'], { env, stdio: 'pipe' });
    expect(existsSync(join(workspace, 'info.config.yaml'))).toBe(true);
    expect(existsSync(join(workspace, 'templates', 'items', 'key.md'))).toBe(true);
    const created = execFileSync(
      join(bin, 'info'),
      [
        'new',
        '--dir',
        workspace,
        '--title',
        '打包测试',
        '--category',
        'key',
        '--source',
        'meeting',
        '--department',
        '发改委',
        '--author',
        '张三',
      ],
      { env, encoding: 'utf8' },
    );
    expect(created.trim()).toMatch(/items\/\d{4}\/\d{2}\/\d{8}-\w{4}-da-bao-ce-shi\.md$/);
    expect(
      execFileSync(join(bin, 'info'), ['validate', '--dir', workspace, '--json'], { env, encoding: 'utf8' }),
    ).toContain('"errors": []');
  }, 300_000);
});
