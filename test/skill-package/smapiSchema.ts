/**
 * Offline validation against the ASK schema: the Swagger 2 document that ask-smapi-model ships
 * (node_modules/ask-smapi-model/spec.json), its definitions turned into JSON Schema for ajv.
 *
 * One deliberate tightening: objects that list their properties (and are not polymorphic) refuse
 * unknown ones, so a typo such as "sampels" fails here instead of at deploy time.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv and ajv-formats are CommonJS with a default export; under ESM the class sits on .default.
const Ajv = (AjvModule as unknown as { default: typeof AjvModule }).default ?? AjvModule;
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

const require = createRequire(import.meta.url);
const specPath = require.resolve('ask-smapi-model/spec.json');

export const MANIFEST_DEFINITION = 'v1.skill.Manifest.SkillManifestEnvelope';
export const INTERACTION_MODEL_DEFINITION = 'v1.skill.interactionModel.InteractionModelData';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Formats ajv-formats knows; Swagger prose formats such as "ISO 4217 format" are dropped. */
const KNOWN_FORMATS = new Set(['uri', 'date-time', 'date', 'email', 'uuid', 'uri-reference']);

function toJsonSchema(node: Json, strict: boolean): Json {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, strict));
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    // Swagger vendor extensions and its string-valued discriminator are not JSON Schema.
    if (key.startsWith('x-') || key === 'discriminator') continue;
    if (key === 'format' && typeof value === 'string' && !KNOWN_FORMATS.has(value)) continue;
    if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)) {
      // Property names are data, not keywords: convert each value, keep each name.
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v, strict)]));
      continue;
    }
    out[key] = toJsonSchema(value, strict);
  }
  const isPolymorphic = 'discriminator' in node;
  if (strict && out.properties && !('additionalProperties' in out) && !isPolymorphic) {
    out.additionalProperties = false;
  }
  return out;
}

let cached: { validateManifest: (data: unknown) => string[]; validateInteractionModel: (data: unknown) => string[] } | null = null;

/** Validators that return the list of schema errors (empty when valid). */
export function smapiValidators() {
  if (cached) return cached;
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { swagger: string; definitions: Record<string, Json> };
  if (spec.swagger !== '2.0') throw new Error(`unexpected spec format in ${specPath}`);
  const definitions = Object.fromEntries(
    Object.entries(spec.definitions).map(([name, schema]) => [name, toJsonSchema(schema, true)]),
  );
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: 'smapi', definitions }, 'smapi');
  const compile = (definition: string) => {
    if (!(definition in definitions)) throw new Error(`${definition} is not in ${specPath}`);
    const validate = ajv.compile({ $ref: `smapi#/definitions/${definition}` });
    return (data: unknown) => {
      if (validate(data)) return [];
      return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
    };
  };
  cached = { validateManifest: compile(MANIFEST_DEFINITION), validateInteractionModel: compile(INTERACTION_MODEL_DEFINITION) };
  return cached;
}
