// Issue 12.8: the mock's rate limits follow the spec (per operation, per app and tenant, per
// second and per minute), are keyed by the parsed token's caller rather than the header's text,
// and hold in bounded memory against a flood of distinct headers. All against the loopback server.
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorCodes, rateLimitOf } from '../../src/contract-facts.js';
import { createMockFeishu, demoApp, demoUserToken, type MockFeishuOptions } from '../../src/mock/index.js';
import { MAX_AUTHORIZATION_CHARS } from '../../src/mock/auth.js';
import { validate } from '../../src/validators/index.js';
import { repoRoot } from '../helpers/contract.js';

const LIST = '/open-apis/im/v1/chats?page_size=1';
const SEARCH = '/open-apis/im/v1/chats/search?query=design&page_size=1';
const TOKEN = '/open-apis/auth/v3/tenant_access_token/internal';
const listLimit = rateLimitOf('listChats') as { perSecond: number; perMinute: number };
const searchLimit = rateLimitOf('searchChats') as { perSecond: number; perMinute: number };

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: { code: number; msg: string; error?: unknown } };

/** A mock on loopback, and raw node:http requests to it (so that any header spelling is sent as is). */
async function served(options: MockFeishuOptions = {}) {
  const mock = createMockFeishu(options);
  const server = await mock.listen(0);
  closers.push(server.close);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  closers.push(async () => agent.destroy());
  const { port } = new URL(server.url);
  const send = (method: string, target: string, headers: Record<string, string> = {}, body?: string) =>
    new Promise<Answer>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path: target, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      });
      req.on('error', reject);
      req.end(body);
    });
  const token = (await send('POST', TOKEN, { 'content-type': 'application/json' }, JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }))).body as unknown as { tenant_access_token: string };
  return { mock, send, token: token.tenant_access_token };
}

const statuses = (answers: Answer[]) => answers.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {});

describe('mock rate limits (issue 12.8)', () => {
  it('200 spellings of one token share one window: exactly the documented per-second limit passes', async () => {
    const { send, token } = await served({ now: () => 7_000_250 });
    const spellings = Array.from({ length: 200 }, (_, i) => {
      const scheme = ['Bearer', 'bearer', 'BEARER', 'bEaReR'][i % 4];
      // Distinct whitespace between scheme and token: i spaces and tabs in a pattern of its own.
      const gap = Array.from({ length: 1 + (i >> 2) }, (_, k) => ((i >> k) & 1 ? '\t' : ' ')).join('');
      return `${scheme}${gap}${token}`;
    });
    expect(new Set(spellings).size).toBe(200);
    const answers = await Promise.all(spellings.map((authorization) => send('GET', LIST, { authorization })));
    expect(statuses(answers)).toEqual({ 200: listLimit.perSecond, 429: 200 - listLimit.perSecond });
    for (const a of answers.filter((x) => x.status === 429)) {
      expect(a.body.code).toBe(errorCodes.rateLimited.code);
      expect(a.headers['x-ogw-ratelimit-limit']).toBe(String(listLimit.perSecond));
      expect(validate('errorResponse', a.body)).toEqual({ valid: true });
    }
  });

  it('every token of the app and tenant counts together (the spec: per app, per tenant, per API)', async () => {
    const { send, token } = await served({ now: () => 7_000_250 });
    const answers = await Promise.all(Array.from({ length: 80 }, (_, i) => send('GET', LIST, { authorization: `Bearer ${i % 2 ? token : demoUserToken}` })));
    expect(statuses(answers)).toEqual({ 200: listLimit.perSecond, 429: 80 - listLimit.perSecond });
  });

  it('limits per operation: listChats over its limit leaves searchChats its own window; the token endpoint (no x-rate-limit) is never limited', async () => {
    const { send, token } = await served({ now: () => 7_000_250 });
    const authorization = `Bearer ${token}`;
    const lists = await Promise.all(Array.from({ length: listLimit.perSecond + 10 }, () => send('GET', LIST, { authorization })));
    expect(statuses(lists)).toEqual({ 200: listLimit.perSecond, 429: 10 });
    const searches = await Promise.all(Array.from({ length: searchLimit.perSecond }, () => send('GET', SEARCH, { authorization })));
    expect(statuses(searches)).toEqual({ 200: searchLimit.perSecond });
    expect((await send('GET', SEARCH, { authorization })).status).toBe(429);
    const body = JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret });
    const tokens = await Promise.all(Array.from({ length: 2 * listLimit.perSecond }, () => send('POST', TOKEN, { 'content-type': 'application/json' }, body)));
    expect(statuses(tokens)).toEqual({ 200: 2 * listLimit.perSecond });
  });

  it('holds the per-minute limit across seconds, and says which limit and how long until it resets', async () => {
    let clock = 60_000 * 1000; // the start of a minute
    const { send, token } = await served({ now: () => clock });
    const authorization = `Bearer ${token}`;
    let passed = 0;
    let refused: Answer | undefined;
    // Stay under the per-second limit, one second at a time, until the minute's budget is spent.
    for (let second = 0; second < 60 && !refused; second++) {
      clock = 60_000 * 1000 + second * 1000;
      const answers = await Promise.all(Array.from({ length: listLimit.perSecond }, () => send('GET', LIST, { authorization })));
      passed += answers.filter((a) => a.status === 200).length;
      refused = answers.find((a) => a.status === 429);
    }
    expect(passed).toBe(listLimit.perMinute);
    expect(refused!.body.code).toBe(errorCodes.rateLimited.code);
    expect(refused!.headers['x-ogw-ratelimit-limit']).toBe(String(listLimit.perMinute));
    const secondsLeft = 60 - (clock - 60_000 * 1000) / 1000;
    expect(refused!.headers['x-ogw-ratelimit-reset']).toBe(String(secondsLeft));
    clock = 61_000 * 1000;
    expect((await send('GET', LIST, { authorization })).status).toBe(200);
  });

  it('refuses an Authorization header above the cap with the token-format error, naming the header and not echoing it', async () => {
    const { send, token } = await served();
    const long = `Bearer${' '.repeat(MAX_AUTHORIZATION_CHARS)}${token}`;
    const r = await send('GET', LIST, { authorization: long });
    expect(r.status).toBe(errorCodes.tokenFormatInvalid.httpStatus);
    expect(r.body.code).toBe(errorCodes.tokenFormatInvalid.code);
    expect(r.body.msg).toContain(`Authorization header longer than ${MAX_AUTHORIZATION_CHARS} characters`);
    expect(JSON.stringify(r.body)).not.toContain(token);
    expect(validate('errorResponse', r.body)).toEqual({ valid: true });
    // Just under the cap still works.
    const padded = `Bearer${' '.repeat(MAX_AUTHORIZATION_CHARS - token.length - 6)}${token}`;
    expect(padded.length).toBe(MAX_AUTHORIZATION_CHARS);
    expect((await send('GET', LIST, { authorization: padded })).status).toBe(200);
  });

  it('a flood of 20,000 distinct headers (half of them 100 KB) leaves the heap flat (child process, forced GC)', () => {
    const r = spawnSync(process.execPath, ['--expose-gc', path.join(repoRoot, 'test/hardening/mock-auth-flood.mjs')], { encoding: 'utf8', timeout: 240_000 });
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout);
    console.log(`mock auth flood: ${JSON.stringify(result)}`);
    expect(result.total).toBe(20_000);
    // Every 100 KB header refused with the token-format error; re-spellings served; unknown tokens refused.
    expect(result.byCode[errorCodes.tokenFormatInvalid.code]).toBe(10_000);
    expect(result.byCode[0]).toBe(5_000);
    expect(result.byCode[errorCodes.tenantTokenInvalid.code]).toBe(5_000);
    // 1 GB of headers went through; what stays after a GC is a few MB at most.
    expect(result.heapAfterMB - result.heapBeforeMB).toBeLessThan(5);
  }, 300_000);
});
