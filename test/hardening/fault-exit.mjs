// Run by faults.test.ts in a child process, against the built package: meets each kind of fault,
// closes its server, and then must exit by itself — a leaked socket, timer or pending promise
// would keep it alive until the parent kills it.
import http from 'node:http';
import { createFeishuClient as create, FeishuError } from '../../dist/index.js';

// The transport under test (set per vitest project, see test/setup/transport.ts); unset: the default.
const transport = process.env.FEISHU_TEST_TRANSPORT;
const createFeishuClient = (options) => create(transport ? { transport, ...options } : options);

const faults = [
  (req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.write('{"code":0,'); }, // never ends
  () => undefined, // never answers
  (req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.write('{"co'); setTimeout(() => req.socket.destroy(), 5); },
  (req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); for (let i = 0; i < 10; i++) res.write(Buffer.alloc(1024 * 1024, 32)); res.end(); },
  (req, res) => { res.writeHead(429, { 'retry-after': '1' }); res.end(); },
  (req, res) => { res.writeHead(302, { location: 'http://127.0.0.2:9/' }); res.end(); },
  (req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"code":0,"msg":"ok","data":{"items":[],"has_more":false}}'); },
];
let current = 0;
const server = http.createServer((req, res) => { req.resume(); faults[current](req, res); });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}`;
let typed = 0;
let successes = 0;
for (current = 0; current < faults.length; current++) {
  const client = createFeishuClient({ baseUrl: url, auth: { accessToken: 't-x' }, retry: { retries: 1, baseDelayMs: 5, maxDelayMs: 100 }, timeoutMs: 300 });
  try {
    await client.chats.list();
    successes += 1;
  } catch (error) {
    if (!(error instanceof FeishuError)) throw error;
    typed += 1;
  }
}
server.closeAllConnections();
server.close();
console.log(`ended: ${faults.length} faults, ${typed} typed errors, ${successes} successes`);
// No process.exit(): the test checks that nothing keeps the event loop alive.
