import { readBodyCapped } from './capped-body.js';
import type { Bound } from './deadline.js';
import type { StreamedBody } from './multipart.js';

/** A fetch function: the client hands it a Request and reads the Response it resolves to. */
export type FetchLike = (request: Request) => Promise<Response>;

/** A request as the client sends it, before any transport's own objects. */
export interface Outgoing {
  method: string;
  /** Absolute URL, query included. */
  url: string;
  headers: Record<string, string>;
  /** JSON text, or a streamed body (an upload's multipart form: read once, never replayed). */
  body?: string | StreamedBody;
}

/** Whether a request can be sent again (a streamed body cannot). */
export function replayable(outgoing: Outgoing): boolean {
  return typeof outgoing.body !== 'object';
}

/**
 * An answer's headers as the client reads them: fetch's `Headers`, or the node transport's list,
 * which builds a real `Headers` only when one is asked for (see {@link toHeaders}): on Node 20 the
 * first `Headers` loads all of undici, which a node:http client need never pay for.
 */
export interface AnswerHeaders {
  /** The value of `name` (case-insensitive), repeated fields joined by `, `, as `Headers.get` does; null when absent. */
  get(name: string): string | null;
  /** The same headers as a real `Headers` (absent on a `Headers` itself). */
  toHeaders?(): Headers;
}

/** `headers` as a real `Headers`. */
export function toHeaders(headers: AnswerHeaders): Headers {
  return headers.toHeaders ? headers.toHeaders() : (headers as Headers);
}

/** What one attempt brought back: status, headers and the whole body (within the size cap). */
export interface Answer {
  status: number;
  headers: AnswerHeaders;
  body: Uint8Array;
}

/**
 * Sends one attempt and reads its whole answer, within the `bound` the caller owns. A transport
 * never retries, never follows a redirect and never reads past `maxResponseBytes`; what lies above
 * it (retries, tokens, envelopes) does not know which transport carried the bytes.
 */
export type Transport = (request: Outgoing, bound: Bound) => Promise<Answer>;

/** The transport on a fetch function (globalThis.fetch, or a mock's). */
export function fetchTransport(fetchImpl: FetchLike, maxResponseBytes: number): Transport {
  return async (outgoing, bound) => {
    // Feishu's API never redirects: a 3xx is reported as it is, and credentials never follow one.
    const streamed = typeof outgoing.body === 'object';
    const body = typeof outgoing.body === 'object' ? outgoing.body.stream : outgoing.body;
    // A streamed body goes out as it is read (half duplex: the answer is read after the body is sent).
    const request = new Request(outgoing.url, { method: outgoing.method, headers: outgoing.headers, body, signal: bound.signal, redirect: 'manual', ...(streamed && { duplex: 'half' }) } as RequestInit);
    // Referenced until the attempt ends: undici holds the Request's link to its signal weakly.
    bound.hold(request);
    const response = await fetchImpl(request);
    bound.hold(response);
    // Read inside the attempt, so that its bound also covers a body that never ends.
    return { status: response.status, headers: response.headers, body: await readBodyCapped(response, maxResponseBytes, bound.signal) };
  };
}
