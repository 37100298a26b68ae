// Issue 22.4: every example request of the spec succeeds against the mock's demo tenant. The test
// walks the bundled spec (generated/openapi.json) — every operation, so a future operation's examples
// are replayed with no edit here — builds each documented example request (path parameters, query,
// each named body example of each media type, JSON or multipart; for a read, each further example of a
// parameter too) and sends it to a real mock on
// loopback, expecting the documented success status, code 0, and an answer its response schema accepts.
//
// Order: operations that take no token first (the token endpoint: its answer's token authenticates
// the rest), then the others in spec order, DELETEs last (deleteReaction removes the reaction that
// listReactions reads). The state the stateful examples need — the messages replyMessage, patchMessage,
// getMessage and the reactions name, deleteReaction's reaction, updateCardByToken's tokens — is the demo
// tenant's own, seeded from the same examples at the mock's start (src/mock/example-entities.ts).
//
// Page tokens are the one kind of example that cannot be replayed: a parameter says so with
// x-unreplayable-example (and carries no `example`); that value is sent too and must be refused.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockFeishu, demoUserToken } from '../src/mock/index.js';
import { responseSchemaId, validate } from '../src/validators/index.js';
import { deref } from '../scripts/lib/resolve.js';
import { repoRoot } from './helpers/contract.js';

const bundle = JSON.parse(fs.readFileSync(path.join(repoRoot, 'generated/openapi.json'), 'utf8'));
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const TOKEN_TYPES: Record<string, 'tenant' | 'user'> = { tenantAccessToken: 'tenant', userAccessToken: 'user' };

interface ExampleRequest {
  operationId: string;
  example: string;
  method: string;
  url: string;
  /** The token types the operation takes, in its security's order, less those its example's query values are refused for. */
  tokenTypes: ('tenant' | 'user')[];
  /** Whether the operation takes no token at all (security: []). */
  open: boolean;
  body?: { type: 'json'; value: unknown } | { type: 'form'; value: Record<string, unknown>; binary: Set<string> };
  successStatus: string;
}

/** Every example of a parameter: its `example`, its `examples`, its schema's `examples` (tools send the first; Schemathesis tries all). */
function examplesOf(param: any): unknown[] {
  const all = [...('example' in param ? [param.example] : []), ...Object.values<any>(param.examples ?? {}).map((e) => deref(bundle, e).value), ...(deref(bundle, param.schema)?.examples ?? [])];
  return [...new Map(all.map((v) => [JSON.stringify(v), v])).values()];
}
/** The value a parameter's example request sends: the first of its examples. */
function exampleOf(param: any): { value: unknown } | undefined {
  const all = examplesOf(param);
  return all.length > 0 ? { value: all[0] } : undefined;
}

/** A query value as the parameter's style says (form: exploded arrays repeat the key; `explode: false` joins them with commas). */
function appendQuery(search: URLSearchParams, param: any, value: unknown): void {
  if (!Array.isArray(value)) search.append(param.name, String(value));
  else if (param.explode === false) search.append(param.name, value.join(','));
  else for (const item of value) search.append(param.name, String(item));
}

const requests: ExampleRequest[] = [];
const unreplayable: { operationId: string; param: string; value: string; base: ExampleRequest }[] = [];
const problems: string[] = [];
for (const [template, item] of Object.entries<any>(bundle.paths)) {
  for (const method of METHODS) {
    const op = item[method];
    if (!op?.operationId) continue;
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(bundle, p));
    let url = template;
    const search = new URLSearchParams();
    const refusedFor = new Set<string>();
    for (const param of params) {
      if (param.in === 'path') {
        const example = exampleOf(param);
        if (!example) problems.push(`${op.operationId}: path parameter ${param.name} has no example`);
        else url = url.replace(`{${param.name}}`, encodeURIComponent(String(example.value)));
      } else if (param.in === 'query') {
        const example = exampleOf(param);
        if (example) {
          appendQuery(search, param, example.value);
          const values = Array.isArray(example.value) ? example.value : [example.value];
          for (const r of param['x-token-restrictions'] ?? []) if (r.values.some((v: unknown) => values.includes(v))) refusedFor.add(r.tokenType);
        } else if (param.required) problems.push(`${op.operationId}: required query parameter ${param.name} has no example`);
      }
    }
    const query = search.toString();
    const security: Record<string, unknown>[] = op.security ?? bundle.security ?? [];
    const tokenTypes = security.flatMap((s) => Object.keys(s).map((k) => TOKEN_TYPES[k]!)).filter((t) => !refusedFor.has(t));
    const successStatus = Object.keys(op.responses).find((s) => /^2\d\d$/.test(s)) ?? '200';
    const base = { operationId: op.operationId, method: method.toUpperCase(), url: `${url}${query ? `?${query}` : ''}`, tokenTypes, open: security.length === 0, successStatus };
    const body = deref(bundle, op.requestBody);
    const bodies: ExampleRequest[] = [];
    for (const [mediaType, media] of Object.entries<any>(body?.content ?? {})) {
      const schema = deref(bundle, media.schema);
      const binary = new Set(Object.entries<any>(schema?.properties ?? {}).filter(([, s]) => deref(bundle, s)?.format === 'binary').map(([name]) => name));
      for (const [name, ex] of Object.entries<any>(media.examples ?? {})) {
        const value = deref(bundle, ex).value;
        bodies.push({ ...base, example: name, body: mediaType === 'multipart/form-data' ? { type: 'form', value, binary } : { type: 'json', value } });
      }
    }
    if (body?.required && bodies.length === 0) problems.push(`${op.operationId}: its request body has no example`);
    const replayed = bodies.length > 0 ? bodies : [{ ...base, example: '(parameters)' }];
    requests.push(...replayed);
    // A read's other parameter examples (getMessage's schema example om_925…, listReactions' emoji names): one request each.
    if (method === 'get') {
      for (const param of params) {
        for (const value of examplesOf(param).slice(1)) {
          const other = new URL(base.url, 'http://x');
          if (param.in === 'path') other.pathname = other.pathname.replace(encodeURIComponent(String(exampleOf(param)!.value)), encodeURIComponent(String(value)));
          else {
            other.searchParams.delete(param.name);
            appendQuery(other.searchParams, param, value);
          }
          requests.push({ ...base, example: `${param.name}=${JSON.stringify(value)}`, url: `${other.pathname}${other.search}` });
        }
      }
    }
    for (const param of params) {
      const held = param['x-unreplayable-example'];
      if (held) unreplayable.push({ operationId: op.operationId, param: param.name, value: held.value, base: replayed[0]! });
    }
  }
}
// No token yet → the operations that take none first; DELETEs last (they remove what others read).
const rank = (r: ExampleRequest) => (r.open ? 0 : r.method === 'DELETE' ? 2 : 1);
const ordered = requests.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([r]) => r);

let mock: ReturnType<typeof createMockFeishu>;
let server: { url: string; close: () => Promise<void> };
let tenantToken: string | undefined;
beforeAll(async () => {
  mock = createMockFeishu();
  server = await mock.listen(0);
});
afterAll(() => server?.close());

async function send(r: ExampleRequest, url = r.url): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = {};
  const tokenType = r.tokenTypes[0];
  if (!r.open) {
    // A token the mock accepts: the tenant token the replayed token example earned, or the demo user's.
    const token = tokenType === 'tenant' ? tenantToken : demoUserToken;
    expect(token, `${r.operationId}: no ${tokenType} token (the token endpoint's example failed?)`).toBeDefined();
    headers.authorization = `Bearer ${token}`;
  }
  let body: BodyInit | undefined;
  if (r.body?.type === 'json') {
    headers['content-type'] = 'application/json; charset=utf-8';
    body = JSON.stringify(r.body.value);
  } else if (r.body?.type === 'form') {
    const form = new FormData();
    for (const [name, value] of Object.entries(r.body.value)) {
      // A binary part stands for its bytes as a string (UploadImageRequest's description): one byte per code unit.
      if (r.body.binary.has(name)) form.append(name, new Blob([Uint8Array.from(String(value), (c) => c.charCodeAt(0))]), name);
      else form.append(name, String(value));
    }
    body = form;
  }
  const res = await fetch(`${server.url}${url}`, { method: r.method, headers, body });
  return { status: res.status, body: await res.json() };
}

describe('the spec documents an example request for every operation', () => {
  it('no operation lacks an example its request needs', () => expect(problems).toEqual([]));
  it('every operation of the bundle is replayed', () => {
    const all = Object.values<any>(bundle.paths).flatMap((item) => METHODS.flatMap((m) => (item[m]?.operationId ? [item[m].operationId] : [])));
    expect(new Set(requests.map((r) => r.operationId))).toEqual(new Set(all));
    expect(all.length).toBeGreaterThanOrEqual(21);
  });
});

describe('every example request succeeds against the mock demo tenant', () => {
  it.each(ordered.map((r) => [`${r.method} ${r.operationId} ${r.example}`, r] as const))('%s', async (_name, r) => {
    const { status, body } = await send(r);
    expect([status, body.code], JSON.stringify(body)).toEqual([Number(r.successStatus), 0]);
    const schemaId = responseSchemaId(r.operationId as never, r.successStatus, body);
    expect(schemaId, `${r.operationId} has a response schema for ${r.successStatus}`).toBeDefined();
    expect(validate(schemaId as never, body)).toEqual({ valid: true });
    if (typeof body.tenant_access_token === 'string') tenantToken = body.tenant_access_token;
  });
});

describe('a page token the mock did not issue stays refused (x-unreplayable-example)', () => {
  it('page_token is the parameter that says so, and it has no `example` a tool would send', () => {
    expect(new Set(unreplayable.map((u) => u.param))).toEqual(new Set(['page_token']));
    const pageToken = deref(bundle, bundle.components.parameters.PageToken);
    expect('example' in pageToken || 'examples' in pageToken).toBe(false);
  });
  it.each(unreplayable.map((u) => [`${u.operationId} ${u.param}`, u] as const))('%s: the doc value is refused with a documented error', async (_name, u) => {
    expect(tenantToken, 'the token example ran first').toBeDefined();
    const url = new URL(u.base.url, 'http://x');
    url.searchParams.set(u.param, u.value);
    const { status, body } = await send(u.base, `${url.pathname}${url.search}`);
    expect(status).toBe(400);
    expect(body.code).not.toBe(0);
    const id = responseSchemaId(u.operationId as never, String(status), body);
    expect(validate(id as never, body)).toEqual({ valid: true });
  });
});
