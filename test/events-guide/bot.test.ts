// The mock driving a bot in a test: the mock is Feishu — it delivers a user's message and a card
// click to the bot, encrypted and signed as the platform does — and the test reads what happened.
import { afterAll, expect, test } from 'vitest';
import { createMockFeishu } from '../../src/mock/index.js';
import { startBot } from './node-http.js';

const secrets = { encryptKey: 'test-encrypt-key', verificationToken: 'test-verification-token' };
const bot = await startBot({ ...secrets, port: 0 });
const address = bot.server.address() as { port: number };
const mock = createMockFeishu({ app: { ...secrets, eventUrl: `http://127.0.0.1:${address.port}/`, cardActionUrl: `http://127.0.0.1:${address.port}/` } });
afterAll(() => new Promise<void>((resolve) => bot.server.close(() => resolve())));

test('the bot hears a user in a group', async () => {
  expect((await mock.events.verifyUrl()).ok).toBe(true);
  const chat = mock.state.dataset.chats.find((c) => c.mode === 'group' && c.status === 'normal' && c.members.length > 2)!;
  const user = mock.state.dataset.users.find((u) => !u.isBot && chat.members.includes(u.openId))!;
  const { delivery } = await mock.users.sendMessage({ chatId: chat.chatId, userId: user.openId, content: 'hello bot' });
  expect(delivery?.state).toBe('delivered');
  await bot.events.settled(); // the handler runs after the 200
  expect(bot.seen).toEqual([`${chat.chatId}: hello bot`]);
});

test('the Workers fetch handler answers first and hands the running handler to ctx.waitUntil', async () => {
  const { default: worker } = await import('./workers.js');
  const { platformRequest, receiveEnvelope } = await import('../helpers/events.js');
  const envelope = { ...receiveEnvelope(), header: { ...receiveEnvelope().header, event_type: 'im.chat.member.bot.added_v1', token: secrets.verificationToken } };
  const event = { chat_id: 'oc_5ce6d572455d361153b7xx51da133945', operator_id: { open_id: 'ou_84aad35d084aa403a838cf73ee18467' }, external: false, operator_tenant_key: '736588c9260f175e', name: 'Weekly sync' };
  const request = await platformRequest({ ...envelope, event }, { encryptKey: secrets.encryptKey });
  const kept: Promise<unknown>[] = [];
  const response = await worker.fetch(new Request('https://bot.example/feishu', { method: 'POST', headers: request.headers, body: request.body }), { FEISHU_ENCRYPT_KEY: secrets.encryptKey, FEISHU_VERIFICATION_TOKEN: secrets.verificationToken }, { waitUntil: (work) => void kept.push(work) });
  expect(response.status).toBe(200);
  expect(kept).toHaveLength(1);
  await Promise.all(kept);
});
