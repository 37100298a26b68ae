// Contract → the operation table and the types keyed by operationId and by schema id:
//   generated/operations.js (+ .d.ts)        every operation: method, path, schema ids, responses, pagination,
//                                            token types, scopes, rate limit, error codes (scripts/lib/contract.js)
//   generated/response-examples.js (+ .d.ts) each operation's first documented example per status (the mock's fallback)
//   generated/request-examples.js (+ .d.ts)  each operation's documented request examples (the demo tenant's seed)
//   generated/schema-types.d.ts              the TypeScript type of every schema id
// Client, mock, recorder, matchers and docs read these instead of naming operations themselves.
import fs from 'node:fs';
import path from 'node:path';
import { OPENAPI_ID, errorCodes as contractErrorCodes, jsonSchemaFiles, operationTable, requestExamples, responseExamples, schemaIdRefs } from './lib/contract.js';
import { generatedDir, generatedHeader } from './lib/paths.js';

const header = (what) => generatedHeader(`${what} (spec/ via generated/openapi.json, schemas/) by scripts/generate-operations.js`, 'npm run generate');
const table = operationTable();
const ids = schemaIdRefs();
const write = (name, text) => fs.writeFileSync(path.join(generatedDir, name), text);
const str = JSON.stringify;

// --- the table ---
// Each operation's error codes are the shared entries of contract-index.js's `errorCodes` (the table
// built them as `{ name, ...errorCodes[name] }`): written as `code(name)` rather than copied, they
// are one copy of each code's facts instead of 428, and the table is a fifth of its copied size
// (what importing the package root parses: bench/NOTES.md "Import"). `@__PURE__` keeps the table
// droppable by a bundler when a bundle does not use it.
const codes = contractErrorCodes();
const codeRef = (name) => `@@errorCode:${name}@@`;
const tableText = str(
  Object.fromEntries(Object.entries(table).map(([id, op]) => [id, {
    ...op,
    errorCodes: op.errorCodes.map((entry) => {
      if (str(entry) !== str({ name: entry.name, ...codes[entry.name] })) throw new Error(`${id}: error code ${entry.name} is not the shared entry of errorCodes`);
      return codeRef(entry.name);
    }),
  }])),
  null,
  2,
).replace(/"@@errorCode:(\w+)@@"/g, (_, name) => `/* @__PURE__ */ code(${str(name)})`);
write(
  'operations.js',
  `${header('the operation table')}import { errorCodes } from './contract-index.js';

/** One documented error code of an operation: its name and the shared facts of errorCodes. */
const code = (name) => ({ name, ...errorCodes[name] });

/** Every operation of the contract, by operationId. */
export const operations = ${tableText};\n`,
);

// --- schema id → TypeScript type ---
const declaredIn = Object.fromEntries(
  ['jsapi.d.ts', ...fs.readdirSync(generatedDir).filter((f) => f.endsWith('.d.ts') && !['jsapi.d.ts', 'openapi.d.ts', 'operations.d.ts', 'schema-types.d.ts', 'response-examples.d.ts', 'request-examples.d.ts'].includes(f) && !/validators|contract-index/.test(f))]
    .filter((f) => fs.existsSync(path.join(generatedDir, f)))
    .map((f) => [f, new Set([...fs.readFileSync(path.join(generatedDir, f), 'utf8').matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]))]),
);
const fileTitles = new Map(jsonSchemaFiles().map(([, s]) => [s.$id, s.title]));
const modules = new Map();
function typeOf(id, ref) {
  const [doc, fragment] = ref.split('#');
  if (doc === OPENAPI_ID) {
    const name = fragment.split('/').pop();
    const [, op, part] = id.match(/^(\w+)\.(query|path)$/) ?? [];
    if (op) return `${part === 'query' ? 'NonNullable<' : ''}OpenApi.operations[${str(op)}]['parameters'][${str(part)}]${part === 'query' ? '>' : ''}`;
    return `OpenApi.components['schemas'][${str(name)}]`;
  }
  // A schema file: json-schema-to-typescript names its type after the title.
  const name = (fileTitles.get(doc) ?? '').replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, c) => c.toUpperCase());
  const file = Object.keys(declaredIn).find((f) => declaredIn[f].has(name));
  if (!file) throw new Error(`schema id ${id}: no generated type named ${name} (title of ${doc})`);
  const alias = `T_${file.replace(/\W/g, '_')}`;
  modules.set(alias, `./${file.replace(/\.d\.ts$/, '.js')}`);
  return `${alias}.${name}`;
}
const entries = Object.entries(ids).map(([id, ref]) => `  ${str(id)}: ${typeOf(id, ref)};`);
write(
  'schema-types.d.ts',
  `${header('the type of every schema id')}import type * as OpenApi from './openapi.js';
${[...modules].map(([alias, file]) => `import type * as ${alias} from ${str(file)};`).join('\n')}

/** The TypeScript type that each schema id describes; a valid result narrows data to it. */
export interface SchemaTypes {
${entries.join('\n')}
}

/** Every schema id this package validates against. */
export type SchemaId = keyof SchemaTypes;
`,
);

// --- the table's types, keyed by operationId (as @octokit/types' Endpoints) ---
const endpoint = (op) => {
  const s = op.schemas;
  const t = (id) => `SchemaTypes[${str(id)}]`;
  return `  ${op.operationId}: {
    method: ${str(op.method)};
    path: ${str(op.path)};
    pathParams: ${s.path ? t(s.path) : 'Record<never, never>'};
    query: ${s.query ? t(s.query) : 'Record<never, never>'};
    body: ${s.body ? t(s.body) : 'undefined'};
    response: ${t(s.response)};
    data: DataOf<${t(s.response)}>;
    item: ${op.pagination ? `NonNullable<DataOf<${t(s.response)}>[${str(op.pagination.itemsKey)}]>[number]` : 'never'};
    paginated: ${op.pagination ? 'true' : 'false'};
  };`;
};
write(
  'operations.d.ts',
  `${header('the operation table')}import type { SchemaId, SchemaTypes } from './schema-types.js';
import type { operations as OpenApiOperations } from './openapi.js';

/** One documented error code of an operation. */
export interface OperationErrorCode {
  name: string;
  code: number;
  httpStatus: number;
  /** Whether a client may retry (rate limits; an invalid tenant token only after fetching a new one). */
  retryable: boolean;
  msg?: string;
  meaning: string;
  action: string;
  /** The code the operation answers for a request that breaks its contract (x-invalid-parameter). */
  invalidParameter?: boolean;
  /** Codes the platform puts inside this one's msg (\`ext=ErrCode: N; ErrMsg: …\`), e.g. 230099's card sub-codes. */
  subCodes?: readonly { name: string; code: number; msg: string }[];
}

/** One part of a multipart form body: a text field (typed as its schema says) or a binary part with its limits. */
export type MultipartPart =
  | { name: string; kind: 'text'; type: 'string' | 'integer' | 'number' | 'boolean'; required: boolean }
  | { name: string; kind: 'binary'; required: boolean; maxBytes?: number; minBytes?: number; formats?: readonly string[]; /** Largest width and height: per format, per image type (avatar), else \`default\`. */ maxDimensions?: Readonly<Record<string, number>> };

/** Everything the contract says about one operation, as data. */
export interface OperationInfo {
  operationId: OperationId;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
  /** The path template, e.g. \`/open-apis/im/v1/chats/{chat_id}\`. */
  path: string;
  /** Path parameter names, in template order. */
  pathParams: readonly string[];
  /** Schema ids of the inputs and of the success body. */
  schemas: { path?: SchemaId; query?: SchemaId; body?: SchemaId; response: SchemaId };
  /** Per documented status: the success and/or error body schema id (a 200 may be either: \`code\` decides). */
  responses: Readonly<Record<string, { success?: SchemaId; error?: SchemaId }>>;
  /** Present when the operation pages by \`page_token\`/\`page_size\` and answers \`data.<itemsKey>\` + \`has_more\`. */
  pagination?: { itemsKey: string; pageTokenParam: string; pageSizeParam: string; in: 'query' };
  /** The request body's media type; a multipart form lists its parts (in schema order). */
  body?: { mediaType: 'application/json' | 'multipart/form-data'; required: boolean; parts?: readonly MultipartPart[] };
  /** Token types the platform was seen to accept although the contract does not document them (x-observed). */
  observedTokenTypes?: readonly ('tenant' | 'user')[];
  /** The card callback token this operation takes: uses per token (Feishu, Lark) and lifetime (x-token-uses). */
  callbackToken?: { feishu: number; lark: number; lifetimeMinutes: number };
  /** The access tokens the operation accepts (empty: no token, e.g. the token endpoint). */
  tokenTypes: readonly ('tenant' | 'user')[];
  /** Any one of \`anyOf\` suffices; \`fields\` need their own scope. */
  scopes: { anyOf: readonly string[]; fields: readonly { scope: string; when?: string; fields: readonly string[] }[] };
  /** The documented rate limit (x-rate-limit). */
  rateLimit?: { perSecond?: number; perMinute?: number; scope?: string; whenExceeded?: string; [fact: string]: unknown };
  /** Documented counts the operation enforces (x-limits), e.g. addChatMembers' users per call and members per chat by chat kind. */
  limits?: Readonly<Record<string, number | Readonly<Record<string, number>>>>;
  /** Every error code the operation documents. */
  errorCodes: readonly OperationErrorCode[];
  /** Facts per query parameter: default, empty-result cutoff, values refused for a token type. */
  query: Readonly<Record<string, { default?: unknown; emptyResultAboveLength?: number; tokenRestrictions?: readonly { tokenType: 'tenant' | 'user'; values: readonly string[]; error: string }[] }>>;
  /** The success envelope has no \`data\` (updateCardByToken answers only code and msg): the client resolves to \`{}\`. */
  dataless?: boolean;
  /** Safe to resend as is (GET…). */
  idempotent: boolean;
  /** A body field that makes a resend safe when set (the platform dedupes it). */
  idempotencyKey?: { in: 'body' | 'query'; name: string; window?: string };
}

/** The success envelope's \`data\`, or — for envelopes without one (the token endpoint) — the envelope without code and msg. */
type DataOf<R> = R extends { data?: infer D } ? NonNullable<D> : Omit<R, 'code' | 'msg'>;

/** Request and response types of every operation, keyed by operationId. */
export interface Endpoints {
${Object.values(table).map(endpoint).join('\n')}
}

/** Every operationId of the contract. */
export type OperationId = keyof Endpoints;
/** The operationIds that page (\`client.paginate\` accepts these). */
export type PaginatedOperationId = { [K in OperationId]: Endpoints[K]['paginated'] extends true ? K : never }[OperationId];

/** Every operation of the contract, by operationId. */
export declare const operations: { readonly [K in OperationId]: OperationInfo & { operationId: K; method: Endpoints[K]['method']; path: Endpoints[K]['path'] } };
/** openapi-typescript's per-operation types (the same name, in the type space, as before this table existed). */
export type operations = OpenApiOperations;
`,
);

// --- examples (loaded by the mock only) ---
write('response-examples.js', `${generatedHeader('the first documented example per operation and status (spec/ via generated/openapi.json) by scripts/generate-operations.js', 'npm run generate')}export const responseExamples = ${str(responseExamples(), null, 2)};\n`);
write('response-examples.d.ts', `${header('response examples')}import type { OperationId } from './operations.js';\n/** The first documented example body per operation and HTTP status. */\nexport declare const responseExamples: { readonly [K in OperationId]: Readonly<Record<string, unknown>> };\n`);
// One export per operation, so that a bundle importing one (the demo app's credentials) leaves the rest out.
const requests = requestExamples();
write(
  'request-examples.js',
  `${generatedHeader('the documented request examples per operation (spec/ via generated/openapi.json) by scripts/generate-operations.js', 'npm run generate')}${Object.entries(requests)
    .map(([id, entry]) => `export const ${id} = ${str(entry, null, 2)};\n`)
    .join('')}`,
);
write(
  'request-examples.d.ts',
  `${header('request examples')}/** An operation's documented request examples: each parameter's examples (the first is the one sent) and each named body example. */
export interface RequestExamples {
  readonly path: Readonly<Record<string, readonly unknown[]>>;
  readonly query: Readonly<Record<string, readonly unknown[]>>;
  readonly body: Readonly<Record<string, unknown>>;
}
${Object.keys(requests)
  .map((id) => `export declare const ${id}: RequestExamples;\n`)
  .join('')}`,
);
console.log(`operations → generated/operations.js (${Object.keys(table).length} operations), schema-types.d.ts (${entries.length} schema ids), response-examples.js, request-examples.js`);
