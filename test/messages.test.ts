// Issue 24: the message lifecycle and chat management through the client's conveniences against the
// mock over loopback HTTP — one message store (a reply in its thread's history, an updated card
// updated everywhere, a recall read as each page says), the PATCH and delayed-update rules, reactions
// per operator and emoji, create chat and add members with their documented codes.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeishuClient, FeishuApiError, type FeishuClient } from '../src/index.js';
import { createMockFeishu, demoApp, demoUserToken } from '../src/mock/index.js';
import { validate } from '../src/validators/index.js';

let now = Date.UTC(2026, 0, 10, 12);
const events: { type: string; event: Record<string, unknown> }[] = [];
const warnings: string[] = [];
const mock = createMockFeishu({ now: () => now, onWarning: (w) => warnings.push(w) });
mock.state.emitPlatformEvent = (type, event) => events.push({ type, event });
let server: Awaited<ReturnType<typeof mock.listen>>;
let bot: FeishuClient;
let user: FeishuClient;

const botUser = mock.state.dataset.users.find((u) => u.isBot)!;
const people = mock.state.dataset.users.filter((u) => !u.isBot);
const me = people[0]!; // the demo user token's user
const groups = mock.state.dataset.chats.filter((c) => c.mode === 'group' && c.status === 'normal' && c.members.includes(botUser.openId) && c.members.includes(me.openId));
let groupIndex = 0;
/** A fresh group of the bot and the demo user per test: each chat takes 5 messages a second. */
const nextGroup = () => groups[groupIndex++ % groups.length]!;
const sharedCard = { config: { update_multi: true }, header: { title: { tag: 'plain_text', content: 'Deploy?' } }, elements: [{ tag: 'div', text: { tag: 'plain_text', content: 'waiting' } }] };

const codeOf = async (p: Promise<unknown>) => {
  const error = await p.then(() => undefined, (e: unknown) => e);
  expect(error, 'expected the call to fail').toBeInstanceOf(FeishuApiError);
  return (error as FeishuApiError).code;
};

beforeAll(async () => {
  server = await mock.listen(0);
  bot = createFeishuClient({ auth: demoApp, baseUrl: server.url, validateResponses: 'strict' });
  user = createFeishuClient({ auth: { accessToken: demoUserToken }, baseUrl: server.url, validateResponses: 'strict' });
});
afterAll(() => server.close());

describe('replies and history (one message store)', () => {
  it('a plain reply points at its parent and root; a reply_in_thread opens a thread whose replies show in the thread history, the chat history showing only its root', async () => {
    const chat = nextGroup();
    const root = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'text', content: { text: 'root' } });
    const plain = await bot.messages.reply(root.message_id!, { msgType: 'text', content: { text: 'plain' } });
    expect(plain).toMatchObject({ parent_id: root.message_id, root_id: root.message_id, chat_id: chat.chatId });
    expect(plain.thread_id).toBeUndefined();
    const nested = await bot.messages.reply(plain.message_id!, { msgType: 'text', content: { text: 'nested' } });
    expect(nested).toMatchObject({ parent_id: plain.message_id, root_id: root.message_id });

    now += 1000;
    const threaded = await bot.messages.reply(root.message_id!, { msgType: 'text', content: { text: 'in thread' }, replyInThread: true });
    expect(threaded.thread_id).toMatch(/^omt_/);
    expect(threaded).toMatchObject({ root_id: root.message_id, parent_id: root.message_id });
    // A reply to a message in the thread joins it, root and parent being the thread's root, whatever the flag says.
    const joined = await user.messages.reply(threaded.message_id!, { msgType: 'text', content: { text: 'joined' } });
    expect(joined).toMatchObject({ thread_id: threaded.thread_id, root_id: root.message_id, parent_id: root.message_id });

    const thread: string[] = [];
    for await (const m of bot.messages.listAll({ container_id_type: 'thread', container_id: threaded.thread_id!, page_size: 1 })) thread.push(m.message_id!);
    expect(thread).toEqual([root.message_id, threaded.message_id, joined.message_id]);
    const inChat = (await bot.messages.list({ container_id_type: 'chat', container_id: chat.chatId, page_size: 50 })).items!.map((m) => m.message_id);
    expect(inChat).toContain(root.message_id);
    expect(inChat).toContain(plain.message_id);
    expect(inChat).not.toContain(threaded.message_id);
    expect(inChat).not.toContain(joined.message_id);
  });

  it('a reply with the same uuid within the hour answers the first reply and stores nothing new; another uuid replies again', async () => {
    const chat = nextGroup();
    const root = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'text', content: { text: 'dedup root' } });
    const count = mock.state.messages.length;
    const a = await bot.messages.reply(root.message_id!, { msgType: 'text', content: { text: 'once' }, uuid: 'reply-uuid-1' });
    const b = await bot.messages.reply(root.message_id!, { msgType: 'text', content: { text: 'once' }, uuid: 'reply-uuid-1' });
    expect(b.message_id).toBe(a.message_id);
    expect(mock.state.messages.length).toBe(count + 1);
    const c = await bot.messages.reply(root.message_id!, { msgType: 'text', content: { text: 'once' }, uuid: 'reply-uuid-2' });
    expect(c.message_id).not.toBe(a.message_id);
  });

  it('reply errors: an unknown message 99992354, a recalled one 230011, a system message type 230001 before sending, a thread in a p2p chat 230071', async () => {
    expect(await codeOf(bot.messages.reply('om_unknown0000', { msgType: 'text', content: { text: 'x' } }))).toBe(99992354);
    const chat = nextGroup();
    const sent = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'text', content: { text: 'to recall' } });
    mock.state.messageStore.recall(sent.message_id!, now);
    expect(await codeOf(bot.messages.reply(sent.message_id!, { msgType: 'text', content: { text: 'x' } }))).toBe(230011);
    const raw = await fetch(`${server.url}/open-apis/im/v1/messages/${sent.message_id}/reply`, { method: 'POST', headers: { authorization: `Bearer ${demoUserToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ msg_type: 'system', content: '{}' }) });
    expect(((await raw.json()) as { code: number }).code).toBe(230001);
    const p2p = await bot.messages.send({ receiveIdType: 'open_id', receiveId: people[3]!.openId, msgType: 'text', content: { text: 'hi' } });
    expect(await codeOf(bot.messages.reply(p2p.message_id!, { msgType: 'text', content: { text: 'x' }, replyInThread: true }))).toBe(230071);
  });

  it('a recalled message reads "This message was recalled" in history and has no content in getMessage (§12 #10), deleted in both; the recall is announced', async () => {
    const chat = nextGroup();
    const sent = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'text', content: { text: 'secret' } });
    expect(mock.state.messageStore.recall(sent.message_id!, now)).toBe(true);
    const listed = (await bot.messages.list({ container_id_type: 'chat', container_id: chat.chatId, page_size: 50 })).items!.find((m) => m.message_id === sent.message_id)!;
    expect(listed).toMatchObject({ deleted: true, body: { content: 'This message was recalled' } });
    const got = (await bot.messages.get(sent.message_id!)).items![0]!;
    expect(got.deleted).toBe(true);
    expect(got.body?.content).toBeUndefined();
    expect(events.find((e) => e.type === 'im.message.recalled_v1' && e.event.message_id === sent.message_id)?.event).toMatchObject({ chat_id: chat.chatId, recall_type: 'message_owner' });
  });

  it('history: sort_type descending, second-precision time range, a page token used with another sort_type is 230001, thread history refuses a time range', async () => {
    const chat = nextGroup();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      now += 2000;
      ids.push((await bot.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'text', content: { text: `m${i}` } })).message_id!);
    }
    const since = String(Math.floor((now - 2000) / 1000));
    const recent = await bot.messages.list({ container_id_type: 'chat', container_id: chat.chatId, start_time: since, sort_type: 'ByCreateTimeDesc' });
    expect(recent.items!.map((m) => m.message_id)).toEqual([ids[2], ids[1]]);
    const first = await bot.messages.list({ container_id_type: 'chat', container_id: chat.chatId, page_size: 1 });
    expect(first.has_more).toBe(true);
    expect(await codeOf(bot.messages.list({ container_id_type: 'chat', container_id: chat.chatId, page_size: 1, page_token: first.page_token, sort_type: 'ByCreateTimeDesc' }))).toBe(230001);
    expect(await codeOf(bot.messages.list({ container_id_type: 'thread', container_id: 'omt_nothing', start_time: since }))).toBe(230001);
  });

  it('a deleted (not recalled) message: getMessage, reply, PATCH and the three reaction calls answer 230110; history leaves it out; a thread whose root was deleted is 230110', async () => {
    const chat = nextGroup();
    const sent = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'interactive', content: sharedCard as never });
    const reaction = await bot.messages.reactions(sent.message_id!).add('OK');
    now += 1000;
    const threaded = await bot.messages.reply(sent.message_id!, { msgType: 'text', content: { text: 'in thread' }, replyInThread: true });
    expect(mock.state.messageStore.delete(sent.message_id!)).toBe(true);
    expect(mock.state.messageStore.delete(sent.message_id!)).toBe(false);
    expect(await codeOf(bot.messages.get(sent.message_id!))).toBe(230110);
    expect(await codeOf(bot.messages.reply(sent.message_id!, { msgType: 'text', content: { text: 'late' } }))).toBe(230110);
    expect(await codeOf(bot.messages.update(sent.message_id!, sharedCard))).toBe(230110);
    expect(await codeOf(bot.messages.reactions(sent.message_id!).add('OK'))).toBe(230110);
    expect(await codeOf(bot.messages.reactions(sent.message_id!).list())).toBe(230110);
    expect(await codeOf(bot.messages.reactions(sent.message_id!).remove(reaction.reaction_id!))).toBe(230110);
    const listed = (await bot.messages.list({ container_id_type: 'chat', container_id: chat.chatId, page_size: 50 })).items!.map((m) => m.message_id);
    expect(listed).not.toContain(sent.message_id);
    expect(await codeOf(bot.messages.list({ container_id_type: 'thread', container_id: threaded.thread_id! }))).toBe(230110);
    // A deletion is not a recall: no im.message.recalled_v1.
    expect(events.find((e) => e.type === 'im.message.recalled_v1' && e.event.message_id === sent.message_id)).toBeUndefined();
  });

  it('merge-forward: getMessage answers the merge_forward message then its sub-messages (each with upper_message_id, as DH-GET); history shows only the merge_forward message; a thread reply on a sub-message is 230072', async () => {
    const from = nextGroup();
    const to = nextGroup();
    const a = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: from.chatId, msgType: 'text', content: { text: 'first' } });
    const b = await user.messages.send({ receiveIdType: 'chat_id', receiveId: from.chatId, msgType: 'text', content: { text: 'second' } });
    const store = mock.state.messageStore;
    const merged = store.mergeForward(to.chatId, [store.get(a.message_id!)!, store.get(b.message_id!)!], { id: me.openId, id_type: 'open_id', sender_type: 'user', tenant_key: mock.state.dataset.tenantKey }, `user:${me.openId}`, now);
    const items = (await bot.messages.get(merged.message.message_id)).items!;
    expect(items.map((m) => m.msg_type)).toEqual(['merge_forward', 'text', 'text']);
    expect(items[0]!.upper_message_id).toBeUndefined();
    expect(items.slice(1).map((m) => m.upper_message_id)).toEqual([merged.message.message_id, merged.message.message_id]);
    expect(items.slice(1).map((m) => m.body?.content)).toEqual([JSON.stringify({ text: 'first' }), JSON.stringify({ text: 'second' })]);
    expect(items.slice(1).map((m) => m.sender?.sender_type)).toEqual(['app', 'user']);
    expect(items.slice(1).every((m) => m.message_id !== a.message_id && m.message_id !== b.message_id)).toBe(true);
    // The merge-forward content is the received-message content schema's own example.
    const { documents } = await import('./helpers/contract.js');
    const contentSchema = documents.get('https://feishu-chat-contract.dev/schemas/events/content/merge_forward.json');
    expect(JSON.parse(items[0]!.body!.content!)).toEqual(contentSchema.examples[0]);
    expect(validate('getMessage.response', { code: 0, msg: 'success', data: { items } })).toEqual({ valid: true });
    const history = (await bot.messages.list({ container_id_type: 'chat', container_id: to.chatId, page_size: 50 })).items!.map((m) => m.message_id);
    expect(history).toContain(merged.message.message_id);
    expect(history.filter((id) => items.slice(1).some((m) => m.message_id === id))).toEqual([]);
    // The originals stay where they were.
    expect((await bot.messages.list({ container_id_type: 'chat', container_id: from.chatId, page_size: 50 })).items!.map((m) => m.message_id)).toEqual(expect.arrayContaining([a.message_id, b.message_id]));
    expect(await codeOf(bot.messages.reply(items[1]!.message_id!, { msgType: 'text', content: { text: 'thread?' }, replyInThread: true }))).toBe(230072);
    expect(await codeOf(bot.messages.reply(merged.message.message_id, { msgType: 'text', content: { text: 'thread?' }, replyInThread: true }))).toBe(230072);
  });

  it('getMessage answers a user sender by the user_id_type asked for; history always by open_id', async () => {
    const chat = nextGroup();
    const sent = await user.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'text', content: { text: 'from a user' } });
    const got = (await bot.messages.get(sent.message_id!, { user_id_type: 'union_id' })).items![0]!;
    expect(got.sender).toMatchObject({ id: me.unionId, id_type: 'union_id', sender_type: 'user' });
    const listed = (await bot.messages.list({ container_id_type: 'chat', container_id: chat.chatId })).items!.find((m) => m.message_id === sent.message_id)!;
    expect(listed.sender).toMatchObject({ id: me.openId, id_type: 'open_id' });
  });
});

describe('message ids across mocks', () => {
  it('two mocks (or one restarted) never issue the same message_id: a receiver deduplicating on message_id keeps the second mock\'s messages (newcomer case)', async () => {
    const ids = [];
    for (const other of [createMockFeishu(), createMockFeishu()]) {
      const s = await other.listen(0);
      try {
        const client = createFeishuClient({ auth: demoApp, baseUrl: s.url });
        const chat = other.state.dataset.chats.find((c) => c.mode === 'group' && c.status === 'normal' && c.members.includes(botUser.openId))!;
        const sent = await client.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'text', content: { text: 'first of this mock' } });
        expect(sent.message_id).toMatch(/^om_[0-9a-f]{32}$/);
        ids.push(sent.message_id);
      } finally {
        await s.close();
      }
    }
    expect(ids[0]).not.toBe(ids[1]);
  });
});

describe('reply and send share content schemas (MessageContentByType, written once)', () => {
  const bodies = (msg_type: string, content: string) => ({
    createMessage: { receive_id: 'oc_x', msg_type, content },
    replyMessage: { msg_type, content },
  });
  const errors = (schemaId: 'createMessage.body' | 'replyMessage.body', body: unknown) => {
    const result = validate(schemaId, body);
    return result.valid ? [] : result.errors.filter((e) => e.path.startsWith('/content')).map((e) => `${e.path} ${e.keyword}`).sort();
  };

  it('spec: createMessage carries no content rule of its own; both bodies apply MessageContentByType', async () => {
    const { openapi } = await import('./helpers/contract.js');
    const schemas = openapi.components.schemas;
    const refs = (s: { allOf?: { $ref?: string }[] }) => (s.allOf ?? []).map((a) => a.$ref);
    expect(refs(schemas.CreateMessageRequest)).toContain('#/components/schemas/MessageContentByType');
    expect(refs(schemas.ReplyMessageRequest)).toContain('#/components/schemas/MessageContentByType');
    expect(JSON.stringify(schemas.CreateMessageRequest.oneOf)).not.toMatch(/contentSchema|x-maxUtf8Bytes/);
  });

  for (const [msgType, content, expected] of [
    ['text', JSON.stringify({ text: 'x'.repeat(150 * 1024) }), '/content x-maxUtf8Bytes'],
    ['image', JSON.stringify({}), '/content/image_key required'],
    ['interactive', JSON.stringify({ elements: 'not a list' }), '/content/elements'],
    ['post', '{not json', '/content contentMediaType'],
  ] as const) {
    it(`a ${msgType} content that breaks its rule (${expected}) fails a send and a reply alike`, () => {
      const { createMessage, replyMessage } = bodies(msgType, content);
      const send = errors('createMessage.body', createMessage);
      expect(send.some((e) => e.startsWith(expected))).toBe(true);
      expect(errors('replyMessage.body', replyMessage)).toEqual(send);
    });
  }

  it('a valid content of each reply type passes both (system only in a send)', () => {
    const image = JSON.stringify({ image_key: 'img_v2_x' });
    expect(validate('createMessage.body', bodies('image', image).createMessage)).toEqual({ valid: true });
    expect(validate('replyMessage.body', bodies('image', image).replyMessage)).toEqual({ valid: true });
    expect(validate('replyMessage.body', bodies('system', JSON.stringify({ type: 'divider', params: {} })).replyMessage).valid).toBe(false);
  });
});

describe('card updates (patchMessage, updateCardByToken)', () => {
  it('a PATCHed card shows updated in getMessage and listMessages (updated: true, new update_time, new content with user_card_content)', async () => {
    const chat = nextGroup();
    const sent = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'interactive', content: sharedCard as never });
    now += 5000;
    const next = { ...sharedCard, elements: [{ tag: 'div', text: { tag: 'plain_text', content: 'approved' } }] };
    expect(await bot.messages.update(sent.message_id!, next)).toEqual({});
    const got = (await bot.messages.get(sent.message_id!, { card_msg_content_type: 'user_card_content' })).items![0]!;
    expect(got).toMatchObject({ updated: true, update_time: String(now) });
    expect(JSON.parse(got.body!.content!)).toEqual(next);
    const listed = (await bot.messages.list({ container_id_type: 'chat', container_id: chat.chatId, card_msg_content_type: 'user_card_content' })).items!.find((m) => m.message_id === sent.message_id)!;
    expect(JSON.parse(listed.body!.content!)).toEqual(next);
    // Without user_card_content the card comes back rendered, not as the JSON that was sent.
    const rendered = JSON.parse((await bot.messages.get(sent.message_id!)).items![0]!.body!.content!);
    expect(rendered).toEqual({ title: 'Deploy?', elements: [[{ tag: 'text', text: 'approved' }]] });
  });

  it('PATCH rules: not a card 230001 "ext=This message is NOT a card.", another identity 230027, older than 14 days 230031, the sixth update in a second 230020, unknown 99992354', async () => {
    const chat = nextGroup();
    const text = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'text', content: { text: 'not a card' } });
    const error = await bot.messages.update(text.message_id!, sharedCard).then(() => undefined, (e: FeishuApiError) => e);
    expect(error).toMatchObject({ code: 230001 });
    expect(error!.msg).toContain('ext=This message is NOT a card.');
    const card = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'interactive', content: sharedCard as never });
    expect(await codeOf(user.messages.update(card.message_id!, sharedCard))).toBe(230027);
    for (let i = 0; i < 5; i++) await bot.messages.update(card.message_id!, sharedCard);
    expect(await codeOf(bot.messages.update(card.message_id!, sharedCard))).toBe(230020);
    now += 14 * 24 * 3600 * 1000 + 1;
    expect(await codeOf(bot.messages.update(card.message_id!, sharedCard))).toBe(230031);
    expect(await codeOf(bot.messages.update('om_nope', sharedCard))).toBe(99992354);
  });

  it('a card without update_multi: accepted with a warning by default, refused with 230001 "ext=update_multi must be true" in strict mode (§12 #8)', async () => {
    const chat = nextGroup();
    const exclusive = { elements: [{ tag: 'div', text: { tag: 'plain_text', content: 'v1 exclusive' } }] };
    const sent = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'interactive', content: exclusive as never });
    warnings.length = 0;
    await bot.messages.update(sent.message_id!, exclusive);
    expect(warnings.join()).toContain('update_multi');

    const strict = createMockFeishu({ messages: { strictUpdateMulti: true } });
    const strictServer = await strict.listen(0);
    try {
      const client = createFeishuClient({ auth: demoApp, baseUrl: strictServer.url });
      const strictChat = strict.state.dataset.chats.find((c) => c.chatId === chat.chatId)!;
      const card = await client.messages.send({ receiveIdType: 'chat_id', receiveId: strictChat.chatId, msgType: 'interactive', content: exclusive as never });
      const error = await client.messages.update(card.message_id!, exclusive).then(() => undefined, (e: FeishuApiError) => e);
      expect(error).toMatchObject({ code: 230001 });
      expect(error!.msg).toContain('update_multi must be true');
    } finally {
      await strictServer.close();
    }
  });

  it('delayed update: a callback token updates the card twice and the third use is 300040; after 30 minutes 300030; not c-… 300020; another app\'s card 200310; a 1.0 exclusive card without open_ids 300090; over 30 KB 100000', async () => {
    const chat = nextGroup();
    const card = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'interactive', content: sharedCard as never });
    const token = mock.state.cardTokens.issue(card.message_id!, demoApp.appId);
    const next = { ...sharedCard, elements: [{ tag: 'div', text: { tag: 'plain_text', content: 'clicked' } }] };
    expect(await bot.cards.updateByToken(token, next)).toEqual({});
    expect(mock.state.messageStore.get(card.message_id!)!.message).toMatchObject({ updated: true });
    expect(JSON.parse(mock.state.messageStore.get(card.message_id!)!.message.body.content)).toEqual(next);
    await bot.cards.updateByToken(token, next);
    expect(await codeOf(bot.cards.updateByToken(token, next))).toBe(300040);

    const old = mock.state.cardTokens.issue(card.message_id!, demoApp.appId);
    now += 30 * 60 * 1000;
    expect(await codeOf(bot.cards.updateByToken(old, next))).toBe(300030);
    const raw = (body: unknown) => fetch(`${server.url}/open-apis/interactive/v1/card/update`, { method: 'POST', headers: { authorization: `Bearer ${[...mock.state.tenantTokens.keys()].at(-1)}`, 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) }).then((r) => r.json() as Promise<{ code: number }>);
    expect((await raw({ token: 't-not-a-card-token', card: next })).code).toBe(300020);
    expect((await raw('{not json')).code).toBe(100030);
    expect((await raw({ token: mock.state.cardTokens.issue(card.message_id!, demoApp.appId), card: { ...next, padding: 'x'.repeat(31 * 1024) } })).code).toBe(100000);
    expect((await raw({ token: mock.state.cardTokens.issue(card.message_id!, 'cli_another_app'), card: next })).code).toBe(200310);
    const exclusive = { elements: [{ tag: 'div', text: { tag: 'plain_text', content: 'mine' } }] };
    expect((await raw({ token: mock.state.cardTokens.issue(card.message_id!, demoApp.appId), card: exclusive })).code).toBe(300090);
    expect((await raw({ token: mock.state.cardTokens.issue(card.message_id!, demoApp.appId), card: { ...exclusive, open_ids: [me.openId] } })).code).toBe(0);
  });

  it('the use limit is configurable (Lark documents 3 uses), and an update made before the callback was answered is accepted but discarded', async () => {
    const lark = createMockFeishu({ cardTokenUses: 3 });
    const larkServer = await lark.listen(0);
    try {
      const client = createFeishuClient({ auth: demoApp, baseUrl: larkServer.url });
      const chat = lark.state.dataset.chats.find((c) => c.chatId === groups[0]!.chatId)!;
      const card = await client.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'interactive', content: sharedCard as never });
      const token = lark.state.cardTokens.issue(card.message_id!, demoApp.appId);
      for (let i = 0; i < 3; i++) await client.cards.updateByToken(token, sharedCard);
      expect(await codeOf(client.cards.updateByToken(token, sharedCard))).toBe(300040);
      const pending = lark.state.cardTokens.issue(card.message_id!, demoApp.appId, true);
      const before = lark.state.messageStore.get(card.message_id!)!.message.body.content;
      await client.cards.updateByToken(pending, { ...sharedCard, elements: [] });
      expect(lark.state.messageStore.get(card.message_id!)!.message.body.content).toBe(before);
    } finally {
      await larkServer.close();
    }
  });
});

describe('reactions', () => {
  it('a reaction per operator and emoji: a repeat returns the same reaction_id and adds nothing (§12 #17); the user\'s and the bot\'s are separate; list filters by emoji; remove answers the removed one', async () => {
    const chat = nextGroup();
    const sent = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'text', content: { text: 'react to me' } });
    const reactions = bot.messages.reactions(sent.message_id!);
    const typing = await reactions.add('Typing');
    expect(typing).toMatchObject({ operator: { operator_id: demoApp.appId, operator_type: 'app' }, reaction_type: { emoji_type: 'Typing' } });
    expect((await reactions.add('Typing')).reaction_id).toBe(typing.reaction_id);
    const mine = await user.messages.reactions(sent.message_id!).add('Typing');
    expect(mine.reaction_id).not.toBe(typing.reaction_id);
    expect(mine.operator).toEqual({ operator_id: me.openId, operator_type: 'user' });
    await reactions.add('THUMBSUP');
    const all: string[] = [];
    for await (const r of reactions.listAll({ page_size: 1 })) all.push(r.reaction_type!.emoji_type);
    expect(all).toEqual(['Typing', 'Typing', 'THUMBSUP']);
    expect((await reactions.list({ reaction_type: 'THUMBSUP' })).items.length).toBe(1);
    const byUserId = await reactions.list({ user_id_type: 'user_id', reaction_type: 'Typing' });
    expect(byUserId.items.map((r) => r.operator!.operator_id)).toEqual([demoApp.appId, me.userId]);
    expect(await reactions.remove(typing.reaction_id!)).toMatchObject({ reaction_id: typing.reaction_id });
    expect((await reactions.list()).items.map((r) => r.reaction_id)).not.toContain(typing.reaction_id);
    expect(events.filter((e) => e.type.startsWith('im.message.reaction.') && e.event.message_id === sent.message_id).map((e) => e.type)).toEqual([
      'im.message.reaction.created_v1', 'im.message.reaction.created_v1', 'im.message.reaction.created_v1', 'im.message.reaction.deleted_v1',
    ]);
  });

  it('reaction errors: PROCESSING is not an emoji_type (231001, Typing is), someone else\'s reaction 231007, a reaction of another message 231010, an unknown one 231011, a recalled message 231003, a bad page token 231012', async () => {
    const chat = nextGroup();
    const a = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'text', content: { text: 'a' } });
    const b = await bot.messages.send({ receiveIdType: 'chat_id', receiveId: chat.chatId, msgType: 'text', content: { text: 'b' } });
    expect(await codeOf(bot.messages.reactions(a.message_id!).add('PROCESSING'))).toBe(231001);
    const users = await user.messages.reactions(a.message_id!).add('OK');
    expect(await codeOf(bot.messages.reactions(a.message_id!).remove(users.reaction_id!))).toBe(231007);
    expect(await codeOf(user.messages.reactions(b.message_id!).remove(users.reaction_id!))).toBe(231010);
    expect(await codeOf(bot.messages.reactions(a.message_id!).remove('bm9wZQ'))).toBe(231011);
    expect(await codeOf(bot.messages.reactions(a.message_id!).list({ page_token: 'forged' }))).toBe(231012);
    mock.state.messageStore.recall(b.message_id!, now);
    expect(await codeOf(bot.messages.reactions(b.message_id!).add('OK'))).toBe(231003);
  });
});

describe('create a chat, add members', () => {
  it('creates a chat with its owner, users and the calling bot, answered as getChat answers it (+ chat_id; a bot owner omitted); the same uuid answers the same chat and creates nothing', async () => {
    const created = await bot.chats.create({ name: 'Release 42', user_id_list: [people[1]!.openId, people[2]!.openId], chat_type: 'public' }, { uuid: 'create-once' });
    expect(created.chat_id).toMatch(/^oc_/);
    expect(created).toMatchObject({ name: 'Release 42', chat_type: 'public', add_member_permission: 'all_members', share_card_permission: 'allowed', chat_tag: 'inner', external: false });
    expect(created.owner_id).toBeUndefined(); // the bot owns it
    const chat = mock.state.dataset.chats.find((c) => c.chatId === created.chat_id)!;
    expect(new Set(chat.members)).toEqual(new Set([botUser.openId, people[1]!.openId, people[2]!.openId]));
    const got = await bot.chats.get(created.chat_id!);
    expect(got).toMatchObject({ name: 'Release 42', chat_type: 'public', user_count: '2', bot_count: '1' });
    const count = mock.state.dataset.chats.length;
    expect((await bot.chats.create({ name: 'Release 42', user_id_list: [people[1]!.openId] }, { uuid: 'create-once' })).chat_id).toBe(created.chat_id);
    expect(mock.state.dataset.chats.length).toBe(count);
    expect(events.find((e) => e.type === 'im.chat.member.bot.added_v1' && e.event.chat_id === created.chat_id)).toBeDefined();
    expect(validate('createChat.response', { code: 0, msg: 'success', data: created })).toEqual({ valid: true });
  });

  it('create errors: an unknown user fails the whole request (232043, no partial lists), a public chat without a name 232042 or with one character 232020, an unknown bot 232021; a private chat without a name is (无主题)', async () => {
    expect(await codeOf(bot.chats.create({ user_id_list: [people[1]!.openId, 'ou_nobody'] }))).toBe(232043);
    expect(await codeOf(bot.chats.create({ chat_type: 'public' }))).toBe(232042);
    expect(await codeOf(bot.chats.create({ chat_type: 'public', name: 'x' }))).toBe(232020);
    expect(await codeOf(bot.chats.create({ bot_id_list: ['cli_nobody'] }))).toBe(232021);
    expect((await bot.chats.create({})).name).toBe('(无主题)');
  });

  it("add members past the chat's size cap: 232013 at the platform's cap for the chat's kind (x-limits: 5000 in a group), 232044 at a lower cap the admin set; nobody is added", async () => {
    const { operations } = await import('../generated/operations.js');
    const cap = (operations.addChatMembers.limits!.membersPerChat as Record<string, number>).group!;
    expect(cap).toBe(5000);
    const created = await bot.chats.create({ name: 'Full' });
    const chat = mock.state.dataset.chats.find((c) => c.chatId === created.chat_id)!;
    const fillers = Array.from({ length: cap - chat.members.length }, (_, i) => `ou_filler${i}`);
    chat.members.push(...fillers);
    chat.joinedAt = undefined;
    expect(await codeOf(bot.chats.members(chat.chatId).add([people[9]!.openId]))).toBe(232013);
    expect(chat.members).toHaveLength(cap);
    chat.members.splice(chat.members.length - fillers.length, fillers.length);

    chat.adminMemberLimit = chat.members.length + 1;
    expect(await codeOf(bot.chats.members(chat.chatId).add([people[9]!.openId, people[10]!.openId]))).toBe(232044);
    expect(chat.members).not.toContain(people[9]!.openId);
    expect(await bot.chats.members(chat.chatId).add([people[9]!.openId])).toMatchObject({ invalid_id_list: [], not_existed_id_list: [] });
    expect(chat.members).toContain(people[9]!.openId);
  });

  it('add members: succeed_type 0 fails on an unknown open_id (99992351) and skips a resigned user into invalid_id_list; 1 adds the usable ids and lists the rest; 2 fails on any (232043); added users are announced', async () => {
    const resigned = people[5]!;
    resigned.resigned = true;
    try {
      const created = await bot.chats.create({ name: 'Adds' });
      const members = bot.chats.members(created.chat_id!);
      expect(await codeOf(members.add([people[6]!.openId, 'ou_nobody']))).toBe(99992351);
      expect(await members.add([people[6]!.openId, resigned.openId])).toEqual({ invalid_id_list: [resigned.openId], not_existed_id_list: [], pending_approval_id_list: [] });
      expect(await members.add([people[7]!.openId, 'ou_nobody', resigned.openId], { succeed_type: 1 })).toEqual({ invalid_id_list: [resigned.openId], not_existed_id_list: ['ou_nobody'], pending_approval_id_list: [] });
      expect(await codeOf(members.add([people[8]!.openId, 'ou_nobody'], { succeed_type: 2 }))).toBe(232043);
      const chat = mock.state.dataset.chats.find((c) => c.chatId === created.chat_id)!;
      expect(chat.members).toEqual(expect.arrayContaining([people[6]!.openId, people[7]!.openId]));
      expect(chat.members).not.toContain(people[8]!.openId);
      const added = events.filter((e) => e.type === 'im.chat.member.user.added_v1' && e.event.chat_id === created.chat_id);
      expect(added.map((e) => (e.event.users as { user_id: { open_id: string } }[]).map((u) => u.user_id.open_id))).toEqual([[people[6]!.openId], [people[7]!.openId]]);
      // Already a member: a no-op success.
      expect(await members.add([people[6]!.openId])).toEqual({ invalid_id_list: [], not_existed_id_list: [], pending_approval_id_list: [] });
    } finally {
      delete resigned.resigned;
    }
  });

  it('add members rules: a bot by app id with member_id_type=app_id; a cli_ id sent as open_id is 232043 unless lenient (§12 #16); outside the chat 232011; an approval-required chat lists pending ids', async () => {
    const created = await user.chats.create({ name: 'Bots', membership_approval: 'approval_required' });
    const other = mock.state.dataset.users.find((u) => u.isBot && u.appId !== demoApp.appId)!;
    expect(await codeOf(user.chats.members(created.chat_id!).add([other.appId!]))).toBe(232043);
    expect(await user.chats.members(created.chat_id!).add([other.appId!], { member_id_type: 'app_id' })).toEqual({ invalid_id_list: [], not_existed_id_list: [], pending_approval_id_list: [] });
    expect(await codeOf(bot.chats.members(created.chat_id!).add([people[3]!.openId]))).toBe(232011);
    // The owner adds directly; the bot, a plain member, is held for approval.
    await user.chats.members(created.chat_id!).add([botUser.appId!], { member_id_type: 'app_id' });
    expect(await bot.chats.members(created.chat_id!).add([people[4]!.openId])).toEqual({ invalid_id_list: [], not_existed_id_list: [], pending_approval_id_list: [people[4]!.openId] });

    const lenient = createMockFeishu({ lenientMemberIds: true });
    const lenientServer = await lenient.listen(0);
    try {
      const client = createFeishuClient({ auth: demoApp, baseUrl: lenientServer.url });
      const chat = await client.chats.create({ name: 'Lenient' });
      expect(await client.chats.members(chat.chat_id!).add([other.appId!, people[1]!.openId])).toEqual({ invalid_id_list: [], not_existed_id_list: [], pending_approval_id_list: [] });
      expect(lenient.state.dataset.chats.find((c) => c.chatId === chat.chat_id)!.members).toContain(other.openId);
    } finally {
      await lenientServer.close();
    }
  });
});

describe('concurrent requests on one resource (a request is in flight from its head until its answer)', () => {
  const waiting: ((key: string) => void)[] = [];
  const concurrent = createMockFeishu({ onRequestBegin: (_operationId, key) => waiting.splice(0).forEach((resolve) => resolve(key)) });
  let url = '';
  let close: () => Promise<void>;
  let token = '';
  let client: FeishuClient;
  let userClient: FeishuClient;
  beforeAll(async () => {
    ({ url, close } = await concurrent.listen(0));
    client = createFeishuClient({ auth: demoApp, baseUrl: url, retry: false });
    userClient = createFeishuClient({ auth: { accessToken: demoUserToken }, baseUrl: url, retry: false });
    const answer = await fetch(`${url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }) });
    token = ((await answer.json()) as { tenant_access_token: string }).tenant_access_token;
  });
  afterAll(() => close());

  /** The next request the mock holds under a concurrency key: resolves with the key when its head has arrived. */
  const nextBegun = () => new Promise<string>((resolve) => waiting.push(resolve));
  /** A POST whose head is sent now and whose body only when `finish` is called (a slow client). */
  const slowPost = (path: string, body: unknown) => {
    const request = http.request(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${token}` } });
    const answer = new Promise<{ code: number }>((resolve, reject) => {
      request.on('response', (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve(JSON.parse(text)));
      });
      request.on('error', reject);
    });
    request.flushHeaders();
    return { answer, finish: () => request.end(JSON.stringify(body)) };
  };
  const codeOfCall = (p: Promise<unknown>) => p.then(() => 0, (e: FeishuApiError) => e.code);

  it('addChatMembers: a second call on a chat while the first is in flight gets 232019 (call serially); the first succeeds, and a call after it does too', async () => {
    const [a, b] = concurrent.state.dataset.users.filter((u) => !u.isBot && !u.resigned && !u.invisible).slice(0, 2);
    const created = await client.chats.create({ name: 'Serial adds' });
    const begun = nextBegun();
    const first = slowPost(`/open-apis/im/v1/chats/${created.chat_id}/members`, { id_list: [a!.openId] });
    expect(await begun).toBe(`chat ${created.chat_id}`);
    expect(await codeOfCall(client.chats.members(created.chat_id!).add([b!.openId]))).toBe(232019);
    first.finish();
    expect((await first.answer).code).toBe(0);
    expect(await client.chats.members(created.chat_id!).add([b!.openId])).toMatchObject({ not_existed_id_list: [] });
    const chat = concurrent.state.dataset.chats.find((c) => c.chatId === created.chat_id)!;
    expect(chat.members).toEqual(expect.arrayContaining([a!.openId, b!.openId]));
  });

  it('createChat: a create with a uuid while the same uuid is being created gets 232068; the first creates the chat, and a repeat after it answers that chat', async () => {
    const begun = nextBegun();
    const first = slowPost('/open-apis/im/v1/chats?uuid=slow-create-1', { name: 'Being created' });
    expect(await begun).toBe('create bot slow-create-1');
    expect(await codeOfCall(client.chats.create({ name: 'Being created' }, { uuid: 'slow-create-1' }))).toBe(232068);
    first.finish();
    const created = (await first.answer) as { code: number; data?: { chat_id: string } };
    expect(created.code).toBe(0);
    expect((await client.chats.create({ name: 'Being created' }, { uuid: 'slow-create-1' })).chat_id).toBe(created.data!.chat_id);
  });

  it('reactions: a repeated reaction request by the same operator on a message while the first is processing gets 231015; another operator is not held up', async () => {
    const group = concurrent.state.dataset.chats.find((c) => c.mode === 'group' && c.status === 'normal' && c.members.includes(concurrent.state.dataset.users.find((u) => u.isBot)!.openId) && c.members.includes(concurrent.state.userTokens.get(demoUserToken)!))!;
    const sent = await client.messages.send({ receiveIdType: 'chat_id', receiveId: group.chatId, msgType: 'text', content: { text: 'react' } });
    const begun = nextBegun();
    const first = slowPost(`/open-apis/im/v1/messages/${sent.message_id}/reactions`, { reaction_type: { emoji_type: 'OK' } });
    await begun;
    expect(await codeOfCall(client.messages.reactions(sent.message_id!).add('OK'))).toBe(231015);
    expect(await codeOfCall(userClient.messages.reactions(sent.message_id!).add('OK'))).toBe(0);
    first.finish();
    expect((await first.answer).code).toBe(0);
    const mine = await client.messages.reactions(sent.message_id!).add('OK');
    expect(mine.operator?.operator_type).toBe('app');
  });
});

describe('the message store is bounded in bytes and in count', () => {
  it('keeps at most maxMessages and maxBytes, dropping the oldest (150 KB texts against a 1 MiB store)', async () => {
    // Its own clock, a second per send: the rate limits are not what this test is about.
    let clock = Date.UTC(2026, 0, 1);
    const small = createMockFeishu({ messages: { maxMessages: 50, maxBytes: 1024 * 1024 }, now: () => (clock += 1000) });
    const smallServer = await small.listen(0);
    try {
      const client = createFeishuClient({ auth: demoApp, baseUrl: smallServer.url });
      const chats = small.state.dataset.chats.filter((c) => c.mode === 'group' && c.status === 'normal' && c.members.includes(botUser.openId));
      const first = await client.messages.send({ receiveIdType: 'chat_id', receiveId: chats[0]!.chatId, msgType: 'text', content: { text: 'first' } });
      for (let i = 0; i < 20; i++) await client.messages.send({ receiveIdType: 'chat_id', receiveId: chats[(i % 10) + 1]!.chatId, msgType: 'text', content: { text: 'x'.repeat(140 * 1024) } });
      expect(small.state.messageStore.bytes.messages).toBeLessThanOrEqual(1024 * 1024);
      expect(small.state.messageStore.get(first.message_id!)).toBeUndefined();
      expect(await codeOf(client.messages.get(first.message_id!))).toBe(99992354);
      for (let i = 0; i < 60; i++) await client.messages.send({ receiveIdType: 'chat_id', receiveId: chats[(i % 12) + 1]!.chatId, msgType: 'text', content: { text: `n${i}` } });
      expect(small.state.messages.length).toBeLessThanOrEqual(50);
    } finally {
      await smallServer.close();
    }
  });
});
