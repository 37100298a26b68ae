// Receiving events (issue 23): verify + decrypt + validate of a typical encrypted im.message.receive_v1,
// ours (verifyEvent) beside the official SDK's EventDispatcher on the same signed, encrypted requests,
// in requests per CPU-second — in process, and the whole path behind node:http (each receiver in its
// own process, its CPU measured there). And the mock as an event source: deliveries per second.
// Run alone: `npm run build && node bench/events.js [--quick]`.
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as lark from '@larksuiteoapi/node-sdk';
import { encryptEvent, signEvent, verifyEvent } from '../dist/events/index.js';
import { createMockFeishu } from '../dist/mock/index.js';
import { fmt, median, table } from './lib.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ENCRYPT_KEY = 'bench-encrypt-key';
const VERIFICATION_TOKEN = 'bench-verification-token';

/** A typical im.message.receive_v1 (the official doc's example: a group text with one mention). */
function envelope(i) {
  const id = i.toString(16).padStart(8, '0');
  return {
    schema: '2.0',
    header: { event_id: `5e3702a84e847582be8db7fb7328${id}`, event_type: 'im.message.receive_v1', create_time: String(Date.now()), token: VERIFICATION_TOKEN, app_id: 'cli_9f5343c580712544', tenant_key: '2ca1d211f64f6438' },
    event: {
      sender: { sender_id: { union_id: 'on_8ed6aa67826108097d9ee143816345', user_id: 'e33ggbyz', open_id: 'ou_84aad35d084aa403a838cf73ee18467' }, sender_type: 'user', tenant_key: '736588c9260f175e' },
      message: {
        message_id: `om_5ce6d572455d361153b7cb51${id}`, create_time: '1609073151345', update_time: '1609073151345', chat_id: 'oc_5ce6d572455d361153b7xx51da133945', chat_type: 'group', message_type: 'text',
        content: JSON.stringify({ text: '@_user_1 please summarise the thread above and post it to the weekly sync' }),
        mentions: [{ key: '@_user_1', id: { union_id: 'on_8ed6aa67826108097d9ee143816345', user_id: 'e33ggbyz', open_id: 'ou_84aad35d084aa403a838cf73ee18467' }, name: 'Tom', tenant_key: '736588c9260f175e' }],
      },
    },
  };
}

/** `n` distinct platform requests: encrypted, signed, timestamped now. */
async function buildRequests(n, offset = 0) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const body = JSON.stringify({ encrypt: await encryptEvent(JSON.stringify(envelope(i + offset)), ENCRYPT_KEY) });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = `n${i}`;
    const signature = await signEvent({ timestamp, nonce, encryptKey: ENCRYPT_KEY, body });
    out.push({ body, headers: { 'content-type': 'application/json; charset=utf-8', 'x-lark-request-timestamp': timestamp, 'x-lark-request-nonce': nonce, 'x-lark-signature': signature } });
  }
  return out;
}

/** Requests per CPU-second of `run(request)` over the requests (sequential, awaited). */
async function perCpuSecond(requests, run, loops) {
  for (let i = 0; i < 300; i++) await run(requests[i % requests.length]);
  const start = process.cpuUsage();
  let n = 0;
  for (let l = 0; l < loops; l++) for (const request of requests) {
    await run(request);
    n += 1;
  }
  const { user, system } = process.cpuUsage(start);
  return n / ((user + system) / 1e6);
}

function startChild(kind) {
  const child = spawn(process.execPath, [path.join(here, 'events-server-child.mjs'), kind, ENCRYPT_KEY, VERIFICATION_TOKEN], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const ready = new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve(JSON.parse(line));
    });
    child.once('exit', (code) => reject(new Error(`${kind} receiver exited ${code}`)));
  });
  const stop = () => new Promise((resolve) => {
    let rest = '';
    child.stdout.removeAllListeners('data');
    child.stdout.on('data', (d) => (rest += d));
    child.removeAllListeners('exit');
    child.once('exit', () => resolve(JSON.parse(rest.trim().split('\n').pop())));
    child.kill('SIGTERM');
  });
  return { child, ready, stop };
}

/** POSTs every request to `url` with `concurrency` keep-alive connections; wall ms and statuses. */
async function load(url, requests, concurrency) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const statuses = {};
  let next = 0;
  const one = (request) => new Promise((resolve, reject) => {
    const req = http.request({ agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) } }, (res) => {
      res.resume();
      res.on('end', () => {
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
        resolve();
      });
    });
    req.on('error', reject);
    req.end(request.body);
  });
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < requests.length) await one(requests[next++]);
  }));
  const wallMs = performance.now() - start;
  agent.destroy();
  return { wallMs, statuses };
}

async function httpRound(kind, requests, warm) {
  const server = startChild(kind);
  const { url } = await server.ready;
  await load(url, warm, 8); // warm-up, with events of their own (the measured ones are not duplicates)
  server.child.kill('SIGUSR2');
  await new Promise((r) => setTimeout(r, 50));
  const { wallMs, statuses } = await load(url, requests, 16);
  const { cpuMicros, calls } = await server.stop();
  return { rps: (requests.length * 1000) / wallMs, perCpuSecond: requests.length / (cpuMicros / 1e6), cpuMicrosPerRequest: cpuMicros / requests.length, statuses, calls };
}

/** The mock delivering im.chat.disbanded_v1 to a minimal receiver (in another process, answering 200). */
async function mockDeliveryRate(count) {
  const receiver = spawn(process.execPath, ['-e', "const h=require('node:http');const s=h.createServer((q,r)=>{q.resume();q.on('end',()=>{r.writeHead(200,{'content-type':'application/json'});r.end('{\"msg\":\"success\"}')})});s.listen(0,'127.0.0.1',()=>console.log(s.address().port))"], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve) => receiver.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
  try {
    const mock = createMockFeishu({ app: { encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN, eventUrl: `http://127.0.0.1:${port}/` }, retrySchedule: [] });
    for (let i = 0; i < 100; i++) await mock.events.emit('im.chat.disbanded_v1');
    const cpu = process.cpuUsage();
    const start = performance.now();
    let sent = 0;
    await Promise.all(Array.from({ length: 16 }, async () => {
      while (sent < count) {
        sent += 1;
        await mock.events.emit('im.chat.disbanded_v1');
      }
    }));
    const wallMs = performance.now() - start;
    const { user, system } = process.cpuUsage(cpu);
    const delivered = mock.events.deliveries.filter((d) => d.state === 'delivered').length;
    return { perSecond: (count * 1000) / wallMs, cpuMicrosPerDelivery: (user + system) / count, delivered };
  } finally {
    receiver.kill('SIGTERM');
  }
}

export async function eventsBench({ rounds = 5, quick = false } = {}) {
  const requests = await buildRequests(quick ? 2000 : 6000);
  const quiet = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} };
  const dispatcher = new lark.EventDispatcher({ encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN, logger: quiet, loggerLevel: lark.LoggerLevel.error });
  let sdkCalls = 0;
  dispatcher.register({ 'im.message.receive_v1': async () => void (sdkCalls += 1) });
  const options = { encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN };
  const candidates = {
    'verifyEvent (ours): signature, timestamp, decrypt, token, schema': (r) => verifyEvent(r, options),
    'official SDK EventDispatcher.invoke (JSON.parse + its checks + dispatch)': (r) => dispatcher.invoke(Object.assign(Object.create({ headers: r.headers }), JSON.parse(r.body))),
  };
  const inProcess = Object.fromEntries(Object.keys(candidates).map((k) => [k, []]));
  const loops = quick ? 1 : 2;
  for (let round = 0; round < rounds; round++) {
    const names = Object.keys(candidates);
    if (round % 2) names.reverse();
    for (const name of names) inProcess[name].push(await perCpuSecond(requests, candidates[name], loops));
  }
  if (sdkCalls === 0) throw new Error('the SDK dispatched nothing: its verification refused the requests');
  const httpRuns = { ours: [], sdk: [], bare: [] };
  const warm = await buildRequests(300, 1_000_000);
  for (let round = 0; round < Math.max(1, Math.ceil(rounds / 2)); round++) {
    for (const kind of round % 2 ? ['bare', 'sdk', 'ours'] : ['ours', 'sdk', 'bare']) httpRuns[kind].push(await httpRound(kind, await buildRequests(quick ? 2000 : 5000, 2_000_000 + round * 10_000), warm));
  }
  const pick = (runs) => {
    const m = median(runs.map((r) => r.perCpuSecond));
    const run = runs.find((r) => r.perCpuSecond === m) ?? runs[0];
    return { perCpuSecond: m, rps: median(runs.map((r) => r.rps)), cpuMicrosPerRequest: median(runs.map((r) => r.cpuMicrosPerRequest)), statuses: run.statuses, calls: run.calls };
  };
  const mockRuns = [];
  for (let round = 0; round < Math.max(1, Math.ceil(rounds / 2)); round++) mockRuns.push(await mockDeliveryRate(quick ? 1000 : 3000));
  return {
    bytes: requests[0].body.length,
    inProcess: Object.fromEntries(Object.entries(inProcess).map(([k, v]) => [k, median(v)])),
    http: { 'createEventHandler (ours), node adapter': pick(httpRuns.ours), 'official SDK EventDispatcher + adaptDefault': pick(httpRuns.sdk), 'bare node:http: reads the body, answers 200 (no checks; the floor under both)': pick(httpRuns.bare) },
    mock: { perSecond: median(mockRuns.map((m) => m.perSecond)), cpuMicrosPerDelivery: median(mockRuns.map((m) => m.cpuMicrosPerDelivery)), delivered: mockRuns.every((m) => m.delivered > 0) },
  };
}

/** The BENCHMARKS.md section and targets of these results. */
export function eventsSection(result, yes) {
  const [oursIn, sdkIn] = Object.values(result.inProcess);
  const [oursHttp, sdkHttp] = Object.values(result.http);
  const sections = [
    `### Receiving an encrypted \`im.message.receive_v1\` (${fmt(result.bytes / 1024)} KB body), in process\n\n${table(['receiver', 'requests per CPU-second (median)', 'ours ÷ it'], Object.entries(result.inProcess).map(([k, v]) => [k, fmt(v), `${(oursIn / v).toFixed(2)}x`]))}`,
    `### The same requests behind node:http (receiver in its own process, 16 keep-alive connections)\n\n${table(['receiver', 'requests per server CPU-second', 'server CPU µs per request', 'requests/s', 'statuses', 'handler calls'], Object.entries(result.http).map(([k, v]) => [k, fmt(v.perCpuSecond), fmt(v.cpuMicrosPerRequest), fmt(v.rps), Object.entries(v.statuses).map(([s, n]) => `${s}: ${n}`).join(', '), String(v.calls)]))}`,
    `### The mock as an event source\n\n${table(['what', 'deliveries/s (median)', 'mock CPU µs per delivery'], [['emit im.chat.disbanded_v1: build, validate, encrypt, sign, POST, record (16 in flight)', fmt(result.mock.perSecond), fmt(result.mock.cpuMicrosPerDelivery)]])}`,
  ];
  const targets = [
    ['events, in process: verifyEvent (with timestamp, token and schema checks) per CPU-second ÷ the official SDK (reported)', `${(oursIn / sdkIn).toFixed(2)}x`, '—'],
    ['events, behind node:http: createEventHandler per CPU-second ÷ the official SDK (reported)', `${(oursHttp.perCpuSecond / sdkHttp.perCpuSecond).toFixed(2)}x`, '—'],
  ];
  if (yes) targets.push(['mock event source delivers (every measured delivery answered 2xx)', `${fmt(result.mock.perSecond)}/s`, yes(result.mock.delivered)]);
  return { sections, targets };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const quick = process.argv.includes('--quick');
  const result = await eventsBench({ rounds: quick ? 2 : 5, quick });
  const { sections, targets } = eventsSection(result);
  console.log(`${sections.join('\n\n')}\n\n${table(['target', 'measured', 'verdict'], targets)}`);
}
