// The chat resource and server-side sending (issue 15): the mock's behaviours for getChat,
// listChatMembers, isInChat, createMessage and searchChatsV2, through the client's convenience calls,
// over loopback HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeishuClient, FeishuApiError, FeishuContractError } from '../src/index.js';
import { errorCodes } from '../src/contract-facts.js';
import { createMockFeishu, demoApp, demoUserToken } from '../src/mock/index.js';
import { validate } from '../src/validators/index.js';
import { sendJson, serversClosedAfterEach } from './helpers/loopback.js';

// A frozen clock: the 5-per-second recipient limit is counted in one second, whatever the machine's load.
let clock = Date.UTC(2026, 0, 5, 9, 0, 0);
const mock = createMockFeishu({ now: () => clock });
let server: Awaited<ReturnType<typeof mock.listen>>;
let bot: ReturnType<typeof createFeishuClient>;
let user: ReturnType<typeof createFeishuClient>;

beforeAll(async () => {
  server = await mock.listen(0);
  bot = createFeishuClient({ auth: { appId: demoApp.appId, appSecret: demoApp.appSecret }, baseUrl: server.url, validateResponses: 'strict' });
  user = createFeishuClient({ auth: { accessToken: demoUserToken }, baseUrl: server.url, validateResponses: 'strict' });
});
afterAll(() => server.close());

const { dataset } = mock.state;
const appBot = dataset.users.find((u) => u.isBot)!;
const me = dataset.users.find((u) => u.openId === mock.state.userTokens.get(demoUserToken))!;
const groups = dataset.chats.filter((c) => c.mode !== 'p2p' && c.status === 'normal');
const botGroup = groups.find((c) => c.members.includes(appBot.openId) && c.members.some((m) => dataset.users.find((u) => u.openId === m)?.isBot && m !== appBot.openId))!;
const notBotGroup = groups.find((c) => !c.members.includes(appBot.openId))!;
const isBot = (openId: string) => dataset.users.find((u) => u.openId === openId)?.isBot === true;

async function failure(promise: Promise<unknown>): Promise<FeishuApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(FeishuApiError);
  return error as FeishuApiError;
}

describe('getChat', () => {
  it('answers a member everything, agreeing with what the chat list says of the same chat', async () => {
    const chat = await bot.chats.get(botGroup.chatId, { user_id_type: 'open_id' });
    const listed = [];
    for await (const c of bot.chats.listAll({ page_size: 100 })) if (c.chat_id === botGroup.chatId) listed.push(c);
    expect(listed).toHaveLength(1);
    for (const key of ['name', 'avatar', 'description', 'owner_id', 'owner_id_type', 'external', 'tenant_key', 'chat_status', 'chat_mode'] as const) {
      expect(chat[key as keyof typeof chat], key).toEqual(listed[0]![key]);
    }
    expect(Number(chat.user_count)).toBe(botGroup.members.filter((m) => !isBot(m)).length);
    expect(Number(chat.bot_count)).toBe(botGroup.members.filter(isBot).length);
    expect(chat.share_card_permission).toBe('allowed');
  });

  it('answers a caller outside the chat only the name, avatar, counts and status', async () => {
    const chat = await bot.chats.get(notBotGroup.chatId);
    expect(Object.keys(chat).sort()).toEqual(['avatar', 'bot_count', 'chat_status', 'name', 'user_count']);
  });

  it('answers an unknown chat with chatIdInvalid', async () => {
    const error = await failure(bot.chats.get('oc_0000000000000000000000000000dead'));
    expect(error.code).toBe(errorCodes.chatIdInvalid.code);
    expect(error.operationId).toBe('getChat');
  });
});

describe('listChatMembers', () => {
  it('lists every person of the chat once, never a bot, with member_total counting the people', async () => {
    const people = botGroup.members.filter((m) => !isBot(m));
    const seen: string[] = [];
    for await (const m of bot.chats.members(botGroup.chatId).listAll({ page_size: 1 })) seen.push(m.member_id!);
    expect(seen).toEqual(people);
    const first = await bot.chats.members(botGroup.chatId).list({ page_size: 100 });
    expect(first.member_total).toBe(people.length);
    expect(first.has_more).toBe(false);
  });

  it('pages with the documented quirks: members who joined together come back together, bots leave short pages', async () => {
    const sizes: number[] = [];
    let token: string | undefined;
    do {
      const page = await bot.chats.members(botGroup.chatId).list({ page_size: 1, ...(token ? { page_token: token } : {}) });
      sizes.push(page.items?.length ?? 0);
      token = page.has_more ? page.page_token : undefined;
    } while (token);
    expect(Math.max(...sizes)).toBeGreaterThan(1); // more than page_size
    expect(Math.min(...sizes)).toBe(0); // a page that held only a bot
  });

  it('gives member ids of the kind asked for', async () => {
    const page = await bot.chats.members(botGroup.chatId).list({ member_id_type: 'union_id', page_size: 100 });
    for (const m of page.items ?? []) expect(m.member_id).toMatch(/^on_/);
  });

  it('refuses a caller outside the chat with operatorNotInChat', async () => {
    const error = await failure(bot.chats.members(notBotGroup.chatId).list());
    expect(error.code).toBe(errorCodes.operatorNotInChat.code);
  });
});

describe('isInChat', () => {
  it('answers for the caller of the token: the bot with a tenant token, the user with a user token', async () => {
    expect(await bot.chats.isInChat(botGroup.chatId)).toBe(true);
    expect(await bot.chats.isInChat(notBotGroup.chatId)).toBe(false);
    const userGroup = groups.find((c) => c.members.includes(me.openId) && !c.members.includes(appBot.openId))!;
    expect(await user.chats.isInChat(userGroup.chatId)).toBe(true);
    expect(await bot.chats.isInChat(userGroup.chatId)).toBe(false);
  });
});

describe('createMessage', () => {
  it('sends text to a chat the bot is in and stores it under an om_ id', async () => {
    clock += 1000;
    const sent = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: botGroup.chatId, msgType: 'text', content: { text: 'hello 你好' } });
    expect(sent.message_id).toMatch(/^om_/);
    expect(sent).toMatchObject({ chat_id: botGroup.chatId, msg_type: 'text', sender: { id: appBot.appId, id_type: 'app_id', sender_type: 'app' }, body: { content: '{"text":"hello 你好"}' } });
    expect(mock.state.messages.at(-1)?.message_id).toBe(sent.message_id);
  });

  it('sends to a person by open_id or email, and as a user with a user token', async () => {
    clock += 1000;
    const to = dataset.users.find((u) => !u.isBot && u.openId !== me.openId)!;
    const a = await bot.messages.send({ receiveIdType: 'open_id', receiveId: to.openId, msgType: 'text', content: { text: 'hi' } });
    const b = await bot.messages.send({ receiveIdType: 'email', receiveId: to.email!, msgType: 'text', content: { text: 'hi again' } });
    expect(a.chat_id).toBe(b.chat_id);
    const c = await user.messages.send({ receiveIdType: 'open_id', receiveId: to.openId, msgType: 'text', content: { text: 'from me' } });
    expect(c.sender).toMatchObject({ id: me.openId, id_type: 'open_id', sender_type: 'user' });
  });

  it('honours uuid: the same uuid within the hour answers the first message, sending nothing new', async () => {
    clock += 1000;
    const message = { receiveIdType: 'chat_id', receiveId: botGroup.chatId, msgType: 'text', content: { text: 'once' }, uuid: 'a0d69e20-1dd1-458b-k525-dfeca4015204' } as const;
    const first = await bot.messages.send(message);
    const count = mock.state.messages.length;
    const again = await bot.messages.send(message);
    expect(again.message_id).toBe(first.message_id);
    expect(mock.state.messages.length).toBe(count);
    clock += 60 * 60 * 1000 + 1;
    expect((await bot.messages.send(message)).message_id).not.toBe(first.message_id);
  });

  it('refuses a chat the bot is not in with botNotInChat', async () => {
    const error = await failure(bot.messages.send({ receiveIdType: 'chat_id', receiveId: notBotGroup.chatId, msgType: 'text', content: { text: 'x' } }));
    expect(error.code).toBe(errorCodes.botNotInChat.code);
    expect(error.operationId).toBe('createMessage');
  });

  it('answers a card it cannot build with 230099 and the card sub-code in msg', async () => {
    // Sent as raw JSON, past the client's own check, to see the platform's answer.
    const token = [...mock.state.tenantTokens.keys()].at(-1)!;
    const res = await fetch(`${server.url}/open-apis/im/v1/messages?receive_id_type=chat_id`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ receive_id: botGroup.chatId, msg_type: 'interactive', content: '{"card": {"elements": []}}' }),
    });
    const body = (await res.json()) as { code: number; msg: string };
    expect(res.status).toBe(400);
    expect(body.code).toBe(errorCodes.cardContentInvalid.code);
    expect(body.msg).toMatch(/ext=ErrCode: \d+/);
    expect(validate('errorResponse', body).valid).toBe(true);
  });

  it('checks a card JSON against the card contract: a 1.0-only tag in a 2.0 card earns 230099 with sub-code 200861', async () => {
    const error = await failure(bot.messages.send({ receiveIdType: 'chat_id', receiveId: botGroup.chatId, msgType: 'interactive', content: { schema: '2.0', body: { elements: [{ tag: 'note', elements: [] }] } } as never })); // the types refuse this card too: the cast lets the mock judge it
    expect(error.code).toBe(errorCodes.cardContentInvalid.code);
    expect(error.msg).toMatch(/ext=ErrCode: 200861;/);
  });

  it('checks the content object before sending: an error inside it names the field', async () => {
    const before = mock.state.requests.get('/open-apis/im/v1/messages') ?? 0;
    const error = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: botGroup.chatId, msgType: 'text', content: { txt: 'x' } as never }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(FeishuContractError);
    expect((error as FeishuContractError).errors).toContainEqual(expect.objectContaining({ path: '/content/text', keyword: 'required' }));
    expect(mock.state.requests.get('/open-apis/im/v1/messages') ?? 0).toBe(before);
  });

  it('limits sends to 5 per second per recipient (230020), from the spec', async () => {
    clock += 5000;
    const send = () => bot.messages.send({ receiveIdType: 'chat_id', receiveId: botGroup.chatId, msgType: 'text', content: { text: 'burst' } });
    for (let i = 0; i < 5; i++) await send();
    const error = await failure(send());
    expect(error.code).toBe(errorCodes.messageRateLimited.code);
    clock += 1000;
    await expect(send()).resolves.toMatchObject({ chat_id: botGroup.chatId });
  });
});

describe('createMessage retries', () => {
  const servers = serversClosedAfterEach();
  const ok = { code: 0, msg: 'success', data: { message_id: 'om_1', chat_id: 'oc_1', msg_type: 'text' } };

  it('resends a send with a uuid after a 5xx, and never one without', async () => {
    for (const [uuid, expectedHits] of [['u-1', 2], [undefined, 1]] as const) {
      const s = await servers((_req, res, hit) => (hit === 1 ? sendJson(res, 503, { code: 1, msg: 'unavailable' }) : sendJson(res, 200, ok)));
      const client = createFeishuClient({ auth: { accessToken: "t-fixed" }, baseUrl: s.url, retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 1 } });
      const result = client.messages.send({ receiveIdType: 'chat_id', receiveId: 'oc_1', msgType: 'text', content: { text: 'x' }, ...(uuid && { uuid }) });
      if (uuid) await expect(result).resolves.toMatchObject({ message_id: 'om_1' });
      else await expect(result).rejects.toBeInstanceOf(FeishuApiError);
      expect(s.hits).toBe(expectedHits);
    }
  });
});

describe('searchChatsV2', () => {
  it('pages through the same hits one big page gives, and filters by kind and mode', async () => {
    const all = await bot.chats.searchV2({ query: 'design' }, { page_size: 100 });
    expect(all.items.length).toBeGreaterThan(3);
    const paged = [];
    for await (const item of bot.chats.searchV2All({ query: 'design' }, { page_size: 3 })) paged.push(item.id);
    expect(paged).toEqual(all.items.map((i) => i.id));
    const notJoined = await bot.chats.searchV2({ filter: { search_types: ['public_not_joined'] } }, { page_size: 100 });
    for (const item of notJoined.items) expect(dataset.chats.find((c) => c.chatId === item.id)!.members).not.toContain(appBot.openId);
    const threads = await bot.chats.searchV2({ filter: { chat_modes: ['thread'] } }, { page_size: 100 });
    for (const item of threads.items) expect(item.meta_data?.chat_mode).toBe('topic');
  });

  it('cuts a keyword over 50 characters and says so in notice', async () => {
    const page = await bot.chats.searchV2({ query: 'd'.repeat(60) });
    expect(page.notice).toMatch(/truncated to the first 50 characters/);
  });

  it('agrees with getChat on the chat it finds', async () => {
    const hit = (await bot.chats.searchV2({ query: botGroup.name }, { page_size: 100 })).items.find((i) => i.id === botGroup.chatId)!;
    const chat = await bot.chats.get(botGroup.chatId);
    expect(hit.meta_data).toMatchObject({ name: chat.name, chat_status: chat.chat_status, external: chat.external, ...(chat.owner_id && { owner_id: chat.owner_id }) });
  });
});
