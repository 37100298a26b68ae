// The mock's HTTP edge and the docs server under hostile requests (issue 21, item 13), over raw
// loopback sockets so that requests no fetch would build can be sent.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsHandler } from '../../src/cli/static-docs.js';
import { MAX_BODY_BYTES, serveFetchHandler } from '../../src/mock/http.js';
import { createMockFeishu, demoApp } from '../../src/mock/index.js';
import { validate } from '../../src/validators/index.js';

const mock = createMockFeishu();
let server: Awaited<ReturnType<typeof mock.listen>>;
let port = 0;
beforeAll(async () => {
  server = await mock.listen(0);
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());

const TOKEN_PATH = '/open-apis/auth/v3/tenant_access_token/internal';
const credentials = JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret });

interface RawAnswer {
  /** Every status line received, in order (a `100 Continue` would come first). */
  statuses: number[];
  status: number;
  headers: string;
  body: string;
}

/**
 * Opens a socket to `port`, writes `head`, then calls `feed` to keep writing; resolves with what
 * came back once the server ends or closes the connection (the thing each test waits for).
 */
function exchange(target: number, head: string, feed?: (socket: net.Socket) => void): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(target, '127.0.0.1', () => {
      socket.write(head);
      feed?.(socket);
    });
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    // Writes the server refused once it closed are expected here; the answer is what counts.
    socket.on('error', (e: NodeJS.ErrnoException) => (['EPIPE', 'ECONNRESET'].includes(e.code ?? '') ? undefined : reject(e)));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const statuses = [...text.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
      const last = text.lastIndexOf('HTTP/1.1 ');
      const response = text.slice(last);
      const split = response.indexOf('\r\n\r\n');
      resolve({ statuses, status: statuses.at(-1) ?? 0, headers: response.slice(0, split), body: response.slice(split + 4) });
    });
  });
}

/** The body is the Feishu error envelope; its field violations. */
function violations(body: string): { field: string; description: string }[] {
  const parsed = JSON.parse(body) as { code: number; error?: { field_violations?: { field: string; description: string }[] } };
  expect(validate('errorResponse', parsed)).toEqual({ valid: true });
  expect(parsed.code).not.toBe(0);
  return parsed.error?.field_violations ?? [];
}

describe('the mock refuses an oversized body without reading it to the end', () => {
  it('Content-Length 200 MB, 256 KB sent and the sender still sending: answered 400 naming the body, then the connection is closed', async () => {
    let written = 0;
    const answer = await exchange(port, `POST ${TOKEN_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${200 * 1024 * 1024}\r\n\r\n`, (socket) => {
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        // Keeps sending (up to 4 MB) while the connection is open; the answer must not wait for the 200 MB.
        while (written < 4 * 1024 * 1024 && !socket.destroyed && socket.write(chunk)) written += chunk.length;
      };
      socket.on('drain', pump);
      pump();
    });
    expect(answer.status).toBe(400);
    expect(violations(answer.body).map((v) => v.field)).toEqual(['body']);
    expect(written).toBeLessThan(200 * 1024 * 1024);
  });

  it('a GET declaring a 200 MB body: answered, then the connection is closed rather than the body read and discarded', async () => {
    let written = 0;
    const answer = await exchange(port, `GET /open-apis/im/v1/chats HTTP/1.1\r\nHost: x\r\nContent-Length: ${200 * 1024 * 1024}\r\n\r\n`, (socket) => {
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (written < 8 * 1024 * 1024 && !socket.destroyed && socket.write(chunk)) written += chunk.length;
      };
      socket.on('drain', pump);
      pump();
    });
    expect(answer.status).toBe(400); // no token: the documented error, in the envelope
    violations(answer.body);
    expect(written).toBeLessThan(200 * 1024 * 1024);
  });

  it('chunked, past the cap and never ended: answered 400 naming the body (the mock stops reading at the cap)', async () => {
    const answer = await exchange(port, `POST ${TOKEN_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`, (socket) => {
      // Past the mock's own cap, whatever it is (it was 64 KB, it is now 1 MiB): never a fixed count.
      const chunk = 'a'.repeat(16 * 1024);
      for (let i = 0; i <= MAX_BODY_BYTES / chunk.length + 1; i++) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    });
    expect(answer.status).toBe(400);
    expect(violations(answer.body).map((v) => v.field)).toEqual(['body']);
  });

  it('Expect: 100-continue with Content-Length 1 GB: no "100 Continue", a Feishu-style 400 naming the body', async () => {
    const answer = await exchange(port, `POST ${TOKEN_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${1024 ** 3}\r\nExpect: 100-continue\r\n\r\n`);
    expect(answer.statuses).not.toContain(100);
    expect(answer.status).toBe(400);
    expect(violations(answer.body).map((v) => v.field)).toEqual(['body']);
  });

  it('Expect: 100-continue with a body within the cap still gets "100 Continue" and its answer', async () => {
    const answer = await exchange(port, `POST ${TOKEN_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${credentials.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`, (socket) => {
      socket.once('data', () => socket.write(credentials));
    });
    expect(answer.statuses).toEqual([100, 200]);
  });
});

describe('a short body does not hold a socket for Node\'s 300 s', () => {
  it('a body that stops short of its Content-Length: 408 with the envelope once the request timeout passes, and the socket is closed', async () => {
    const quick = createMockFeishu();
    const s = await quick.listen(0, { requestTimeoutMs: 500 });
    try {
      const answer = await exchange(Number(new URL(s.url).port), `POST ${TOKEN_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"app_id":`);
      expect(answer.status).toBe(408);
      expect(JSON.parse(answer.body).msg).toContain('did not arrive within 500 ms');
    } finally {
      await s.close();
    }
  });
});

describe('the body must be JSON, uncompressed', () => {
  it('Content-Type text/plain: 400 naming Content-Type and the rule (application/json; charset=utf-8), over HTTP and through mock.fetch', async () => {
    const answer = await exchange(port, `POST ${TOKEN_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: ${credentials.length}\r\nConnection: close\r\n\r\n${credentials}`);
    expect(answer.status).toBe(400);
    const [violation] = violations(answer.body);
    expect(violation!.field).toBe('Content-Type');
    expect(violation!.description).toContain('application/json; charset=utf-8');
    expect(violation!.description).toContain('text/plain');
    const viaFetch = await mock.fetch(`http://mock${TOKEN_PATH}`, { method: 'POST', body: credentials }); // fetch's default: text/plain;charset=UTF-8
    expect(viaFetch.status).toBe(400);
    expect(violations(await viaFetch.text())[0]!.field).toBe('Content-Type');
  });

  it('Content-Encoding gzip: 400 naming Content-Encoding (not "the body is not JSON")', async () => {
    const gz = gzipSync(credentials);
    const answer = await exchange(port, `POST ${TOKEN_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: ${gz.length}\r\nConnection: close\r\n\r\n`, (socket) => socket.write(gz));
    expect(answer.status).toBe(400);
    const [violation] = violations(answer.body);
    expect(violation!.field).toBe('Content-Encoding');
    expect(violation!.description).toContain('gzip');
  });

  it('application/json; charset=utf-8, and no Content-Type at all, are read as JSON', async () => {
    for (const header of ['Content-Type: application/json; charset=utf-8\r\n', '']) {
      const answer = await exchange(port, `POST ${TOKEN_PATH} HTTP/1.1\r\nHost: x\r\n${header}Content-Length: ${credentials.length}\r\nConnection: close\r\n\r\n${credentials}`);
      expect(answer.status).toBe(200);
    }
  });
});

describe('the docs server', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-docs-http-'));
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>docs</title>');
  afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

  for (const serve of ['beside the mock (mock.listen fallback)', 'on its own (serveFetchHandler)'] as const) {
    it(`${serve}: POST, PUT and DELETE get 405 with Allow: GET, HEAD; every answer says X-Content-Type-Options: nosniff`, async () => {
      const docs = docsHandler(site);
      const s = serve.startsWith('beside') ? await createMockFeishu().listen(0, { fallback: docs }) : await serveFetchHandler(async (r) => (await docs(r)) ?? new Response('none', { status: 404 }), 0);
      try {
        for (const method of ['POST', 'PUT', 'DELETE']) {
          const r = await fetch(`${s.url}/docs/index.html`, { method, body: 'x' });
          expect(r.status, method).toBe(405);
          expect(r.headers.get('allow')).toBe('GET, HEAD');
          expect(r.headers.get('x-content-type-options')).toBe('nosniff');
          expect(await r.text()).not.toContain('<title>docs</title>');
        }
        for (const [target, status] of [['/docs/', 200], ['/docs/missing.html', 404], ['/docs', 301]] as const) {
          const r = await fetch(`${s.url}${target}`, { redirect: 'manual' });
          expect(r.status, target).toBe(status);
          expect(r.headers.get('x-content-type-options'), target).toBe('nosniff');
        }
      } finally {
        await s.close();
      }
    });
  }
});
