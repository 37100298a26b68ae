// Run by gc-bounds.test.ts in a child `node --expose-gc` process, against the built package: one
// scenario (argv[2]) where the server hangs, while gc() runs every 50 ms. Prints one JSON line: the
// error the call ended with, or `pending` when it outlived the watchdog (a bound that did not hold).
// Node's fetch loses the link between a Request and its signal after a collection
// (nodejs/undici#4068), so a bound that relies on fetch's signal alone fails here.
import http from 'node:http';
import { createFeishuClient as create, FeishuError } from '../../dist/index.js';

// The transport under test (set per vitest project, see test/setup/transport.ts); unset: the default.
const transport = process.env.FEISHU_TEST_TRANSPORT;
const createFeishuClient = (options) => create(transport ? { transport, ...options } : options);

if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
const scenario = process.argv[2];
const hang = () => undefined;
const tokenOk = (res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify({ code: 0, msg: 'ok', tenant_access_token: 't-gc-test-token-0123456789', expire: 7200 })); };
const drip = (res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  const timer = setInterval(() => res.write(' '), 1000);
  res.on('close', () => clearInterval(timer));
};
const sockets = new Set();
const server = http.createServer((req, res) => {
  req.resume();
  const isToken = req.url.includes('tenant_access_token');
  if (scenario === 'token-hangs') return isToken ? hang() : tokenOk(res);
  if (isToken) return tokenOk(res);
  if (scenario === 'body-drips') return drip(res);
  return hang(); // headers never come
});
server.on('connection', (s) => sockets.add(s));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const auth = { appId: 'cli_gc', appSecret: 'gc-app-secret-value' };

const abortAfter = (ms) => { const c = new AbortController(); setTimeout(() => c.abort(), ms); return c.signal; };
const runs = {
  // Per-attempt timeout, no retries: the answer's headers never come.
  'headers-hang': () => createFeishuClient({ baseUrl, auth, timeoutMs: 2000, retry: false }).chats.list(),
  // The caller aborts at 0.5 s; timeoutMs stays at its default (30 s).
  'abort-headers-hang': () => createFeishuClient({ baseUrl, auth, retry: false }).chats.list({}, { signal: abortAfter(500) }),
  // The body drips one byte a second: the timeout covers the body.
  'body-drips': () => createFeishuClient({ baseUrl, auth, timeoutMs: 2000, retry: false }).chats.list(),
  'abort-body-drips': () => createFeishuClient({ baseUrl, auth, retry: false }).chats.list({}, { signal: abortAfter(500) }),
  // The token endpoint never answers.
  'token-hangs': () => createFeishuClient({ baseUrl, auth, timeoutMs: 2000, retry: false }).chats.list(),
  'abort-token-hangs': () => createFeishuClient({ baseUrl, auth, retry: false }).chats.list({}, { signal: abortAfter(500) }),
  // A token source that never resolves.
  'source-hangs': () => createFeishuClient({ baseUrl, auth: { getAccessToken: () => new Promise(() => undefined) }, timeoutMs: 2000 }).chats.list(),
  'abort-source-hangs': () => createFeishuClient({ baseUrl, auth: { getAccessToken: () => new Promise(() => undefined) } }).chats.list({}, { signal: abortAfter(500) }),
};
const run = runs[scenario];
if (!run) throw new Error(`unknown scenario ${scenario}`);

// Collections while the call hangs: each one may drop what only a weak link kept.
const collector = setInterval(() => globalThis.gc(), 50);
// Ten times the bound the scenario states, and then some: only a bound that did not hold reaches it.
const watchdog = new Promise((resolve) => setTimeout(() => resolve({ outcome: 'pending' }), 25_000));
const outcome = await Promise.race([
  run().then(() => ({ outcome: 'resolved' }), (e) => ({ outcome: 'rejected', name: e?.name, feishuError: e instanceof FeishuError, message: String(e?.message) })),
  watchdog,
]);
clearInterval(collector);
console.log(JSON.stringify({ scenario, transport: transport ?? 'default', ...outcome }));
for (const s of sockets) s.destroy();
server.close();
process.exit(0);
