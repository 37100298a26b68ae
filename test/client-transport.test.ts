// Issue 17: the two transports. Which one this vitest project runs (asserted, so that the suite
// really runs twice), how the client picks one, and the guarantees both must keep — decoded-size
// cap with compression bombs, codings decoded, an unknown coding refused, keep-alive reuse.
import type http from 'node:http';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFeishuClient, FeishuError, FeishuUnexpectedResponseError } from '../src/index.js';
import { page, sendJson, serversClosedAfterEach } from './helpers/loopback.js';

const server = serversClosedAfterEach();
const auth = { accessToken: 't-transport-test-token-0123456789' };
const project = process.env.FEISHU_TEST_TRANSPORT ?? 'node';
const transports = ['node', 'fetch'] as const;

afterEach(() => {
  vi.restoreAllMocks();
});

describe(`this project's transport (${project})`, () => {
  it('carries a client that names none: fetch is called only by the fetch transport, and the wire shows which sent it', async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const s = await server((req, res) => (seen.push(req.headers), sendJson(res, 200, page([{ chat_id: 'oc_1' }], false))));
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const data = await createFeishuClient({ baseUrl: s.url, auth }).chats.list();
    expect(data.items).toEqual([{ chat_id: 'oc_1' }]);
    expect(fetchSpy).toHaveBeenCalledTimes(project === 'fetch' ? 1 : 0);
    // undici's fetch marks its requests with Sec-Fetch-Mode; node:http sends only what it is given.
    expect(seen[0]!['sec-fetch-mode']).toBe(project === 'fetch' ? 'cors' : undefined);
  });
});

describe('choosing a transport', () => {
  it("the node transport sends no fetch Request, even with a global fetch that throws", async () => {
    const s = await server((_, res) => sendJson(res, 200, page([], false)));
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('fetch must not be used'));
    await createFeishuClient({ baseUrl: s.url, auth, transport: 'node' }).chats.list();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(s.hits).toBe(1);
  });

  it('options.fetch carries the requests when given', async () => {
    const s = await server((_, res) => sendJson(res, 200, page([], false)));
    const calls: string[] = [];
    await createFeishuClient({ baseUrl: s.url, auth, fetch: (request) => (calls.push(request.url), fetch(request)) }).chats.list();
    expect(calls).toHaveLength(1);
  });

  it('refuses contradictory or unknown choices with an error naming the option', () => {
    expect(() => createFeishuClient({ auth, transport: 'node', fetch: (r) => fetch(r) })).toThrow(/transport 'node' does not use options\.fetch/);
    expect(() => createFeishuClient({ auth, transport: 'xhr' as 'node' })).toThrow(FeishuError);
    expect(() => createFeishuClient({ auth, transport: 'xhr' as 'node' })).toThrow(/transport must be 'fetch' or 'node'/);
  });
});

const chats = Array.from({ length: 50 }, (_, i) => ({ chat_id: `oc_${i}`, name: `chat ${i}` }));
const encoded: [coding: string, encode: (b: Buffer) => Buffer][] = [
  ['gzip', (b) => gzipSync(b)],
  ['deflate', (b) => deflateSync(b)],
  // A low quality: the highest takes seconds to compress a bomb, and the ratio is huge either way.
  ['br', (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })],
];

describe.each(transports)('the %s transport', (transport) => {
  it.each(encoded)('decodes a %s answer', async (coding, encode) => {
    const s = await server((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': coding });
      res.end(encode(Buffer.from(JSON.stringify(page(chats, false)))));
    });
    const data = await createFeishuClient({ baseUrl: s.url, auth, transport }).chats.list();
    expect(data.items).toEqual(chats);
  });

  it.each(encoded.filter(([c]) => c !== 'deflate'))('stops a %s bomb at maxResponseBytes decoded bytes', async (coding, encode) => {
    // 16 MiB of spaces compress to a few KB: only a cap on decoded bytes stops it at 1 MiB.
    const bomb = encode(Buffer.alloc(16 * 1024 * 1024, 0x20));
    const s = await server((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': coding, 'content-length': bomb.length });
      res.end(bomb);
    });
    const error = await createFeishuClient({ baseUrl: s.url, auth, transport, maxResponseBytes: 1024 * 1024, retry: false }).chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeishuUnexpectedResponseError);
    expect((error as Error).message).toMatch(/above maxResponseBytes 1048576/);
    expect((error as FeishuError).operationId).toBe('listChats');
  });

  it('refuses (or cannot parse) a coding it did not ask for, with a typed error', async () => {
    const s = await server((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'zstd' });
      res.end(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x01, 0x02]));
    });
    const error = await createFeishuClient({ baseUrl: s.url, auth, transport, retry: false }).chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeishuUnexpectedResponseError);
  });
});

describe('the node transport keeps connections alive', () => {
  it('sends consecutive calls of one client over one connection', async () => {
    const connections = new Set<unknown>();
    const seen = await server((req, res) => (connections.add(req.socket), sendJson(res, 200, page([], false))));
    const client = createFeishuClient({ baseUrl: seen.url, auth, transport: 'node' });
    for (let i = 0; i < 5; i++) await client.chats.list();
    expect(seen.hits).toBe(5);
    expect(connections.size).toBe(1);
  });

  // What this proves is the outcome, not the mechanism: Node often notices the closed socket before
  // reusing it, so this passes with or without node-transport's one resend on a stale socket.
  it('a kept-alive connection the server closed does not fail the next call (retries off)', async () => {
    const s = await server((req, res, hit) => {
      sendJson(res, 200, page([{ chat_id: `oc_${hit}` }], false));
      // Drop the connection right after the answer, without announcing it (no Connection: close).
      res.on('finish', () => req.socket.destroy());
    });
    const client = createFeishuClient({ baseUrl: s.url, auth, transport: 'node', retry: false });
    expect((await client.chats.list()).items).toEqual([{ chat_id: 'oc_1' }]);
    expect((await client.chats.list()).items).toEqual([{ chat_id: 'oc_2' }]);
  });
});
