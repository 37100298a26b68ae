// Issue 12, client items 4, 5, 6, 7 and 9: hostile servers and inputs against real loopback
// servers. Each call ends in a typed FeishuError (or a success) within its stated bounds, with no
// secret in any error text, property or util.inspect output.
import { getEventListeners } from 'node:events';
import type http from 'node:http';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createFeishuClient, FeishuApiError, FeishuContractError, FeishuError, FeishuPaginationError, FeishuUnexpectedResponseError,
} from '../../src/index.js';
import { tenantTokenSource } from '../../src/client/auth.js';
import { retrying } from '../../src/client/retry.js';
import { SecretSet } from '../../src/client/secrets.js';
import { fetchTransport } from '../../src/client/transport.js';
import { page, sendJson, serversClosedAfterEach } from '../helpers/loopback.js';
import { recordEvidence } from '../helpers/secrets.js';

const server = serversClosedAfterEach();
const isTokenCall = (req: http.IncomingMessage) => req.url!.includes('tenant_access_token');
const tokenAnswer = (token: string, expire: unknown = 7200) => ({ code: 0, msg: 'ok', tenant_access_token: token, expire });
const chat = (i: number) => ({ chat_id: `oc_${i}`, name: `chat ${i}` });
/** Everything an error shows: message, stack, inspect (hidden properties too) and JSON. */
const everything = (e: Error) => `${e.message}\n${e.stack}\n${inspect(e, { depth: 10, showHidden: true })}\n${JSON.stringify(e)}`;

describe('12.4 pagination without end', () => {
  it('a server with has_more true and a fresh token forever stops at maxPages with a FeishuPaginationError naming it', async () => {
    const s = await server((req, res) => sendJson(res, 200, page([chat(1), chat(2)], true, `next-${req.url!.length}-${Math.random()}`)));
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' }, maxPages: 25 });
    let yielded = 0;
    const error = await (async () => {
      for await (const _ of client.chats.listAll()) yielded += 1;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeishuPaginationError);
    expect((error as Error).message).toContain('maxPages (25)');
    expect((error as FeishuError).operationId).toBe('listChats');
    expect(s.hits).toBe(25);
    expect(yielded).toBe(50); // every item of the pages fetched was yielded before the error
    // The per-call option overrides the client's.
    const perCall = await (async () => {
      for await (const _ of client.chats.searchAll({ query: 'x' }, { maxPages: 3 })) void _;
    })().catch((e: unknown) => e);
    expect((perCall as Error).message).toContain('maxPages (3)');
  });

  it('a listing of many pages with a signal leaves no listener and prints no MaxListenersExceededWarning', async () => {
    const pages = 300;
    const s = await server((req, res) => {
      const n = Number(new URL(req.url!, 'http://x').searchParams.get('page_token') ?? '0');
      sendJson(res, 200, page([chat(n)], n + 1 < pages, String(n + 1)));
    });
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    const controller = new AbortController();
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' } });
    let most = 0;
    let count = 0;
    for await (const _ of client.chats.listAll({}, { signal: controller.signal })) {
      count += 1;
      most = Math.max(most, getEventListeners(controller.signal, 'abort').length);
    }
    process.off('warning', onWarning);
    expect(count).toBe(pages);
    expect(most).toBe(0); // between pages, no listener is left on the caller's signal
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
  });

  it('maxPages and timeoutMs that are not whole positive numbers are refused, naming the option', () => {
    for (const maxPages of [0, -1, 1.5, Number.NaN]) {
      expect(() => createFeishuClient({ auth: { accessToken: 't-x' }, maxPages })).toThrow(/maxPages must be a whole number/);
    }
    expect(() => createFeishuClient({ auth: { accessToken: 't-x' }, timeoutMs: 2 ** 40 })).toThrow(/timeoutMs must be a whole number/);
  });
});

describe('12.5 the envelope shape is checked even with validateResponses off', () => {
  const shapes: [string, unknown, RegExp][] = [
    ['data missing', { code: 0, msg: 'ok' }, /data must be an object \(got nothing\)/],
    ['data null', { code: 0, msg: 'ok', data: null }, /data must be an object \(got null\)/],
    ['data a string', { code: 0, msg: 'ok', data: 'chats' }, /data must be an object \(got a string\)/],
    ['data an array', { code: 0, msg: 'ok', data: [] }, /data must be an object \(got an array\)/],
    ['items a string', { code: 0, msg: 'ok', data: { items: 'oc_1', has_more: false } }, /data\.items must be an array \(got a string\)/],
    ['has_more missing', { code: 0, msg: 'ok', data: { items: [] } }, /data\.has_more must be a boolean/],
    ['page_token a number', { code: 0, msg: 'ok', data: { items: [], has_more: true, page_token: 5 } }, /data\.page_token must be a string/],
  ];
  it.each(shapes)('%s → FeishuContractError, never a TypeError or characters yielded as chats', async (_name, body, message) => {
    const s = await server((_, res) => sendJson(res, 200, body));
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' }, validateResponses: 'off' });
    const error = await client.chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeishuContractError);
    expect((error as Error).message).toMatch(message);
    const yielded: unknown[] = [];
    const viaListAll = await (async () => {
      for await (const c of client.chats.listAll()) yielded.push(c);
    })().catch((e: unknown) => e);
    expect(viaListAll).toBeInstanceOf(FeishuContractError);
    expect(yielded).toEqual([]);
  });

  const unsafe = ['t-abc\r\nX-Evil: 1', 't-abc\u0000def-SECRET', 't-abc\ndef-SECRET', 't-abc def-SECRET', 't-abc\u00e9def-SECRET'];
  it.each(unsafe.map((t) => [JSON.stringify(t), t]))('a header-unsafe token %s is refused with a FeishuError that does not echo it', async (_label, token) => {
    expect(() => createFeishuClient({ auth: { accessToken: token } })).toThrow(FeishuError);
    try {
      createFeishuClient({ auth: { accessToken: token } });
    } catch (e) {
      expect(everything(e as Error)).not.toContain(token.slice(5));
    }
    // From a token source, and from the token endpoint: refused before any chat request.
    const s = await server((req, res) => (isTokenCall(req) ? sendJson(res, 200, tokenAnswer(token)) : sendJson(res, 200, page([], false))));
    for (const auth of [{ getAccessToken: async () => token }, { appId: 'cli_x', appSecret: 'APP-SECRET-789' }]) {
      const client = createFeishuClient({ baseUrl: s.url, auth });
      const error = (await client.chats.list().catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(FeishuError);
      expect(error.message).toMatch(/not allowed in an HTTP header/);
      expect(everything(error)).not.toContain(token.slice(5));
    }
    expect(s.requests.filter((r) => !r.url.includes('tenant_access_token'))).toEqual([]);
  });
});

describe('12.6 no secret in errors when a server echoes the request', () => {
  const appSecret = 'APP-SECRET-789';
  const token = 't-TOKEN-SECRET-456';
  let lastTokenBody = '';
  const echoes: [string, http.RequestListener][] = [
    ['the token endpoint echoes its request body as HTML', (req, res) => {
      res.writeHead(400, { 'content-type': 'text/html' });
      res.end(`<html><body>bad request: <pre>${lastTokenBody}</pre></body></html>`);
    }],
    ['the token endpoint echoes its request body in msg (HTTP 200, code 10003)', (req, res) => sendJson(res, 200, { code: 10003, msg: `invalid param: ${lastTokenBody}` })],
    ['the token endpoint echoes it with the secret across the snippet cut', (req, res) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`${'x'.repeat(190 - lastTokenBody.indexOf(appSecret))}${lastTokenBody}`);
    }],
  ];
  it.each(echoes)('%s', async (_name, tokenEndpoint) => {
    const s = await server((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        lastTokenBody = body;
        tokenEndpoint(req, res);
      });
    });
    const client = createFeishuClient({ baseUrl: s.url, auth: { appId: 'cli_x', appSecret }, retry: false });
    const error = (await client.chats.list().catch((e: unknown) => e)) as Error;
    expect(lastTokenBody).toContain(appSecret); // the echo did carry it
    expect(error).toBeInstanceOf(FeishuError);
    const text = everything(error);
    recordEvidence('error', text);
    expect(text).not.toContain(appSecret);
    expect(text).not.toContain(appSecret.slice(0, 8));
  });

  const answers: [string, (auth: string) => [number, string, string]][] = [
    ['an error envelope echoing Authorization in msg and error', (auth) => [403, 'application/json', JSON.stringify({ code: 99991672, msg: `denied for ${auth}`, error: { log_id: 'L1', echo: { authorization: auth } } })]],
    ['an HTML page echoing Authorization', (auth) => [200, 'text/html', `<html>${'y'.repeat(170)}${auth}</html>`]],
    ['a success page whose chat name echoes Authorization, with strict validation of a drifted field', (auth) => [200, 'application/json', JSON.stringify(page([{ chat_id: 'oc_1', chat_status: auth }], false))]],
  ];
  it.each(answers)('%s', async (_name, answer) => {
    const s = await server((req, res) => {
      if (isTokenCall(req)) return sendJson(res, 200, tokenAnswer(token));
      const [status, type, body] = answer(String(req.headers.authorization));
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    });
    const warnings: string[] = [];
    const client = createFeishuClient({ baseUrl: s.url, auth: { appId: 'cli_x', appSecret }, validateResponses: 'strict', retry: false });
    const error = (await client.chats.list().catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(FeishuError);
    const text = everything(error);
    recordEvidence('error', text);
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.slice(0, 10));
    const lenient = createFeishuClient({ baseUrl: s.url, auth: { appId: 'cli_x', appSecret }, validateResponses: 'warn', onWarning: (m, d) => warnings.push(m, JSON.stringify(d)), retry: false });
    await lenient.chats.list().catch((e: unknown) => recordEvidence('error', everything(e as Error)));
    recordEvidence('warnings', warnings.join('\n'));
    expect(warnings.join('\n')).not.toContain(token);
  });

  it('a FeishuApiError keeps its msg and body, secrets replaced', async () => {
    const s = await server((req, res) => sendJson(res, 400, { code: 232001, msg: `bad: ${req.headers.authorization}` }));
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: token } });
    const error = (await client.chats.list().catch((e: unknown) => e)) as FeishuApiError;
    expect(error).toBeInstanceOf(FeishuApiError);
    expect(error.msg).toBe('bad: Bearer [REDACTED]');
    expect(error.body).toEqual({ code: 232001, msg: 'bad: Bearer [REDACTED]' });
  });
});

describe('12.7 token stampede and nonsensical expire', () => {
  it('200 concurrent callers refused with 99991663 share one token refresh', async () => {
    let tokenRequests = 0;
    let revoked = false;
    const s = await server((req, res) => {
      if (isTokenCall(req)) {
        tokenRequests += 1;
        if (tokenRequests > 1) revoked = false;
        // The endpoint re-issues the same token: only a generation, not the string, tells them apart.
        return sendJson(res, 200, tokenAnswer('t-same-token-every-time-0123'));
      }
      if (revoked) return sendJson(res, 200, { code: 99991663, msg: 'Invalid access token for authorization.' });
      sendJson(res, 200, page([chat(1)], false));
    });
    const client = createFeishuClient({ baseUrl: s.url, auth: { appId: 'cli_x', appSecret: 'SECRET-VALUE-123' }, retry: false });
    await client.chats.list();
    expect(tokenRequests).toBe(1);
    revoked = true;
    const results = await Promise.allSettled(Array.from({ length: 200 }, () => client.chats.list()));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(tokenRequests).toBe(2);
  });

  const expires: [string, unknown][] = [['0', 0], ['negative', -5], ['null', null], ['a string', '7200'], ['fractional tiny', 0.001]];
  it.each(expires)('expire %s gets a floor: 30 calls make one token request', async (_name, expire) => {
    let tokenRequests = 0;
    const s = await server((req, res) => {
      if (!isTokenCall(req)) return sendJson(res, 200, page([], false));
      tokenRequests += 1;
      sendJson(res, 200, tokenAnswer('t-floor-token-0123456789', expire));
    });
    const client = createFeishuClient({ baseUrl: s.url, auth: { appId: 'cli_x', appSecret: 'SECRET-VALUE-123' } });
    for (let i = 0; i < 30; i++) await client.chats.list();
    expect(tokenRequests).toBe(1);
  });

  it('the lifetime is clamped into [1 minute, 2 hours] (a controlled clock)', async () => {
    let expire: unknown = 0;
    let tokenRequests = 0;
    const s = await server((req, res) => {
      tokenRequests += 1;
      sendJson(res, 200, tokenAnswer(`t-clock-token-${tokenRequests}-0123456789`, expire));
    });
    let now = 0;
    const send = retrying(fetchTransport((r) => fetch(r), 1 << 20), { retry: false, timeoutMs: 5000 });
    const source = tenantTokenSource({ appId: 'cli_x', appSecret: 'SECRET-VALUE-123' }, { baseUrl: s.url, send, secrets: new SecretSet(), now: () => now });
    await source.get({});
    now = 29_000; // floor 60 s, renewed at half: still cached
    await source.get({});
    expect(tokenRequests).toBe(1);
    now = 31_000;
    await source.get({});
    expect(tokenRequests).toBe(2);
    expire = 1e12; // capped at 2 hours, renewed 3 minutes early
    now = 100_000; // the token from 31 s (floored to 60 s) is renewed at 61 s
    await source.get({});
    expect(tokenRequests).toBe(3);
    now = 100_000 + (7200 - 180) * 1000 - 1;
    await source.get({});
    expect(tokenRequests).toBe(3);
    now += 2;
    await source.get({});
    expect(tokenRequests).toBe(4);
  });
});

describe('12.9 a base URL with a path prefix', () => {
  it.each(['/feishu', '/feishu/', '/gw/feishu//'])('baseUrl …%s is honoured by every request, the token request included', async (prefix) => {
    const s = await server((req, res) => {
      if (!req.url!.startsWith('/gw/feishu/open-apis/') && !req.url!.startsWith('/feishu/open-apis/')) return sendJson(res, 404, { code: 404, msg: 'not under the prefix' });
      if (isTokenCall(req)) return sendJson(res, 200, tokenAnswer('t-prefix-token-0123456789'));
      sendJson(res, 200, page([chat(1)], false));
    });
    const client = createFeishuClient({ baseUrl: `${s.url}${prefix}`, auth: { appId: 'cli_x', appSecret: 'SECRET-VALUE-123' } });
    await expect(client.chats.list()).resolves.toMatchObject({ items: [{ chat_id: 'oc_1' }] });
    await expect(client.chats.search({ query: 'a' })).resolves.toMatchObject({ has_more: false });
    const { data } = await client.api.GET('/open-apis/im/v1/chats', { params: { query: { page_size: 1 } } });
    expect(data).toMatchObject({ code: 0 });
    const expected = prefix.startsWith('/gw') ? '/gw/feishu/open-apis/' : '/feishu/open-apis/';
    expect(s.requests.map((r) => r.url.slice(0, expected.length))).toEqual(Array(4).fill(expected));
    expect(s.requests[0]!.url).toBe(`${expected}auth/v3/tenant_access_token/internal`);
  });
});
