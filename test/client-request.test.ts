// Issue 14.2: generic calls driven by the operation table — client.request(operationId, …) and
// client.paginate(operationId, …) — against the mock over loopback HTTP, and the chats.* calls as
// thin calls of them.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createFeishuClient, FeishuContractError, FeishuError, getResponseMeta, type Chat } from '../src/index.js';
import { operationOf, type OperationInfo } from '../src/client/table.js';
import { fillPath } from '../src/client/url.js';
import { createMockFeishu, demoApp } from '../src/mock/index.js';
import { page, sendJson, serversClosedAfterEach } from './helpers/loopback.js';

const server = serversClosedAfterEach();

async function mockClient() {
  const mock = createMockFeishu();
  const { url, close } = await mock.listen(0);
  return { mock, url, close, client: createFeishuClient({ baseUrl: url, auth: demoApp, validateResponses: 'strict' }) };
}

describe('client.request and client.paginate', () => {
  it('request resolves to the success data of any operation, typed from Endpoints', async () => {
    const { client, close } = await mockClient();
    try {
      const data = await client.request('listChats', { query: { page_size: 3 } });
      expectTypeOf(data.items).toEqualTypeOf<Chat[]>();
      expect(data.items).toHaveLength(3);
      expect(getResponseMeta(data)?.status).toBe(200);
      // The token endpoint takes no token and answers at the top level.
      const token = await client.request('getTenantAccessToken', { body: { app_id: demoApp.appId, app_secret: demoApp.appSecret } });
      expect(token).toEqual({ tenant_access_token: expect.stringMatching(/^t-/), expire: expect.any(Number) });
    } finally {
      await close();
    }
  });

  it('paginate yields every item of a paginated operation, the same as listAll, and resumes from a page_token', async () => {
    const { client, close } = await mockClient();
    try {
      const viaPaginate: string[] = [];
      for await (const chat of client.paginate('listChats', { query: { page_size: 10 } })) {
        expectTypeOf(chat).toEqualTypeOf<Chat>();
        viaPaginate.push(chat.chat_id!);
      }
      const viaListAll: string[] = [];
      for await (const chat of client.chats.listAll({ page_size: 10 })) viaListAll.push(chat.chat_id!);
      expect(viaPaginate).toEqual(viaListAll);
      const first = await client.request('listChats', { query: { page_size: 10 } });
      const rest: string[] = [];
      for await (const chat of client.paginate('listChats', { query: { page_size: 10, page_token: first.page_token } })) rest.push(chat.chat_id!);
      expect([...first.items.map((c) => c.chat_id), ...rest]).toEqual(viaListAll);
    } finally {
      await close();
    }
  });

  it('inputs are checked against the contract before sending: a bad query or body sends nothing', async () => {
    const s = await server((_, res) => sendJson(res, 200, page([], false)));
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' } });
    await expect(client.request('searchChats', { query: { page_size: 0 } })).rejects.toMatchObject({ name: 'FeishuContractError', schemaId: 'searchChats.query', operationId: 'searchChats' });
    await expect(client.request('getTenantAccessToken', { body: { app_id: 'cli_x' } as never })).rejects.toBeInstanceOf(FeishuContractError);
    expect(s.hits).toBe(0);
  });

  it('an unknown operation, or paginating one that does not paginate, is a FeishuError', async () => {
    const client = createFeishuClient({ baseUrl: 'http://127.0.0.1:9', auth: { accessToken: 't-x' } });
    await expect(client.request('noSuchOperation' as never)).rejects.toThrow(/Unknown operation "noSuchOperation"; known: .*listChats/);
    const iterate = async () => {
      for await (const _ of client.paginate('getTenantAccessToken' as never)) void _;
    };
    await expect(iterate()).rejects.toThrow(FeishuError);
  });

  it('path parameters are percent-encoded as one segment; a missing one is a FeishuContractError naming it', () => {
    const op = { ...operationOf('listChats'), operationId: 'getChat', path: '/open-apis/im/v1/chats/{chat_id}/members/{member_id}', pathParams: ['chat_id', 'member_id'] } as unknown as OperationInfo;
    expect(fillPath(op, { chat_id: 'oc_a/b?c#d', member_id: 'ou 1' })).toBe('/open-apis/im/v1/chats/oc_a%2Fb%3Fc%23d/members/ou%201');
    let error: unknown;
    try {
      fillPath(op, { chat_id: 'oc_1', member_id: '' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FeishuContractError);
    expect(error).toMatchObject({ schemaId: 'getChat.path', errors: [{ path: '/member_id', keyword: 'required' }] });
  });

  it('listChats types as an array or as the comma-separated wire string goes out the same (issue 13.3)', async () => {
    const s = await server((_, res) => sendJson(res, 200, page([], false)));
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 'u-user-token-0123456789' } });
    await client.chats.list({ types: ['p2p', 'group'] });
    await client.chats.list({ types: 'p2p,group' });
    await client.request('listChats', { query: { types: 'group' } });
    expect(s.requests.map((r) => r.url)).toEqual(['/open-apis/im/v1/chats?types=p2p,group', '/open-apis/im/v1/chats?types=p2p,group', '/open-apis/im/v1/chats?types=group']);
    // The string form is checked too: unknown values and duplicates are refused before sending.
    for (const types of ['p2p,p2p', 'group,topic', '']) await expect(client.chats.list({ types: types as never })).rejects.toBeInstanceOf(FeishuContractError);
    expect(s.hits).toBe(3);
  });

  it('a query value the platform refuses for the known token kind is refused before sending (listChats types p2p, tenant token)', async () => {
    const s = await server((req, res) => (req.url!.includes('tenant_access_token') ? sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: 't-tenant-token-0123456789', expire: 7200 }) : sendJson(res, 200, page([], false))));
    for (const auth of [{ appId: 'cli_x', appSecret: 'SECRET-VALUE-123' }, { accessToken: 't-tenant-token-0123456789' }]) {
      const client = createFeishuClient({ baseUrl: s.url, auth });
      for (const types of [['p2p'], ['group', 'p2p'], 'group,p2p'] as const) {
        const error = await client.chats.list({ types: types as never }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(FeishuContractError);
        expect(error).toMatchObject({ operationId: 'listChats', errors: [{ path: '/types', keyword: 'x-token-restrictions', message: expect.stringMatching(/^types p2p needs a user access token: .*\(232001\)$/) }] });
      }
    }
    expect(s.hits).toBe(0);
    // A user token may ask for p2p chats.
    const user = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 'u-user-token-0123456789' } });
    await expect(user.chats.list({ types: ['p2p'] })).resolves.toMatchObject({ has_more: false });
  });
});
