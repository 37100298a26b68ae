// The long connection with the events side (issues 23 and 25 together): the same typed handler as over
// HTTP (createEventHandler) behind createLongConnection, and the mock's own events — a user's message,
// mock.events.emit, a card click with its answer applied — delivered over the open connection instead
// of HTTP; the official SDK's WSClient receives what the mock emits.
import * as lark from '@larksuiteoapi/node-sdk';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createEventHandler, isLegacyCardAction, type CardActionTriggerResponse } from '../src/events/index.js';
import { createLongConnection } from '../src/longconn/index.js';
import { createMockFeishu, demoApp, type MockFeishu } from '../src/mock/index.js';
import { memoryLogger, WAIT } from './helpers/longconn.js';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const fastConfig = { PingInterval: 1, ReconnectCount: -1, ReconnectInterval: 0.05, ReconnectNonce: 0.05 };

async function setup(app: { appId: string; appSecret: string } = demoApp) {
  // No event URL: with the connection open, everything the mock emits goes over it.
  const mock = createMockFeishu({ app, longConnection: { clientConfig: fastConfig, ackTimeoutMs: 20_000 } });
  const server = await mock.listen(0);
  closers.push(server.close, () => mock.events.stop());
  return { mock, url: server.url };
}

async function connectHandler(url: string) {
  const errors: unknown[] = [];
  const handler = createEventHandler({ onError: (e) => errors.push(e), onLate: () => undefined });
  const log = memoryLogger();
  const connection = createLongConnection({ appId: demoApp.appId, appSecret: demoApp.appSecret, baseUrl: url, handler, logger: log.logger });
  closers.push(() => connection.close());
  await connection.opened();
  return { handler, connection, errors };
}

/** The app sends a card into a chat through the mock's createMessage; its message id. */
async function sendCard(mock: MockFeishu, chatId: string): Promise<string> {
  const tokenAnswer = await mock.fetch('http://mock/open-apis/auth/v3/tenant_access_token/internal', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }) });
  const { tenant_access_token } = (await tokenAnswer.json()) as { tenant_access_token: string };
  const card = { elements: [{ tag: 'action', actions: [{ tag: 'button', text: { tag: 'plain_text', content: 'Approve' }, type: 'primary', value: { choice: 'approve' } }] }] };
  const sent = await mock.fetch('http://mock/open-apis/im/v1/messages?receive_id_type=chat_id', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant_access_token}` }, body: JSON.stringify({ receive_id: chatId, msg_type: 'interactive', content: JSON.stringify(card) }) });
  const body = (await sent.json()) as { code: number; data: { message_id: string } };
  expect(body.code).toBe(0);
  return body.data.message_id;
}

const botGroup = (mock: MockFeishu) => mock.state.dataset.chats.find((c) => c.status === 'normal' && c.mode === 'group' && c.members.includes('ou_b0000000000000000000000000000001'))!;

describe('createLongConnection + createEventHandler against the mock event source', () => {
  test("a user's message (mock.users.sendMessage) reaches the typed handler over the long connection, and the mock records the websocket delivery and its ACK", async () => {
    const { mock, url } = await setup();
    const { handler } = await connectHandler(url);
    const received = new Promise<{ chat: string; content: string }>((resolve) => {
      handler.on('im.message.receive_v1', (envelope) => resolve({ chat: envelope.event.message.chat_id, content: envelope.event.message.content }));
    });
    const chat = botGroup(mock);
    const user = mock.state.dataset.users.find((u) => !u.isBot && chat.members.includes(u.openId))!;
    const { delivery } = await mock.users.sendMessage({ chatId: chat.chatId, userId: user.openId, content: 'hello over the long connection' });
    expect(await received).toEqual({ chat: chat.chatId, content: JSON.stringify({ text: 'hello over the long connection' }) });
    expect(delivery).toMatchObject({ state: 'delivered', attempts: [{ transport: 'websocket' }] });
    expect(mock.longConnection.acks).toMatchObject([{ code: 200, type: 'event' }]);
  });

  test('mock.events.emit goes over the open connection; closing it takes the app off the long connection', async () => {
    const { mock, url } = await setup();
    const { handler, connection } = await connectHandler(url);
    const chats: string[] = [];
    handler.on('im.chat.member.user.added_v1', (envelope) => void chats.push(envelope.event.chat_id!));
    const record = await mock.events.emit('im.chat.member.user.added_v1');
    expect(record.attempts.map((a) => a.transport)).toEqual(['websocket']);
    await vi.waitFor(() => expect(chats).toHaveLength(1), WAIT);
    await connection.close();
    await vi.waitFor(() => expect(mock.longConnection.hasConnection()).toBe(false), WAIT);
    expect(mock.longConnection.acks).toHaveLength(1);
  });

  for (const cardFrameType of ['event', 'card'] as const) {
    test(`card click round trip over a \`${cardFrameType}\` frame: the handler's toast and card come back in the ACK and the card is applied`, async () => {
      const { mock, url } = await setup();
      mock.longConnection.options.cardFrameType = cardFrameType;
      const { handler } = await connectHandler(url);
      const chat = botGroup(mock);
      const messageId = await sendCard(mock, chat.chatId);
      const clicker = mock.state.dataset.users.find((u) => !u.isBot && chat.members.includes(u.openId))!;
      const newCard = { elements: [{ tag: 'div' as const, text: { tag: 'plain_text' as const, content: 'Approved' } }] };
      handler.onCardAction((envelope): CardActionTriggerResponse => {
        if (isLegacyCardAction(envelope)) throw new Error('expected card.action.trigger');
        expect(envelope.event.action.value).toEqual({ choice: 'approve' });
        return { toast: { type: 'success', content: 'Approved' }, card: { type: 'raw', data: newCard } };
      });
      const record = await mock.cards.click({ messageId, userId: clicker.openId, value: { choice: 'approve' } });
      expect(record).toMatchObject({ kind: 'card', ok: true, cardApplied: true, attempts: [{ transport: 'websocket' }] });
      expect(mock.longConnection.acks[0]).toMatchObject({ type: cardFrameType, code: 200 });
      expect(JSON.parse(mock.longConnection.acks[0]!.data!)).toMatchObject({ toast: { type: 'success', content: 'Approved' } });
      expect(JSON.parse(mock.state.messages.find((m) => m.message_id === messageId)!.body.content)).toEqual(newCard);
    });
  }
});

describe('official SDK WSClient and the mock event source', () => {
  test('receives an im.message.receive_v1 from mock.users.sendMessage and its ACK is recorded', async () => {
    const app = { appId: 'cli_a1b2c3d4e5f60789', appSecret: 'sdk-interop-secret-not-real' };
    const { mock, url } = await setup(app);
    const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined, trace: () => undefined };
    let ready!: () => void;
    const isReady = new Promise<void>((resolve) => {
      ready = resolve;
    });
    const received: { message?: { chat_id?: string } }[] = [];
    const client = new lark.WSClient({ appId: app.appId, appSecret: app.appSecret, domain: url, logger: quiet, loggerLevel: lark.LoggerLevel.error, onReady: () => ready() });
    closers.push(() => client.close({ force: true }));
    await client.start({ eventDispatcher: new lark.EventDispatcher({ logger: quiet, loggerLevel: lark.LoggerLevel.error }).register({ 'im.message.receive_v1': async (data) => void received.push(data) }) });
    await isReady;
    const chat = botGroup(mock);
    const user = mock.state.dataset.users.find((u) => !u.isBot && chat.members.includes(u.openId))!;
    const { delivery } = await mock.users.sendMessage({ chatId: chat.chatId, userId: user.openId, content: 'to the official SDK' });
    expect(delivery).toMatchObject({ state: 'delivered', attempts: [{ transport: 'websocket' }] });
    expect(received).toHaveLength(1);
    expect(received[0]!.message?.chat_id).toBe(chat.chatId);
    expect(mock.longConnection.acks).toMatchObject([{ code: 200, type: 'event' }]);
  });
});
