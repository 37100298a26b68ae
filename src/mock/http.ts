// The HTTP side of the mock: node:http requests straight into the mock's core and back, with no
// fetch-style Request/Response in between; and a server for fetch-style handlers (docs site).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex, Readable } from 'node:stream';
import { errorCodes } from '../contract-facts.js';
import type { InFlightTicket } from './in-flight.js';

/**
 * The largest JSON request body the mock reads: a send or reply of 150 KB of text whose characters
 * all need escaping fits (uploads stream and have their own limits).
 */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Longest time a request may take to arrive, headers and body (Node's default is 300 s): a client
 * that stalls mid-body gets 408 and its socket back after this, not after five minutes.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

/** What the mock reads of a request before its body. */
export interface MockRequestHead {
  method: string;
  /** The request target: path and query string, e.g. `/open-apis/im/v1/chats?page_size=20`. */
  target: string;
  authorization: string | undefined;
  contentType?: string | undefined;
  /** The declared Content-Length, when there is one. */
  contentLength?: number | undefined;
}

/** A request as the mock's core reads it. */
export interface MockRequest extends MockRequestHead {
  /** The body; `undefined` when it was larger than {@link MAX_BODY_BYTES}. */
  body: Uint8Array | undefined;
  /** The Content-Type header, if any. */
  contentType?: string | undefined;
  /** The Content-Encoding header, if any. */
  contentEncoding?: string | undefined;
  /** What `begin` registered for the request when its head arrived, if anything (src/mock/in-flight.ts). */
  inFlight?: InFlightTicket | undefined;
}

/** The core's answer: status, JSON text, log id, extra headers, and whether an operation's path matched. */
export interface Served {
  status: number;
  /** JSON text, or its UTF-8 bytes. */
  body: string | Uint8Array;
  logId: string;
  headers?: Record<string, string> | undefined;
  routed: boolean;
}

/**
 * How a streamed (multipart) request is answered: at once from its head, without reading the body,
 * or by consuming the body as it arrives. `unread: true` means the body was refused before its end
 * and must not be read further.
 */
export type StreamedAnswer = { early: Served } | { consume: (body: Readable) => Promise<{ served: Served; unread: boolean }> };

/**
 * The mock's core, shared by `mock.fetch` and the HTTP server: `handle` answers a request whose
 * (small, JSON) body was read; `streamed` takes the requests whose bodies are streamed (uploads),
 * and returns undefined for every other.
 */
export interface MockCore {
  handle: (request: MockRequest) => Served;
  streamed: (head: MockRequestHead) => StreamedAnswer | undefined;
  /**
   * Called when a (JSON) request's head arrives, before its body is read: registers it under the key
   * its operation says concurrent requests collide on. `end` is called once it is answered.
   */
  begin?: (head: MockRequestHead) => InFlightTicket | undefined;
  end?: (ticket: InFlightTicket) => void;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const EMPTY = new Uint8Array(0);

/**
 * Answers a request whose body will not be read (refused from its head, or cut off mid-way): the
 * answer, then the end of our side of the connection. The socket is neither drained (Node would read
 * the rest of the body to discard it) nor destroyed (a reset could lose the answer before the client
 * reads it): the client sees the answer and the end, and stops sending; a client that never closes
 * is closed after a minute.
 */
function sendAndStopReading(req: http.IncomingMessage, served: Served) {
  const socket = req.socket;
  req.pause();
  const head = [`HTTP/1.1 ${served.status} ${http.STATUS_CODES[served.status] ?? ''}`, `content-type: ${JSON_TYPE}`, `content-length: ${byteLength(served.body)}`, `x-tt-logid: ${served.logId}`, 'connection: close'];
  if (served.headers) for (const key in served.headers) head.push(`${key}: ${served.headers[key]}`);
  socket.setTimeout(60_000, () => socket.destroy());
  socket.write(`${head.join('\r\n')}\r\n\r\n`);
  socket.end(served.body);
}

const byteLength = (body: string | Uint8Array) => (typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);

function send(res: http.ServerResponse, served: Served) {
  const head: (string | number)[] = ['content-type', JSON_TYPE, 'content-length', byteLength(served.body), 'x-tt-logid', served.logId];
  if (served.headers) for (const key in served.headers) head.push(key, served.headers[key]!);
  res.writeHead(served.status, head as unknown as http.OutgoingHttpHeaders);
  res.end(served.body);
}

/** The request target as path + query (an absolute-form target is reduced to it). */
function targetOf(url: string | undefined): string {
  if (!url) return '/';
  if (url.startsWith('/')) return url;
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return '/';
  }
}

async function toFetchRequest(req: http.IncomingMessage, target: string, body: Uint8Array | undefined): Promise<Request> {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  const method = req.method ?? 'GET';
  return new Request(`http://127.0.0.1${target}`, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : (body as Uint8Array<ArrayBuffer> | undefined) });
}

async function sendFetchResponse(res: http.ServerResponse, response: Response) {
  const out = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(out);
}

/** Whether the request declares a body above the cap (Content-Length): it is refused unread. */
function declaredTooLarge(req: http.IncomingMessage): boolean {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared > MAX_BODY_BYTES;
}

/**
 * Reads a request body up to the cap. A body that declares more (Content-Length), or sends more
 * (chunked), is not read to its end: `done(undefined, true)` as soon as that is known, and the
 * connection is closed after the answer (see {@link closeAfter}).
 */
function readBody(req: http.IncomingMessage, done: (body: Uint8Array | undefined, unread: boolean) => void) {
  if (declaredTooLarge(req)) return done(undefined, true);
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  const onData = (c: Buffer) => {
    size += c.length;
    if (size <= MAX_BODY_BYTES) return void chunks.push(c);
    settled = true;
    chunks.length = 0;
    req.off('data', onData);
    req.pause();
    done(undefined, true);
  };
  req.on('data', onData);
  req.on('end', () => {
    if (!settled) done(Buffer.concat(chunks), false);
  });
}

/** What is read, and discarded, of an unread body after its answer, so the sender sees the answer rather than a reset. */
const LINGER_BYTES = 1024 * 1024;
const LINGER_MS = 2000;

/**
 * Closes the connection once the answer is written, so that the rest of an unread body is never
 * read: at most {@link LINGER_BYTES} more are discarded, for at most {@link LINGER_MS}, while the
 * answer reaches a sender that is still sending; then the socket is destroyed.
 */
function closeAfter(req: http.IncomingMessage, res: http.ServerResponse) {
  res.shouldKeepAlive = false;
  res.once('finish', () => {
    const socket = req.socket;
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
    let discarded = 0;
    req.on('data', (c: Buffer) => {
      discarded += c.length;
      if (discarded > LINGER_BYTES) socket.destroy();
    });
    req.resume();
  });
}

/**
 * Serves the mock's core on 127.0.0.1 (port 0 = any free port). Requests that match no operation
 * go to `fallback` first when one is given.
 */
export function serveMock(core: MockCore, port: number, fallback?: (request: Request) => Promise<Response | undefined>, requestTimeoutMs = REQUEST_TIMEOUT_MS, upgrade?: Upgrade) {
  return listen(port, requestTimeoutMs, (req, res) => {
    const method = req.method ?? 'GET';
    const target = targetOf(req.url);
    const contentLength = req.headers['content-length'];
    const stream = core.streamed({ method, target, authorization: req.headers.authorization, contentType: req.headers['content-type'], contentLength: contentLength && /^\d+$/.test(contentLength) ? Number(contentLength) : undefined });
    if (stream) {
      const bodyComing = req.headers['transfer-encoding'] !== undefined || (contentLength !== undefined && contentLength !== '0');
      if ('early' in stream) return bodyComing && !req.complete ? sendAndStopReading(req, stream.early) : send(res, stream.early);
      stream.consume(req).then(
        ({ served, unread }) => (unread && !req.complete ? sendAndStopReading(req, served) : send(res, served)),
        () => req.socket.destroy(),
      );
      return;
    }
    const inFlight = core.begin?.({ method, target, authorization: req.headers.authorization });
    if (inFlight) res.once('close', () => core.end!(inFlight));
    const finish = (body: Uint8Array | undefined, unread = false) => {
      if (unread) closeAfter(req, res);
      const served = core.handle({ method, target, authorization: req.headers.authorization, body, contentType: req.headers['content-type'], contentEncoding: req.headers['content-encoding'], inFlight });
      if (served.routed || !fallback) return send(res, served);
      toFetchRequest(req, target, body)
        .then(fallback)
        .then((response) => (response ? sendFetchResponse(res, response) : send(res, served)))
        .catch(() => send(res, served));
    };
    // A GET or HEAD carries no body the mock reads; Node would read and discard any it is sent, so
    // one declared above the cap closes the connection after the answer instead.
    if (method === 'GET' || method === 'HEAD') finish(EMPTY, declaredTooLarge(req));
    else readBody(req, finish);
  }, upgrade);
}

/** Takes an HTTP upgrade (the long connection's WebSocket); false = not its path. */
export type Upgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => boolean;

/**
 * Serves a fetch-style handler over HTTP on 127.0.0.1 (port 0 = any free port). Bodies above the
 * mock's limit are not buffered; a handler that throws answers 400 with the error envelope.
 */
export function serveFetchHandler(handle: (r: Request) => Promise<Response>, port: number) {
  return listen(port, REQUEST_TIMEOUT_MS, (req, res) => {
    readBody(req, async (body, unread) => {
      if (unread) closeAfter(req, res);
      try {
        await sendFetchResponse(res, await handle(await toFetchRequest(req, targetOf(req.url), body ?? EMPTY)));
      } catch {
        res.writeHead(400, { 'content-type': JSON_TYPE });
        const { code, msg } = errorCodes.invalidParameter;
        res.end(JSON.stringify({ code, msg }));
      }
    });
  });
}

async function listen(port: number, requestTimeoutMs: number, onRequest: http.RequestListener, upgrade?: Upgrade) {
  // Headers (the request line included) up to 128 KB reach the handler, so that a long query gets
  // the error envelope; beyond that, and on unparsable requests, clientError answers with one. A
  // request must arrive within requestTimeoutMs (checked at least every second).
  const server = http.createServer(
    { maxHeaderSize: 128 * 1024, requestTimeout: requestTimeoutMs, headersTimeout: requestTimeoutMs, connectionsCheckingInterval: Math.min(1000, requestTimeoutMs) },
    onRequest,
  );
  // `Expect: 100-continue` with a body above the cap gets the error answer, never "100 Continue".
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!declaredTooLarge(req)) res.writeContinue();
    onRequest(req, res);
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const [status, detail] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? ['431 Request Header Fields Too Large', 'request line and headers above 128 KB']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? ['408 Request Timeout', `the request did not arrive within ${requestTimeoutMs} ms`]
          : ['400 Bad Request', 'malformed HTTP request'];
    const { code, msg } = errorCodes.invalidParameter;
    const body = JSON.stringify({ code, msg: `${msg} (${detail})` });
    socket.end(`HTTP/1.1 ${status}\r\ncontent-type: ${JSON_TYPE}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
  // Upgrades nobody takes are closed: a socket must not hang open.
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    if (!upgrade?.(req, socket, head)) socket.end('HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
