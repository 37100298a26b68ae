import { errorCodes } from '../contract-facts.js';
import { sleep, withinBounds, type Limits } from './deadline.js';
import { quote, quoting } from '../errors.js';
import { codeOf, receive, type Received } from './envelope.js';
import { FeishuAbortError, FeishuNetworkError, FeishuTimeoutError, FeishuUnexpectedResponseError } from './errors.js';
import type { AnswerHeaders, Outgoing, Transport } from './transport.js';

/** How the client retries. `retry: false` turns retries off. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff in ms; doubles per retry, with full jitter (default 200). */
  baseDelayMs?: number;
  /** Cap on any single wait, including a server's rate-limit reset (default 10 000). */
  maxDelayMs?: number;
}

/** Seconds to wait that the answer asks for: x-ogw-ratelimit-reset, else Retry-After (seconds or HTTP date). */
export function retryAfterSeconds(headers: AnswerHeaders, now = Date.now()): number | undefined {
  const reset = headers.get('x-ogw-ratelimit-reset');
  if (reset !== null && /^\d+(\.\d+)?$/.test(reset.trim())) return Number(reset);
  const after = headers.get('retry-after');
  if (after === null) return undefined;
  if (/^\d+$/.test(after.trim())) return Number(after);
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

/** A request sent with retries: the caller's signal bounds it all, `timeoutMs` each attempt. */
export type Send = (request: Outgoing, options: { signal?: AbortSignal; idempotent: boolean }) => Promise<Received>;

/**
 * Sends with per-attempt bounds and bounded retries. Retries (idempotent requests only): HTTP 429
 * or the rateLimited code (waiting the reset the server names, capped), 5xx, network errors and
 * timeouts; exponential backoff with full jitter otherwise. Each answer is parsed once, here.
 */
export function retrying(transport: Transport, options: { retry: RetryOptions | false; timeoutMs: number }): Send {
  const retries = options.retry === false ? 0 : options.retry.retries ?? 3;
  const base = options.retry === false ? 0 : options.retry.baseDelayMs ?? 200;
  const cap = options.retry === false ? 0 : options.retry.maxDelayMs ?? 10_000;
  return async (request, { signal, idempotent }) => {
    const limits: Limits = { signal, timeoutMs: options.timeoutMs };
    for (let attempt = 0; ; attempt++) {
      const last = !idempotent || attempt >= retries;
      const backoff = () => Math.min(cap, Math.random() * base * 2 ** attempt);
      let received: Received;
      try {
        received = receive(await withinBounds((bound) => transport(request, bound), limits));
      } catch (error) {
        // The caller's abort, and an answer too large to read again, end the call at once.
        if (error instanceof FeishuAbortError || error instanceof FeishuUnexpectedResponseError) throw error;
        const failure = error instanceof FeishuTimeoutError ? error : new FeishuNetworkError(quoting`Could not reach Feishu: ${quote((error as Error)?.message)}`, { cause: error });
        if (last) throw failure;
        await sleep(backoff(), signal);
        continue;
      }
      const rateLimited = received.status === 429 || (received.status === 400 && codeOf(received) === errorCodes.rateLimited.code);
      if (!(rateLimited || received.status >= 500) || last) return received;
      const asked = rateLimited ? retryAfterSeconds(received.headers) : undefined;
      await sleep(asked === undefined ? backoff() : Math.min(cap, asked * 1000), signal);
    }
  };
}
