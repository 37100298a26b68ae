import { readCapped } from '../read-capped.js';
import { FeishuUnexpectedResponseError } from './errors.js';

/**
 * The error for an answer larger than `maxResponseBytes` (`what`: which measure passed it). Shared by
 * every transport, so that the cap reads the same whichever carried the bytes.
 */
export function tooLargeError(status: number, contentType: string | undefined, what: string, limit: number): FeishuUnexpectedResponseError {
  return new FeishuUnexpectedResponseError(status, contentType, `(${what} above maxResponseBytes ${limit})`);
}

/**
 * The body of `response` within `limit` decoded bytes, or a FeishuUnexpectedResponseError; a longer
 * one is cancelled, never buffered whole. `signal` cancels the read (see {@link readCapped}).
 */
export async function readBodyCapped(response: Response, limit: number, signal: AbortSignal): Promise<Uint8Array> {
  const tooLarge = (what: string) => tooLargeError(response.status, response.headers.get('content-type') ?? undefined, what, limit);
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(`body of ${declared} bytes`);
  }
  const bytes = await readCapped(response.body, limit, signal);
  if (!bytes) throw tooLarge('body');
  return bytes;
}
