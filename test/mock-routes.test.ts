// Issue 14.3: the mock routes every operation of the generated table — path templates, methods,
// token types, input checks and the documented invalid-parameter error, behaviour or 200 example.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, type OperationInfo } from '../generated/operations.js';
import { responseExamples } from '../generated/response-examples.js';
import { createMockFeishu, demoApp, demoUserToken } from '../src/mock/index.js';
import { Routes } from '../src/mock/routes.js';
import { mockFeishuFor } from '../src/mock/server.js';
import { validate, type SchemaId } from '../src/validators/index.js';

const table = Object.values(operations) as OperationInfo[];
const tokenOp = table.find((op) => op.tokenTypes.length === 0)!;
const credentials = JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret });

/** A throwaway operation the spec does not have: templated path, no behaviour module, its own 200 example. */
const throwaway: OperationInfo = {
  ...(operations.listChats as OperationInfo),
  operationId: 'getThrowawayChat' as OperationInfo['operationId'],
  path: '/open-apis/im/v1/chats/{chat_id}',
  pathParams: ['chat_id'],
  schemas: { response: 'listChats.response' },
  query: {},
};
const throwawayExample = { code: 0, msg: 'success', data: { chat_id: 'oc_example' } };

describe('mock routes from the operation table (issue 14.3)', () => {
  const mock = createMockFeishu();
  let server: Awaited<ReturnType<typeof mock.listen>>;
  let tenantToken = '';
  beforeAll(async () => {
    server = await mock.listen(0);
    const res = await fetch(`${server.url}${tokenOp.path}`, { method: tokenOp.method, headers: { 'content-type': 'application/json' }, body: credentials });
    tenantToken = ((await res.json()) as { tenant_access_token: string }).tenant_access_token;
  });
  afterAll(() => server.close());

  // What a valid call of each operation needs beyond its token: a chat the demo bot is in for the
  // path parameter, and the inputs the operation requires. A new operation with required inputs
  // must be added here (the test says which), so that it is exercised rather than skipped.
  const bot = mock.state.dataset.users.find((u) => u.isBot)!;
  const botGroup = mock.state.dataset.chats.find((c) => c.mode !== 'p2p' && c.status === 'normal' && c.members.includes(bot.openId))!;
  // The message operations need a message (a card the bot sent, so PATCH and the delayed update
  // apply), a reaction on it, a callback token, and a multipart form for the uploads.
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const card = { config: { update_multi: true }, elements: [{ tag: 'div', text: { tag: 'plain_text', content: 'hi' } }] };
  // Each card goes to another chat of the bot: a chat takes at most 5 messages a second.
  const cardChats = mock.state.dataset.chats.filter((c) => c.mode === 'group' && c.status === 'normal' && c.members.includes(bot.openId));
  let sent = 0;
  const sendCard = async () => {
    const chat = cardChats[sent++ % cardChats.length]!;
    const res = await fetch(`${server.url}/open-apis/im/v1/messages?receive_id_type=chat_id`, { method: 'POST', headers: { authorization: `Bearer ${tenantToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ receive_id: chat.chatId, msg_type: 'interactive', content: JSON.stringify(card) }) });
    return ((await res.json()) as { data: { message_id: string } }).data.message_id;
  };
  type Input = { query?: string; body?: string | FormData; path?: Record<string, string> };
  const inputs: Record<string, Input | (() => Promise<Input>)> = {
    getTenantAccessToken: { body: credentials },
    createMessage: { query: 'receive_id_type=chat_id', body: JSON.stringify({ receive_id: botGroup.chatId, msg_type: 'text', content: JSON.stringify({ text: 'hello' }) }) },
    searchChatsV2: { body: '{}' },
    createChat: { body: JSON.stringify({ name: 'routes' }) },
    addChatMembers: { query: 'member_id_type=open_id', body: JSON.stringify({ id_list: [mock.state.dataset.users.find((u) => !u.isBot)!.openId] }) },
    listMessages: { query: `container_id_type=chat&container_id=${botGroup.chatId}` },
    getMessage: async () => ({ path: { message_id: await sendCard() } }),
    patchMessage: async () => ({ path: { message_id: await sendCard() }, body: JSON.stringify({ content: JSON.stringify(card) }) }),
    replyMessage: async () => ({ path: { message_id: await sendCard() }, body: JSON.stringify({ msg_type: 'text', content: JSON.stringify({ text: 'a reply' }) }) }),
    createReaction: async () => ({ path: { message_id: await sendCard() }, body: JSON.stringify({ reaction_type: { emoji_type: 'Typing' } }) }),
    listReactions: async () => ({ path: { message_id: await sendCard() } }),
    deleteReaction: async () => {
      const message_id = await sendCard();
      const res = await fetch(`${server.url}/open-apis/im/v1/messages/${message_id}/reactions`, { method: 'POST', headers: { authorization: `Bearer ${tenantToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ reaction_type: { emoji_type: 'OK' } }) });
      return { path: { message_id, reaction_id: ((await res.json()) as { data: { reaction_id: string } }).data.reaction_id } };
    },
    updateCardByToken: async () => ({ body: JSON.stringify({ token: mock.state.cardTokens.issue(await sendCard(), demoApp.appId), card }) }),
    uploadImage: () => {
      const form = new FormData();
      form.set('image_type', 'message');
      form.set('image', new Blob([png]), 'one.png');
      return Promise.resolve({ body: form });
    },
    uploadFile: () => {
      const form = new FormData();
      form.set('file_type', 'pdf');
      form.set('file_name', 'a.pdf');
      form.set('file', new Blob(['%PDF-1.4']), 'a.pdf');
      return Promise.resolve({ body: form });
    },
    getLongConnectionEndpoint: { body: JSON.stringify({ AppID: demoApp.appId, AppSecret: demoApp.appSecret }) },
  };
  it.each(table.map((op) => [op.operationId, op] as const))('serves %s on its path and method, answering what its success schema describes', async (_id, op) => {
    const headers: Record<string, string> = op.tokenTypes.length ? { authorization: `Bearer ${op.tokenTypes.includes('tenant') ? tenantToken : demoUserToken}` } : {};
    const given = inputs[op.operationId];
    const input = typeof given === 'function' ? await given() : given;
    if (op.schemas.body && op.body?.required !== false) expect(input?.body, `${op.operationId} takes a body: add its inputs to this test`).toBeDefined();
    const path = op.path.replace(/\{chat_id\}/g, botGroup.chatId).replace(/\{(\w+)\}/g, (whole, name: string) => input?.path?.[name] ?? whole);
    expect(path, `${op.operationId}: a path parameter this test does not fill`).not.toMatch(/\{/);
    const json = typeof input?.body === 'string';
    const res = await fetch(`${server.url}${path}${input?.query ? `?${input.query}` : ''}`, {
      method: op.method,
      headers: { ...headers, ...(json ? { 'content-type': 'application/json' } : {}) },
      ...(input?.body ? { body: input.body } : {}),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-tt-logid')).toMatch(/^\d{14}[0-9A-F]{20}$/);
    expect(validate(op.schemas.response as SchemaId, await res.json())).toEqual({ valid: true });
  });

  it('refuses each operation without the token it requires, and a method the path does not take with 404', async () => {
    for (const op of table.filter((o) => o.tokenTypes.length)) {
      const res = await fetch(`${server.url}${op.path}`, { method: op.method });
      // An operation whose page documents its own 401 (the uploads' 234002) answers with it.
      const own = op.errorCodes.find((e) => e.httpStatus === 401);
      expect(res.status, op.operationId).toBe(own ? 401 : 400);
      expect(((await res.json()) as { code: number }).code, op.operationId).toBe((own ?? op.errorCodes.find((e) => e.name === 'tokenMissing')!).code);
    }
    const res = await fetch(`${server.url}${tokenOp.path}`, { method: 'GET' });
    expect(res.status).toBe(404);
  });

  it('a token body that breaks the contract gets the operation\'s documented invalid-parameter error, naming the field', async () => {
    const res = await fetch(`${server.url}${tokenOp.path}`, { method: tokenOp.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId }) });
    const body = (await res.json()) as { code: number; error: { field_violations: { field: string }[] } };
    const documented = tokenOp.errorCodes.find((e) => e.code === body.code);
    expect(documented?.msg).toMatch(/^invalid param/i);
    expect(res.status).toBe(documented!.httpStatus);
    expect(body.error.field_violations.map((v) => v.field)).toContain('app_secret');
    expect(validate('errorResponse', body)).toEqual({ valid: true });
  });

  it('serves an operation the spec does not have yet from its 200 example, with path parameters, auth and the static route first', async () => {
    const extended = mockFeishuFor([...table, throwaway], { ...responseExamples, [throwaway.operationId]: { '200': throwawayExample } });
    const token = ((await (await extended.fetch(`http://mock${tokenOp.path}`, { method: tokenOp.method, headers: { 'content-type': 'application/json' }, body: credentials })).json()) as { tenant_access_token: string }).tenant_access_token;
    const auth = { headers: { authorization: `Bearer ${token}` } };
    const got = await extended.fetch('http://mock/open-apis/im/v1/chats/oc_123', auth);
    expect(got.status).toBe(200);
    expect(await got.json()).toEqual(throwawayExample);
    expect(extended.state.requests.get(throwaway.path)).toBe(1);
    // The static search path still reaches its behaviour, not the template.
    const search = (await (await extended.fetch('http://mock/open-apis/im/v1/chats/search?query=design', auth)).json()) as { data: { items: unknown[] } };
    expect(search.data.items.length).toBeGreaterThan(0);
    expect((await extended.fetch('http://mock/open-apis/im/v1/chats/oc_123')).status).toBe(400);
    expect((await extended.fetch('http://mock/open-apis/im/v1/chats/oc_123', { ...auth, method: 'DELETE' })).status).toBe(404);
  });
});

describe('Routes', () => {
  const op = (operationId: string, method: string, path: string) => ({ ...(operations.listChats as OperationInfo), operationId, method, path }) as OperationInfo;
  const routes = new Routes([
    op('a', 'GET', '/x/{id}'),
    op('b', 'GET', '/x/special'),
    op('c', 'POST', '/x/{id}/y/{name}'),
  ]);

  it('matches static paths before templates, decodes parameters, and tells a wrong method from an unknown path', () => {
    expect(routes.match('GET', '/x/special')).toMatchObject({ operation: { operationId: 'b' }, params: {} });
    expect(routes.match('GET', '/x/oc%2F1')).toMatchObject({ operation: { operationId: 'a' }, params: { id: 'oc/1' } });
    expect(routes.match('POST', '/x/1/y/%E4%B8%AD')).toMatchObject({ operation: { operationId: 'c' }, params: { id: '1', name: '中' } });
    expect(routes.match('DELETE', '/x/1')).toEqual({ miss: 'method' });
    expect(routes.match('GET', '/x/')).toEqual({ miss: 'path' });
    expect(routes.match('GET', '/x/%E0%A4%A')).toEqual({ miss: 'path' });
    expect(routes.match('GET', '/nope')).toEqual({ miss: 'path' });
  });
});
