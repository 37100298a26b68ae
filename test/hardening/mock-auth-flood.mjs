// Run by mock-rate-limit.test.ts in a child process (node --expose-gc), against the built package:
// a flood of distinct Authorization headers — 100 KB ones, re-spellings of the valid token, and
// unknown tokens — from 50 keep-alive connections, then the heap the mock keeps. Prints one JSON
// line for the test to judge (never a token: test output is grepped for secrets).
import { keepAliveClient } from './keep-alive-client.mjs';
import { createMockFeishu, demoApp } from '../../dist/mock/index.js';

const CONNECTIONS = 50;
const BIG = Number(process.env.FLOOD_BIG ?? 10_000);
const mock = createMockFeishu({ rateLimitPerSecond: 1_000_000 });
const server = await mock.listen(0);
const { request, close } = keepAliveClient(server.url, CONNECTIONS);
const tokenBody = JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret });
const token = JSON.parse((await request('POST', '/open-apis/auth/v3/tenant_access_token/internal', { 'content-type': 'application/json' }, tokenBody)).body).tenant_access_token;

/** The i-th header of the flood: every one distinct. */
function header(i) {
  const n = i.toString(36);
  switch (i % 4) {
    // 100 KB, the token after ~100 KB of whitespace (a tab at a distinct place): a valid spelling
    // for a lenient parser, which is how each once got its own rate window; now refused unread.
    case 0:
    case 1: {
      const pad = 100 * 1024 - 'Bearer'.length - token.length;
      const at = 1 + (i >> 1);
      return `Bearer${' '.repeat(at)}\t${' '.repeat(pad - at - 1)}${token}`;
    }
    // A valid re-spelling of the one token (scheme case, tabs, spaces).
    case 2:
      return `${i % 8 === 2 ? 'bearer' : 'BEARER'}\t${' '.repeat(i % 3000)}${token}`;
    // An unknown token of 3 KB.
    default:
      return `Bearer t-${n}${'x'.repeat(3000)}`;
  }
}

const counts = { total: 0, byStatus: {}, byCode: {} };
let next = 0;
async function worker(limit) {
  while (next < limit) {
    const i = next++;
    const r = await request('GET', '/open-apis/im/v1/chats?page_size=1', { authorization: header(i) });
    counts.total += 1;
    counts.byStatus[r.status] = (counts.byStatus[r.status] ?? 0) + 1;
    const code = r.status ? JSON.parse(r.body).code : 'none';
    counts.byCode[code] = (counts.byCode[code] ?? 0) + 1;
  }
}
const heap = () => { global.gc(); return process.memoryUsage().heapUsed; };
// Warm-up: what fills once (the snapshot cache, the JIT) fills here.
const total = BIG * 2;
await Promise.all(Array.from({ length: CONNECTIONS }, () => worker(400)));
counts.total = 0; counts.byStatus = {}; counts.byCode = {};
next = 0;
const before = heap();
await Promise.all(Array.from({ length: CONNECTIONS }, () => worker(total)));
const after = heap();
close();
await server.close();
console.log(JSON.stringify({ ...counts, heapBeforeMB: +(before / 2 ** 20).toFixed(1), heapAfterMB: +(after / 2 ** 20).toFixed(1) }));
