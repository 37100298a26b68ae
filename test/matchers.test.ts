import { describe, expect, it } from 'vitest';
import { contractMatchers } from '../src/vitest/index.js';
import { createMockFeishu, demoApp } from '../src/mock/index.js';

expect.extend(contractMatchers);

describe('vitest matchers', () => {
  it('toMatchSchema passes on a valid payload and fails listing each broken rule', () => {
    expect({ errMsg: 'chooseChat:ok', data: [] }).toMatchSchema('chooseChat.success');
    expect({ page_size: 500 }).not.toMatchSchema('listChats.query');
    let message = '';
    try {
      expect({ page_size: 500, sort: 'x' }).toMatchSchema('listChats.query');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('expected value to match listChats.query, but it breaks 2 rules');
    expect(message).toContain('/page_size [maximum] page_size must be at most 100');
    expect(message).toContain('/sort [additionalProperties] sort is not an allowed key');
  });

  it('toMatchSchema names an unknown schema id and the known ones', () => {
    expect(() => expect({}).toMatchSchema('listChat.query' as never)).toThrow(/unknown schema id "listChat.query"; known: listChats.query/);
  });

  it('toMatchOperation checks a body, a {status, body} pair, and a fetch Response', async () => {
    const mock = createMockFeishu();
    const tokenRes = await mock.fetch(new Request('http://mock/open-apis/auth/v3/tenant_access_token/internal', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }),
    }));
    const token = (await tokenRes.clone().json()) as { tenant_access_token: string };
    await expect(tokenRes).toMatchOperation('getTenantAccessToken', 200);
    const list = await mock.fetch(new Request('http://mock/open-apis/im/v1/chats?page_size=3', { headers: { authorization: `Bearer ${token.tenant_access_token}` } }));
    const body = await list.clone().json();
    expect(body).toMatchOperation('listChats', 200);
    expect({ status: 200, body }).toMatchOperation('listChats', 200);
    await expect(list).toMatchOperation('listChats', 200);
    // The same body is not a valid 400 answer (code 0 is not an error), and a status mismatch fails.
    expect(body).not.toMatchOperation('listChats', 400);
    expect(() => expect({ status: 400, body }).toMatchOperation('listChats', 200)).toThrow(/with HTTP 200, but the status is 400/);
    const denied = await mock.fetch(new Request('http://mock/open-apis/im/v1/chats'));
    await expect(denied).toMatchOperation('listChats', 400);
  });
});
