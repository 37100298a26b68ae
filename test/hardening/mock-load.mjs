// Run by mock-load.test.ts in a child process (node --expose-gc), against the built package:
// 20,000 requests from 50 keep-alive connections across list, search and token, then the memory
// the mock holds. Prints one JSON line of counts for the test to judge.
import { keepAliveClient } from './keep-alive-client.mjs';
import { createMockFeishu, demoApp } from '../../dist/mock/index.js';

const TOTAL = Number(process.env.LOAD_TOTAL ?? 20_000);
const CONNECTIONS = 50;
const mock = createMockFeishu({ rateLimitPerSecond: 1500 });
const server = await mock.listen(0);
const { request, close } = keepAliveClient(server.url, CONNECTIONS);
const tokenBody = JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret });
const getToken = async () => JSON.parse((await request('POST', '/open-apis/auth/v3/tenant_access_token/internal', { 'content-type': 'application/json' }, tokenBody)).body).tenant_access_token;

const counts = { total: 0, byStatus: {}, byKind: { list: 0, search: 0, token: 0 }, dropped: 0, undocumented: 0, rateLimited: 0, rateLimitedWellFormed: 0 };
const heap = () => { global.gc(); return process.memoryUsage().heapUsed; };
let next = 0;
async function worker(limit) {
  let token = await getToken();
  while (next < limit) {
    const i = next++;
    const kind = i % 10 === 0 ? 'token' : i % 2 ? 'list' : 'search';
    counts.byKind[kind] += 1;
    let r;
    if (kind === 'token') {
      r = await request('POST', '/open-apis/auth/v3/tenant_access_token/internal', { 'content-type': 'application/json' }, tokenBody);
      if (r.status === 200) token = JSON.parse(r.body).tenant_access_token;
    } else {
      const path = kind === 'list' ? `/open-apis/im/v1/chats?page_size=${1 + (i % 100)}` : `/open-apis/im/v1/chats/search?query=${encodeURIComponent(['design', '产品', 'chanpin', 'Hiring', 'zz'][i % 5])}`;
      r = await request('GET', path, { authorization: `Bearer ${token}` });
    }
    counts.total += 1;
    counts.byStatus[r.status] = (counts.byStatus[r.status] ?? 0) + 1;
    if (r.status === 0) { counts.dropped += 1; continue; }
    if (r.status === 429) {
      counts.rateLimited += 1;
      const body = JSON.parse(r.body);
      if (body.code === 99991400 && r.headers['x-ogw-ratelimit-limit'] && r.headers['x-ogw-ratelimit-reset'] && r.headers['x-tt-logid']) counts.rateLimitedWellFormed += 1;
    } else if (r.status !== 200) counts.undocumented += 1;
  }
}
// A warm-up round fills what is meant to fill once (the search index of the demo names); then
// the heap is measured before and after the 20,000 requests.
const target = TOTAL;
await Promise.all(Array.from({ length: CONNECTIONS }, () => worker(Math.min(3000, target))));
const warm = { ...counts };
for (const key of ['total', 'dropped', 'undocumented', 'rateLimited', 'rateLimitedWellFormed']) counts[key] = 0;
counts.byStatus = {};
counts.byKind = { list: 0, search: 0, token: 0 };
next = 0;
const heapBefore = heap();
const started = Date.now();
await Promise.all(Array.from({ length: CONNECTIONS }, () => worker(target)));
const ms = Date.now() - started;
const heapAfter = heap();
void warm;
close();
await server.close();
console.log(JSON.stringify({ ...counts, ms, heapBeforeMB: +(heapBefore / 2 ** 20).toFixed(1), heapAfterMB: +(heapAfter / 2 ** 20).toFixed(1), tokensHeld: mock.state.tenantTokens.size }));
