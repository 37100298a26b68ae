// Test-side access to the contract as data: fixtures, schemas by $id, and the documented rules.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles, openApiAsJsonSchema, readJson, schemaIdRefs } from '../../scripts/lib/contract.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(repoRoot, 'test/fixtures');
export const openapi = readJson(path.join(repoRoot, 'generated/openapi.json'));

export interface FixtureCase { name: string; source?: string; data: unknown; fails?: { path: string; keyword: string; message?: string; rule?: string }[] }
export interface FixtureFile { valid: FixtureCase[]; invalid: FixtureCase[] }

export function loadFixtures(): Map<string, FixtureFile> {
  const out = new Map<string, FixtureFile>();
  for (const name of fs.readdirSync(fixturesDir).sort()) {
    if (name.endsWith('.json')) out.set(name.slice(0, -'.json'.length), readJson(path.join(fixturesDir, name)));
  }
  return out;
}

/** Every schema document of the contract, by its $id. */
const restSchema = openApiAsJsonSchema(openapi).schema;
export const documents = new Map<string, any>([
  ...jsonSchemaFiles().map((entry: any[]) => [entry[1].$id, entry[1]] as [string, any]),
  [restSchema.$id, restSchema],
]);
export const schemaRefs: Record<string, string> = schemaIdRefs(openapi);

export function resolve(ref: string, base: string): { schema: any; base: string } {
  const url = new URL(ref, base);
  const docId = url.href.split('#')[0]!;
  const doc = documents.get(docId);
  if (!doc) throw new Error(`unresolvable $ref ${ref} from ${base}`);
  const pointer = decodeURIComponent(url.hash.slice(1));
  const schema = pointer.split('/').slice(1).reduce((node, seg) => node?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  if (schema === undefined) throw new Error(`unresolvable pointer ${ref} from ${base}`);
  return { schema, base: docId };
}

const LIMITS = ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'maxItems', 'minItems', 'maxLength', 'pattern', 'enum', 'const', 'format', 'uniqueItems', 'not', 'x-maxSerializedBytes', 'x-maxUtf8Bytes', 'contentMediaType'];

/**
 * The documented rules of a schema id, as `<instance path pattern> <keyword>` (`*` for any array
 * index or unknown key). Types are left out: every field has one, and the fixtures test a sample.
 */
export function documentedRules(schemaId: string): Set<string> {
  if (CARD_IDS.has(schemaId)) return platformRules(schemaRefs[schemaId]!);
  const rules = new Set<string>();
  const seen = new Set<string>();
  const walk = (schema: any, base: string, at: string) => {
    if (schema === false) { rules.add(`${at} false schema`); return; }
    if (!schema || typeof schema !== 'object') return;
    // The card is its own schema id (recursive: its rules are covered by platformRules).
    if (typeof schema.$ref === 'string' && new URL(schema.$ref, base).href.includes('/schemas/card/')) return;
    if (typeof schema.$ref === 'string') {
      const key = `${new URL(schema.$ref, base).href}@${at}`;
      if (!seen.has(key)) { seen.add(key); const r = resolve(schema.$ref, base); walk(r.schema, r.base, at); }
    }
    for (const name of schema.required ?? []) rules.add(`${at}/${name} required`);
    // `format: binary` (a multipart form's binary part) is an annotation: its limits are the table's, checked where the bytes are.
    for (const kw of LIMITS) if (kw in schema && !(kw === 'minLength') && !(kw === 'format' && schema.format === 'binary')) rules.add(`${at} ${kw}`);
    if (schema.oneOf?.every((b: any) => 'const' in b)) rules.add(`${at} oneOf`);
    if (schema.anyOf) rules.add(`${at} anyOf`); // its branches are reported as one anyOf error
    if (schema.additionalProperties === false) rules.add(`${at}/* additionalProperties`);
    if (schema.unevaluatedProperties === false) rules.add(`${at}/* unevaluatedProperties`);
    for (const [name, sub] of Object.entries<any>(schema.properties ?? {})) walk(sub, base, `${at}/${name}`);
    if (schema.items) walk(schema.items, base, `${at}/*`);
    for (const sub of schema.allOf ?? []) walk(sub, base, at);
    if (schema.then) walk(schema.then, base, at);
    if (schema.else) walk(schema.else, base, at);
    // A JSON string's content schema: its rules are reported below the string's own path (/content/text).
    if (schema.contentSchema) walk(schema.contentSchema, base, at);
  };
  const ref = schemaRefs[schemaId]!;
  const r = resolve(ref, ref);
  walk(r.schema, r.base, '');
  return rules;
}

const CARD_IDS = new Set(['card', 'card.v1', 'card.v2']);

/**
 * The strict rules of a card schema: every `x-platformError` rule name reachable from it, as
 * `rule <name>`. The card is recursive (containers hold components), so rules are named, not pathed.
 */
export function platformRules(ref: string): Set<string> {
  const rules = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: any, base: string) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach((n) => walk(n, base));
    if (typeof node.$ref === 'string') { const r = resolve(node.$ref, base); walk(r.schema, r.base); }
    if (node['x-platformError']) rules.add(`rule ${node['x-platformError'].rule}`);
    for (const [k, v] of Object.entries(node)) if (k !== '$ref' && k !== 'examples') walk(v, base);
  };
  const r = resolve(ref, ref);
  walk(r.schema, r.base);
  return rules;
}

/** The rule a fixture's expected failure exercises, in documentedRules' notation. */
export function ruleOf(fail: { path: string; keyword: string; rule?: string }): string {
  if (fail.rule) return `rule ${fail.rule}`;
  let p = fail.path.replace(/\/\d+(?=\/|$)/g, '/*');
  if (fail.keyword === 'additionalProperties' || fail.keyword === 'unevaluatedProperties') p = p.replace(/\/[^/]+$/, '/*');
  return `${p} ${fail.keyword}`;
}
