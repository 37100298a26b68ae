// Contract → TypeScript types:
//   generated/openapi.d.ts  from generated/openapi.json  (openapi-typescript)
//   generated/jsapi.d.ts    from schemas/jsapi/*.json     (json-schema-to-typescript)
//   generated/card.d.ts     from schemas/card/            (json-schema-to-typescript)
//   generated/message.d.ts  from schemas/message/*.json   (json-schema-to-typescript)
//   generated/longconn-schemas.d.ts from schemas/longconn/*.json (json-schema-to-typescript)
// test/types/ proves the two agree on the objects they share.
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { compile } from 'json-schema-to-typescript';
import { CARD_SCHEMAS, JSAPIS, JSAPI_KINDS, jsonSchemaFiles, readJson } from './lib/contract.js';
import { bundledSpec, generatedDir, generatedHeader, schemasDir } from './lib/paths.js';

// --- REST ---
const ast = await openapiTS(readJson(bundledSpec), { alphabetize: false, exportType: false });
fs.writeFileSync(
  path.join(generatedDir, 'openapi.d.ts'),
  generatedHeader('generated/openapi.json (bundled from spec/) by openapi-typescript', 'npm run generate') + astToString(ast),
);

// --- JSAPI ---
/**
 * The schema as the type generator should see it. Only the shape of the types changes:
 * - a oneOf of documented constants becomes an enum (a literal union, not one alias per constant);
 * - a $ref's sibling annotations are dropped, so a shared type is not re-declared per use;
 * - cross-field rules (anyOf targets, if/then) stay run-time checks; TypeScript gets the plain object.
 */
const ANNOTATION = /^(\$ref|\$schema|\$id|\$comment|title|description|default|examples|x-.*)$/;
function forTypes(schema) {
  if (Array.isArray(schema)) return schema.map(forTypes);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  // The card has its own generated module (generated/card.d.ts); jsapi.d.ts imports it.
  if (typeof schema.$ref === 'string' && schema.$ref.endsWith('/card/card.json')) return { tsType: 'Card' };
  // A card JSON checked against the card contract through x-platformError (message/interactive.json's
  // CardJson) is a Card too, so a CardV2 written in TypeScript is an interactive message's content.
  if (typeof schema['x-platformError']?.schema?.$ref === 'string' && schema['x-platformError'].schema.$ref.endsWith('/card/card.json')) {
    return { title: schema.title, description: schema.description, tsType: 'Card' };
  }
  if (typeof schema.$ref === 'string') {
    const structural = Object.keys(schema).some((k) => !ANNOTATION.test(k));
    if (!structural) return { $ref: schema.$ref };
    else out.allOf = [{ $ref: schema.$ref }];
  }
  // An if/then(/else) chain that picks one $ref per case (a message content's kinds) types as the
  // union of those refs, so TypeScript sees each kind's fields.
  const cases = conditionalRefs(schema);
  if (cases.length) out.anyOf = cases.map(($ref) => ({ $ref }));
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref') continue;
    // The callbacks are functions: src/jsapi types them from the success and fail types.
    if (key === 'allOf' && value.every((b) => b.$ref?.endsWith('/StandardCallbacks.json'))) continue;
    if (key === 'anyOf' || key === 'if' || key === 'then' || key === 'else') continue;
    if (key === 'allOf' && value.every((member) => member.if)) continue; // typed as the union above
    if (key === 'oneOf' && value.every((branch) => 'const' in branch)) out.enum = value.map((branch) => branch.const);
    else out[key] = key === 'examples' || key === 'default' || key === 'const' || key === 'enum' ? value : forTypes(value);
  }
  return out;
}

/** The $refs an if/then/else chain, or an allOf of if/then, chooses between ([] when it is not one). */
function conditionalRefs(schema) {
  const chain = (s) => (s?.if && typeof s.then?.$ref === 'string' ? [s.then.$ref, ...(typeof s.else?.$ref === 'string' ? [s.else.$ref] : chain(s.else))] : []);
  const members = schema.allOf?.every((m) => m.if) ? schema.allOf.map(chain) : [];
  const refs = [...chain(schema), ...members.flat()];
  return members.some((m) => m.length === 0) ? [] : refs;
}

/**
 * One module of types: a root that references each schema (`[key, $id]`), so each shared type
 * (OpenChatId, I18nNames, …) is declared once in it instead of once per file. `byId` holds the
 * schemas as the type generator should see them, resolved from disk, never over the network.
 */
async function typesOf(title, dir, ids, byId, from) {
  const root = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://feishu-chat-contract.dev/schemas/${dir}/index.json`,
    title,
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(ids.map(([key, id]) => [key, { $ref: id }])),
  };
  return compile(root, title, {
    cwd: path.join(schemasDir, dir),
    bannerComment: generatedHeader(`${from} by json-schema-to-typescript`, 'npm run generate').trimEnd(),
    additionalProperties: false,
    maxItems: -1,
    unreachableDefinitions: false,
    strictIndexSignatures: true,
    format: true,
    declareExternallyReferenced: true,
    $refOptions: {
      resolve: {
        http: {
          order: 1,
          canRead: (file) => byId.has(file.url.split('#')[0]),
          read: (file) => JSON.stringify(byId.get(file.url.split('#')[0]).schema),
        },
      },
    },
  });
}

const byId = new Map(jsonSchemaFiles().map(([rel, schema]) => [schema.$id, { rel, schema: forTypes(schema) }]));
const schemaUrl = (rel) => `https://feishu-chat-contract.dev/schemas/${rel}`;
const ts = await typesOf('JsapiSchemas', 'jsapi', JSAPIS.flatMap((api) => JSAPI_KINDS.map((kind) => [`${api}.${kind}`, schemaUrl(`jsapi/${api}.${kind}.json`)])), byId, 'schemas/jsapi/*.json and schemas/common/*.json');
fs.writeFileSync(path.join(generatedDir, 'jsapi.d.ts'), ts.replace(' */\n', " */\nimport type { Card } from './card.js';\n"));

// --- Card JSON ---
/**
 * The card schemas as the type generator should see them:
 * - the tag dispatch (a discriminator over the components, inside its x-platformError) becomes their union;
 * - card.json's if (schema "2.0") / then / else becomes CardV1 | CardV2;
 * - a column_set's columns (an element whose tag must be column) become the version's column type;
 * - `x-platformError` rules are run-time checks (placement, counts, formats) and are dropped.
 * Components are open for validation (official examples carry undocumented keys) but generated with
 * additionalProperties false, so a misspelt key in a card written in TypeScript fails to compile.
 */
function cardForTypes(schema) {
  if (Array.isArray(schema)) return schema.map(cardForTypes);
  if (!schema || typeof schema !== 'object') return schema;
  const dispatch = schema['x-platformError']?.schema?.discriminator ? schema['x-platformError'].schema.oneOf : undefined;
  if (dispatch) return { title: schema.title, description: schema.description, oneOf: dispatch.map(cardForTypes) };
  if (schema.if && schema.then && schema.else) return { title: schema.title, description: schema.description, oneOf: [cardForTypes(schema.then), cardForTypes(schema.else)] };
  const element = schema.allOf?.length === 1 && /#\/\$defs\/ElementV[12]$/.test(schema.allOf[0].$ref ?? '') ? schema.allOf[0].$ref : undefined;
  if (element) {
    if (schema.properties?.tag?.['x-platformError']?.rule === 'column-set-columns') return { $ref: element.replace(/ElementV([12])$/, 'ColumnV$1') };
    return { $ref: element };
  }
  const out = forTypes(Object.fromEntries(Object.entries(schema).filter(([k]) => k !== 'allOf')));
  // A constant checked by a platform rule (card.v1's schema "1.0") is still the field's type.
  const ruled = schema['x-platformError']?.schema;
  if (ruled && 'const' in ruled && !('const' in out)) out.const = ruled.const;
  // Keep the structural allOf members ($refs, properties); drop the run-time rules.
  const allOf = (schema.allOf ?? []).filter((b) => !b.if && !Object.keys(b).some((k) => k.startsWith('x-'))).map(cardForTypes);
  if (allOf.length) out.allOf = allOf;
  for (const key of ['properties', '$defs']) {
    if (out[key]) out[key] = Object.fromEntries(Object.entries(schema[key]).map(([k, v]) => [k, cardForTypes(v)]));
  }
  for (const key of ['items', 'additionalProperties', 'oneOf']) if (schema[key] && typeof schema[key] === 'object') out[key] = cardForTypes(schema[key]);
  return out;
}
const cardById = new Map(jsonSchemaFiles().filter(([rel]) => rel.startsWith('card/')).map(([rel, schema]) => [schema.$id, { rel, schema: cardForTypes(schema) }]));
const cardTs = await typesOf('CardSchemas', 'card', Object.entries(CARD_SCHEMAS).map(([id, file]) => [id, schemaUrl(file)]), cardById, 'schemas/card/ (every file)');
fs.writeFileSync(path.join(generatedDir, 'card.d.ts'), cardTs);

// --- Message contents (createMessage's content objects, schemas/message/<msg_type>.json) ---
const messages = jsonSchemaFiles().filter(([rel]) => rel.startsWith('message/')).map(([rel, schema]) => [path.posix.basename(rel, '.json'), schema.$id]);
const messageTs = await typesOf('MessageContents', 'message', messages, byId, 'schemas/message/*.json and schemas/common/*.json');
fs.writeFileSync(path.join(generatedDir, 'message.d.ts'), messageTs.includes('Card') ? messageTs.replace(' */\n', " */\nimport type { Card } from './card.js';\n") : messageTs);
console.log('types → generated/openapi.d.ts, generated/jsapi.d.ts, generated/card.d.ts, generated/message.d.ts');

// --- Events and callbacks (schemas/events/: what Feishu sends an app, and the card-callback answer) ---
const events = jsonSchemaFiles().filter(([rel]) => /^events\/[^/]+\.json$/.test(rel)).map(([rel, schema]) => [`event.${path.posix.basename(rel, '.json')}`, schema.$id]);
const eventTs = await typesOf('EventSchemas', 'events', events, byId, 'schemas/events/ (every file) and schemas/common/*.json');
fs.writeFileSync(path.join(generatedDir, 'event-types.d.ts'), eventTs.replace(' */\n', " */\nimport type { Card } from './card.js';\n"));
console.log('types → generated/event-types.d.ts');

// --- Long connection (schemas/longconn/*.json: the ACK payload, the ClientConfig) ---
const longconn = jsonSchemaFiles().filter(([rel]) => rel.startsWith('longconn/')).map(([rel, schema]) => [path.posix.basename(rel, '.json'), schema.$id]);
fs.writeFileSync(path.join(generatedDir, 'longconn-schemas.d.ts'), await typesOf('LongConnectionSchemas', 'longconn', longconn, byId, 'schemas/longconn/*.json'));
console.log('types → generated/longconn-schemas.d.ts');
