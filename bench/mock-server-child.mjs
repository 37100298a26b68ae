// A server for mock-throughput.js and listing.js, in its own process: `mock` (the built mock, rate
// limit raised, prints its URL and the Authorization to send), `listing` (the same with listing.js's
// 10,000-chat tenant) or `minimal` (a bare node:http server answering
// every request with the bytes given in $MINIMAL_ANSWER: status, headers, body).
import http from 'node:http';
import { createMockFeishu, demoApp } from '../dist/mock/index.js';

const kind = process.argv[2];
// SIGUSR2 marks the start of the measured window; when stopped, the process prints the CPU time
// it spent since (µs) and exits cleanly (so that a --cpu-prof run writes its profile too).
let cpuStart = process.cpuUsage();
process.on('SIGUSR2', () => (cpuStart = process.cpuUsage()));
const exit = () => {
  const { user, system } = process.cpuUsage(cpuStart);
  console.log(JSON.stringify({ cpuMicros: user + system }));
  process.exit(0);
};
process.on('SIGTERM', exit);
process.on('SIGINT', exit);
if (kind === 'mock' || kind === 'listing') {
  // 'listing': the 10,000-chat tenant of bench/listing.js, served for the listing candidates.
  const dataset = kind === 'listing' ? (await import('./listing.js')).listingDataset() : undefined;
  const mock = createMockFeishu({ rateLimitPerSecond: 1_000_000_000, ...(dataset ? { dataset } : {}) });
  const server = await mock.listen(0);
  const res = await mock.fetch(`${server.url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }) });
  const { tenant_access_token: token } = await res.json();
  console.log(JSON.stringify({ url: server.url, authorization: `Bearer ${token}` }));
} else if (kind === 'minimal') {
  const { status, headers, body } = JSON.parse(process.env.MINIMAL_ANSWER);
  const bytes = Buffer.from(body, 'utf8');
  const server = http.createServer((req, res) => {
    res.writeHead(status, headers);
    res.end(bytes);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}`, authorization: 'Bearer t-any' }));
} else {
  throw new Error(`unknown server kind ${kind}`);
}
