/** `info schema item|config`: the JSON Schema an editor uses to check front matter or the config. */
import { usage } from '../../core/errors.js';
import { SCHEMAS, schemaDocument, type SchemaName } from '../../core/json-schema.js';
import type { Context } from '../context.js';

export async function run([name]: string[], _options: object, context: Context): Promise<number> {
  if (!Object.hasOwn(SCHEMAS, name))
    throw usage('bad-value', { flag: 'schema', value: name, allowed: Object.keys(SCHEMAS).join(', ') });
  context.ui.json(schemaDocument(name as SchemaName));
  return 0;
}
