// Loads the contract (the JSON Schema files and the bundled OpenAPI document) as the set of
// schemas the validators are compiled from, keyed by the public schema ids.
import fs from 'node:fs';
import path from 'node:path';
import { schemasDir, bundledSpec } from './paths.js';

export const OPENAPI_ID = 'https://feishu-chat-contract.dev/openapi.json';
export const JSAPIS = ['chooseChat', 'getChatInfo', 'sendMessageCard'];
export const JSAPI_KINDS = ['input', 'success', 'fail'];

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Every JSON Schema file under schemas/, as [relative path, schema]. */
export function jsonSchemaFiles() {
  const out = [];
  // Every folder of schemas/ (common, jsapi, message content, …), in a stable order.
  const dirs = fs.readdirSync(schemasDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const dir of dirs) {
    for (const name of fs.readdirSync(path.join(schemasDir, dir)).sort()) {
      if (name.endsWith('.json')) out.push([`${dir}/${name}`, readJson(path.join(schemasDir, dir, name))]);
    }
  }
  return out;
}

/**
 * The bundled OpenAPI document's schemas as one JSON Schema: components.schemas become $defs,
 * and each operation's query parameters become a closed object schema. Shared JSON Schema files
 * that the bundle inlined are turned back into $refs to their $id, so each is compiled once.
 */
export function openApiAsJsonSchema(openapi = readJson(bundledSpec)) {
  const idByTitle = new Map(jsonSchemaFiles().filter(([, s]) => s.$id && s.title).map(([, s]) => [s.title, s.$id]));
  const rewrite = (node) => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!node || typeof node !== 'object') return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.$ref = v.replace('#/components/schemas/', '#/$defs/');
      else if (k === 'example' || k === 'writeOnly' || k === 'readOnly') continue; // OpenAPI-only annotations
      else out[k] = rewrite(v);
    }
    return out;
  };
  const defs = {};
  for (const [name, schema] of Object.entries(openapi.components.schemas)) {
    defs[name] = schema.$id && idByTitle.get(schema.title) === schema.$id ? { $ref: schema.$id } : rewrite(schema);
  }
  const operations = {};
  for (const [, item] of Object.entries(openapi.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op.operationId) continue;
      const params = (op.parameters ?? []).map((p) => (p.$ref ? openapi.components.parameters[p.$ref.split('/').pop()] : p));
      const query = params.filter((p) => p.in === 'query');
      if (query.length) {
        defs[`${pascal(op.operationId)}Query`] = {
          title: `${pascal(op.operationId)}Query`,
          description: `Query parameters of ${op.operationId} (closed: an unknown key is an error).`,
          type: 'object',
          properties: Object.fromEntries(query.map((p) => [p.name, { ...rewrite(p.schema), description: p.description }])),
          required: query.filter((p) => p.required).map((p) => p.name),
          additionalProperties: false,
        };
      }
      operations[op.operationId] = { method: method.toUpperCase(), op };
    }
  }
  return { schema: { $id: OPENAPI_ID, $defs: defs }, operations };
}

/** The public schema ids and the $ref each resolves to. */
export function schemaIdRefs(openapi = readJson(bundledSpec)) {
  const { operations } = openApiAsJsonSchema(openapi);
  /** @type {Record<string, string>} */
  const ids = {};
  const refFor = (schema) => {
    const ref = schema?.$ref;
    if (!ref?.startsWith('#/components/schemas/')) throw new Error(`expected a component $ref, got ${JSON.stringify(schema)}`);
    return `${OPENAPI_ID}#/$defs/${ref.split('/').pop()}`;
  };
  for (const [operationId, { op }] of Object.entries(operations)) {
    // Only query parameters make a .query schema (isInChat has a path parameter and no query).
    const hasQuery = (op.parameters ?? []).some((p) => (p.$ref ? openapi.components.parameters[p.$ref.split('/').pop()] : p).in === 'query');
    if (hasQuery) ids[`${operationId}.query`] = `${OPENAPI_ID}#/$defs/${pascal(operationId)}Query`;
    const body = op.requestBody?.content?.['application/json']?.schema;
    if (body) ids[`${operationId}.body`] = refFor(body);
    ids[`${operationId}.response`] = refFor(op.responses['200'].content['application/json'].schema);
  }
  ids.errorResponse = `${OPENAPI_ID}#/$defs/ErrorResponse`;
  for (const api of JSAPIS) {
    for (const kind of JSAPI_KINDS) ids[`${api}.${kind}`] = `https://feishu-chat-contract.dev/schemas/jsapi/${api}.${kind}.json`;
  }
  return ids;
}

/**
 * For each operation and each documented status, the schema id its JSON body must match
 * (used by toMatchOperation and by the client's response validation).
 */
export function operationResponses(openapi = readJson(bundledSpec)) {
  const ids = schemaIdRefs(openapi);
  const byRef = new Map(Object.entries(ids).map(([id, ref]) => [ref, id]));
  const out = {};
  for (const [operationId, { method, op }] of Object.entries(openApiAsJsonSchema(openapi).operations)) {
    const path = Object.entries(openapi.paths).find(([, item]) => Object.values(item).includes(op))[0];
    const responses = {};
    for (const [status, res] of Object.entries(op.responses)) {
      const resolved = res.$ref ? openapi.components.responses[res.$ref.split('/').pop()] : res;
      const schema = resolved.content?.['application/json']?.schema;
      const ref = schema?.$ref && `${OPENAPI_ID}#/$defs/${schema.$ref.split('/').pop()}`;
      if (ref && byRef.has(ref)) responses[status] = byRef.get(ref);
    }
    const params = (op.parameters ?? []).map((p) => (p.$ref ? openapi.components.parameters[p.$ref.split('/').pop()] : p));
    const query = Object.fromEntries(
      params
        .filter((p) => p.in === 'query')
        .map((p) => [p, p.schema?.$ref ? openapi.components.schemas[p.schema.$ref.split('/').pop()] : p.schema])
        .map(([p, schema]) => [p.name, { ...(schema?.default !== undefined && { default: schema.default }), ...(p['x-empty-result-above-length'] !== undefined && { emptyResultAboveLength: p['x-empty-result-above-length'] }) }]),
    );
    out[operationId] = { method, path, responses, query, ...(op['x-rate-limit'] && { rateLimit: { perSecond: op['x-rate-limit'].perSecond, perMinute: op['x-rate-limit'].perMinute } }) };
  }
  return out;
}

/** The error codes the spec documents (x-error-codes on its shared responses and its operations), by name. */
export function errorCodes(openapi = readJson(bundledSpec)) {
  /** @type {Record<string, { code: number; httpStatus: number; retryable?: boolean; msg?: string; meaning: string; action: string }>} */
  const out = {};
  const lists = [
    ...Object.values(openapi.components.responses ?? {}).map((response) => response['x-error-codes'] ?? []),
    ...operationErrorCodeLists(openapi).map(([, list]) => list),
  ];
  for (const list of lists) {
    for (const item of list) {
      if (typeof item === 'string') continue; // a reference, checked below
      const { name, ...entry } = item;
      if (out[name]) throw new Error(`x-error-codes: ${name} is defined twice`);
      out[name] = entry;
    }
  }
  for (const [operationId, list] of operationErrorCodeLists(openapi)) {
    for (const item of list) {
      if (typeof item === 'string' && !out[item]) throw new Error(`x-error-codes of ${operationId}: ${item} is not defined anywhere`);
    }
  }
  return out;
}

// --- Operation-level x-error-codes (issue 15) ---
// An operation lists every code its page documents. A code documented by several pages is written
// once, as a full entry (name, code, httpStatus, retryable, msg?, meaning, action) where it first
// appears or in a shared response; the other operations name it (a bare string), so a fact is never
// written twice and each operation's list is still complete.

/** [operationId, its x-error-codes list] for every operation that has one. */
function operationErrorCodeLists(openapi) {
  const out = [];
  for (const item of Object.values(openapi.paths ?? {})) {
    for (const op of Object.values(item)) {
      if (op && typeof op === 'object' && Array.isArray(op['x-error-codes'])) out.push([op.operationId, op['x-error-codes']]);
    }
  }
  return out;
}

/** Each operation's own documented error codes, references resolved, in the order the spec lists them. */
export function operationErrorCodes(openapi = readJson(bundledSpec)) {
  const all = errorCodes(openapi);
  return Object.fromEntries(
    operationErrorCodeLists(openapi).map(([operationId, list]) => [
      operationId,
      list.map((item) => (typeof item === 'string' ? { name: item, ...all[item] } : item)),
    ]),
  );
}

function pascal(name) {
  return name[0].toUpperCase() + name.slice(1);
}

/**
 * Every `not: {const: X}` of the contract, keyed by its schema path below the schema that holds it
 * (e.g. "/properties/code/not" → 0). Lets error messages say "must not be 0" without compiling
 * ajv's verbose mode (the failing sub-schema in every error), which would grow the validators by a third.
 * A path shared by two different excluded values is left out, so no message can name the wrong one.
 */
export function excludedConsts() {
  /** @type {Record<string, unknown>} */
  const found = {};
  const clash = new Set();
  const walk = (node, tail) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${tail}/${i}`));
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === '$defs' && v && typeof v === 'object') {
        for (const def of Object.values(v)) walk(def, '');
        continue;
      }
      if (k === 'not' && v && typeof v === 'object' && 'const' in v) {
        const key = `${tail}/not`;
        if (key in found && JSON.stringify(found[key]) !== JSON.stringify(v.const)) clash.add(key);
        found[key] = v.const;
      }
      walk(v, `${tail}/${k}`);
    }
  };
  for (const [, schema] of jsonSchemaFiles()) walk(schema, '');
  walk(openApiAsJsonSchema().schema, '');
  for (const key of clash) delete found[key];
  return found;
}

/**
 * The documented defaults of each JSAPI input, by JSON pointer (e.g. chooseChat "/multiSelect" →
 * false, sendMessageCard "/chooseChatParams/multiSelect" → true), read from the `default`s the
 * input schemas set on their properties, nested objects included.
 */
export function jsapiInputDefaults() {
  const out = {};
  for (const api of JSAPIS) {
    const schema = readJson(path.join(schemasDir, `jsapi/${api}.input.json`));
    const defaults = {};
    const walk = (node, at) => {
      for (const [name, prop] of Object.entries(node.properties ?? {})) {
        if (prop && typeof prop === 'object') {
          if ('default' in prop) defaults[`${at}/${name}`] = prop.default;
          walk(prop, `${at}/${name}`);
        }
      }
    };
    walk(schema, '');
    out[api] = defaults;
  }
  return out;
}
