// The official SDK, pointed at the mock with its `domain` option, must work unchanged: the mock is
// faithful to what real clients expect, not only to our own client.
import * as lark from '@larksuiteoapi/node-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('a single list call returns the envelope the SDK types describe', async () => {
    const res = await sdk.im.v1.chat.list({ params: { page_size: 5, sort_type: 'ByActiveTimeDesc' } });
    expect(res.code).toBe(0);
    expect(res.data?.items).toHaveLength(5);
    expect(res.data?.has_more).toBe(true);
    expect(res.data?.page_token).toMatch(/\S/);
  });
});
