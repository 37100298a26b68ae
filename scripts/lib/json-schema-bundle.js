// Turns one schema of the contract (a $ref into the set of documents the validators compile) into a
// self-contained JSON Schema 2020-12 document: every $ref it reaches, across files and into the
// OpenAPI components, is copied once into the document's own $defs and pointed at locally. A Python,
// Go or Java validator can then load the one file with no resolver and no network.
import traverse from 'json-schema-traverse';
import { pointer as atPointer } from './resolve.js';

/**
 * Our keywords that validate a subschema in place and only add a label to its errors
 * (`x-platformError: {rule, code, message, schema}`). Other implementations ignore unknown keywords,
 * so in the published files the subschema moves into `allOf` — every Draft 2020-12 validator then
 * enforces the rule — and the keyword keeps only its label.
 */
export const inPlaceSubschemaKeywords = ['x-platformError'];

/** Keywords whose values are data (not subschemas): copied verbatim, never searched for $ref. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'example']);
/** Keywords whose values map names (data) to subschemas — a property may be called "enum" or "$ref". */
const SCHEMA_MAPS = new Set([...Object.keys(traverse.propsKeywords), 'dependentSchemas']);

/**
 * @param {string} ref absolute URI of the schema to bundle (as in schemaIdRefs)
 * @param {Map<string, any>} documents every schema document by its $id
 * @returns {{ root: any, defs: Record<string, any>, sources: string[] }}
 */
export function bundleRef(ref, documents) {
  const resolve = (uri) => {
    const url = new URL(uri);
    const docId = url.href.split('#')[0];
    const doc = documents.get(docId);
    if (!doc) throw new Error(`unresolvable $ref ${uri}: no document with $id ${docId}`);
    const pointer = decodeURIComponent(url.hash.slice(1));
    return { schema: atPointer(doc, url.hash || '#'), docId, pointer };
  };
  // A schema that is nothing but a $ref (the OpenAPI components that stand for a shared file) is
  // followed to its target, so the bundle holds the piece once rather than an alias and the piece.
  const canonical = (uri) => {
    const seen = new Set();
    let key = new URL(uri).href;
    for (;;) {
      if (!key.includes('#')) key += '#';
      if (seen.has(key)) throw new Error(`$ref cycle of aliases at ${key}`);
      seen.add(key);
      const { schema, docId } = resolve(key);
      const keys = schema && typeof schema === 'object' ? Object.keys(schema) : [];
      if (keys.length === 1 && keys[0] === '$ref') key = new URL(schema.$ref, docId).href;
      else return key;
    }
  };

  const rootKey = canonical(ref);
  const nameByKey = new Map();
  const keyByName = new Map();
  const queue = [];
  const docName = (docId) => docId.split('/').pop().replace(/\.json$/, '');
  const nameFor = (key) => {
    if (nameByKey.has(key)) return nameByKey.get(key);
    const { docId, pointer } = resolve(key);
    const segments = pointer.split('/').slice(1);
    const preferred = pointer === '' ? docName(docId) : segments.at(-1);
    let name = preferred;
    if (keyByName.has(name)) name = `${docName(docId)}.${segments.join('.')}`;
    for (let n = 2; keyByName.has(name); n++) name = `${preferred}_${n}`;
    nameByKey.set(key, name);
    keyByName.set(name, key);
    queue.push(key);
    return name;
  };
  const escape = (name) => name.replace(/~/g, '~0').replace(/\//g, '~1');

  /** A copy of `node` with its $refs pointed into the bundle (base: the URI its relative refs resolve against). */
  const copy = (node, base) => {
    if (Array.isArray(node)) return node.map((n) => copy(n, base));
    if (!node || typeof node !== 'object') return node;
    const here = typeof node.$id === 'string' ? new URL(node.$id, base).href : base;
    const out = {};
    const moved = [];
    for (const [k, v] of Object.entries(node)) {
      // An inner $id would change what `#/$defs/…` means below it; $schema belongs to the top only;
      // the pieces a document's own $defs hold come back (once) through the refs that use them.
      if (k === '$id' || k === '$schema' || k === '$defs' || k === 'definitions') continue;
      if (k === '$ref' && typeof v === 'string') {
        const key = canonical(new URL(v, here).href);
        out.$ref = key === rootKey ? '#' : `#/$defs/${escape(nameFor(key))}`;
      } else if (inPlaceSubschemaKeywords.includes(k) && v && typeof v === 'object' && 'schema' in v) {
        const { schema, ...label } = v;
        out[k] = structuredClone(label);
        moved.push(copy(schema, here));
      } else if (DATA_KEYWORDS.has(k) || k.startsWith('x-')) out[k] = structuredClone(v);
      else if (SCHEMA_MAPS.has(k) && v && typeof v === 'object') out[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, copy(sub, here)]));
      else out[k] = copy(v, here);
    }
    if (moved.length) out.allOf = [...(out.allOf ?? []), ...moved];
    return out;
  };

  const rootResolved = resolve(rootKey);
  const root = copy(rootResolved.schema, rootResolved.docId);
  const defs = {};
  const sources = [rootKey];
  while (queue.length) {
    const key = queue.shift();
    const { schema, docId } = resolve(key);
    defs[nameByKey.get(key)] = copy(schema, docId);
    sources.push(key);
  }
  return { root, defs, sources };
}
