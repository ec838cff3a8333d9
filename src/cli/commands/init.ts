/** `info init [DIR]`: a new workspace — config, templates, folders, .gitignore, .gitattributes. Never overwrites. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { InfoError } from '../../core/errors.js';
import { schemaDocument } from '../../core/json-schema.js';
import { insideGit } from '../../store/git.js';
import { CONFIG_FILE } from '../../store/root.cjs';
import { writeNew } from '../../store/write.js';
import type { Context } from '../context.js';
import type { InitOptions } from './init-flags.js';
import { displayWidth } from '../../core/width.js';

const PACKAGE_TEMPLATES = new URL('../../../templates/', import.meta.url);

/** A YAML scalar that reads back as exactly `text`. */
function scalar(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ·（）()、-]*$/u.test(text) &&
    !/^(true|false|null|~|yes|no|on|off|[-+.\d])/i.test(text)
    ? text
    : JSON.stringify(text);
}

/** Puts `value` where `{{name}}` stands, keeping the comment after it in its column. */
function fill(text: string, name: string, value: string): string {
  return text.replace(
    new RegExp(`\\{\\{${name}\\}\\}( *)`),
    (whole) => value + ' '.repeat(Math.max(1, whole.length - displayWidth(value))),
  );
}

function packageFile(name: string): string {
  return readFileSync(new URL(name, PACKAGE_TEMPLATES), 'utf8');
}

export async function run([dir]: string[], options: InitOptions, context: Context): Promise<number> {
  const { ui } = context;
  const target = resolve(context.cwd, dir ?? options.dir ?? '.');
  if (existsSync(target) && !statSync(target).isDirectory()) throw new InfoError('init-not-dir', { dir: target });
  if (existsSync(join(target, CONFIG_FILE))) throw new InfoError('init-exists', { file: join(target, CONFIG_FILE) });
  const office = options.office?.trim() || (ui.lang === 'en' ? 'Office' : '人民政府办公室');
  const series = options.bulletin?.trim() || '政务信息';
  const config = fill(fill(packageFile(`config.${ui.lang}.yaml`), 'office', scalar(office)), 'series', scalar(series));

  const created: string[] = [];
  const make = (rel: string, content: string) => {
    if (writeNew(join(target, rel), content)) created.push(rel);
  };
  try {
    for (const dir of [
      'items',
      'topics',
      'bulletins',
      'templates/items',
      'templates/bulletin',
      'templates/schema',
      '.info',
    ]) {
      mkdirSync(join(target, dir), { recursive: true });
    }
  } catch (error) {
    // A path through a file, or a folder not ours to write: the user's to fix, not a fault.
    throw new InfoError('init-failed', { dir: target, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
  for (const name of readdirSync(new URL('items/', PACKAGE_TEMPLATES))) {
    make(`templates/items/${name}`, packageFile(`items/${name}`));
  }
  for (const name of ['item', 'config'] as const) {
    make(`templates/schema/${name}.schema.json`, `${JSON.stringify(schemaDocument(name), null, 2)}\n`);
  }
  make('.gitignore', packageFile('gitignore'));
  if (!created.includes('.gitignore') && !readFileSync(join(target, '.gitignore'), 'utf8').includes('.info/')) {
    ui.warn(ui.t('init.gitignore'));
  }
  // Item, topic and ledger files merge record by record once a clone runs `info git setup`.
  make('.gitattributes', packageFile('gitattributes'));
  if (
    !created.includes('.gitattributes') &&
    !readFileSync(join(target, '.gitattributes'), 'utf8').includes('merge=infodesk')
  ) {
    ui.warn(ui.t('init.gitattributes'));
  }
  // The config goes last: a workspace exists only once everything it needs is in place.
  make(CONFIG_FILE, config);
  if (!created.includes(CONFIG_FILE)) throw new InfoError('init-exists', { file: join(target, CONFIG_FILE) });

  const where = relative(context.cwd, target) || '.';
  ui.out(ui.t('init.done', { dir: where }));
  ui.err(ui.errColor.dim(ui.t('init.next', { dir: where })));
  if (insideGit(target)) ui.err(ui.errColor.dim(ui.t('init.git')));
  return 0;
}
