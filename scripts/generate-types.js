// Contract → TypeScript types:
//   generated/openapi.d.ts  from generated/openapi.json  (openapi-typescript)
//   generated/jsapi.d.ts    from schemas/jsapi/*.json     (json-schema-to-typescript)
//   generated/message.d.ts  from schemas/message/*.json   (json-schema-to-typescript)
// test/types/ proves the two agree on the objects they share.
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { compile } from 'json-schema-to-typescript';
import { JSAPIS, JSAPI_KINDS, jsonSchemaFiles, readJson } from './lib/contract.js';
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

// One root per module that references each of its schemas, so each shared type (OpenChatId,
// I18nNames, …) is declared once in it instead of once per file.
const byId = new Map(jsonSchemaFiles().map(([rel, schema]) => [schema.$id, { rel, schema: forTypes(schema) }]));
async function writeTypes(file, title, dir, ids, from) {
  const root = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://feishu-chat-contract.dev/schemas/${dir}/index.json`,
    title,
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(ids.map(([key, id]) => [key, { $ref: id }])),
  };
  const ts = await compile(root, title, {
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
        // Resolve our own $ids from the files on disk, never over the network.
        http: {
          order: 1,
          canRead: (f) => byId.has(f.url.split('#')[0]),
          read: (f) => JSON.stringify(byId.get(f.url.split('#')[0]).schema),
        },
      },
    },
  });
  fs.writeFileSync(path.join(generatedDir, file), ts);
}
const schemaId = (rel) => `https://feishu-chat-contract.dev/schemas/${rel}`;
await writeTypes('jsapi.d.ts', 'JsapiSchemas', 'jsapi', JSAPIS.flatMap((api) => JSAPI_KINDS.map((kind) => [`${api}.${kind}`, schemaId(`jsapi/${api}.${kind}.json`)])), 'schemas/jsapi/*.json and schemas/common/*.json');
// createMessage's content objects, one per msg_type (schemas/message/<msg_type>.json).
const messages = jsonSchemaFiles().filter(([rel]) => rel.startsWith('message/')).map(([rel, schema]) => [path.posix.basename(rel, '.json'), schema.$id]);
await writeTypes('message.d.ts', 'MessageContents', 'message', messages, 'schemas/message/*.json and schemas/common/*.json');
console.log('types → generated/openapi.d.ts, generated/jsapi.d.ts, generated/message.d.ts');
