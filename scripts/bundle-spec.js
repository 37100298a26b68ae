// spec/ (split YAML) → generated/openapi.json: one self-contained OpenAPI 3.1 document, bundled
// through Redocly's API (the bundler its CLI uses), with the repository's redocly.yaml.
import fs from 'node:fs';
import path from 'node:path';
import { bundleSpec, schemaFiles } from './lib/resolve.js';
import { root, bundledSpec, generatedDir } from './lib/paths.js';

fs.mkdirSync(generatedDir, { recursive: true });
const doc = mapDiscriminators(dropFileIdentities(stubFileSchemasInExtensions(await bundleSpec())));
checkRefsAreLocal(doc);
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

/**
 * Redocly hoists each schema file the spec references (schemas/message/post.json, schemas/common/*.json)
 * into components.schemas and rewrites the $refs inside it to `#/components/schemas/…`, but keeps the
 * file's `$id`, `$schema` and `$defs`. Under OpenAPI 3.1 (JSON Schema 2020-12) a `$ref` resolves against
 * the nearest `$id`, so those refs would point into https://feishu-chat-contract.dev/schemas/… and
 * nowhere (Prism skipped createMessage's body check, Spectral and Redocly reported errors, issue 22).
 * And the `$defs` are dead copies of the hoisted components. So the bundle drops all three and says
 * which file the component is in `x-json-schema-id` (an annotation: it changes no ref's meaning),
 * which scripts/lib/contract.js reads to compile the component from the file itself.
 */
function dropFileIdentities(doc) {
  const fileIds = new Set(schemaFiles().map(([, s]) => s.$id).filter(Boolean));
  const visit = (node) => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== 'object') return node;
    const out = {};
    const isFile = typeof node.$id === 'string' && fileIds.has(node.$id);
    for (const [k, v] of Object.entries(node)) {
      if (isFile && (k === '$id' || k === '$schema' || k === '$defs')) continue;
      out[k] = visit(v);
    }
    return isFile ? { 'x-json-schema-id': node.$id, ...out } : out;
  };
  return visit(doc);
}

/** Every $ref of the bundle is a local pointer that resolves, and no $id is left to re-base one. */
function checkRefsAreLocal(doc) {
  const pointer = (ref) => ref.slice(2).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).reduce((node, key) => node?.[key], doc);
  const visit = (node, where) => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}/${i}`));
    if (!node || typeof node !== 'object') return;
    if ('$id' in node) throw new Error(`bundle: ${where} keeps a $id, which re-bases the $refs below it`);
    if (typeof node.$ref === 'string' && (!node.$ref.startsWith('#/') || pointer(node.$ref) === undefined)) {
      throw new Error(`bundle: ${where} has $ref ${node.$ref}, which does not resolve inside the bundle`);
    }
    for (const [k, v] of Object.entries(node)) visit(v, `${where}/${k}`);
  };
  visit(doc, '#');
}

/**
 * OpenAPI reads a `discriminator` without `mapping` as "the tag value is a component name", so a post
 * node tagged `text` would name components.schemas.text (the text message content). Each discriminator
 * whose branches are $refs gets the explicit mapping, read from each branch's tag const or one-value enum.
 * (The schema files carry no mapping: ajv's discriminator refuses it, and JSON Schema has no such keyword.)
 */
function mapDiscriminators(doc) {
  const target = (ref) => ref.slice(2).split('/').reduce((node, key) => node?.[key], doc);
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const name = node.discriminator?.propertyName;
    if (name && !node.discriminator.mapping && Array.isArray(node.oneOf) && node.oneOf.every((b) => typeof b.$ref === 'string')) {
      const mapping = {};
      for (const { $ref } of node.oneOf) {
        const tag = target($ref)?.properties?.[name];
        const values = tag && ('const' in tag ? [tag.const] : tag.enum);
        if (!values?.length) throw new Error(`bundle: discriminator ${name}: ${$ref} declares no value for it`);
        for (const value of values) mapping[value] = $ref;
      }
      node.discriminator = { ...node.discriminator, mapping };
    }
    Object.values(node).forEach(visit);
  };
  visit(doc);
  return doc;
}
