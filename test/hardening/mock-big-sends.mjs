// Run by mock-stores.test.ts in a child process with a 256 MB heap (--max-old-space-size=256),
// against the built package: SENDS createMessage calls of 60 KB texts, each with its own uuid, over
// keep-alive connections, then a list and a repeated uuid. Before the stores were bounded in bytes
// (issue 21, item 3) the uuid store alone grew past 600 MB and the process died of OOM.
// Prints one JSON line for the test to judge.
import { keepAliveClient } from './keep-alive-client.mjs';
import { createMockFeishu, demoApp } from '../../dist/mock/index.js';

const SENDS = Number(process.env.SENDS ?? 20_000);
const CONNECTIONS = 8;
// The mock's clock moves 250 ms per send: the per-recipient limit (5 per second) and the token's
// two hours are honoured without any wall-clock wait.
let clock = Date.parse('2026-01-01T00:00:00Z');
const mock = createMockFeishu({ rateLimitPerSecond: 100_000, now: () => clock });
const server = await mock.listen(0);
const { request, close } = keepAliveClient(server.url, CONNECTIONS);
const tokenAnswer = await request('POST', '/open-apis/auth/v3/tenant_access_token/internal', { 'content-type': 'application/json' }, JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }));
const auth = { authorization: `Bearer ${JSON.parse(tokenAnswer.body).tenant_access_token}`, 'content-type': 'application/json' };
const chatId = mock.state.dataset.chats.find((c) => c.mode !== 'p2p' && c.status === 'normal' && c.members.includes(mock.state.dataset.users.find((u) => u.isBot).openId)).chatId;
// The body's JSON is built once around a marker; each send only puts its number in.
const parts = JSON.stringify({ receive_id: chatId, msg_type: 'text', content: JSON.stringify({ text: `#N# ${'x'.repeat(60 * 1024)}` }), uuid: 'u-#N#' }).split('#N#');
const body = (i) => parts.join(String(i));

const byStatus = {};
let next = 0;
async function worker() {
  while (next < SENDS) {
    const i = next++;
    clock += 250;
    const r = await request('POST', '/open-apis/im/v1/messages?receive_id_type=chat_id', auth, body(i));
    const key = r.status === 200 && JSON.parse(r.body).code === 0 ? 'ok' : `${r.status} ${/"code":(\d+)/.exec(r.body)?.[1]}`;
    byStatus[key] = (byStatus[key] ?? 0) + 1;
  }
}
await Promise.all(Array.from({ length: CONNECTIONS }, worker));
// Still answering: a read, and the newest uuid still deduplicates (same message id, no new message).
const list = await request('GET', '/open-apis/im/v1/chats', { authorization: auth.authorization });
const last = mock.state.messages.at(-1);
const again = await request('POST', '/open-apis/im/v1/messages?receive_id_type=chat_id', auth, body(SENDS - 1));
const againId = JSON.parse(again.body).data?.message_id;
const lastOf = mock.state.messages.filter((m) => m.body.content.startsWith(`{"text":"${SENDS - 1} `));
global.gc?.();
console.log(JSON.stringify({
  sends: SENDS,
  byStatus,
  listStatus: list.status,
  listCode: JSON.parse(list.body).code,
  dedupSameId: againId !== undefined && lastOf.length === 1 && againId === lastOf[0].message_id,
  messagesKept: mock.state.messages.length,
  lastKeptIsNewest: last !== undefined && lastOf[0]?.message_id === mock.state.messages.at(-1).message_id,
  heapUsedMB: +(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1),
}));
close();
await server.close();
