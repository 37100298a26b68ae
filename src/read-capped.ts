/**
 * Reads a body stream up to `limit` bytes. A longer body is cancelled as soon as it passes the
 * limit (never buffered whole) and `undefined` is returned; a missing body reads as empty.
 * When `signal` aborts, the reader is cancelled (which ends a pending read, and makes fetch drop
 * the connection) and the read rejects with the signal's reason. The listener closes over the
 * reader, so whoever holds the signal's controller keeps the means to cancel it.
 */
export async function readCapped(body: ReadableStream<Uint8Array> | null, limit: number, signal?: AbortSignal): Promise<Uint8Array | undefined> {
  if (!body) return new Uint8Array(0);
  if (signal?.aborted) {
    await body.cancel(signal.reason).catch(() => undefined);
    signal.throwIfAborted();
  }
  const reader = body.getReader();
  const cancel = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      // A cancelled stream reads as done: that is an abort, not the end of the body.
      signal?.throwIfAborted();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(value);
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
