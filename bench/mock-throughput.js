// The mock as a product (issue 17): `GET /open-apis/im/v1/chats?page_size=20` over 50 keep-alive
// connections against the mock (rate limit raised), a minimal node:http server sending the same
// bytes, and Prism's mock of the same spec. Each server runs in its own process, the load in
// another (raw sockets); rounds alternate the order; requests/s are medians.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, runNode, startServer, stopServer } from './lib.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
export const TARGET = '/open-apis/im/v1/chats?page_size=20';
const CONNECTIONS = 50;
/**
 * Seconds of load before the measured window. The servers must be in their steady state when it
 * opens: on this shared 2-core machine V8 was still optimizing the mock's request path (routing,
 * validation, paging) 1 s in (15% of its CPU in that window went to the compiler, against 2% for
 * the minimal server's few functions); from 3 s on it optimized 3 more functions and deoptimized
 * none (--trace-opt --trace-deopt over 3–7 s).
 */
const WARMUP_SECONDS = 3;

/** One GET, answered in full: status, headers (as sent), body. */
function getOnce(url, authorization) {
  return new Promise((resolve, reject) => {
    http.get(`${url}${TARGET}`, { headers: { authorization } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    }).on('error', reject);
  });
}

/** Prism (`@stoplight/prism-cli`, a devDependency) mocking generated/openapi.json, once it answers. */
async function startPrism() {
  const require = createRequire(import.meta.url);
  const cli = path.join(path.dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist/index.js');
  const port = await new Promise((r) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => r(p)); }); });
  const child = spawn(process.execPath, [cli, 'mock', path.join(root, 'generated/openapi.json'), '-h', '127.0.0.1', '-p', String(port)], { stdio: 'ignore', cwd: root });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await getOnce(url, 'Bearer t-any')).status) return { child, url, authorization: 'Bearer t-any' };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error('Prism did not start within 60 s');
}

async function load(server, seconds) {
  const { port } = new URL(server.url);
  // The load warms up for WARMUP_SECONDS before its measured window: the server's CPU is counted from then.
  // (Only our server children handle SIGUSR2: to any other process it is fatal.)
  // A server that cannot report (Prism) is measured from outside: its process's CPU ticks in
  // /proc (Linux) over the same window.
  let procStart;
  const mark = setTimeout(() => (server.reportsCpu ? server.child.kill('SIGUSR2') : (procStart = procCpuMicros(server.child.pid))), WARMUP_SECONDS * 1000);
  const { out } = await runNode([path.join(here, 'http-load.mjs'), port, TARGET, String(CONNECTIONS), String(seconds), server.authorization, String(WARMUP_SECONDS)]);
  clearTimeout(mark);
  const procEnd = server.reportsCpu ? undefined : procCpuMicros(server.child.pid);
  return { ...JSON.parse(out), ...(procStart !== undefined && procEnd !== undefined ? { procCpuMicros: procEnd - procStart } : {}) };
}

/** A process's CPU time (user + system, µs) from /proc/<pid>/stat; undefined where there is no /proc. */
function procCpuMicros(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    return (ticks * 1e6) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
/** USER_HZ: 100 on every Linux Node supports. */
const CLOCK_TICKS = 100;

/** Requests/s of each server (medians over `rounds`), and the statuses each answered. */
export async function mockThroughputBench({ rounds = 3, seconds = 4, prism = true } = {}) {
  // The minimal server sends exactly what the mock sends for this request (headers and body).
  const probe = await startServer([path.join(here, 'mock-server-child.mjs'), 'mock']);
  const sample = await getOnce(probe.url, probe.authorization);
  await stopServer(probe.child);
  const { date, connection, 'keep-alive': keepAlive, ...headers } = sample.headers;
  void date; void connection; void keepAlive;
  const minimalAnswer = JSON.stringify({ status: sample.status, headers, body: sample.body });

  const starters = {
    'mock (ours)': () => startServer([path.join(here, 'mock-server-child.mjs'), 'mock']),
    'minimal node:http, same bytes': () => startServer([path.join(here, 'mock-server-child.mjs'), 'minimal'], { MINIMAL_ANSWER: minimalAnswer }),
    ...(prism ? { 'Prism mock of the same spec': startPrism } : {}),
  };
  const samples = Object.fromEntries(Object.keys(starters).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(starters).map((k) => [k, []]));
  const died = {};
  const statuses = {};
  for (let r = 0; r < rounds; r++) {
    const names = Object.keys(starters);
    if (r % 2) names.reverse();
    for (const name of names) {
      const server = await starters[name]();
      let result;
      try {
        result = await load(server, seconds);
        samples[name].push(result.rps);
        statuses[name] = result.statuses;
      } finally {
        const report = await stopServer(server.child);
        if (result && report.cpuMicros) cpu[name].push(report.cpuMicros / result.requests);
        else if (result?.procCpuMicros) cpu[name].push(result.procCpuMicros / result.requests);
        if (report.died) died[name] = true;
      }
    }
  }
  return {
    bytes: Buffer.byteLength(sample.body),
    servers: Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, {
      rps: median(s),
      // CPU time per answered request: less sensitive than requests/s to other load on the machine.
      cpuMicrosPerRequest: cpu[name].length ? median(cpu[name]) : undefined,
      statuses: statuses[name],
      ...(died[name] ? { diedUnderLoad: true } : {}),
    }])),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await mockThroughputBench({ rounds: Number(process.env.BENCH_ROUNDS ?? 3), seconds: Number(process.env.BENCH_SECONDS ?? 4), prism: process.env.PRISM !== '0' });
  console.log(JSON.stringify(result, null, 2));
}
