// The HTTP face of the event handler: a Web-standard `fetch(Request) → Response` (Hono, Workers, Deno,
// Bun, Next.js route handlers) and a Node `(req, res)` listener (node:http, Express, Koa's ctx.req)
// that reads the raw body itself. Both verify with verifyEvent's checks, then hand the envelope to
// the transport-neutral dispatch. Refusals are Feishu-style JSON ({code, msg}) and say nothing secret.
import { readCapped } from '../read-capped.js';
import { FeishuEventError, type FeishuEventErrorReason } from './errors.js';
import { createDispatcher, DEFAULT_MAX_BODY_BYTES, type DispatchAnswer, type EventHandler, type EventHandlerOptions } from './handler.js';
import { verifiedClassified, type HeadersLike } from './verify.js';

/** The part of Node's IncomingMessage the adapter reads (typed here: no Node types in the public API). */
export interface NodeRequestLike {
  method?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** Set by body-parsing middleware. A string or bytes is used as the raw body; a parsed object is refused. */
  body?: unknown;
  /** Express's `verify` hook convention: the raw bytes kept beside a parsed body. */
  rawBody?: unknown;
  readableEnded?: boolean;
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  resume?(): unknown;
  destroy?(): unknown;
}

/** The part of Node's ServerResponse the adapter writes. */
export interface NodeResponseLike {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: string): unknown;
  headersSent?: boolean;
  once?(event: 'finish' | 'close', listener: () => void): unknown;
}

/** The event handler with its HTTP adapters. */
export interface HttpEventHandler extends EventHandler {
  /**
   * Answers a Web-standard Request. On Cloudflare Workers pass the context (`fetch(request, env, ctx)`):
   * handlers that run after the 200 are kept alive with `ctx.waitUntil`.
   */
  fetch(request: Request, ...context: unknown[]): Promise<Response>;
  /** A Node listener (`http.createServer(handler.node)`, `app.post(path, handler.node)`); reads the raw body itself. */
  node(req: NodeRequestLike, res: NodeResponseLike): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** One HTTP answer before serialization. */
interface HttpAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const refusal = (status: number, msg: string, headers?: Record<string, string>): HttpAnswer => ({ status, body: { code: status, msg }, ...(headers ? { headers } : {}) });

/** The statuses of refusals: bad requests 400; anything about authenticity 401. */
const STATUS: Record<FeishuEventErrorReason, number> = { body: 400, schema: 400, signature: 401, timestamp: 401, token: 401, decrypt: 401 };

/**
 * Every authenticity failure answers the same words: telling a bad padding from a bad signature or
 * token over HTTP would be a padding oracle on captured ciphertexts. The precise reason goes to onError.
 */
const NOT_VERIFIED = 'the request could not be verified as coming from Feishu for this app';

function isJsonType(contentType: string | null | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

function waitUntilOf(context: unknown[]): ((work: Promise<unknown>) => void) | undefined {
  for (const c of context) {
    const fn = (c as { waitUntil?: unknown } | null | undefined)?.waitUntil;
    if (typeof fn === 'function') return (work) => (fn as (w: Promise<unknown>) => void).call(c, work);
  }
  return undefined;
}

/**
 * Creates the event and callback receiver. Register handlers with `on(eventType, handler)` and
 * `onCardAction(handler)`, then serve `handler.fetch` or `handler.node`.
 *
 * @example
 * ```ts
 * import { createEventHandler } from 'feishu-chat-contract/events';
 * const events = createEventHandler({ encryptKey: process.env.FEISHU_ENCRYPT_KEY, verificationToken: process.env.FEISHU_VERIFICATION_TOKEN });
 * events.on('im.message.receive_v1', async (envelope) => reply(envelope.event.message.chat_id));
 * events.onCardAction((action) => ({ toast: { type: 'success', content: 'Done' } }));
 * http.createServer(events.node).listen(3000);
 * ```
 */
export function createEventHandler(options: EventHandlerOptions): HttpEventHandler {
  const core = createDispatcher(options);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  /** After the transport checks: verify the raw body, then dispatch. */
  async function answerRaw(raw: Uint8Array, headers: HeadersLike, waitUntil?: (work: Promise<unknown>) => void): Promise<HttpAnswer> {
    let envelope: unknown;
    try {
      envelope = (await verifiedClassified({ body: raw, headers }, options)).envelope;
    } catch (error) {
      if (error instanceof FeishuEventError) {
        const status = STATUS[error.reason];
        core.report(error, { phase: 'request', status, ...(error.eventType ? { eventType: error.eventType } : {}) });
        return refusal(status, status === 401 ? NOT_VERIFIED : error.message);
      }
      // A configuration error (no secret configured): the operator's to fix, not the sender's.
      core.report(error, { phase: 'request', status: 500 });
      return refusal(500, 'the event handler is not configured to verify requests (see the server log)');
    }
    const answer: DispatchAnswer = await core.dispatch(envelope, waitUntil ? { waitUntil } : {});
    return answer;
  }

  function precheck(method: string | undefined, contentType: string | null | undefined, contentLength: string | null | undefined): HttpAnswer | undefined {
    if (method !== 'POST') return refusal(405, `Feishu delivers events and callbacks with POST, not ${method ?? 'no method'}`, { allow: 'POST' });
    if (!isJsonType(contentType)) return refusal(415, 'the body must be application/json');
    if (contentLength && Number(contentLength) > maxBodyBytes) return refusal(413, `the body is larger than ${maxBodyBytes} bytes`);
    return undefined;
  }

  const serialize = (answer: HttpAnswer) => ({ text: JSON.stringify(answer.body), headers: { 'content-type': JSON_TYPE, ...answer.headers } });

  async function handleFetch(request: Request, ...context: unknown[]): Promise<Response> {
    let answer = precheck(request.method, request.headers.get('content-type'), request.headers.get('content-length'));
    if (!answer) {
      let raw: Uint8Array | undefined;
      try {
        raw = await readCapped(request.body, maxBodyBytes);
      } catch {
        raw = undefined;
        answer = refusal(400, 'the body could not be read');
      }
      if (!answer) answer = raw === undefined ? refusal(413, `the body is larger than ${maxBodyBytes} bytes`) : await answerRaw(raw, request.headers, waitUntilOf(context));
    } else if (request.body) {
      await request.body.cancel().catch(() => undefined);
    }
    const { text, headers } = serialize(answer);
    return new Response(text, { status: answer.status, headers });
  }

  function send(res: NodeResponseLike, answer: HttpAnswer) {
    if (res.headersSent) return;
    const { text, headers } = serialize(answer);
    res.writeHead(answer.status, headers);
    res.end(text);
  }

  /** The raw body a body parser left, or the reason it cannot be used. */
  function parsedBody(req: NodeRequestLike): Uint8Array | string | { refused: string } | undefined {
    for (const candidate of [req.rawBody, req.body]) {
      if (typeof candidate === 'string' || candidate instanceof Uint8Array) return candidate;
    }
    if (req.body !== undefined && req.body !== null && !(typeof req.body === 'object' && Object.keys(req.body as object).length === 0 && !req.readableEnded)) {
      return { refused: 'the request body was already parsed by a body parser (req.body is set, the raw bytes are gone), and the signature covers the raw bytes: mount this handler before express.json(), or use express.raw({ type: "application/json" }) on its route' };
    }
    if (req.readableEnded) return { refused: 'the request body stream was already read by other middleware and the raw bytes are gone: mount this handler before any body parser' };
    return undefined;
  }

  async function handleNode(req: NodeRequestLike, res: NodeResponseLike): Promise<void> {
    const headers = req.headers;
    const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
    const early = precheck(req.method, first(headers['content-type']), first(headers['content-length']));
    if (early) {
      // Nothing of the body is wanted: drop the connection once the answer is out.
      res.once?.('finish', () => req.destroy?.());
      return send(res, { ...early, headers: { ...early.headers, connection: 'close' } });
    }
    const given = parsedBody(req);
    if (given && typeof given === 'object' && 'refused' in given) {
      core.report(new Error(given.refused), { phase: 'request', status: 500 });
      return send(res, refusal(500, given.refused));
    }
    let raw: Uint8Array | undefined;
    if (given !== undefined) {
      raw = typeof given === 'string' ? new TextEncoder().encode(given) : given;
      if (raw.byteLength > maxBodyBytes) return send(res, refusal(413, `the body is larger than ${maxBodyBytes} bytes`));
    } else {
      const read = await new Promise<Uint8Array | 'tooLarge' | 'error'>((resolve) => {
        const chunks: Uint8Array[] = [];
        let size = 0;
        let over = false;
        req.on('data', (chunk: Uint8Array) => {
          if (over) return;
          size += chunk.byteLength;
          if (size > maxBodyBytes) {
            over = true;
            resolve('tooLarge');
            return;
          }
          chunks.push(chunk);
        });
        req.on('end', () => {
          if (over) return;
          const out = new Uint8Array(size);
          let at = 0;
          for (const c of chunks) {
            out.set(c, at);
            at += c.byteLength;
          }
          resolve(out);
        });
        req.on('error', () => resolve('error'));
      });
      if (read === 'tooLarge') {
        res.once?.('finish', () => req.destroy?.());
        return send(res, refusal(413, `the body is larger than ${maxBodyBytes} bytes`, { connection: 'close' }));
      }
      if (read === 'error') return send(res, refusal(400, 'the body could not be read'));
      raw = read;
    }
    const normalized: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(headers)) normalized[key.toLowerCase()] = first(value);
    send(res, await answerRaw(raw, normalized));
  }

  const handler = core as HttpEventHandler;
  handler.fetch = handleFetch;
  handler.node = handleNode;
  return handler;
}
