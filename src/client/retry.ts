import { errorCodes } from '../contract-facts.js';
import { readCapped } from '../read-capped.js';
import { FeishuNetworkError, FeishuTimeoutError, FeishuUnexpectedResponseError } from './errors.js';

/** How the client retries. `retry: false` turns retries off. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff in ms; doubles per retry, with full jitter (default 200). */
  baseDelayMs?: number;
  /** Cap on any single wait, including a server's rate-limit reset (default 10 000). */
  maxDelayMs?: number;
}

export type FetchLike = (request: Request) => Promise<Response>;

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** Seconds to wait that the answer asks for: x-ogw-ratelimit-reset, else Retry-After (seconds or HTTP date). */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | undefined {
  const reset = headers.get('x-ogw-ratelimit-reset');
  if (reset !== null && /^\d+(\.\d+)?$/.test(reset.trim())) return Number(reset);
  const after = headers.get('retry-after');
  if (after === null) return undefined;
  if (/^\d+$/.test(after.trim())) return Number(after);
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

/** Buffered bodies by response, so that wrappers can peek at the envelope without cloning the stream. */
const bodyText = new WeakMap<Response, ArrayBuffer | string>();
const decoder = new TextDecoder();
/** The text of a response that went through {@link withRetries}, decoded once. */
export function peekText(response: Response): string | undefined {
  const cached = bodyText.get(response);
  if (cached === undefined || typeof cached === 'string') return cached;
  const text = decoder.decode(cached);
  bodyText.set(response, text);
  return text;
}

const noBodyStatus = (status: number) => status === 204 || status === 205 || status === 304;

async function isRateLimitBody(response: Response): Promise<boolean> {
  if (!response.headers.get('content-type')?.includes('json')) return false;
  try {
    return (JSON.parse(peekText(response) ?? (await response.clone().text())) as { code?: unknown }).code === errorCodes.rateLimited.code;
  } catch {
    return false;
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Wraps `fetch` with per-attempt timeouts and bounded retries. openapi-fetch middleware cannot
 * resend a request, so retrying lives here, below openapi-fetch.
 * Retries (idempotent methods only): HTTP 429 or the rateLimited code (waiting the reset the server
 * names, capped), 5xx, network errors and timeouts; exponential backoff with full jitter otherwise.
 */
/** The body within `limit` bytes, or a FeishuUnexpectedResponseError; a longer one is cancelled, never buffered whole. */
async function readBody(response: Response, limit: number): Promise<ArrayBuffer> {
  const tooLarge = (what: string) => new FeishuUnexpectedResponseError(response.status, response.headers.get('content-type') ?? undefined, `(${what} above maxResponseBytes ${limit})`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(`body of ${declared} bytes`);
  }
  const bytes = await readCapped(response.body, limit);
  if (!bytes) throw tooLarge('body');
  return bytes.buffer as ArrayBuffer;
}

export function withRetries(fetchImpl: FetchLike, options: { retry: RetryOptions | false; timeoutMs: number; maxResponseBytes?: number }): FetchLike {
  const maxBytes = options.maxResponseBytes ?? 8 * 1024 * 1024;
  const retries = options.retry === false ? 0 : options.retry.retries ?? 3;
  const base = options.retry === false ? 0 : options.retry.baseDelayMs ?? 200;
  const cap = options.retry === false ? 0 : options.retry.maxDelayMs ?? 10_000;
  return async (request) => {
    const canRetry = IDEMPOTENT.has(request.method.toUpperCase());
    const callerSignal = request.signal;
    for (let attempt = 0; ; attempt++) {
      const last = !canRetry || attempt >= retries;
      const backoff = () => Math.min(cap, Math.random() * base * 2 ** attempt);
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(new FeishuTimeoutError(options.timeoutMs)), options.timeoutMs);
      let response: Response;
      try {
        // Feishu's API never redirects: a 3xx is reported as it is, and credentials never follow one.
        const received = await fetchImpl(new Request(request.body ? request.clone() : request, { signal: AbortSignal.any([callerSignal, timeout.signal]), redirect: 'manual' }));
        // Read the body inside the attempt, so that the timeout also covers a body that never ends.
        const body = await readBody(received, maxBytes);
        response = new Response(body.byteLength || !noBodyStatus(received.status) ? body : null, received);
        bodyText.set(response, body);
      } catch (error) {
        clearTimeout(timer);
        if (callerSignal.aborted) throw callerSignal.reason;
        if (error instanceof FeishuUnexpectedResponseError) throw error; // too large: retrying cannot help
        const failure = timeout.signal.aborted
          ? new FeishuTimeoutError(options.timeoutMs, { cause: error })
          : new FeishuNetworkError(`Could not reach Feishu: ${(error as Error).message}`, { cause: error });
        if (last) throw failure;
        await sleep(backoff(), callerSignal);
        continue;
      }
      clearTimeout(timer);
      const rateLimited = response.status === 429 || (response.status === 400 && (await isRateLimitBody(response)));
      const retryable = rateLimited || response.status >= 500;
      if (!retryable || last) return response;
      const asked = rateLimited ? retryAfterSeconds(response.headers) : undefined;
      await sleep(asked === undefined ? backoff() : Math.min(cap, asked * 1000), callerSignal);
    }
  };
}
