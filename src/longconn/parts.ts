// Reassembly of split messages (headers sum/seq), in a cache bounded by bytes, by message count
// and by age, so that a flood of parts that never complete cannot grow memory.

/** Bounds of the partial-message cache. */
export interface PartCacheLimits {
  /** Bytes of payload held across all incomplete messages (default 8 MiB). */
  maxBytes?: number;
  /** Incomplete messages held at once (default 256). */
  maxMessages?: number;
  /** How long an incomplete message is kept after its first part, in ms (default 10 000, as node-sdk). */
  ttlMs?: number;
  /** The largest `sum` accepted (default 1024). */
  maxParts?: number;
}

interface Pending {
  parts: (Uint8Array | undefined)[];
  received: number;
  bytes: number;
  firstAt: number;
}

/** What adding a part gave. */
export type PartResult =
  | { complete: Uint8Array }
  | { pending: true }
  | { refused: string };

export class PartCache {
  readonly maxBytes: number;
  readonly maxMessages: number;
  readonly ttlMs: number;
  readonly maxParts: number;
  private readonly pending = new Map<string, Pending>();
  private heldBytes = 0;
  /** Incomplete messages dropped (expired, evicted or refused), for logs and tests. */
  dropped = 0;

  constructor(limits: PartCacheLimits = {}, private readonly now: () => number = Date.now) {
    this.maxBytes = limits.maxBytes ?? 8 * 1024 * 1024;
    this.maxMessages = limits.maxMessages ?? 256;
    this.ttlMs = limits.ttlMs ?? 10_000;
    this.maxParts = limits.maxParts ?? 1024;
  }

  /** Bytes and messages held now. */
  get stats(): { bytes: number; messages: number; dropped: number } {
    return { bytes: this.heldBytes, messages: this.pending.size, dropped: this.dropped };
  }

  /** Adds one part; the whole message once every part is there. `sum`/`seq` are the raw header values. */
  add(messageId: string, sumText: string | undefined, seqText: string | undefined, payload: Uint8Array): PartResult {
    this.expire();
    const sum = Number(sumText ?? '1');
    const seq = Number(seqText ?? '0');
    if (!Number.isInteger(sum) || sum < 1 || sum > this.maxParts) return { refused: `sum ${JSON.stringify(sumText)} is not an integer from 1 to ${this.maxParts}` };
    if (!Number.isInteger(seq) || seq < 0 || seq >= sum) return { refused: `seq ${JSON.stringify(seqText)} is not an integer below sum ${sum}` };
    if (sum === 1) return { complete: payload };
    if (payload.byteLength > this.maxBytes) return { refused: `a part of ${payload.byteLength} bytes exceeds the cache's ${this.maxBytes}` };
    let entry = this.pending.get(messageId);
    if (entry && entry.parts.length !== sum) {
      this.remove(messageId, entry);
      return { refused: `sum ${sum} differs from the first part's ${entry.parts.length}` };
    }
    if (!entry) {
      entry = { parts: new Array<Uint8Array | undefined>(sum).fill(undefined), received: 0, bytes: 0, firstAt: this.now() };
      this.pending.set(messageId, entry);
    }
    const previous = entry.parts[seq];
    if (previous) {
      entry.bytes -= previous.byteLength;
      this.heldBytes -= previous.byteLength;
    } else {
      entry.received += 1;
    }
    entry.parts[seq] = payload;
    entry.bytes += payload.byteLength;
    this.heldBytes += payload.byteLength;
    if (entry.received === sum) {
      this.remove(messageId, entry);
      const whole = new Uint8Array(entry.bytes);
      let at = 0;
      for (const part of entry.parts) {
        whole.set(part!, at);
        at += part!.byteLength;
      }
      return { complete: whole };
    }
    // Over a bound: drop the oldest incomplete messages (never the one just added to, unless alone).
    for (const [id, old] of this.pending) {
      if (this.heldBytes <= this.maxBytes && this.pending.size <= this.maxMessages) break;
      this.remove(id, old);
      this.dropped += 1;
    }
    return this.pending.has(messageId) ? { pending: true } : { refused: `the partial-message cache is full (${this.maxBytes} bytes, ${this.maxMessages} messages)` };
  }

  /** Drops incomplete messages older than the TTL (the map is in first-part order). */
  expire(): void {
    const cutoff = this.now() - this.ttlMs;
    for (const [id, entry] of this.pending) {
      if (entry.firstAt > cutoff) break;
      this.remove(id, entry);
      this.dropped += 1;
    }
  }

  clear(): void {
    this.pending.clear();
    this.heldBytes = 0;
  }

  private remove(id: string, entry: Pending) {
    this.pending.delete(id);
    this.heldBytes -= entry.bytes;
  }
}
