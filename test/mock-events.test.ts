// The mock as the event source, delivering to a real receiver on loopback: the challenge, every event
// type of the contract, redelivery on failure and on silence, a user's message, card clicks and their
// answers, the long-connection transport seam, the platform-event hook, and the HTTP control surface.
import { CardTokens } from '../src/mock/card-tokens.js';
import http from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { createEventHandler, isLegacyCardAction, knownEventTypes, type CardActionTriggerResponse, type HttpEventHandler } from '../src/events/index.js';
import { createMockFeishu, demoApp, type MockFeishu } from '../src/mock/index.js';
import { createEventSide } from '../src/mock/events/index.js';
import { DeliveryLog, type DeliveryRecord } from '../src/mock/events/records.js';
import { eventBuilders } from '../src/mock/events/envelopes.js';
import { MessageStore } from '../src/mock/behaviours/message-store.js';
import { demoDataset } from '../src/mock/data.js';
import { FeishuContractError } from '../src/errors.js';
import { ENCRYPT_KEY, gate, serveNode, VERIFICATION_TOKEN } from './helpers/events.js';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** A receiver (our handler) on node:http, and a mock pointed at it. */
async function setup(options: { retrySchedule?: number[]; deliveryTimeoutMs?: number; cardActionDeadlineMs?: number } = {}) {
  const errors: unknown[] = [];
  const handler = createEventHandler({ encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN, onError: (e) => errors.push(e), onLate: () => undefined, ...(options.cardActionDeadlineMs ? { cardActionDeadlineMs: options.cardActionDeadlineMs } : {}) });
  const server = await serveNode((req, res) => void handler.node(req, res));
  const mock = createMockFeishu({
    app: { encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN, eventUrl: `${server.url}/events`, cardActionUrl: `${server.url}/cards` },
    retrySchedule: options.retrySchedule ?? [0, 0],
    ...(options.deliveryTimeoutMs ? { deliveryTimeoutMs: options.deliveryTimeoutMs } : {}),
  });
  closers.push(server.close, () => mock.events.stop());
  return { handler, mock, errors, url: server.url };
}

/** The app sends a card into a chat through the mock's createMessage; its message id. */
async function sendCard(mock: MockFeishu, chatId: string): Promise<string> {
  const tokenAnswer = await mock.fetch('http://mock/open-apis/auth/v3/tenant_access_token/internal', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }) });
  const { tenant_access_token } = (await tokenAnswer.json()) as { tenant_access_token: string };
  const card = { config: { wide_screen_mode: true }, elements: [{ tag: 'action', actions: [{ tag: 'button', text: { tag: 'plain_text', content: 'Vote' }, type: 'primary', value: { vote: 'yes' } }] }] };
  const sent = await mock.fetch(`http://mock/open-apis/im/v1/messages?receive_id_type=chat_id`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant_access_token}` }, body: JSON.stringify({ receive_id: chatId, msg_type: 'interactive', content: JSON.stringify(card) }) });
  const body = (await sent.json()) as { code: number; data: { message_id: string } };
  expect(body.code).toBe(0);
  return body.data.message_id;
}

const botGroup = (mock: MockFeishu) => mock.state.dataset.chats.find((c) => c.status === 'normal' && c.mode === 'group' && c.members.includes('ou_b0000000000000000000000000000001'))!;

describe('mock.events', () => {
  test('verifyUrl sends the encrypted challenge and checks the echo; a receiver answering something else fails it', async () => {
    const { mock } = await setup();
    const record = await mock.events.verifyUrl();
    expect(record).toMatchObject({ kind: 'challenge', ok: true, state: 'delivered' });
    const wrong = await serveNode((_req, res) => res.end('{"challenge":"nope"}'));
    closers.push(wrong.close);
    mock.events.app.eventUrl = wrong.url;
    expect(await mock.events.verifyUrl()).toMatchObject({ ok: false, problem: expect.stringMatching(/challenge/) });
  });

  test('emit builds, signs, encrypts and delivers every event type of the contract, each valid and typed at the receiver', async () => {
    const { mock, handler } = await setup();
    const got: string[] = [];
    for (const type of knownEventTypes) if (type !== 'card.action.trigger') handler.on(type, (envelope) => void got.push(envelope.header.event_type));
    handler.onCardAction(() => undefined);
    // Every type of the catalogue has a builder, and no builder names a type the catalogue lacks.
    expect(Object.keys(eventBuilders).sort()).toEqual([...knownEventTypes].sort());
    for (const type of knownEventTypes) {
      const record = await mock.events.emit(type);
      expect(record, type).toMatchObject({ eventType: type, state: 'delivered' });
      expect(record.attempts[0]).toMatchObject({ status: 200, transport: 'http' });
    }
    await handler.settled();
    expect(got.sort()).toEqual(knownEventTypes.filter((t) => t !== 'card.action.trigger').sort());
  });

  test('emit lays a partial over the envelope; a partial that breaks the schema is refused before sending', async () => {
    const { mock, handler } = await setup();
    const contents: string[] = [];
    handler.on('im.message.receive_v1', (envelope) => void contents.push(envelope.event.message.content));
    await mock.events.emit('im.message.receive_v1', { event: { message: { content: JSON.stringify({ text: 'custom' }) } } });
    await handler.settled();
    expect(contents).toEqual([JSON.stringify({ text: 'custom' })]);
    const before = mock.events.deliveries.length;
    await expect(mock.events.emit('im.message.receive_v1', { event: { message: { chat_type: 42 } } })).rejects.toBeInstanceOf(FeishuContractError);
    expect(mock.events.deliveries.length).toBe(before);
    // With no event URL and no long connection there is nowhere to deliver: said at once.
    await expect(createMockFeishu().events.emit('im.chat.disbanded_v1')).rejects.toThrow(/nowhere to deliver/);
  });

  test('a non-2xx answer is redelivered on the (compressed) schedule until a 2xx, each attempt recorded', async () => {
    let hits = 0;
    const flaky = await serveNode((req, res) => {
      req.resume();
      hits += 1;
      res.writeHead(hits < 3 ? 500 : 200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    closers.push(flaky.close);
    const mock = createMockFeishu({ app: { encryptKey: ENCRYPT_KEY, eventUrl: flaky.url }, retrySchedule: [0, 0, 0] });
    closers.push(() => mock.events.stop());
    const record = await mock.events.emit('im.chat.disbanded_v1');
    expect(record.attempts[0]!.status).toBe(500);
    await mock.events.settled();
    expect(record.state).toBe('delivered');
    expect(record.attempts.map((a) => a.status)).toEqual([500, 500, 200]);
  });

  test('no answer within the deadline is redelivered; a schedule used up leaves the record failed', async () => {
    const stalls: http.ServerResponse[] = [];
    let hits = 0;
    const silent = await serveNode((req, res) => {
      req.resume();
      hits += 1;
      if (hits === 1) stalls.push(res);
      else res.end('{"msg":"success"}');
    });
    closers.push(silent.close);
    const mock = createMockFeishu({ app: { encryptKey: ENCRYPT_KEY, eventUrl: silent.url }, retrySchedule: [0], deliveryTimeoutMs: 1500 });
    closers.push(() => mock.events.stop());
    const record = await mock.events.emit('im.message.recalled_v1');
    expect(record.attempts[0]!.timeout).toBe(true);
    await mock.events.settled();
    expect(record.state).toBe('delivered');
    const down = createMockFeishu({ app: { eventUrl: 'http://127.0.0.1:1/' }, retrySchedule: [0, 0] });
    const failed = await down.events.emit('im.message.recalled_v1');
    await down.events.settled();
    expect(failed.state).toBe('failed');
    expect(failed.attempts).toHaveLength(3);
    expect(failed.attempts.every((a) => a.error !== undefined)).toBe(true);
  });

  test('the delivery log is bounded in count and in bytes', () => {
    const log = new DeliveryLog({ maxEntries: 10, maxBytes: 64 * 1024 });
    for (let i = 0; i < 100; i++) log.put({ id: `d${i}`, kind: 'event', eventType: 'x', envelope: { pad: 'y'.repeat(i % 2 ? 10 : 20_000) }, attempts: [], state: 'pending' } as DeliveryRecord);
    expect(log.list().length).toBeLessThanOrEqual(10);
    expect(log.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(log.get('d99')).toBeDefined();
  });
});

describe('mock.users.sendMessage', () => {
  test('stores the message (state.messages) and emits im.message.receive_v1 with its ids to the app', async () => {
    const { mock, handler } = await setup();
    const chat = botGroup(mock);
    const user = mock.state.dataset.users.find((u) => !u.isBot && chat.members.includes(u.openId))!;
    const received = gate<{ messageId: string; chatId: string; sender: string | undefined; content: string; mention: string | undefined }>();
    handler.on('im.message.receive_v1', (envelope) => received.open({
      messageId: envelope.event.message.message_id, chatId: envelope.event.message.chat_id, sender: envelope.event.sender.sender_id?.open_id,
      content: envelope.event.message.content, mention: envelope.event.message.mentions?.[0]?.key,
    }));
    const { message, delivery } = await mock.users.sendMessage({ chatId: chat.chatId, userId: user.openId, content: '@_user_1 hi bot', mentions: ['ou_b0000000000000000000000000000001'] });
    expect(delivery?.state).toBe('delivered');
    expect(mock.state.messages.some((m) => m.message_id === message.message_id)).toBe(true);
    expect(await received.promise).toEqual({ messageId: message.message_id, chatId: chat.chatId, sender: user.openId, content: JSON.stringify({ text: '@_user_1 hi bot' }), mention: '@_user_1' });
    await expect(mock.users.sendMessage({ chatId: chat.chatId, userId: 'ou_nobody', content: 'x' })).rejects.toThrow(/not a person/);
  });
});

describe('mock.cards.click', () => {
  test("POSTs card.action.trigger for the app's card; the answered card replaces the stored one", async () => {
    const { mock, handler } = await setup();
    const chat = botGroup(mock);
    const messageId = await sendCard(mock, chat.chatId);
    const clicker = mock.state.dataset.users.find((u) => !u.isBot && chat.members.includes(u.openId))!;
    const newCard = { elements: [{ tag: 'div' as const, text: { tag: 'plain_text' as const, content: 'Thanks for voting' } }] };
    handler.onCardAction((envelope): CardActionTriggerResponse => {
      if (isLegacyCardAction(envelope)) throw new Error('expected card.action.trigger');
      expect(envelope.event.context?.open_message_id).toBe(messageId);
      expect(envelope.event.action.value).toEqual({ vote: 'yes' });
      expect(envelope.event.token).toMatch(/^c-/);
      return { toast: { type: 'success', content: 'Voted' }, card: { type: 'raw', data: newCard } };
    });
    const record = await mock.cards.click({ messageId, userId: clicker.openId, value: { vote: 'yes' } });
    expect(record).toMatchObject({ kind: 'card', ok: true, cardApplied: true });
    expect(record.errorCode).toBeUndefined();
    expect(JSON.parse(mock.state.messages.find((m) => m.message_id === messageId)!.body.content)).toEqual(newCard);
  });

  test('an answer later than the deadline is 200671 in the record, the card unchanged', async () => {
    const { mock, handler } = await setup({ deliveryTimeoutMs: 300, cardActionDeadlineMs: 60_000 });
    const chat = botGroup(mock);
    const messageId = await sendCard(mock, chat.chatId);
    const clicker = mock.state.dataset.users.find((u) => !u.isBot && chat.members.includes(u.openId))!;
    const before = mock.state.messages.find((m) => m.message_id === messageId)!.body.content;
    const slow = gate();
    handler.onCardAction(async () => {
      await slow.promise;
      return { card: { type: 'raw', data: { elements: [] } } };
    });
    expect(await mock.cards.click({ messageId, userId: clicker.openId })).toMatchObject({ ok: false, errorCode: 200671, problem: expect.stringMatching(/no answer/) });
    slow.open();
    expect(mock.state.messages.find((m) => m.message_id === messageId)!.body.content).toBe(before);
  });

  test('a malformed answer is 200672, a raw card breaking the card contract 200673 — in the record, the card unchanged', async () => {
    const { mock } = await setup();
    const chat = botGroup(mock);
    const messageId = await sendCard(mock, chat.chatId);
    const clicker = mock.state.dataset.users.find((u) => !u.isBot && chat.members.includes(u.openId))!;
    const before = mock.state.messages.find((m) => m.message_id === messageId)!.body.content;
    // Our receiver refuses to send invalid answers: a raw server stands in for an app that does.
    let answer: unknown;
    const raw = await serveNode((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    });
    closers.push(raw.close);
    mock.events.app.cardActionUrl = raw.url;
    answer = { toast: { type: 'shout' } };
    expect(await mock.cards.click({ messageId, userId: clicker.openId })).toMatchObject({ ok: false, errorCode: 200672 });
    answer = { card: { type: 'raw', data: { elements: [{ tag: 'no_such_component' }] } } };
    expect(await mock.cards.click({ messageId, userId: clicker.openId })).toMatchObject({ ok: false, errorCode: 200673 });
    expect(mock.state.messages.find((m) => m.message_id === messageId)!.body.content).toBe(before);
  });

  test('a click on a message that is not an app card is refused, naming why', async () => {
    const { mock } = await setup();
    const chat = botGroup(mock);
    const user = mock.state.dataset.users.find((u) => !u.isBot && chat.members.includes(u.openId))!;
    const { message } = await mock.users.sendMessage({ chatId: chat.chatId, userId: user.openId, content: 'hi' });
    await expect(mock.cards.click({ messageId: message.message_id, userId: user.openId })).rejects.toThrow(/not a card/);
    await expect(mock.cards.click({ messageId: 'om_missing', userId: user.openId })).rejects.toThrow(/not in the mock's message store/);
  });
});

describe('seams', () => {
  test('a registered transport (the long connection) carries deliveries while set, recorded as websocket', async () => {
    const mock = createMockFeishu({ app: { encryptKey: ENCRYPT_KEY }, retrySchedule: [] });
    const frames: { payload: unknown; kind: string }[] = [];
    mock.events.setTransport({ name: 'websocket', deliver: async (payloadJson, kind) => (frames.push({ payload: JSON.parse(payloadJson), kind }), { status: 200, body: '{}' }) });
    const record = await mock.events.emit('im.chat.member.bot.added_v1');
    expect(record.attempts[0]).toMatchObject({ transport: 'websocket', status: 200 });
    // Over the long connection the payload is the plaintext envelope.
    expect(frames).toEqual([{ payload: record.envelope, kind: 'event' }]);
  });

  test('emitPlatformEvent (the hook behaviours call) delivers a complete envelope with the event laid over it', async () => {
    const handler = createEventHandler({ encryptKey: ENCRYPT_KEY, onError: () => undefined });
    const server = await serveNode((req, res) => void handler.node(req, res));
    closers.push(server.close);
    const dataset = demoDataset(20);
    const side = createEventSide({ app: { appId: demoApp.appId, encryptKey: ENCRYPT_KEY, eventUrl: server.url }, dataset, messages: new MessageStore(), now: Date.now, retrySchedule: [], cardTokens: new CardTokens({ uses: 2, lifetimeMs: 30 * 60_000, now: Date.now }) });
    const added = gate<string[]>();
    handler.on('im.chat.member.user.added_v1', (envelope) => added.open([envelope.event.chat_id ?? '', envelope.header.app_id]));
    side.emitPlatformEvent('im.chat.member.user.added_v1', { chat_id: dataset.chats[1]!.chatId });
    expect(await added.promise).toEqual([dataset.chats[1]!.chatId, demoApp.appId]);
  });

  test('the official handler types: the receiver is reached only through verification (a wrong key fails every attempt)', async () => {
    const { mock, errors } = await setup({ retrySchedule: [0] });
    mock.events.app.encryptKey = 'another-apps-key';
    const record = await mock.events.emit('im.chat.disbanded_v1');
    await mock.events.settled();
    expect(record.attempts.map((a) => a.status)).toEqual([401, 401]);
    expect(record.state).toBe('failed');
    expect(errors.length).toBe(2);
  });
});

describe('the HTTP control surface (any language drives the mock)', () => {
  test('POST /__mock/users/send-message, /__mock/events/emit, /__mock/cards/click and GET /__mock/deliveries from a plain HTTP client', async () => {
    const { mock, handler } = await setup();
    handler.onCardAction(() => ({ toast: { type: 'info', content: 'ok' } }));
    const server = await mock.listen(0);
    closers.push(server.close);
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      return { status: response.status, body: (await response.json()) as Record<string, any> };
    };
    const chat = botGroup(mock);
    const user = mock.state.dataset.users.find((u) => !u.isBot && chat.members.includes(u.openId))!;
    const sent = await call('POST', '/__mock/users/send-message', { chatId: chat.chatId, userId: user.openId, content: 'from python' });
    expect(sent).toMatchObject({ status: 200, body: { message: { chat_id: chat.chatId }, delivery: { state: 'delivered', eventType: 'im.message.receive_v1' } } });
    const emitted = await call('POST', '/__mock/events/emit', { eventType: 'im.chat.updated_v1', partial: { event: { chat_id: chat.chatId } } });
    expect(emitted).toMatchObject({ status: 200, body: { delivery: { state: 'delivered', eventType: 'im.chat.updated_v1' } } });
    const messageId = await sendCard(mock, chat.chatId);
    const clicked = await call('POST', '/__mock/cards/click', { messageId, userId: user.openId, value: { a: 1 } });
    expect(clicked).toMatchObject({ status: 200, body: { delivery: { ok: true, answer: { toast: { type: 'info', content: 'ok' } } } } });
    const listed = await call('GET', '/__mock/deliveries?eventType=im.chat.updated_v1');
    expect(listed.body.deliveries).toHaveLength(1);
    expect((await call('POST', '/__mock/events/emit', { eventType: 'no.such_v1' })).status).toBe(400);
    expect((await call('POST', '/__mock/events/emit', { eventType: 'im.message.receive_v1', partial: { event: { message: { chat_type: 1 } } } })).body.errors).toBeDefined();
  });
});
