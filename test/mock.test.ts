import { describe, expect, it } from 'vitest';
import { createMockFeishu, demoApp, demoUserToken } from '../src/mock/index.js';
import { errorCodes, queryFacts } from '../src/contract-facts.js';
import { responseSchemaId, validate } from '../src/validators/index.js';

const BASE = 'http://mock.test';

/** A mock whose every answer is checked against the contract of its operation and status. */
function checkedMock(options?: Parameters<typeof createMockFeishu>[0]) {
  const mock = createMockFeishu(options);
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await mock.fetch(`${BASE}${path}`, init);
    expect(response.headers.get('x-tt-logid')).toMatch(/\w+/);
    const body = await response.json();
    const operationId = path.startsWith('/open-apis/auth') ? 'getTenantAccessToken' : path.startsWith('/open-apis/im/v1/chats/search') ? 'searchChats' : 'listChats';
    const schemaId = responseSchemaId(operationId, response.status)!;
    if (response.status !== 404) expect(validate(schemaId, body), `${path} → ${response.status}`).toEqual({ valid: true });
    return { status: response.status, body, headers: response.headers };
  };
  const token = async () => (await call('/open-apis/auth/v3/tenant_access_token/internal', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }) })).body.tenant_access_token as string;
  const get = async (path: string, bearer?: string) => call(path, bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {});
  return { mock, call, token, get };
}

describe('mock Feishu', () => {
  it('requires a token: missing → 99991661, unknown → 99991663, bad format → 99991671', async () => {
    const { get } = checkedMock();
    expect((await get('/open-apis/im/v1/chats')).body.code).toBe(99991661);
    expect((await get('/open-apis/im/v1/chats', 't-unknown')).body.code).toBe(99991663);
    expect((await get('/open-apis/im/v1/chats', 'abc')).body.code).toBe(99991671);
  });

  it('expires tenant tokens on its clock', async () => {
    let now = 1_000_000;
    const { get, token } = checkedMock({ now: () => now, tokenTtlSeconds: 60 });
    const t = await token();
    expect((await get('/open-apis/im/v1/chats', t)).body.code).toBe(0);
    now += 61_000;
    expect((await get('/open-apis/im/v1/chats', t)).body.code).toBe(99991663);
  });

  it('rejects wrong app credentials with a non-zero code', async () => {
    const { call } = checkedMock();
    const r = await call('/open-apis/auth/v3/tenant_access_token/internal', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: 'wrong' }) });
    expect(r.body.code).not.toBe(0);
    expect(JSON.stringify(r.body)).not.toContain('wrong');
  });

  it('pages with default 20, rejects page_size over 100 and forged tokens with 232001', async () => {
    const { get, token } = checkedMock();
    const t = await token();
    expect((await get('/open-apis/im/v1/chats', t)).body.data.items).toHaveLength(20);
    expect(await get('/open-apis/im/v1/chats?page_size=101', t)).toMatchObject({ status: 400, body: { code: 232001 } });
    expect(await get('/open-apis/im/v1/chats?page_token=forged', t)).toMatchObject({ status: 400, body: { code: 232001 } });
    expect(await get('/open-apis/im/v1/chats?page_size=abc', t)).toMatchObject({ status: 400, body: { code: 232001 } });
  });

  it('lists groups only by default; p2p chats only for a user token that asks', async () => {
    const { get, token } = checkedMock();
    const t = await token();
    const bot = (await get('/open-apis/im/v1/chats?page_size=100&types=group', t)).body.data.items;
    expect(bot.length).toBeGreaterThan(0);
    expect(bot.every((c: { chat_mode: string }) => c.chat_mode !== 'p2p')).toBe(true);
    const user = (await get('/open-apis/im/v1/chats?page_size=100&types=p2p', demoUserToken)).body.data.items;
    expect(user.length).toBeGreaterThan(0);
    expect(user.every((c: { chat_mode: string; p2p_target_id?: string }) => c.chat_mode === 'p2p' && c.p2p_target_id)).toBe(true);
  });

  it('refuses p2p with a tenant token as the platform does (x-token-restrictions), in either wire form, naming types', async () => {
    const { get, token } = checkedMock();
    const t = await token();
    const rule = queryFacts('listChats').types!.tokenRestrictions!.find((r) => r.tokenType === 'tenant')!;
    const documented = errorCodes[rule.error as keyof typeof errorCodes];
    for (const types of ['group,p2p', 'p2p', 'p2p&types=group']) {
      const r = await get(`/open-apis/im/v1/chats?types=${types}`, t);
      expect(r).toMatchObject({ status: documented.httpStatus, body: { code: documented.code, error: { field_violations: [{ field: 'types' }] } } });
    }
    expect((await get('/open-apis/im/v1/chats?types=group,p2p', demoUserToken)).status).toBe(200);
  });

  it('coerces query strings by the schema: types as a comma list or repeated keys; duplicates and unknown values refused by name', async () => {
    const { get } = checkedMock();
    const both = async (q: string) => (await get(`/open-apis/im/v1/chats?page_size=100&${q}`, demoUserToken)).body.data.items.map((c: { chat_id: string }) => c.chat_id);
    expect(await both('types=p2p&types=group')).toEqual(await both('types=p2p,group'));
    for (const bad of ['types=group,group', 'types=bogus', 'page_size=1.5']) {
      const r = await get(`/open-apis/im/v1/chats?${bad}`, demoUserToken);
      expect(r.status).toBe(400);
      expect(r.body.error.field_violations[0].field).toBe(bad.split('=')[0]);
    }
  });

  it('answers owner_id in the kind user_id_type asks for', async () => {
    const { get, token } = checkedMock();
    const t = await token();
    for (const [kind, pattern] of [['open_id', /^ou_/], ['union_id', /^on_/], ['user_id', /^[0-9a-f]{8}$/]] as const) {
      const items = (await get(`/open-apis/im/v1/chats?page_size=50&user_id_type=${kind}`, t)).body.data.items.filter((c: { owner_id?: string }) => c.owner_id);
      expect(items.length).toBeGreaterThan(0);
      for (const c of items) expect(c).toMatchObject({ owner_id: expect.stringMatching(pattern), owner_id_type: kind });
    }
  });

  it('sorts by activity with ByActiveTimeDesc', async () => {
    const { mock, get, token } = checkedMock();
    const t = await token();
    const ids = (await get('/open-apis/im/v1/chats?page_size=10&sort_type=ByActiveTimeDesc', t)).body.data.items.map((c: { chat_id: string }) => c.chat_id);
    const active = ids.map((id: string) => mock.state.dataset.chats.find((c) => c.chatId === id)!.activeAt);
    expect(active).toEqual([...active].sort((a, b) => b - a));
  });

  it('searches names case-insensitively, by prefix and pinyin; empty or over 64 characters → empty', async () => {
    const { get, token } = checkedMock();
    const t = await token();
    const names = async (q: string) => (await get(`/open-apis/im/v1/chats/search?page_size=100&query=${encodeURIComponent(q)}`, t)).body.data.items.map((c: { name: string }) => c.name);
    expect(await names('FRONTEND')).toEqual(expect.arrayContaining([expect.stringMatching(/Frontend/)]));
    expect((await names('chanpin')).length).toBeGreaterThan(0); // 产品设计 by pinyin
    expect((await names('cpsj')).length).toBeGreaterThan(0); // by pinyin initials
    expect(await names('')).toEqual([]);
    expect(await names('a'.repeat(65))).toEqual([]);
  });

  it('rate-limits a burst of 80 requests in one second with 429 + 99991400 + headers, and nothing else', async () => {
    const { get, token } = checkedMock({ now: () => 5_000_500 });
    const t = await token();
    const results = await Promise.all(Array.from({ length: 80 }, () => get('/open-apis/im/v1/chats?page_size=1', t)));
    const limited = results.filter((r) => r.status === 429);
    expect(limited.length).toBe(30);
    for (const r of limited) {
      expect(r.body.code).toBe(99991400);
      expect(r.headers.get('x-ogw-ratelimit-limit')).toBe('50');
      expect(Number(r.headers.get('x-ogw-ratelimit-reset'))).toBeGreaterThan(0);
    }
    expect(results.filter((r) => r.status !== 429).every((r) => r.status === 200)).toBe(true);
  });

  it('never answers 500 to bad input', async () => {
    const { mock } = checkedMock();
    const bad = [
      mock.fetch(`${BASE}/nope`),
      mock.fetch(`${BASE}/open-apis/im/v1/chats?page_size=%ZZ`, { headers: { authorization: 'Bearer t-x' } }),
      mock.fetch(`${BASE}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', body: '{not json' }),
      mock.fetch(`${BASE}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', body: 'x'.repeat(200_000) }),
      mock.fetch(`${BASE}/open-apis/im/v1/chats`, { method: 'DELETE' }),
    ];
    for (const r of await Promise.all(bad)) expect(r.status).toBeLessThan(500);
  });
});
