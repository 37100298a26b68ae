import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeishuClient, FeishuApiError, FeishuContractError, FeishuError, FeishuTimeoutError, FeishuUnexpectedResponseError, getResponseMeta } from '../src/index.js';
import { createMockFeishu, demoApp } from '../src/mock/index.js';
import { page, sendJson, serversClosedAfterEach } from './helpers/loopback.js';
import { recordEvidence } from './helpers/secrets.js';

const fast = { retries: 3, baseDelayMs: 1, maxDelayMs: 50 };
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});
const server = serversClosedAfterEach();
const chat = (i: number) => ({ chat_id: `oc_${i}`, name: `chat ${i}` });

describe('against the mock Feishu over loopback HTTP', () => {
  it('gets a tenant token and pages through every chat without duplicates or gaps', async () => {
    const mock = createMockFeishu();
    const { url, close } = await mock.listen(0);
    closers.push(close);
    const client = createFeishuClient({ baseUrl: url, auth: demoApp, validateResponses: 'strict', retry: fast });
    const ids: string[] = [];
    for await (const c of client.chats.listAll({ page_size: 7 })) ids.push(c.chat_id!);
    const expected = mock.state.dataset.chats.filter((c) => c.mode !== 'p2p' && c.members.includes('ou_b0000000000000000000000000000001'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(expected.map((c) => c.chatId).sort());
    expect(mock.state.requests.get('/open-apis/auth/v3/tenant_access_token/internal')).toBe(1);
  });

  it('resumes from a saved page_token', async () => {
    const { url, close } = await createMockFeishu().listen(0);
    closers.push(close);
    // ~60 requests in a burst cross the mock's 50/s limit: the default retry policy waits the reset out.
    const client = createFeishuClient({ baseUrl: url, auth: demoApp });
    const first = await client.chats.list({ page_size: 5 });
    expect(first.has_more).toBe(true);
    const rest: string[] = [];
    for await (const c of client.chats.listAll({ page_size: 5, page_token: first.page_token })) rest.push(c.chat_id!);
    const all: string[] = [];
    for await (const c of client.chats.listAll({ page_size: 5 })) all.push(c.chat_id!);
    expect([...first.items.map((c) => c.chat_id), ...rest]).toEqual(all);
  });

  it('keeps the log id and headers of a successful page reachable', async () => {
    const mock = createMockFeishu();
    const client = createFeishuClient({ baseUrl: 'http://feishu.test', auth: demoApp, fetch: mock.fetch });
    const result = await client.chats.search({ query: 'zhang' });
    expect(getResponseMeta(result)?.logId).toMatch(/\w{10,}/);
    expect(getResponseMeta(result)?.status).toBe(200);
  });

  it('validates the query before sending: page_size 500 names page_size and sends nothing', async () => {
    const s = await server((_, res) => sendJson(res, 200, page([], false)));
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-fixed' } });
    const error = await client.chats.list({ page_size: 500 }).catch((e) => e);
    expect(error).toBeInstanceOf(FeishuContractError);
    expect(error.message).toContain('page_size must be at most 100');
    expect(s.hits).toBe(0);
  });

  it('shares one token fetch between concurrent cold callers', async () => {
    const mock = createMockFeishu();
    const client = createFeishuClient({ baseUrl: 'http://feishu.test', auth: demoApp, fetch: mock.fetch });
    await Promise.all(Array.from({ length: 10 }, () => client.chats.list({ page_size: 1 })));
    expect(mock.state.requests.get('/open-apis/auth/v3/tenant_access_token/internal')).toBe(1);
  });

  it('refreshes a revoked tenant token once and succeeds', async () => {
    const mock = createMockFeishu();
    const client = createFeishuClient({ baseUrl: 'http://feishu.test', auth: demoApp, fetch: mock.fetch });
    await client.chats.list();
    mock.state.tenantTokens.clear(); // revoked server-side
    await expect(client.chats.list()).resolves.toHaveProperty('has_more');
    expect(mock.state.requests.get('/open-apis/auth/v3/tenant_access_token/internal')).toBe(2);
  });
});

describe('against scripted failures', () => {
  it('pagination ends on has_more false with an empty token', async () => {
    const s = await server((req, res) => sendJson(res, 200, req.url!.includes('page_token=p2') ? page([chat(3)], false, '') : page([chat(1), chat(2)], true, 'p2')));
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' } });
    const ids: string[] = [];
    for await (const c of client.chats.listAll()) ids.push(c.chat_id!);
    expect(ids).toEqual(['oc_1', 'oc_2', 'oc_3']);
  });

  it('pagination throws when a page token repeats', async () => {
    const s = await server((_, res) => sendJson(res, 200, page([chat(1)], true, 'same')));
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' } });
    const seen: unknown[] = [];
    await expect(async () => { for await (const c of client.chats.listAll()) seen.push(c); }).rejects.toThrow(/repeated page_token/);
    expect(s.hits).toBe(2);
  });

  it('pagination throws (never ends silently) when a later page fails', async () => {
    const s = await server((_, res, hit) => (hit === 1 ? sendJson(res, 200, page([chat(1)], true, 'p2')) : sendJson(res, 400, { code: 232001, msg: 'bad' })));
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' } });
    await expect(async () => { for await (const _ of client.chats.listAll()) void _; }).rejects.toBeInstanceOf(FeishuApiError);
  });

  it('waits out a 429 with x-ogw-ratelimit-reset, then succeeds', async () => {
    const s = await server((_, res, hit) =>
      hit === 1 ? sendJson(res, 429, { code: 99991400, msg: 'request trigger frequency limit' }, { 'x-ogw-ratelimit-limit': '50', 'x-ogw-ratelimit-reset': '0' }) : sendJson(res, 200, page([chat(1)], false)),
    );
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' }, retry: fast });
    await expect(client.chats.list()).resolves.toMatchObject({ items: [{ chat_id: 'oc_1' }] });
    expect(s.hits).toBe(2);
  });

  it('retries a 5xx HTML page, then succeeds', async () => {
    const s = await server((_, res, hit) => {
      if (hit === 1) { res.writeHead(502, { 'content-type': 'text/html' }); res.end('<html>Bad Gateway</html>'); }
      else sendJson(res, 200, page([], false));
    });
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' }, retry: fast });
    await expect(client.chats.list()).resolves.toMatchObject({ has_more: false });
  });

  it('an HTML page with HTTP 200 is a FeishuError saying what came back, not a SyntaxError', async () => {
    const s = await server((_, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<html>maintenance</html>'); });
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' } });
    const error = await client.chats.list().catch((e) => e);
    expect(error).toBeInstanceOf(FeishuUnexpectedResponseError);
    expect(error.message).toMatch(/HTTP 200 text\/html.*maintenance/);
  });

  it('code != 0 with HTTP 200 is a FeishuApiError with log id and permission violations', async () => {
    const s = await server((_, res) => sendJson(res, 200, { code: 99991672, msg: 'Access denied', error: { log_id: 'L1', permission_violations: [{ type: 'action_scope_required', subject: 'im:chat' }] } }, { 'x-tt-logid': '' }));
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' } });
    const error = await client.chats.list().catch((e) => e);
    expect(error).toBeInstanceOf(FeishuApiError);
    expect(error).toMatchObject({ code: 99991672, httpStatus: 200, logId: 'L1', permissionViolations: [{ subject: 'im:chat' }] });
  });

  it('an always-invalid token ends in an error after a bounded number of calls', async () => {
    let tokenCalls = 0;
    const s = await server((req, res) => {
      if (req.url!.includes('tenant_access_token')) { tokenCalls += 1; return sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: `t-${tokenCalls}`, expire: 7200 }); }
      sendJson(res, 400, { code: 99991663, msg: 'Invalid access token' });
    });
    const client = createFeishuClient({ baseUrl: s.url, auth: { appId: 'cli_x', appSecret: 'SECRET-VALUE-123' }, retry: fast });
    await expect(client.chats.list()).rejects.toMatchObject({ code: 99991663 });
    expect(tokenCalls).toBe(2);
    expect(s.hits).toBe(4);
  });

  it('times out a body that never ends, with a FeishuTimeoutError', async () => {
    const s = await server((_, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.write('{"code":0,'); });
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' }, timeoutMs: 200, retry: false });
    await expect(client.chats.list()).rejects.toBeInstanceOf(FeishuTimeoutError);
  });

  it('strict validation rejects a drifted answer, naming the field', async () => {
    const s = await server((_, res) => sendJson(res, 200, page([{ chat_id: 'oc_1', chat_status: 'archived' }], false)));
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' }, validateResponses: 'strict' });
    await expect(client.chats.list()).rejects.toThrow(/data\.items\[0\]\.chat_status must be one of/);
    const warnings: string[] = [];
    const lenient = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' }, validateResponses: 'warn', onWarning: (m) => warnings.push(m) });
    await expect(lenient.chats.list()).resolves.toBeDefined();
    expect(warnings[0]).toContain('chat_status');
    recordEvidence('warnings', warnings.join('\n'));
  });

  it('keeps secrets out of errors, stacks and inspect output', async () => {
    const s = await server((req, res) => {
      if (req.url!.includes('tenant_access_token')) return sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: 't-TOKEN-SECRET-456', expire: 7200 });
      sendJson(res, 400, { code: 232025, msg: 'Bot ability is not activated.' });
    });
    const client = createFeishuClient({ baseUrl: s.url, auth: { appId: 'cli_x', appSecret: 'APP-SECRET-789' } });
    const error = await client.chats.list().catch((e) => e);
    expect(error).toBeInstanceOf(FeishuError);
    const everything = `${error.message}\n${error.stack}\n${inspect(error, { depth: 10, showHidden: true })}\n${JSON.stringify(error)}`;
    recordEvidence('error', everything);
    expect(everything).not.toContain('APP-SECRET-789');
    expect(everything).not.toContain('TOKEN-SECRET-456');
  });
});
