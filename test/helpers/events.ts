// What the event tests share: the app's secrets, a signed and encrypted request built by the
// platform's formula, and loopback servers for a handler's node and fetch adapters.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterEach } from 'vitest';
import { encryptEvent, signEvent, type HttpEventHandler } from '../../src/events/index.js';

/** The app's secrets in these tests (the teardown greps the suite's output for them). */
export const ENCRYPT_KEY = 'EVENT-ENCRYPT-KEY-SECRET-1';
export const VERIFICATION_TOKEN = 'VERIFICATION-TOKEN-SECRET-2';

let counter = 0;
/** A complete im.message.receive_v1 envelope (as the official doc's example, ids fresh). */
export function receiveEnvelope(over: { eventId?: string; messageId?: string; token?: string } = {}) {
  counter += 1;
  const id = counter.toString(16).padStart(8, '0');
  return {
    schema: '2.0',
    header: { event_id: over.eventId ?? `5e3702a84e847582be8db7fb73283c02${id}`, event_type: 'im.message.receive_v1', create_time: String(Date.now()), token: over.token ?? VERIFICATION_TOKEN, app_id: 'cli_9f5343c580712544', tenant_key: '2ca1d211f64f6438' },
    event: {
      sender: { sender_id: { union_id: 'on_8ed6aa67826108097d9ee143816345', user_id: 'e33ggbyz', open_id: 'ou_84aad35d084aa403a838cf73ee18467' }, sender_type: 'user', tenant_key: '736588c9260f175e' },
      message: {
        message_id: over.messageId ?? `om_5ce6d572455d361153b7cb51da1${id}`, create_time: '1609073151345', update_time: '1609073151345', chat_id: 'oc_5ce6d572455d361153b7xx51da133945',
        chat_type: 'group', message_type: 'text', content: JSON.stringify({ text: '@_user_1 hello' }),
        mentions: [{ key: '@_user_1', id: { union_id: 'on_8ed6aa67826108097d9ee143816345', user_id: 'e33ggbyz', open_id: 'ou_84aad35d084aa403a838cf73ee18467' }, name: 'Tom', tenant_key: '736588c9260f175e' }],
      },
    },
  };
}

/** A request as the platform sends it: encrypted with the Encrypt Key, signed, timestamped now (or `timestamp`). */
export async function platformRequest(envelope: unknown, options: { encryptKey?: string; timestamp?: number; nonce?: string; encrypt?: boolean } = {}) {
  const key = options.encryptKey ?? ENCRYPT_KEY;
  const body = options.encrypt === false ? JSON.stringify(envelope) : JSON.stringify({ encrypt: await encryptEvent(JSON.stringify(envelope), key) });
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? `nonce-${Math.random().toString(36).slice(2)}`;
  const signature = await signEvent({ timestamp, nonce, encryptKey: key, body });
  return { body, headers: { 'content-type': 'application/json; charset=utf-8', 'x-lark-request-timestamp': timestamp, 'x-lark-request-nonce': nonce, 'x-lark-signature': signature } as Record<string, string> };
}

/** Serves a Node listener on loopback. */
export async function serveNode(listener: http.RequestListener) {
  const server = http.createServer(listener);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** A fetch-style handler behind node:http, the body streamed through (as Hono's or Deno's servers do). */
export function fetchListener(handle: (request: Request) => Promise<Response>): http.RequestListener {
  return (req, res) => {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const method = req.method ?? 'GET';
    const body = method === 'GET' || method === 'HEAD' ? undefined : (Readable.toWeb(req) as ReadableStream<Uint8Array>);
    const request = new Request(`http://127.0.0.1${req.url}`, { method, headers, body, duplex: 'half' } as RequestInit);
    handle(request).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    }, () => {
      res.writeHead(500);
      res.end();
    });
  };
}

/** Both servers of a handler: its node adapter and its fetch adapter, closed after each test. */
export function handlerServers() {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (closers.length) await closers.pop()!();
  });
  return async (handler: HttpEventHandler) => {
    const node = await serveNode((req, res) => void handler.node(req, res));
    const fetch = await serveNode(fetchListener((request) => handler.fetch(request)));
    closers.push(node.close, fetch.close);
    return { node: node.url, fetch: fetch.url };
  };
}

/** POSTs a request; the status and parsed JSON body. */
export async function post(url: string, request: { body: string; headers: Record<string, string> }) {
  const response = await fetch(url, { method: 'POST', headers: request.headers, body: request.body });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown>, text };
}

/** A promise and its resolver (a gate a test opens when it has asserted what it waits for). */
export function gate<T = void>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}
