/**
 * The browser the browser tests drive: a Chromium on the PATH when there is one, else the
 * Chromium inside the npm package @sparticuz/chromium, so `npm ci && npm test` needs nothing
 * from the system. Pages are checked by their DOM, layout boxes, styles and printed pages,
 * never by glyph widths: a fresh machine may have no CJK fonts at all.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { escape as escapeHtml } from 'html-escaper';
import { type Browser, chromium } from 'playwright-core';
import { findOnPath } from '../helpers.js';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export async function launchBrowser(): Promise<Browser> {
  const system = findOnPath(['chromium', 'chromium-browser']);
  if (system) return chromium.launch({ executablePath: system, args: FLAGS });
  const shipped = await shippedChromium();
  return chromium.launch({ executablePath: shipped.executable, args: FLAGS, env: shipped.env });
}

interface Shipped {
  executable: string;
  env: Record<string, string>;
}

/**
 * @sparticuz/chromium unpacks itself into os.tmpdir(), shared by every checkout and version;
 * it is pointed at a folder of its own under node_modules/.cache instead, unpacked beside it
 * and renamed into place so that test files starting at once never run a half-written binary.
 */
async function shippedChromium(): Promise<Shipped> {
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  const root = join(dirname(entry), '..', '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const dir = join(root, '..', '..', '.cache', `sparticuz-chromium-${version}`);
  if (!existsSync(dir)) await unpack(dir);
  return {
    executable: join(dir, 'chromium'),
    env: {
      ...(process.env as Record<string, string>),
      // The NSS libraries it ships, so a machine without libnss3 runs it too.
      LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_FILE: join(dir, 'fonts.conf'),
    },
  };
}

async function unpack(dir: string): Promise<void> {
  const staging = `${dir}.${process.pid}`;
  // It keeps any file already there: start clean, whatever a killed run left.
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const saved = { TMPDIR: process.env.TMPDIR, AWS_EXECUTION_ENV: process.env.AWS_EXECUTION_ENV };
  // TMPDIR is where it unpacks; the Lambda runtime name makes it unpack its NSS libraries too.
  process.env.TMPDIR = staging;
  process.env.AWS_EXECUTION_ENV = 'AWS_Lambda_nodejs20.x';
  try {
    const { default: Chromium } = await import('@sparticuz/chromium');
    await Chromium.executablePath();
  } finally {
    restore(saved);
  }
  // The system's fonts when it has any, and the Open Sans it ships when it has none.
  writeFileSync(
    join(staging, 'fonts.conf'),
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${escapeHtml(join(dir, 'fonts', 'fonts'))}</dir>
  <cachedir>${escapeHtml(join(dir, 'fontconfig-cache'))}</cachedir>
</fontconfig>
`,
  );
  try {
    renameSync(staging, dir);
  } catch (error) {
    // Another test file unpacked it first.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  }
}

function restore(saved: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}
