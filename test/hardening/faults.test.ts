// Fault injection: a loopback server that misbehaves on purpose. Every call must end in a typed
// FeishuError, or a success after bounded retries, well within what the configuration allows, with
// no unhandled rejection. (That no socket or timer is left behind is checked in a child process.)
import { spawnSync } from 'node:child_process';
import type http from 'node:http';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  createFeishuClient, FeishuApiError, FeishuError, FeishuNetworkError, FeishuTimeoutError, FeishuUnexpectedResponseError,
} from '../../src/index.js';
import { page, scriptedServer, sendJson } from '../helpers/loopback.js';
import { repoRoot } from '../helpers/contract.js';
import { recordEvidence } from '../helpers/secrets.js';

const retry = { retries: 2, baseDelayMs: 5, maxDelayMs: 300 };
const timeoutMs = 400;
/** The size-cap cases read 8 MiB before the cap stops them: on a busy machine that can take longer than 400 ms, and a timeout would be retried — they test the cap, not the timeout. */
const sizeCapTimeoutMs = 10_000;
/** The longest any call may take under this configuration: every attempt times out and every wait is capped. */
const budgetFor = (attemptMs: number) => (retry.retries + 1) * attemptMs + retry.retries * retry.maxDelayMs + 1500;

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});
export let faultsInjected = 0;

type Fault = (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void;
const html = (status: number) => (_: unknown, res: http.ServerResponse) => { res.writeHead(status, { 'content-type': 'text/html' }); res.end(`<html>${status}</html>`); };
const envelope = (status: number, code: number) => (_: unknown, res: http.ServerResponse) => sendJson(res, status, { code, msg: `fault ${code}`, error: { log_id: 'FAULTLOG' } });
const ok = (res: http.ServerResponse) => sendJson(res, 200, page([{ chat_id: 'oc_1' }], false));

const cases: [name: string, fault: Fault, expected: (new (...a: never[]) => FeishuError) | 'success', hits: number][] = [
  ['connection reset mid-body', (req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.write('{"code":0,"msg":"su'); setTimeout(() => req.socket.destroy(), 5); }, FeishuNetworkError, 3],
  ['truncated JSON', (_, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"code":0,"msg":"success","data":{"items":[{"chat_'); }, FeishuUnexpectedResponseError, 1],
  ['a body that never ends', (_, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.write('{"code":0,'); }, FeishuTimeoutError, 3],
  ['headers that never come', () => undefined, FeishuTimeoutError, 3],
  ['a 10 MB body with content-length', (_, res) => { const body = Buffer.alloc(10 * 1024 * 1024, 0x20); res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }); res.end(body); }, FeishuUnexpectedResponseError, 1],
  ['a 10 MB chunked body', (_, res) => { res.writeHead(200, { 'content-type': 'application/json' }); for (let i = 0; i < 10; i++) res.write(Buffer.alloc(1024 * 1024, 0x20)); res.end(); }, FeishuUnexpectedResponseError, 1],
  ['HTML with HTTP 200', html(200), FeishuUnexpectedResponseError, 1],
  ['a valid page sent as text/plain', (_, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end(JSON.stringify(page([{ chat_id: 'oc_1' }], false))); }, 'success', 1],
  ['JSON that is not the envelope', (_, res) => sendJson(res, 200, ['not', 'an', 'envelope']), FeishuUnexpectedResponseError, 1],
  ['429 without headers or body, then a page', (_, res, hit) => (hit === 1 ? (res.writeHead(429), res.end()) : ok(res)), 'success', 2],
  ['429 with the envelope but no headers, every time', envelope(429, 99991400), FeishuApiError, 3],
  ['429 with Retry-After as an HTTP date, then a page', (_, res, hit) => (hit === 1 ? sendJson(res, 429, { code: 99991400, msg: 'limit' }, { 'retry-after': new Date(Date.now() + 1000).toUTCString() }) : ok(res)), 'success', 2],
  ['429 asking to wait an hour (capped), then a page', (_, res, hit) => (hit === 1 ? sendJson(res, 429, { code: 99991400, msg: 'limit' }, { 'x-ogw-ratelimit-reset': '3600' }) : ok(res)), 'success', 2],
  ['a redirect to another host', (_, res) => { res.writeHead(302, { location: 'http://127.0.0.2:9/steal' }); res.end(); }, FeishuUnexpectedResponseError, 1],
  ['a redirect with a JSON body', (_, res) => { res.writeHead(301, { location: '/elsewhere', 'content-type': 'application/json' }); res.end('{"moved":true}'); }, FeishuUnexpectedResponseError, 1],
  ['401 with the envelope', envelope(401, 99991668), FeishuApiError, 1],
  ['401 without it', html(401), FeishuUnexpectedResponseError, 1],
  ['403 with the envelope', envelope(403, 99991672), FeishuApiError, 1],
  ['403 without it', html(403), FeishuUnexpectedResponseError, 1],
  ['404 with the envelope', envelope(404, 404), FeishuApiError, 1],
  ['404 without it', html(404), FeishuUnexpectedResponseError, 1],
  ['500 with the envelope', envelope(500, 1), FeishuApiError, 3],
  ['500 without it', html(500), FeishuUnexpectedResponseError, 3],
  ['503 with the envelope', envelope(503, 1), FeishuApiError, 3],
  ['503 without it', html(503), FeishuUnexpectedResponseError, 3],
  ['503 once, then a page', (_, res, hit) => (hit === 1 ? html(503)(_, res) : ok(res)), 'success', 2],
];

describe('client under injected faults', () => {
  it.each(cases)('%s', async (name, fault, expected, hits) => {
    const s = await scriptedServer(fault);
    closers.push(s.close);
    const attemptMs = name.startsWith('a 10 MB') ? sizeCapTimeoutMs : timeoutMs;
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-fault-injection-token-secret' }, retry, timeoutMs: attemptMs });
    const started = performance.now();
    const outcome = await client.chats.list().then((v) => ({ ok: true as const, v }), (e: unknown) => ({ ok: false as const, e }));
    const elapsed = performance.now() - started;
    faultsInjected += s.hits;
    if (expected === 'success') {
      expect(outcome.ok, outcome.ok ? '' : String((outcome as { e: unknown }).e)).toBe(true);
    } else {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        const e = outcome.e as Error;
        recordEvidence('error', `${e.message}\n${e.stack}\n${inspect(e, { depth: 6, showHidden: true })}\n${JSON.stringify(e)}`);
        expect(outcome.e).toBeInstanceOf(expected);
        expect(String((outcome.e as Error).message)).not.toContain('t-fault-injection-token-secret');
      }
    }
    expect(s.hits).toBe(hits);
    // Not a benchmark: an upper bound derived from the configuration, so that a hang fails.
    expect(elapsed).toBeLessThan(budgetFor(attemptMs));
    // A redirect is never followed: nothing else was asked for, with or without the token.
    for (const r of s.requests) expect(r.url.startsWith('/open-apis/')).toBe(true);
  }, 180_000);

  it('leaves no socket or timer behind: a process that met every kind of fault exits on its own', () => {
    const script = path.join(repoRoot, 'test/hardening/fault-exit.mjs');
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 90_000 });
    expect(r.signal, 'the process had to be killed: something kept it alive').toBeNull();
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toMatch(/^ended: \d+ faults, \d+ typed errors, \d+ successes$/);
    expect(r.status).toBe(0);
  }, 180_000);
});
