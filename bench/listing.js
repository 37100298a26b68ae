// Listing 10,000 chats (100 pages of 100) over loopback HTTP: our client vs a bare fetch loop.
// Alternating runs in one process; prints medians and the ratio. Run: npm run build && node bench/listing.js
import { createFeishuClient } from '../dist/index.js';
import { createMockFeishu, demoApp, demoDataset } from '../dist/mock/index.js';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const dataset = demoDataset(12_420); // ~10,000 groups the bot is in
const mock = createMockFeishu({ dataset, rateLimitPerSecond: 1_000_000 });
const { url, close } = await mock.listen(0);

async function bareLoop() {
  const t = await (await fetch(`${url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }) })).json();
  let token = '';
  let count = 0;
  for (;;) {
    const r = await fetch(`${url}/open-apis/im/v1/chats?page_size=100${token ? `&page_token=${encodeURIComponent(token)}` : ''}`, { headers: { authorization: `Bearer ${t.tenant_access_token}` } });
    const body = await r.json();
    if (body.code !== 0) throw new Error(body.msg);
    count += body.data.items.length;
    if (!body.data.has_more) return count;
    token = body.data.page_token;
  }
}
async function ourClient() {
  const client = createFeishuClient({ baseUrl: url, auth: demoApp });
  let count = 0;
  for await (const _ of client.chats.listAll({ page_size: 100 })) count += 1;
  return count;
}

const times = { bare: [], client: [] };
let counts;
for (let i = 0; i < ROUNDS + 1; i++) {
  for (const [name, fn] of i % 2 ? [['client', ourClient], ['bare', bareLoop]] : [['bare', bareLoop], ['client', ourClient]]) {
    const start = performance.now();
    const n = await fn();
    const ms = performance.now() - start;
    if (i > 0) times[name].push(ms); // round 0 warms up
    counts = { ...counts, [name]: n };
  }
}
await close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bare = median(times.bare);
const ours = median(times.client);
console.log(`chats listed: bare ${counts.bare}, client ${counts.client}; ${ROUNDS} rounds, medians:`);
console.log(`bare fetch loop  ${bare.toFixed(1)} ms`);
console.log(`our client       ${ours.toFixed(1)} ms   ratio ${(ours / bare).toFixed(2)}x (target ≤ 1.2x)`);
