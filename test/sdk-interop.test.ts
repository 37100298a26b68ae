// The official SDK, pointed at the mock with its `domain` option, must work unchanged: the mock is
// faithful to what real clients expect, not only to our own client.
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  // The message lifecycle (issue 24): each call of the SDK's succeeds against the mock and reads back
  // what the mock stored.
  describe('message lifecycle', () => {
    const card = (state: string) => ({ config: { update_multi: true }, header: { title: { tag: 'plain_text', content: 'Deploy?' } }, elements: [{ tag: 'div', text: { tag: 'plain_text', content: state } }] });
    // A fresh chat per send: the mock keeps the documented 5-messages-per-second limit per group.
    const open = mock.state.dataset.chats.filter((c) => c.mode !== 'p2p' && c.status === 'normal' && c.members.includes(botId));
    let next = 0;
    const send = (content: object, msg_type = 'interactive') =>
      sdk.im.v1.message.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: open[next++]!.chatId, msg_type, content: JSON.stringify(content) } });

    it('im.message.reply answers a message in the thread of the one it replies to, and im.message.get reads it back', async () => {
      const root = await send({ text: 'root' }, 'text');
      const reply = await sdk.im.v1.message.reply({ path: { message_id: root.data!.message_id! }, data: { msg_type: 'text', content: JSON.stringify({ text: 'in thread' }), uuid: 'sdk-reply-1' } });
      expect(reply.code).toBe(0);
      expect(reply.data).toMatchObject({ root_id: root.data!.message_id, parent_id: root.data!.message_id, chat_id: root.data!.chat_id, msg_type: 'text' });
      const got = await sdk.im.v1.message.get({ path: { message_id: reply.data!.message_id! } });
      expect(got.code).toBe(0);
      expect(got.data?.items?.[0]).toMatchObject({ message_id: reply.data!.message_id, root_id: root.data!.message_id, body: { content: JSON.stringify({ text: 'in thread' }) } });
    });

    it('im.message.patch updates a card the bot sent; im.message.get and im.message.list show it updated', async () => {
      const sent = await send(card('waiting'));
      const patched = await sdk.im.v1.message.patch({ path: { message_id: sent.data!.message_id! }, data: { content: JSON.stringify(card('approved')) } });
      expect(patched.code).toBe(0);
      const got = await sdk.im.v1.message.get({ path: { message_id: sent.data!.message_id! }, params: { card_msg_content_type: 'user_card_content' } as never });
      expect(got.data?.items?.[0]?.updated).toBe(true);
      expect(JSON.parse(got.data!.items![0]!.body!.content!)).toEqual(card('approved'));
      const listed = await sdk.im.v1.message.list({ params: { container_id_type: 'chat', container_id: sent.data!.chat_id!, page_size: 50, sort_type: 'ByCreateTimeDesc' } });
      expect(listed.code).toBe(0);
      expect(listed.data?.items?.find((m) => m.message_id === sent.data!.message_id)?.updated).toBe(true);
      const direct = await createFeishuClient({ auth: { appId: demoApp.appId, appSecret: demoApp.appSecret }, baseUrl: server.url })
        .messages.list({ container_id_type: 'chat', container_id: sent.data!.chat_id!, page_size: 50, sort_type: 'ByCreateTimeDesc' });
      expect(listed.data?.items?.map((m) => m.message_id)).toEqual(direct.items!.map((m) => m.message_id));
    });

    it('im.image.create uploads a PNG from a Node stream (fs.createReadStream); the key it answers is accepted in an image message', async () => {
      const bytes = new Uint8Array(2048);
      bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 64, 0, 0, 0, 64]);
      const file = join(mkdtempSync(join(tmpdir(), 'sdk-image-')), 'small.png');
      writeFileSync(file, bytes);
      const res = await sdk.im.v1.image.create({ data: { image_type: 'message', image: createReadStream(file) } });
      expect(res?.image_key).toMatch(/^img_v2_/);
      const sent = await send({ image_key: res!.image_key }, 'image');
      expect(sent.code).toBe(0);
      expect(sent.data?.msg_type).toBe('image');
      // A key the mock never answered is refused, so the acceptance above is the upload's doing.
      expect(await send({ image_key: 'img_v2_unknown' }, 'image').then((r) => r.code, (e) => e?.response?.data?.code)).not.toBe(0);
    });

    it('im.file.create uploads a PDF from a Node stream (fs.createReadStream); the mock stores its bytes and type, and the key it answers is accepted in a file message', async () => {
      const bytes = new TextEncoder().encode(`%PDF-1.4\n${'0123456789abcdef'.repeat(512)}\n%%EOF\n`);
      const file = join(mkdtempSync(join(tmpdir(), 'sdk-file-')), 'report.pdf');
      writeFileSync(file, bytes);
      const res = await sdk.im.v1.file.create({ data: { file_type: 'pdf', file_name: 'report.pdf', file: createReadStream(file) } });
      // The SDK unwraps uploads (§1.3): it answers `data`, not the envelope.
      expect(res?.file_key).toMatch(/^file_/);
      const stored = mock.state.uploads.get(res!.file_key!)!;
      expect(stored).toMatchObject({ kind: 'file', type: 'pdf', fileName: 'report.pdf', size: bytes.byteLength });
      expect(Buffer.concat(stored.chunks)).toEqual(Buffer.from(bytes));
      const sent = await send({ file_key: res!.file_key }, 'file');
      expect(sent.code).toBe(0);
      expect(sent.data?.msg_type).toBe('file');
    });

    it('im.messageReaction.create/list/delete: the bot\'s reaction is created, listed by emoji, and deleted', async () => {
      const sent = await send({ text: 'react to me' }, 'text');
      const message_id = sent.data!.message_id!;
      const created = await sdk.im.v1.messageReaction.create({ path: { message_id }, data: { reaction_type: { emoji_type: 'Typing' } } });
      expect(created.code).toBe(0);
      expect(created.data).toMatchObject({ operator: { operator_id: demoApp.appId, operator_type: 'app' }, reaction_type: { emoji_type: 'Typing' } });
      const listed = await sdk.im.v1.messageReaction.list({ path: { message_id }, params: { reaction_type: 'Typing' } });
      expect(listed.code).toBe(0);
      expect(listed.data?.items?.map((r) => r.reaction_id)).toEqual([created.data!.reaction_id]);
      const deleted = await sdk.im.v1.messageReaction.delete({ path: { message_id, reaction_id: created.data!.reaction_id! } });
      expect(deleted.code).toBe(0);
      expect(deleted.data?.reaction_id).toBe(created.data!.reaction_id);
      expect((await sdk.im.v1.messageReaction.list({ path: { message_id } })).data?.items ?? []).toEqual([]);
    });

    it('im.chat.create creates a chat with its members and the bot; im.chatMembers.create adds people, with the partial-result lists (succeed_type 1 adds the valid ids and lists the rest)', async () => {
      const people = mock.state.dataset.users.filter((u) => !u.isBot).slice(0, 3);
      const created = await sdk.im.v1.chat.create({ params: { user_id_type: 'open_id', set_bot_manager: false, uuid: 'sdk-chat-1' }, data: { name: 'From the SDK', user_id_list: [people[0]!.openId] } });
      expect(created.code).toBe(0);
      expect(created.data?.chat_id).toMatch(/^oc_/);
      expect(created.data?.name).toBe('From the SDK');
      const added = await sdk.im.v1.chatMembers.create({ path: { chat_id: created.data!.chat_id! }, params: { member_id_type: 'open_id', succeed_type: 1 }, data: { id_list: [people[1]!.openId, people[2]!.openId, 'ou_nobody'] } });
      expect(added.code).toBe(0);
      expect(added.data).toMatchObject({ invalid_id_list: [], not_existed_id_list: ['ou_nobody'] });
      const client = createFeishuClient({ auth: { appId: demoApp.appId, appSecret: demoApp.appSecret }, baseUrl: server.url });
      const members: string[] = [];
      for await (const m of client.chats.members(created.data!.chat_id!).listAll()) members.push(m.member_id!);
      expect(members).toEqual(expect.arrayContaining(people.map((p) => p.openId)));
    });
  });
});
