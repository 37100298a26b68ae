// Run by gc-bounds.test.ts in one child `node --expose-gc` process, against the built package:
// every scenario at once, each against its own hanging server, while gc() runs every 50 ms. Prints
// one JSON line per scenario: the error the call ended with, or `pending` when it outlived the
// watchdog (a bound that did not hold). Node's fetch loses the link between a Request and its
// signal after a collection (nodejs/undici#4068), so a bound that relies on fetch's signal alone
// fails here.
import http from 'node:http';
import { createFeishuClient as create, FeishuError } from '../../dist/index.js';

// The transport under test (set per vitest project, see test/setup/transport.ts); unset: the default.
const transport = process.env.FEISHU_TEST_TRANSPORT;
const createFeishuClient = (options) => create(transport ? { transport, ...options } : options);

if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
const hang = () => undefined;
const tokenOk = (res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify({ code: 0, msg: 'ok', tenant_access_token: 't-gc-test-token-0123456789', expire: 7200 })); };
const drip = (res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  const timer = setInterval(() => res.write(' '), 1000);
  res.on('close', () => clearInterval(timer));
};
const servers = [];
/** A server whose token endpoint and chat endpoints behave as told. */
async function serve(token, chats) {
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    req.resume();
    (req.url.includes('tenant_access_token') ? token : chats)(res);
  });
  server.on('connection', (s) => sockets.add(s));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  servers.push({ server, sockets });
  return `http://127.0.0.1:${server.address().port}`;
}
const auth = { appId: 'cli_gc', appSecret: 'gc-app-secret-value' };
const never = { getAccessToken: () => new Promise(() => undefined) };
const abortAfter = (ms) => { const c = new AbortController(); setTimeout(() => c.abort(), ms); return c.signal; };

const scenarios = {
  // Per-attempt timeout, no retries: the answer's headers never come.
  'headers-hang': async () => createFeishuClient({ baseUrl: await serve(tokenOk, hang), auth, timeoutMs: 2000, retry: false }).chats.list(),
  // The caller aborts at 0.5 s; timeoutMs stays at its default (30 s).
  'abort-headers-hang': async () => createFeishuClient({ baseUrl: await serve(tokenOk, hang), auth, retry: false }).chats.list({}, { signal: abortAfter(500) }),
  // The body drips one byte a second: the timeout covers the body.
  'body-drips': async () => createFeishuClient({ baseUrl: await serve(tokenOk, drip), auth, timeoutMs: 2000, retry: false }).chats.list(),
  'abort-body-drips': async () => createFeishuClient({ baseUrl: await serve(tokenOk, drip), auth, retry: false }).chats.list({}, { signal: abortAfter(500) }),
  // The token endpoint never answers.
  'token-hangs': async () => createFeishuClient({ baseUrl: await serve(hang, tokenOk), auth, timeoutMs: 2000, retry: false }).chats.list(),
  'abort-token-hangs': async () => createFeishuClient({ baseUrl: await serve(hang, tokenOk), auth, retry: false }).chats.list({}, { signal: abortAfter(500) }),
  // A token source that never resolves.
  'source-hangs': async () => createFeishuClient({ baseUrl: await serve(hang, hang), auth: never, timeoutMs: 2000 }).chats.list(),
  'abort-source-hangs': async () => createFeishuClient({ baseUrl: await serve(hang, hang), auth: never }).chats.list({}, { signal: abortAfter(500) }),
};

// Collections while the calls hang: each one may drop what only a weak link kept.
const collector = setInterval(() => globalThis.gc(), 50);
// Ten times the longest bound a scenario states, and then some: only a bound that did not hold reaches it.
let watchdog;
const timedOut = new Promise((resolve) => (watchdog = setTimeout(() => resolve({ outcome: 'pending' }), 25_000)));
const reports = await Promise.all(
  Object.entries(scenarios).map(async ([scenario, run]) => {
    const outcome = await Promise.race([
      run().then(() => ({ outcome: 'resolved' }), (e) => ({ outcome: 'rejected', name: e?.name, feishuError: e instanceof FeishuError, message: String(e?.message) })),
      timedOut,
    ]);
    return { scenario, transport: transport ?? 'default', ...outcome };
  }),
);
clearInterval(collector);
clearTimeout(watchdog);
for (const report of reports) console.log(JSON.stringify(report));
for (const { server, sockets } of servers) {
  for (const s of sockets) s.destroy();
  server.close();
}
process.exit(0);
