// Loads the contract (the JSON Schema files and the bundled OpenAPI document) as data: the schemas
// the validators are compiled from, keyed by the public schema ids, and the operation table.
// $refs are followed only through ./resolve.js and schema trees walked only through ./walk.js.
import fs from 'node:fs';
import path from 'node:path';
import { bundledSpec, schemasDir } from './paths.js';
import { deref, refName, schemaFiles } from './resolve.js';
import { walkSchema } from './walk.js';

export const OPENAPI_ID = 'https://feishu-chat-contract.dev/openapi.json';
export const JSAPIS = ['chooseChat', 'getChatInfo', 'sendMessageCard'];
export const JSAPI_KINDS = ['input', 'success', 'fail'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Every JSON Schema file under schemas/, as [relative path, schema]. */
export function jsonSchemaFiles() {
  return schemaFiles();
}

/**
 * The operations of the bundled document, in document order, with their parameters resolved:
 * `{ operationId, method, path, op, params }`.
 */
export function operationsOf(openapi = readJson(bundledSpec)) {
  const out = [];
  for (const [p, item] of Object.entries(openapi.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op?.operationId) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((param) => deref(openapi, param));
      out.push({ operationId: op.operationId, method: method.toUpperCase(), path: p, op, params });
    }
  }
  return out;
}

/** The JSON body schema of a response (the response itself may be a $ref). */
function responseSchema(openapi, response) {
  return deref(openapi, response)?.content?.['application/json']?.schema;
}

/**
 * A response body schema as component names: `{ success?, error? }`. A 200 is `oneOf` [the success
 * envelope, ErrorResponse] (the platform answers some failures with HTTP 200), told apart by `code`.
 */
function bodyRoles(openapi, schema) {
  const branches = schema?.oneOf ?? (schema ? [schema] : []);
  const roles = {};
  for (const branch of branches) {
    if (typeof branch.$ref !== 'string' || !branch.$ref.startsWith('#/components/schemas/')) {
      throw new Error(`response bodies must $ref a component schema, got ${JSON.stringify(branch)}`);
    }
    const name = refName(branch.$ref);
    const code = deref(openapi, deref(openapi, branch).properties?.code);
    const role = code?.const === 0 ? 'success' : code?.not?.const === 0 ? 'error' : undefined;
    if (!role) throw new Error(`${name}: a response body must declare code const 0 (success) or not 0 (error)`);
    if (roles[role]) throw new Error(`a response declares two ${role} bodies: ${roles[role]} and ${name}`);
    roles[role] = name;
  }
  return roles;
}

const pascal = (name) => name[0].toUpperCase() + name.slice(1);

/** The media types a request body may have: JSON, or a multipart form (uploads). */
const BODY_MEDIA_TYPES = ['application/json', 'multipart/form-data'];

/** An operation's request body: its media type and schema (the first of BODY_MEDIA_TYPES it declares). */
export function requestBodyOf(openapi, op) {
  const content = op.requestBody ? deref(openapi, op.requestBody).content ?? {} : {};
  for (const mediaType of Object.keys(content)) {
    if (!BODY_MEDIA_TYPES.includes(mediaType)) throw new Error(`${op.operationId}: request body media type ${mediaType} is not one of ${BODY_MEDIA_TYPES.join(', ')}`);
  }
  const mediaType = BODY_MEDIA_TYPES.find((type) => content[type]);
  return mediaType ? { mediaType, schema: content[mediaType].schema, required: deref(openapi, op.requestBody).required === true } : undefined;
}

/**
 * A multipart form's parts, from its schema: each property is a text part (typed as the schema says:
 * a form sends text, so an integer part is read back from its digits) or a binary part
 * (`format: binary`) with its limits as data (x-maxBytes, x-minBytes, x-formats).
 */
function multipartPartsOf(openapi, operationId, schema) {
  const resolved = deref(openapi, schema);
  if (resolved?.type !== 'object' || !resolved.properties) throw new Error(`${operationId}: a multipart body must be an object schema with properties`);
  const required = new Set(resolved.required ?? []);
  return Object.entries(resolved.properties).map(([name, raw]) => {
    const part = deref(openapi, raw);
    if (part.format === 'binary') {
      return { name, kind: 'binary', required: required.has(name), ...(part['x-maxBytes'] !== undefined && { maxBytes: part['x-maxBytes'] }), ...(part['x-minBytes'] !== undefined && { minBytes: part['x-minBytes'] }), ...(part['x-formats'] && { formats: part['x-formats'] }), ...(part['x-maxDimensions'] && { maxDimensions: part['x-maxDimensions'] }) };
    }
    const type = part.type ?? 'string';
    if (!['string', 'integer', 'number', 'boolean'].includes(type)) throw new Error(`${operationId}: multipart part ${name} must be a string, number, boolean or binary`);
    return { name, kind: 'text', type, required: required.has(name) };
  });
}

/**
 * The bundled OpenAPI document's schemas as one JSON Schema: components.schemas become $defs, and
 * each operation's query and path parameters become closed object schemas. Shared JSON Schema files
 * that the bundle inlined are turned back into $refs to their $id, so each is compiled once.
 */
export function openApiAsJsonSchema(openapi = readJson(bundledSpec)) {
  const fileIds = new Set(jsonSchemaFiles().map(([, s]) => s.$id).filter(Boolean));
  // A schema file the bundle inlined (it names the file in x-json-schema-id: see scripts/bundle-spec.js),
  // at any depth, is compiled from the file itself.
  const rewrite = (node) => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!node || typeof node !== 'object') return node;
    const fileId = node['x-json-schema-id'];
    if (typeof fileId === 'string') {
      if (!fileIds.has(fileId)) throw new Error(`x-json-schema-id ${fileId} names no file under schemas/`);
      return { $ref: fileId };
    }
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.$ref = v.replace('#/components/schemas/', '#/$defs/');
      else if (k === 'example' || k === 'writeOnly' || k === 'readOnly') continue; // OpenAPI-only annotations
      else if (k === 'discriminator' && v && typeof v === 'object') out.discriminator = { propertyName: v.propertyName }; // ajv refuses `mapping`
      else out[k] = rewrite(v);
    }
    return out;
  };
  const defs = {};
  for (const [name, schema] of Object.entries(openapi.components.schemas)) {
    defs[name] = rewrite(schema);
  }
  for (const { operationId, params } of operationsOf(openapi)) {
    for (const [where, suffix, closed] of [['query', 'Query', 'an unknown key is an error'], ['path', 'Path', 'every path parameter is required']]) {
      const list = params.filter((p) => p.in === where);
      if (!list.length) continue;
      defs[`${pascal(operationId)}${suffix}`] = {
        title: `${pascal(operationId)}${suffix}`,
        description: `${pascal(where)} parameters of ${operationId} (closed: ${closed}).`,
        type: 'object',
        properties: Object.fromEntries(list.map((p) => [p.name, { ...rewrite(p.schema), description: p.description }])),
        required: list.filter((p) => p.required).map((p) => p.name),
        additionalProperties: false,
      };
    }
  }
  return { schema: { $id: OPENAPI_ID, $defs: defs } };
}

/** The public schema ids and the $ref each resolves to. */
export function schemaIdRefs(openapi = readJson(bundledSpec)) {
  /** @type {Record<string, string>} */
  const ids = {};
  const def = (name) => `${OPENAPI_ID}#/$defs/${name}`;
  for (const { operationId, op, params } of operationsOf(openapi)) {
    if (params.some((p) => p.in === 'path')) ids[`${operationId}.path`] = def(`${pascal(operationId)}Path`);
    if (params.some((p) => p.in === 'query')) ids[`${operationId}.query`] = def(`${pascal(operationId)}Query`);
    const body = requestBodyOf(openapi, op)?.schema;
    if (body) {
      if (typeof body.$ref !== 'string') throw new Error(`${operationId}: the request body must $ref a component schema`);
      ids[`${operationId}.body`] = def(refName(body.$ref));
    }
    const success = bodyRoles(openapi, responseSchema(openapi, op.responses['200'])).success;
    if (!success) throw new Error(`${operationId}: the 200 answer declares no success body`);
    ids[`${operationId}.response`] = def(success);
  }
  ids.errorResponse = def('ErrorResponse');
  for (const { id, $id } of publicSchemaFiles()) ids[id] = $id;
  return ids;
}

/**
 * The schema files that are public schema ids, with their id: a file directly in a folder of
 * schemas/ is public; shared pieces (`common/`, and a folder's own `common/` and `components/`) are
 * not. The id is the file name under jsapi/ (chooseChat.input), the folder name for the folder's
 * own file (card/card.json → card), else folder.name (card/v1.json → card.v1, message/text.json →
 * message.text), and event.<event_type> for schemas/events/<event_type>.json. A JSAPI call's schemas come in the order input, success, fail.
 */
export function publicSchemaFiles() {
  const kindOrder = (id) => JSAPI_KINDS.indexOf(id.split('.').pop()) + 1;
  return jsonSchemaFiles()
    .filter(([rel]) => rel.split('/').length === 2 && !rel.startsWith('common/'))
    .map(([rel, schema]) => {
      const [dir, file] = rel.split('/');
      const base = file.replace(/\.json$/, '');
      // schemas/events/<event_type>.json is the public id event.<event_type> (singular: one event).
      const id = dir === 'jsapi' ? base : dir === 'events' ? `event.${base}` : base === dir ? dir : `${dir}.${base}`;
      return { dir, rel, $id: schema.$id, id };
    })
    .sort((a, b) => Number(a.dir !== 'jsapi') - Number(b.dir !== 'jsapi') || a.dir.localeCompare(b.dir) || (a.dir === 'jsapi' ? a.id.replace(/\.\w+$/, '').localeCompare(b.id.replace(/\.\w+$/, '')) || kindOrder(a.id) - kindOrder(b.id) : a.id.localeCompare(b.id)));
}

/** The card JSON schemas (schemas/card/): public id → file. */
export const CARD_SCHEMAS = Object.fromEntries(publicSchemaFiles().filter((f) => f.dir === 'card').map((f) => [f.id, f.rel]));

/** Validates one x-error-codes entry: every field the client, mock and docs read is there. */
function errorEntry(entry, where) {
  for (const [key, type] of [['name', 'string'], ['code', 'number'], ['httpStatus', 'number'], ['retryable', 'boolean'], ['meaning', 'string'], ['action', 'string']]) {
    if (typeof entry[key] !== type) throw new Error(`x-error-codes at ${where}: ${entry.name ?? '(unnamed)'} needs ${key} (${type})`);
  }
  return entry;
}

/** The error codes the spec documents (x-error-codes on shared responses and on operations), by name. */
export function errorCodes(openapi = readJson(bundledSpec)) {
  /** @type {Record<string, { code: number; httpStatus: number; retryable: boolean; msg?: string; meaning: string; action: string }>} */
  const out = {};
  const lists = [
    ...Object.entries(openapi.components.responses ?? {}).map(([name, r]) => [`components/responses/${name}`, r['x-error-codes']]),
    ...operationsOf(openapi).map(({ operationId, op }) => [operationId, op['x-error-codes']]),
  ];
  for (const [where, list] of lists) {
    for (const entry of list ?? []) {
      if (typeof entry === 'string') continue; // a reference by name, checked below
      const { name, 'x-invalid-parameter': invalidParameter, ...rest } = errorEntry(entry, where);
      if (out[name]) throw new Error(`x-error-codes: ${name} is defined twice`);
      // x-invalid-parameter marks the code an operation answers for a request that breaks its contract.
      out[name] = invalidParameter ? { ...rest, invalidParameter: true } : rest;
    }
  }
  // An operation may name an entry written elsewhere (a code several pages document is written once).
  for (const [where, list] of lists) {
    for (const entry of list ?? []) if (typeof entry === 'string' && !out[entry]) throw new Error(`x-error-codes at ${where}: ${entry} is defined nowhere`);
  }
  return out;
}

/** Whether a success schema pages by the convention (page_token in, data.items + has_more out), and its items key. */
function paginationOf(openapi, op, params, successName) {
  const explicit = op['x-pagination'];
  const data = deref(openapi, deref(openapi, openapi.components.schemas[successName]).properties?.data);
  const props = data?.properties ?? {};
  const query = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
  const itemsKey = explicit?.itemsKey ?? 'items';
  const pages = query.has('page_token') && query.has('page_size') && 'has_more' in props && deref(openapi, props[itemsKey])?.type === 'array';
  if (explicit && !pages) throw new Error(`${op.operationId}: x-pagination is declared but the operation does not page by page_token/page_size + data.${itemsKey}/has_more`);
  return pages ? { itemsKey, pageTokenParam: 'page_token', pageSizeParam: 'page_size', in: 'query' } : undefined;
}

/**
 * The operation table: for each operationId, everything code needs to call, serve, record, match
 * or document it — method, path template, schema ids, responses per status, pagination, token types,
 * scopes, rate limit and documented error codes. Generated into generated/operations.js.
 */
export function operationTable(openapi = readJson(bundledSpec)) {
  const ids = schemaIdRefs(openapi);
  // Several ids may name one schema (two operations sharing a response): an operation's own id
  // wins, else the first in contract order.
  const byRef = new Map();
  for (const [id, ref] of Object.entries(ids)) if (!byRef.has(ref)) byRef.set(ref, id);
  const idOf = (name, operationId) => {
    if (!name) return undefined;
    const ref = `${OPENAPI_ID}#/$defs/${name}`;
    return ids[`${operationId}.response`] === ref ? `${operationId}.response` : byRef.get(ref);
  };
  const codes = errorCodes(openapi);
  const tokenTypeOf = (scheme) => {
    const type = openapi.components.securitySchemes?.[scheme]?.['x-token-type'];
    if (!type) throw new Error(`security scheme ${scheme} declares no x-token-type`);
    return type;
  };
  const out = {};
  for (const { operationId, method, path: template, op, params } of operationsOf(openapi)) {
    const responses = {};
    const codeNames = new Set();
    for (const [status, response] of Object.entries(op.responses)) {
      const roles = bodyRoles(openapi, responseSchema(openapi, response));
      responses[status] = Object.fromEntries(Object.entries(roles).map(([role, name]) => [role, idOf(name, operationId)]));
      for (const entry of deref(openapi, response)['x-error-codes'] ?? []) codeNames.add(entry.name);
    }
    for (const entry of op['x-error-codes'] ?? []) codeNames.add(typeof entry === 'string' ? entry : entry.name);
    const security = op.security ?? openapi.security ?? [];
    const pathParams = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const declared = params.filter((p) => p.in === 'path').map((p) => p.name);
    if (pathParams.join() !== declared.sort((a, b) => pathParams.indexOf(a) - pathParams.indexOf(b)).join()) {
      throw new Error(`${operationId}: path template ${template} and its path parameters (${declared.join(', ')}) disagree`);
    }
    const query = {};
    for (const p of params.filter((param) => param.in === 'query')) {
      const schema = deref(openapi, p.schema);
      query[p.name] = {
        ...(schema?.default !== undefined && { default: schema.default }),
        ...(p['x-empty-result-above-length'] !== undefined && { emptyResultAboveLength: p['x-empty-result-above-length'] }),
        ...(p['x-token-restrictions'] && { tokenRestrictions: p['x-token-restrictions'].map(({ tokenType, values, error }) => ({ tokenType, values, error })) }),
      };
    }
    const success = responses['200']?.success;
    const successSchema = deref(openapi, openapi.components.schemas[refName(ids[`${operationId}.response`])]);
    const idempotencyKey = op['x-idempotency-key'];
    const requestBody = requestBodyOf(openapi, op);
    out[operationId] = {
      operationId,
      method,
      path: template,
      pathParams,
      schemas: {
        ...(ids[`${operationId}.path`] && { path: `${operationId}.path` }),
        ...(ids[`${operationId}.query`] && { query: `${operationId}.query` }),
        ...(ids[`${operationId}.body`] && { body: `${operationId}.body` }),
        response: success,
      },
      responses,
      ...(() => {
        const pagination = paginationOf(openapi, op, params, refName(ids[`${operationId}.response`]));
        return pagination ? { pagination } : {};
      })(),
      ...(requestBody && {
        body: {
          mediaType: requestBody.mediaType,
          required: requestBody.required,
          ...(requestBody.mediaType === 'multipart/form-data' && { parts: multipartPartsOf(openapi, operationId, requestBody.schema) }),
        },
      }),
      tokenTypes: [...new Set(security.flatMap((requirement) => Object.keys(requirement).map(tokenTypeOf)))],
      // Token types that work although the contract does not document them (x-observed): the mock accepts them.
      ...(op['x-observed']?.tokenTypes && { observedTokenTypes: op['x-observed'].tokenTypes }),
      ...(op['x-token-uses'] && { callbackToken: op['x-token-uses'] }),
      scopes: { anyOf: op['x-scopes']?.anyOf ?? [], fields: op['x-scopes']?.fieldScopes ?? [] },
      ...(op['x-rate-limit'] && { rateLimit: op['x-rate-limit'] }),
      // Documented counts the operation enforces (x-limits; its description stays in the spec).
      ...(op['x-limits'] && { limits: Object.fromEntries(Object.entries(op['x-limits']).filter(([k]) => k !== 'description')) }),
      errorCodes: [...codeNames].map((name) => ({ name, ...codes[name] })),
      query,
      // An envelope without `data` (the delayed card update answers only code and msg).
      ...(security.length > 0 && successSchema?.properties && !('data' in successSchema.properties) && { dataless: true }),
      idempotent: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'].includes(method),
      ...(idempotencyKey && { idempotencyKey }),
    };
  }
  return out;
}

/** For each operation and status, the first example of its JSON body (what a spec-driven mock answers). */
export function responseExamples(openapi = readJson(bundledSpec)) {
  const out = {};
  for (const { operationId, op } of operationsOf(openapi)) {
    const byStatus = {};
    for (const [status, response] of Object.entries(op.responses)) {
      const media = deref(openapi, response)?.content?.['application/json'];
      if (!media) continue;
      const named = Object.values(media.examples ?? {}).map((e) => deref(openapi, e).value);
      const first = media.example ?? named.find((value) => value?.code === 0) ?? named[0];
      if (first !== undefined) byStatus[status] = first;
    }
    out[operationId] = byStatus;
  }
  return out;
}

/**
 * For each operation, the examples its request is documented with: every example of each path and
 * query parameter (the parameter's `example`, its `examples`, then its schema's `examples`; the first
 * is what a request sends) and every named request-body example of any media type. What the mock's
 * demo tenant seeds its example entities from (src/mock/example-entities.ts), and where its demo app's
 * credentials come from (the token endpoint's example).
 */
export function requestExamples(openapi = readJson(bundledSpec)) {
  const out = {};
  for (const { operationId, op, params } of operationsOf(openapi)) {
    const entry = { path: {}, query: {}, body: {} };
    for (const param of params) {
      if (param.in !== 'path' && param.in !== 'query') continue;
      const values = [
        ...('example' in param ? [param.example] : []),
        ...Object.values(param.examples ?? {}).map((e) => deref(openapi, e).value),
        ...(deref(openapi, param.schema)?.examples ?? []),
      ];
      if (values.length > 0) entry[param.in][param.name] = [...new Map(values.map((v) => [JSON.stringify(v), v])).values()];
    }
    for (const media of Object.values(deref(openapi, op.requestBody)?.content ?? {})) {
      for (const [name, example] of Object.entries(media.examples ?? {})) entry.body[name] = deref(openapi, example).value;
    }
    out[operationId] = entry;
  }
  return out;
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
  const collect = (root) =>
    walkSchema(root, (schema, pointer, parent, keyword) => {
      if (keyword !== 'not' || !('const' in schema)) return;
      // Paths are relative to the schema that holds the `not`: a top-level $def or a schema file.
      const key = pointer.replace(/^\/\$defs\/[^/]+/, '');
      if (key in found && JSON.stringify(found[key]) !== JSON.stringify(schema.const)) clash.add(key);
      found[key] = schema.const;
    });
  for (const [, schema] of jsonSchemaFiles()) collect(schema);
  collect(openApiAsJsonSchema().schema);
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
    walkSchema(schema, (node, pointer) => {
      // Only plain property chains: /properties/a/properties/b → /a/b.
      if (!('default' in node) || !/^(\/properties\/[^/]+)+$/.test(pointer)) return;
      defaults[pointer.replace(/\/properties\//g, '/')] = node.default;
    });
    out[api] = defaults;
  }
  return out;
}
