// Interop both ways: the official Node SDK's EventDispatcher (encryptKey + verificationToken, behind
// its own adaptDefault on node:http) receives, decrypts and dispatches the mock's deliveries; and our
// verifyEvent accepts the official SDKs' requests (the Go/Python formula: test/events-verify.test.ts).
import http from 'node:http';
import * as lark from '@larksuiteoapi/node-sdk';
import { afterEach, expect, test } from 'vitest';
import { createMockFeishu } from '../src/mock/index.js';
import { ENCRYPT_KEY, gate, serveNode, VERIFICATION_TOKEN } from './helpers/events.js';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined, trace: () => undefined };

test("the official SDK's EventDispatcher answers the mock's challenge, then decrypts, verifies and dispatches its events", async () => {
  const dispatcher = new lark.EventDispatcher({ encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN, logger: quiet, loggerLevel: lark.LoggerLevel.error });
  const received = gate<Record<string, unknown>>();
  const read = gate<Record<string, unknown>>();
  dispatcher.register({
    'im.message.receive_v1': async (data: Record<string, unknown>) => received.open(data),
    'im.chat.member.user.added_v1': async (data: Record<string, unknown>) => read.open(data),
  } as never);
  const server = await serveNode(lark.adaptDefault('/webhook/event', dispatcher, { autoChallenge: true }) as http.RequestListener);
  closers.push(server.close);
  const mock = createMockFeishu({ app: { encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN, eventUrl: `${server.url}/webhook/event` }, retrySchedule: [] });
  closers.push(() => mock.events.stop());

  expect(await mock.events.verifyUrl()).toMatchObject({ ok: true });

  const chat = mock.state.dataset.chats.find((c) => c.status === 'normal' && c.mode === 'group' && c.members.includes('ou_b0000000000000000000000000000001'))!;
  const user = mock.state.dataset.users.find((u) => !u.isBot && chat.members.includes(u.openId))!;
  const { message, delivery } = await mock.users.sendMessage({ chatId: chat.chatId, userId: user.openId, content: 'hello from the mock' });
  expect(delivery?.attempts[0]?.status).toBe(200);
  // The SDK hands its handler the header and event fields merged flat (reference A2).
  const data = await received.promise;
  expect(data).toMatchObject({ event_type: 'im.message.receive_v1', token: VERIFICATION_TOKEN, message: { message_id: message.message_id, chat_id: chat.chatId } });
  expect(data.event_id).toBe(delivery?.eventId);

  await mock.events.emit('im.chat.member.user.added_v1');
  expect(await read.promise).toMatchObject({ event_type: 'im.chat.member.user.added_v1', chat_id: expect.stringMatching(/^oc_/) });
});

test("a delivery encrypted and signed with another app's Encrypt Key is not dispatched by the SDK", async () => {
  const dispatcher = new lark.EventDispatcher({ encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN, logger: quiet, loggerLevel: lark.LoggerLevel.error });
  let dispatched = 0;
  dispatcher.register({ 'im.chat.disbanded_v1': async () => void (dispatched += 1) } as never);
  const answered = gate<string>();
  const server = await serveNode((req, res) => {
    const original = res.end.bind(res);
    res.end = ((chunk?: unknown) => {
      answered.open(String(chunk));
      return original(chunk as never);
    }) as typeof res.end;
    void (lark.adaptDefault('/e', dispatcher) as http.RequestListener)(req, res);
  });
  closers.push(server.close);
  const mock = createMockFeishu({ app: { encryptKey: 'another-apps-key', verificationToken: VERIFICATION_TOKEN, eventUrl: `${server.url}/e` }, retrySchedule: [] });
  closers.push(() => mock.events.stop());
  await mock.events.emit('im.chat.disbanded_v1');
  await answered.promise;
  expect(dispatched).toBe(0);
});
