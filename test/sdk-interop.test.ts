// The official SDK, pointed at the mock with its `domain` option, must work unchanged: the mock is
// faithful to what real clients expect, not only to our own client.
import * as lark from '@larksuiteoapi/node-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeishuClient } from '../src/index.js';
import { createMockFeishu, demoApp } from '../src/mock/index.js';

const mock = createMockFeishu();
let server: Awaited<ReturnType<typeof mock.listen>>;
let sdk: lark.Client;

beforeAll(async () => {
  server = await mock.listen(0);
  sdk = new lark.Client({ appId: demoApp.appId, appSecret: demoApp.appSecret, domain: server.url, loggerLevel: lark.LoggerLevel.error });
});
afterAll(() => server.close());

const botId = mock.state.dataset.users.find((u) => u.isBot)!.openId;
const botGroups = mock.state.dataset.chats.filter((c) => c.mode !== 'p2p' && c.members.includes(botId)).map((c) => c.chatId);

describe('official SDK @larksuiteoapi/node-sdk against the mock', () => {
  it('gets a tenant token and pages through every chat of the bot with listWithIterator: no duplicates, no gaps', async () => {
    const seen: string[] = [];
    for await (const page of await sdk.im.v1.chat.listWithIterator({ params: { page_size: 37 } })) {
      seen.push(...(page?.items ?? []).map((item) => item.chat_id!));
    }
    expect(seen.length).toBe(botGroups.length);
    expect(new Set(seen)).toEqual(new Set(botGroups));
    expect(mock.state.requests.get('/open-apis/auth/v3/tenant_access_token/internal')).toBe(1);
  });

  it('searches with searchWithIterator and gets what the mock matched, across pages', async () => {
    const direct = await fetch(`${server.url}/open-apis/im/v1/chats/search?query=design&page_size=100`, {
      headers: { authorization: `Bearer ${[...mock.state.tenantTokens.keys()][0]}` },
    }).then((r) => r.json() as Promise<{ data: { items: { chat_id: string }[] } }>);
    const seen: string[] = [];
    for await (const page of await sdk.im.v1.chat.searchWithIterator({ params: { query: 'design', page_size: 7 } })) {
      seen.push(...(page?.items ?? []).map((item) => item.chat_id!));
    }
    expect(direct.data.items.length).toBeGreaterThan(7);
    expect(seen).toEqual(direct.data.items.map((i) => i.chat_id));
  });

  // The chat resource and sending (issue 15): the SDK's calls get the answers our client gets.
  const group = mock.state.dataset.chats.find((c) => c.mode !== 'p2p' && c.status === 'normal' && c.members.includes(botId) && c.members.length > 3)!;

  it('im.chat.get answers what client.chats.get answers', async () => {
    const client = createFeishuClient({ auth: { appId: demoApp.appId, appSecret: demoApp.appSecret }, baseUrl: server.url });
    const res = await sdk.im.v1.chat.get({ path: { chat_id: group.chatId }, params: { user_id_type: 'open_id' } });
    expect(res.code).toBe(0);
    expect(res.data).toEqual(await client.chats.get(group.chatId, { user_id_type: 'open_id' }));
  });

  it('im.chatMembers.getWithIterator pages through the members client.chats.members(…).listAll gives', async () => {
    const client = createFeishuClient({ auth: { appId: demoApp.appId, appSecret: demoApp.appSecret }, baseUrl: server.url });
    const seen: string[] = [];
    for await (const page of await sdk.im.v1.chatMembers.getWithIterator({ path: { chat_id: group.chatId }, params: { member_id_type: 'open_id', page_size: 1 } })) {
      seen.push(...(page?.items ?? []).map((m) => m.member_id!));
    }
    const expected: string[] = [];
    for await (const m of client.chats.members(group.chatId).listAll({ page_size: 1 })) expected.push(m.member_id!);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual(expected);
  });

  it('im.chatMembers.isInChat answers for the bot, as client.chats.isInChat does', async () => {
    const client = createFeishuClient({ auth: { appId: demoApp.appId, appSecret: demoApp.appSecret }, baseUrl: server.url });
    const outside = mock.state.dataset.chats.find((c) => c.mode !== 'p2p' && !c.members.includes(botId))!;
    for (const chat of [group, outside]) {
      const res = await sdk.im.v1.chatMembers.isInChat({ path: { chat_id: chat.chatId } });
      expect(res.data?.is_in_chat).toBe(await client.chats.isInChat(chat.chatId));
    }
  });

  it('im.message.create sends a message the mock stores, shaped as client.messages.send answers', async () => {
    const client = createFeishuClient({ auth: { appId: demoApp.appId, appSecret: demoApp.appSecret }, baseUrl: server.url });
    const res = await sdk.im.v1.message.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: group.chatId, msg_type: 'text', content: JSON.stringify({ text: 'from the SDK' }) } });
    expect(res.code).toBe(0);
    expect(res.data?.message_id).toBe(mock.state.messages.at(-1)!.message_id);
    const mine = await client.messages.send({ receiveIdType: 'chat_id', receiveId: group.chatId, msgType: 'text', content: { text: 'from the SDK' } });
    const shape = ({ message_id: _id, create_time: _c, update_time: _u, ...rest }: Record<string, unknown>) => rest;
    expect(shape(res.data as Record<string, unknown>)).toEqual(shape(mine as Record<string, unknown>));
  });

  it('a single list call returns the envelope the SDK types describe', async () => {
    const res = await sdk.im.v1.chat.list({ params: { page_size: 5, sort_type: 'ByActiveTimeDesc' } });
    expect(res.code).toBe(0);
    expect(res.data?.items).toHaveLength(5);
    expect(res.data?.has_more).toBe(true);
    expect(res.data?.page_token).toMatch(/\S/);
  });
});
