// spec/ (split YAML) → generated/openapi.json: one self-contained OpenAPI 3.1 document, bundled
// through Redocly's API (the bundler its CLI uses), with the repository's redocly.yaml.
import fs from 'node:fs';
import path from 'node:path';
import { bundleSpec, schemaFiles } from './lib/resolve.js';
import { root, bundledSpec, generatedDir } from './lib/paths.js';

fs.mkdirSync(generatedDir, { recursive: true });
const doc = stubFileSchemasInExtensions(await bundleSpec());
// JSON has no comments: the generated notice is an extension at the top.
const out = { 'x-generated': 'GENERATED FILE — DO NOT EDIT. Source: spec/openapi.yaml (and schemas/common/*.json it references). Regenerate: npm run generate', ...doc };
fs.writeFileSync(bundledSpec, JSON.stringify(out, null, 2) + '\n');
console.log(`bundled spec → ${path.relative(root, bundledSpec)}`);

/**
 * A schema file referenced from inside an `x-` keyword (createMessage's card JSON is checked against
 * schemas/card/card.json through `x-platformError`) is inlined by Redocly only one level deep, leaving
 * relative refs the bundle cannot resolve. Our validators compile those schemas from their files (by
 * $id), so the bundle keeps a pointer to the file instead of a broken copy.
 */
function stubFileSchemasInExtensions(doc) {
  const fileIds = new Set(schemaFiles().map(([, s]) => s.$id).filter(Boolean));
  const visit = (node, inExtension) => {
    if (Array.isArray(node)) return node.map((n) => visit(n, inExtension));
    if (!node || typeof node !== 'object') return node;
    if (inExtension && typeof node.$id === 'string' && fileIds.has(node.$id)) {
      return { $comment: `The schema ${node.$id} (generated/json-schema/ has it self-contained); our validators compile it from schemas/.` };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v, inExtension || k.startsWith('x-'))]));
  };
  return visit(doc, false);
}
