/**
 * JSON Schema (draft-07) from the same declarative specs the validator walks, so an editor
 * checks fields and offers values exactly as `info validate` does.
 */
import { CONFIG_SPEC } from './config.js';
import { ITEM_SPEC } from './item.js';
import type { Field, Spec } from './schema.js';
import { VOCAB, type Term } from './vocab.js';

type Json = Record<string, unknown>;

const PATTERNS = {
  id: '^\\d{8}-[0-9a-z]{4}$',
  ref: '^(\\S(.*\\S)? )?\\d{4}-s?\\d{1,4}$',
  date: '^\\d{4}-\\d{2}-\\d{2}$',
  timestamp: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$',
} as const;

function stringSchema(spec: Extract<Spec, { type: 'string' }>): Json {
  const out: Json = { type: 'string' };
  if (spec.nonEmpty) out.minLength = 1;
  if (spec.format) out.pattern = PATTERNS[spec.format];
  if (spec.vocab) {
    const terms = Object.entries(VOCAB[spec.vocab]) as [string, Term][];
    out.enum = terms.map(([key]) => key);
    out.enumDescriptions = terms.map(([, term]) => `${term.zh} · ${term.en}`);
  }
  if (spec.oneOf) out.enum = [...spec.oneOf];
  return out;
}

export function toJsonSchema(spec: Spec): Json {
  switch (spec.type) {
    case 'string':
      return stringSchema(spec);
    case 'number':
      return { type: spec.integer ? 'integer' : 'number', ...(spec.min !== undefined ? { minimum: spec.min } : {}) };
    case 'boolean':
      return { type: 'boolean' };
    case 'names':
      return {
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string', minLength: 1 }, minItems: spec.empty ? 0 : 1 },
        ],
      };
    case 'list':
      return { type: 'array', items: toJsonSchema(spec.of) };
    case 'object': {
      const entries = Object.entries(spec.fields) as [string, Field][];
      // An optional key may be left empty (`nature:`), which YAML reads as null.
      const properties = Object.fromEntries(
        entries.map(([key, field]) => [
          key,
          field.required ? toJsonSchema(field) : { anyOf: [toJsonSchema(field), { type: 'null' }] },
        ]),
      );
      const required = entries.filter(([, field]) => field.required).map(([key]) => key);
      return {
        type: 'object',
        properties,
        ...(required.length ? { required } : {}),
        additionalProperties: spec.values ? toJsonSchema(spec.values) : true,
      };
    }
  }
}

export const SCHEMAS = {
  item: { spec: ITEM_SPEC, title: 'infodesk item front matter' },
  config: { spec: CONFIG_SPEC, title: 'infodesk info.config.yaml' },
} as const;

export type SchemaName = keyof typeof SCHEMAS;

export function schemaDocument(name: SchemaName): Json {
  const { spec, title } = SCHEMAS[name];
  return { $schema: 'http://json-schema.org/draft-07/schema#', title, ...toJsonSchema(spec) };
}
