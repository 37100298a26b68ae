// Issue 21, client items 7, 8, 9 and 13 (dot segments), against real loopback servers; run once per
// transport (vitest.config.ts lists this file in both projects).
import type http from 'node:http';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createFeishuClient, FeishuApiError, FeishuContractError, FeishuError, FeishuTimeoutError } from '../../src/index.js';
import { REDACTED } from '../../src/client/secrets.js';
import { sendJson, serversClosedAfterEach } from '../helpers/loopback.js';

const server = serversClosedAfterEach();
const TOKEN = 't-TOKEN-SECRET-456';
const isTokenCall = (req: http.IncomingMessage) => req.url!.includes('tenant_access_token');
/** Everything reachable from an error: message, stack, a deep inspect (hidden properties too) and JSON. */
const everything = (e: Error) => `${e.message}\n${e.stack}\n${inspect(e, { depth: Infinity, showHidden: true })}\n${JSON.stringify(e)}`;

/** `leaf` wrapped in `depth` levels of objects, each level keyed by `key`. */
function nested(depth: number, leaf: unknown, key = 'x'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { [key]: value };
  return value;
}

/** An error body that echoes the token 40 levels deep as a value and as a key, and 1,000 levels deep. */
const deepEcho = (token: string) => ({
  code: 99991400 + 1,
  msg: 'bad request',
  error: { echo40: nested(40, `Bearer ${token}`), key40: nested(40, 1, token), echo1000: nested(1000, token), escaped: nested(35, token.replace(/T/g, '\\u0054')) },
});

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe('issue 21 item 7: a token the server echoes at any depth never leaves in an error or a returned error body', () => {
  for (const validateResponses of ['off', 'warn', 'strict'] as const) {
    it(`echoed 40 and 1,000 levels deep, and as an object key, with validateResponses ${validateResponses}: not in the FeishuApiError (message, body, JSON, deep inspect)`, async () => {
      const s = await server((_req, res) => sendJson(res, 400, deepEcho(TOKEN)));
      const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: TOKEN }, validateResponses, onWarning: () => undefined, retry: false });
      const error = await failure(client.chats.list());
      expect(error).toBeInstanceOf(FeishuApiError);
      const text = everything(error);
      expect(text).not.toContain(TOKEN);
      expect(text).toContain(REDACTED);
      expect(JSON.stringify((error as FeishuApiError).body)).not.toContain(TOKEN);
      // What is too deep to scrub is dropped with a marker that says so, not kept.
      expect(JSON.stringify((error as FeishuApiError).body)).toContain('nested deeper than');
    });
  }

  it('a token issued by the token endpoint, echoed 40 levels deep as a key: not in the error', async () => {
    const issued = 't-fault-injection-token-secret';
    const s = await server((req, res) => (isTokenCall(req) ? sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: issued, expire: 7200 }) : sendJson(res, 400, deepEcho(issued))));
    const client = createFeishuClient({ baseUrl: s.url, auth: { appId: 'cli_x', appSecret: 'APP-SECRET-789' }, retry: false });
    const error = await failure(client.chats.list());
    expect(everything(error)).not.toContain(issued);
  });

  it('client.api: an error body (HTTP 400, and HTTP 200 with a non-zero code) echoing the token deep and as a key is returned scrubbed; a success body is untouched', async () => {
    let status = 400;
    const s = await server((_req, res) => (status === 0 ? sendJson(res, 200, { code: 0, msg: 'success', data: { items: [], has_more: false, echo: 'plain' } }) : sendJson(res, status, deepEcho(TOKEN))));
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: TOKEN }, retry: false });
    const bad = await client.api.GET('/open-apis/im/v1/chats');
    expect(bad.response.status).toBe(400);
    expect(JSON.stringify(bad.error)).not.toContain(TOKEN);
    expect(inspect(bad.error, { depth: Infinity })).not.toContain(TOKEN);
    expect(JSON.stringify(bad.error)).toContain(REDACTED);
    status = 200;
    const bad200 = await client.api.GET('/open-apis/im/v1/chats');
    expect(JSON.stringify(bad200.data)).not.toContain(TOKEN);
    status = 0;
    const good = await client.api.GET('/open-apis/im/v1/chats');
    expect(good.data).toEqual({ code: 0, msg: 'success', data: { items: [], has_more: false, echo: 'plain' } });
  });

  it('an error whose cause chain is 50 errors long, the token in the innermost: scrubbed all the way down', async () => {
    const client = createFeishuClient({
      auth: { accessToken: TOKEN },
      fetch: async () => {
        let cause: Error = new Error(`innermost ${TOKEN}`);
        for (let i = 0; i < 50; i++) cause = new Error(`level ${i}`, { cause });
        throw cause;
      },
      retry: false,
    });
    const error = await failure(client.chats.list());
    let text = '';
    for (let e: unknown = error; e instanceof Error; e = e.cause) text += `${e.message}\n`;
    expect(text).toContain('innermost');
    expect(text).not.toContain(TOKEN);
  });
});

describe('issue 21 item 9: scrubbing never alters name, code or the package\'s own words', () => {
  it("app secret 'r': an aborted call is still named AbortError with its own message", async () => {
    const s = await server((_req, res) => sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: 't-abc', expire: 7200 }));
    const client = createFeishuClient({ baseUrl: s.url, auth: { appId: 'cli_x', appSecret: 'r' } });
    const error = await failure(client.chats.list({}, { signal: AbortSignal.abort() }));
    expect(error.name).toBe('AbortError');
    expect(error.message).toBe('The call was aborted by its signal');
    expect(error.stack).not.toContain(REDACTED);
  });

  it("app secret 'r': a timeout keeps its name and message; a FeishuApiError keeps name, code and its own words while Feishu's msg is scrubbed", async () => {
    const s = await server((req, res) => {
      if (isTokenCall(req)) return sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: 't-abc', expire: 7200 });
      if (req.url!.includes('page_size=1')) return; // never answers
      sendJson(res, 400, { code: 232001, msg: 'your request is bad' });
    });
    const client = createFeishuClient({ baseUrl: s.url, auth: { appId: 'cli_x', appSecret: 'r' }, timeoutMs: 200, retry: false });
    const timeout = await failure(client.chats.list({ page_size: 1 }));
    expect(timeout).toBeInstanceOf(FeishuTimeoutError);
    expect(timeout.name).toBe('FeishuTimeoutError');
    expect(timeout.message).toBe('Feishu request timed out after 200 ms');
    const api = (await failure(client.chats.list())) as FeishuApiError;
    expect(api.name).toBe('FeishuApiError');
    expect(api.code).toBe(232001);
    expect(api.msg).toBe(`you${REDACTED} ${REDACTED}equest is bad`);
    expect(api.message.startsWith('Feishu error 232001: ')).toBe(true);
    expect(api.message).toContain('(HTTP 400');
    expect(api.operationId).toBe('listChats');
  });

  it("app secret 'r': an error from a listing (scrubbed by the call, then again by the pagination) keeps its own words", async () => {
    const s = await server((req, res) => (isTokenCall(req) ? sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: 't-abc', expire: 7200 }) : sendJson(res, 400, { code: 232001, msg: 'your request is bad' })));
    const client = createFeishuClient({ baseUrl: s.url, auth: { appId: 'cli_x', appSecret: 'r' }, retry: false });
    const error = (await failure((async () => {
      for await (const _ of client.chats.listAll()) void _;
    })())) as FeishuApiError;
    expect(error.name).toBe('FeishuApiError');
    expect(error.message).toBe(`Feishu error 232001: you${REDACTED} ${REDACTED}equest is bad (HTTP 400, log id LOGID-TEST)`);
    expect(error.stack!.startsWith(`FeishuApiError: ${error.message}`) || error.stack!.includes(error.message)).toBe(true);
  });

  it("app secret 'r': a refused input keeps the contract error's name, schema id and the package's lead words", async () => {
    const client = createFeishuClient({ baseUrl: 'http://127.0.0.1:9', auth: { appId: 'cli_x', appSecret: 'r' } });
    const error = await failure(client.chats.list({ page_size: 1000 }));
    expect(error).toBeInstanceOf(FeishuContractError);
    expect(error.name).toBe('FeishuContractError');
    expect((error as FeishuContractError).schemaId).toBe('listChats.query');
    expect(error.message.startsWith('listChats.query breaks the contract: ')).toBe(true);
    expect((error as FeishuContractError).errors[0]!.keyword).toBe('maximum');
  });

  it("app secret 'r': a rule's words ('must be an integer', 'required') stay whole in the message and in errors[]; only a field name the caller wrote is scrubbed", async () => {
    const client = createFeishuClient({ baseUrl: 'http://127.0.0.1:9', auth: { appId: 'cli_x', appSecret: 'r' } });
    const error = (await failure(client.chats.list({ page_size: 'x' as unknown as number }))) as FeishuContractError;
    expect(error.message).toBe('listChats.query breaks the contract: page_size must be an integer');
    expect(error.errors[0]!.message).toBe('page_size must be an integer');
    const unknown = (await failure(client.request('listChats', { query: { page_size: 1, rr: 1 } as never }))) as FeishuContractError;
    expect(unknown.message).not.toMatch(/must[^;]*\[REDACTED\]/);
    expect(unknown.message).toContain(REDACTED); // the key the caller wrote, "rr"
  });
});

describe('issue 21 item 8: a lone surrogate in a path parameter, query value or page_token is a FeishuError naming the field', () => {
  const client = () => createFeishuClient({ baseUrl: 'http://127.0.0.1:9', auth: { accessToken: TOKEN }, retry: false });
  const cases: [string, (c: ReturnType<typeof client>) => Promise<unknown>, string, string][] = [
    ['chat_id of getChat', (c) => c.chats.get('oc_\uD800'), 'getChat', 'chat_id'],
    ['chat_id of isInChat', (c) => c.chats.isInChat('oc_\uDC00x'), 'isInChat', 'chat_id'],
    ['a query value (searchChats query)', (c) => c.chats.search({ query: 'a\uD800' }), 'searchChats', 'query'],
    ['page_token', (c) => c.chats.list({ page_token: 'x\uDFFF' }), 'listChats', 'page_token'],
  ];
  for (const [name, call, operationId, field] of cases) {
    it(`${name}: FeishuError with operationId ${operationId}, naming ${field}, nothing sent`, async () => {
      const error = await failure(call(client()));
      expect(error).toBeInstanceOf(FeishuError);
      expect(error).not.toBeInstanceOf(URIError);
      expect((error as FeishuError).operationId).toBe(operationId);
      expect(error.message).toContain(field);
      expect(error.message).toMatch(/surrogate/);
    });
  }

  it('client.api.GET with a lone surrogate in chat_id: a FeishuError naming chat_id, not a URIError', async () => {
    const s = await server((_req, res) => sendJson(res, 200, { code: 0, msg: 'ok', data: {} }));
    const c = createFeishuClient({ baseUrl: s.url, auth: { accessToken: TOKEN } });
    const error = await failure(c.api.GET('/open-apis/im/v1/chats/{chat_id}', { params: { path: { chat_id: 'oc_\uD800' } } }));
    expect(error).toBeInstanceOf(FeishuError);
    expect(error.message).toContain('chat_id');
    expect(s.hits).toBe(0);
  });
});

describe("issue 21 item 13: a path parameter '.' or '..' never collapses the path (the bearer token is not sent elsewhere)", () => {
  for (const value of ['..', '.']) {
    it(`chat_id ${JSON.stringify(value)}: client.api.GET and chats.get refuse with a FeishuError naming chat_id; nothing is sent`, async () => {
      const seen: string[] = [];
      const s = await server((req, res) => {
        seen.push(req.url!);
        sendJson(res, 200, { code: 0, msg: 'ok', data: {} });
      });
      const c = createFeishuClient({ baseUrl: s.url, auth: { accessToken: TOKEN } });
      const viaApi = await failure(c.api.GET('/open-apis/im/v1/chats/{chat_id}', { params: { path: { chat_id: value } } }));
      expect(viaApi).toBeInstanceOf(FeishuError);
      expect(viaApi.message).toContain('chat_id');
      const viaGet = await failure(c.chats.get(value));
      expect(viaGet).toBeInstanceOf(FeishuError);
      expect(viaGet.message).toContain('chat_id');
      expect((viaGet as FeishuError).operationId).toBe('getChat');
      expect(seen).toEqual([]);
    });
  }
});
