import type { Middleware, MiddlewareCallbackParams } from 'openapi-fetch';
import { readBodyCapped } from './capped-body.js';
import { receive, type Received } from './envelope.js';
import { toHeaders, type Outgoing } from './transport.js';

const noBodyStatus = (status: number) => status === 204 || status === 205 || status === 304;

/** A Response carrying a received answer, for middleware and for openapi-fetch. */
export function responseOf(received: Received): Response {
  return new Response(noBodyStatus(received.status) ? null : (received.body as Uint8Array<ArrayBuffer>), { status: received.status, headers: toHeaders(received.headers) });
}

/** An outgoing request read back from a Request (a middleware's, or openapi-fetch's). */
export async function outgoingOf(request: Request): Promise<Outgoing> {
  return { method: request.method, url: request.url, headers: Object.fromEntries(request.headers), body: request.body ? await request.text() : undefined };
}

/**
 * Runs openapi-fetch middleware around one call of the client's own pipeline, as openapi-fetch
 * would: `onRequest` in order (it may replace the request or answer it), `onError`, then
 * `onResponse` in reverse order. Request and Response objects are built only when there is
 * middleware; a replaced response is read again within the size cap.
 */
export async function throughMiddleware(
  middleware: readonly Middleware[],
  outgoing: Outgoing,
  call: { schemaPath: string; params: MiddlewareCallbackParams['params']; maxResponseBytes: number; signal?: AbortSignal },
  send: (outgoing: Outgoing) => Promise<Received>,
): Promise<Received> {
  if (!middleware.length) return send(outgoing);
  const id = Math.random().toString(36).slice(2, 11);
  const base = { schemaPath: call.schemaPath, params: call.params, id, options: {} as MiddlewareCallbackParams['options'] };
  // A streamed body (an upload) is not shown to middleware: it can be read only once, by the transport.
  let request = new Request(outgoing.url, { method: outgoing.method, headers: outgoing.headers, body: typeof outgoing.body === 'string' ? outgoing.body : undefined });
  let requestReplaced = false;
  let response: Response | undefined;
  for (const m of middleware) {
    const result = await m.onRequest?.({ ...base, request });
    if (result instanceof Request) {
      request = result;
      requestReplaced = true;
    } else if (result instanceof Response) {
      response = result;
      break;
    }
  }
  let received: Received | undefined;
  if (!response) {
    try {
      received = await send(requestReplaced ? await outgoingOf(request) : outgoing);
      response = responseOf(received);
    } catch (error) {
      let failure: unknown = error;
      for (const m of [...middleware].reverse()) {
        const result = await m.onError?.({ ...base, request, error: failure });
        if (result instanceof Response) {
          response = result;
          failure = undefined;
          break;
        }
        if (result instanceof Error) failure = result;
      }
      if (failure !== undefined) throw failure;
    }
  }
  let replaced = received === undefined;
  for (const m of [...middleware].reverse()) {
    const result = await m.onResponse?.({ ...base, request, response: response! });
    if (result instanceof Response) {
      response = result;
      replaced = true;
    }
  }
  if (!replaced && received) return received;
  const signal = call.signal ?? new AbortController().signal;
  return receive({ status: response!.status, headers: response!.headers, body: await readBodyCapped(response!, call.maxResponseBytes, signal) });
}
