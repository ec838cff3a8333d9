import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { splitFile } from '../../src/core/frontmatter.js';
import { schemaDocument } from '../../src/core/json-schema.js';
import { ROOT, cli, testdir } from '../helpers.js';

const EXAMPLE = join(ROOT, 'examples', 'haimen');
const ajv = new Ajv({ strict: false, allErrors: true });
const validItem = ajv.compile(schemaDocument('item'));
const validConfig = ajv.compile(schemaDocument('config'));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

describe('JSON Schema', () => {
  it('accepts every item of the example workspace and its config', () => {
    const files = markdownFiles(join(EXAMPLE, 'items'));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const { data } = splitFile(readFileSync(file, 'utf8'));
      expect(validItem(data), `${file}: ${JSON.stringify(validItem.errors)}`).toBe(true);
    }
    expect(
      validConfig(yaml.load(readFileSync(join(EXAMPLE, 'info.config.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA })),
    ).toBe(true);
  });

  it('rejects a broken item and a broken config, naming the field', () => {
    const { data } = splitFile(readFileSync(markdownFiles(join(EXAMPLE, 'items'))[0]!, 'utf8'));
    expect(validItem({ ...data, category: 'urgent' })).toBe(false);
    expect(validItem.errors?.some((e) => e.instancePath === '/category')).toBe(true);
    const { title: _title, ...untitled } = data as Record<string, unknown>;
    expect(validItem(untitled)).toBe(false);
    expect(validItem({ ...data, created: '2026/11/03' })).toBe(false);
    expect(validConfig({ lang: 'fr' })).toBe(false);
    expect(validConfig({ scoring: { adoption: { city: { special: 'ten' } } } })).toBe(false);
  });

  it('is what `info schema` prints, and `info init` writes it where the templates point', async () => {
    const printed = await cli(['schema', 'item']);
    expect(JSON.parse(printed.stdout)).toEqual(schemaDocument('item'));
    expect((await cli(['schema', 'nope'])).code).toBe(2);
    const dir = testdir();
    await cli(['init', dir]);
    const template = readFileSync(join(dir, 'templates', 'items', 'key.md'), 'utf8');
    const target = /\$schema=(\S+)/.exec(template)![1]!;
    // The modeline is relative to an item file at items/YYYY/MM/.
    const written = readFileSync(resolve(dir, 'items', '2026', '11', target), 'utf8');
    expect(JSON.parse(written)).toEqual(schemaDocument('item'));
    const config = readFileSync(join(dir, 'info.config.yaml'), 'utf8');
    expect(JSON.parse(readFileSync(join(dir, /\$schema=(\S+)/.exec(config)![1]!), 'utf8'))).toEqual(
      schemaDocument('config'),
    );
  });

  it('keeps the example workspace’s schema files up to date', () => {
    for (const name of ['item', 'config'] as const) {
      expect(JSON.parse(readFileSync(join(EXAMPLE, 'templates', 'schema', `${name}.schema.json`), 'utf8'))).toEqual(
        schemaDocument(name),
      );
    }
  });
});
