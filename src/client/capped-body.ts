import { readCapped } from '../read-capped.js';
import { FeishuUnexpectedResponseError } from './errors.js';

/**
 * The body of `response` within `limit` decoded bytes, or a FeishuUnexpectedResponseError; a longer
 * one is cancelled, never buffered whole. `signal` cancels the read (see {@link readCapped}).
 */
export async function readBodyCapped(response: Response, limit: number, signal: AbortSignal): Promise<Uint8Array> {
  const tooLarge = (what: string) => new FeishuUnexpectedResponseError(response.status, response.headers.get('content-type') ?? undefined, `(${what} above maxResponseBytes ${limit})`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(`body of ${declared} bytes`);
  }
  const bytes = await readCapped(response.body, limit, signal);
  if (!bytes) throw tooLarge('body');
  return bytes;
}
