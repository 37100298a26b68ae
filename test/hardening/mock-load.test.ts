// The mock under load and under malformed requests. The load runs in a child process
// (mock-load.mjs, with --expose-gc) so that its heap can be measured on its own.
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockFeishu, demoApp } from '../../src/mock/index.js';
import { validate } from '../../src/validators/index.js';
import { repoRoot } from '../helpers/contract.js';

describe('mock Feishu under load', () => {
  it('serves 20,000 requests from 50 connections across list, search and token: no 5xx, no drop, only documented 429s, flat memory', () => {
    const r = spawnSync(process.execPath, ['--expose-gc', path.join(repoRoot, 'test/hardening/mock-load.mjs')], { encoding: 'utf8', timeout: 240_000 });
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout);
    console.log(`mock load: ${JSON.stringify(result)}`);
    expect(result.total).toBe(20_000);
    expect(result.byKind.token).toBeGreaterThan(0);
    expect(result.byKind.search).toBeGreaterThan(0);
    expect(result.dropped).toBe(0);
    expect(result.undocumented).toBe(0);
    expect(Object.keys(result.byStatus).every((s) => s === '200' || s === '429')).toBe(true);
    expect(result.rateLimitedWellFormed).toBe(result.rateLimited);
    expect(result.byStatus['200']).toBeGreaterThan(5_000);
    // Flat: what 20,000 more requests leave behind after a GC, on top of a warmed-up mock.
    expect(result.heapAfterMB - result.heapBeforeMB).toBeLessThan(5);
  }, 300_000);
});

describe('mock Feishu on malformed requests', () => {
  const mock = createMockFeishu();
  let server: Awaited<ReturnType<typeof mock.listen>>;
  let token = '';
  beforeAll(async () => {
    server = await mock.listen(0);
    const res = await fetch(`${server.url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }) });
    token = ((await res.json()) as { tenant_access_token: string }).tenant_access_token;
  });
  afterAll(() => server.close());

  /** Sends raw bytes, so that requests fetch would refuse to build can be sent. */
  function raw(text: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const { port } = new URL(server.url);
      const socket = net.connect(Number(port), '127.0.0.1', () => socket.end(text));
      const chunks: Buffer[] = [];
      socket.on('data', (c) => chunks.push(c));
      socket.on('error', reject);
      socket.on('close', () => {
        const response = Buffer.concat(chunks).toString('utf8');
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);
        const body = response.slice(response.indexOf('\r\n\r\n') + 4);
        resolve({ status, body });
      });
    });
  }
  const get = (target: string, extra = '') => raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nConnection: close\r\n${extra}\r\n`);
  /** The body must be the error envelope with a non-zero code. */
  const envelope = (body: string) => {
    const parsed = JSON.parse(body.replace(/^[0-9a-f]+\r\n|\r\n0\r\n\r\n$/g, ''));
    expect(validate('errorResponse', parsed)).toEqual({ valid: true });
    return parsed as { code: number; msg: string };
  };

  it('bad percent-encoding → 400 with 232001', async () => {
    const r = await get('/open-apis/im/v1/chats?page_size=%E0%A4%A&sort_type=%ZZ');
    expect(r.status).toBe(400);
    expect(envelope(r.body).code).toBe(232001);
  });

  it('a 100 KB query string → 400 with 232001 naming the query', async () => {
    const r = await get(`/open-apis/im/v1/chats?x=${'a'.repeat(100 * 1024)}`);
    expect(r.status).toBe(400);
    const body = envelope(r.body);
    expect(body.code).toBe(232001);
  });

  it('request line and headers above 128 KB → 431 with the envelope', async () => {
    const r = await get(`/open-apis/im/v1/chats?x=${'a'.repeat(200 * 1024)}`);
    expect(r.status).toBe(431);
    expect(envelope(r.body).code).toBe(232001);
  });

  it('an invalid JSON body on the token endpoint → 400 with a non-zero code', async () => {
    const body = '{"app_id": "cli_demo", "app_secret": ';
    const r = await raw(`POST /open-apis/auth/v3/tenant_access_token/internal HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
    expect(r.status).toBe(400);
    expect(envelope(r.body).code).not.toBe(0);
  });

  it.each([
    ['an unknown method', 'BREW /open-apis/im/v1/chats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
    ['a method the path does not take', 'DELETE /open-apis/im/v1/chats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 404],
    ['a header line without a colon', 'GET /open-apis/im/v1/chats HTTP/1.1\r\nHost: x\r\nnot a header\r\nConnection: close\r\n\r\n', 400],
    ['garbage instead of HTTP', '\u0000\u0001 hello\r\n\r\n', 400],
    ['an unknown path', 'GET /open-apis/im/v1/nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 404],
  ])('%s → %i with an error envelope', async (_name, request, status) => {
    const r = await raw(request);
    expect(r.status).toBe(status);
    expect(envelope(r.body).code).not.toBe(0);
  });

  it('answers the same tenant token while it has 30 minutes or more left, as the platform does', async () => {
    const ask = async () => (await (await fetch(`${server.url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }) })).json()) as { tenant_access_token: string; expire: number };
    const a = await ask();
    const b = await ask();
    expect(b.tenant_access_token).toBe(a.tenant_access_token);
    expect(b.expire).toBeLessThanOrEqual(7200);
    let clock = Date.now();
    const timed = createMockFeishu({ now: () => clock });
    const first = await (await timed.fetch(new Request('http://m/open-apis/auth/v3/tenant_access_token/internal', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }) }))).json() as { tenant_access_token: string };
    clock += (7200 - 29 * 60) * 1000;
    const second = await (await timed.fetch(new Request('http://m/open-apis/auth/v3/tenant_access_token/internal', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }) }))).json() as { tenant_access_token: string; expire: number };
    expect(second.tenant_access_token).not.toBe(first.tenant_access_token);
    expect(second.expire).toBe(7200);
  });
});
