// Contract → generated/json-schema/<schemaId>.json: one self-contained JSON Schema 2020-12 document per
// public schema id (the same id list the validators are compiled for), so that teams in other
// languages can validate payloads with their own Draft 2020-12 validator and no resolver.
import fs from 'node:fs';
import path from 'node:path';
import { bundleRef } from './lib/json-schema-bundle.js';
import { OPENAPI_ID, jsonSchemaFiles, openApiAsJsonSchema, operationsOf, schemaIdRefs } from './lib/contract.js';
import { generatedDir } from './lib/paths.js';

/** Where the published files say they live (their $id); the package exports them as feishu-chat-contract/json-schema/*. */
export const JSON_SCHEMA_BASE = 'https://feishu-chat-contract.dev/json-schema/';
const outDir = path.join(generatedDir, 'json-schema');

const restSchema = openApiAsJsonSchema().schema;
const documents = new Map([...jsonSchemaFiles().map(([, schema]) => [schema.$id, schema]), [restSchema.$id, restSchema]]);

/** The repository file a piece of the bundle was written in, for the $comment. */
function sourceOf(uri) {
  const [doc, fragment = ''] = uri.split('#');
  if (doc === OPENAPI_ID) {
    const name = fragment.split('/').pop();
    const params = /^(.+)(Query|Path)$/.exec(name);
    const op = params && operationsOf().find(({ operationId }) => operationId.toLowerCase() === params[1].toLowerCase());
    return op ? `the ${params[2].toLowerCase()} parameters of ${op.operationId} in spec/ (via generated/openapi.json)` : `components.schemas.${name} of spec/ (via generated/openapi.json)`;
  }
  const rel = doc.replace('https://feishu-chat-contract.dev/', '');
  return fragment ? `${rel}#${fragment}` : rel;
}

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const ids = schemaIdRefs();
for (const [schemaId, ref] of Object.entries(ids)) {
  const { root, defs, sources } = bundleRef(ref, documents);
  const { title: _title, description, $comment: note, ...rest } = root;
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${JSON_SCHEMA_BASE}${schemaId}.json`,
    title: schemaId,
    $comment:
      `GENERATED FILE — do not edit; regenerate with npm run generate (scripts/generate-json-schema.js). ` +
      `Schema ${schemaId} of feishu-chat-contract, from ${sourceOf(sources[0])}` +
      (sources.length > 1 ? `, with the pieces it references copied into $defs: ${sources.slice(1).map(sourceOf).join('; ')}.` : '.') +
      ` Keywords starting with x- are this package's extensions: see its README ("Custom keywords").` +
      (note ? ` Note from the source: ${note}` : ''),
    ...(description !== undefined && { description }),
    ...rest,
    ...(Object.keys(defs).length && { $defs: defs }),
  };
  fs.writeFileSync(path.join(outDir, `${schemaId}.json`), `${JSON.stringify(document, null, 2)}\n`);
}
console.log(`json-schema → generated/json-schema/ (${Object.keys(ids).length} self-contained schemas)`);
