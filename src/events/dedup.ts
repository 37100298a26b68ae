// Deduplication of at-least-once delivery: the keys of events already taken, in memory, bounded by
// count, bytes and age; or the app's own shared store behind the same two-method interface.

/**
 * Where the handler remembers the events it took. `add` may answer `false` when the key was already
 * there (an atomic add, like Redis `SET key 1 NX EX …`): concurrent deliveries of one event to several
 * instances then run the handler once. `delete` (optional) forgets a key, so that an event whose
 * handler failed under `ack: 'after-handler'` runs again on redelivery.
 */
export interface DedupStore {
  has(key: string): boolean | Promise<boolean>;
  add(key: string): boolean | void | Promise<boolean | void>;
  delete?(key: string): unknown;
}

/** Bounds of the in-memory store. */
export interface MemoryDedupOptions {
  /** Most keys kept (default 10,000). */
  maxEntries?: number;
  /** Most bytes of keys kept, counted as UTF-16 code units × 2 plus a fixed overhead per entry (default 4 MiB). */
  maxBytes?: number;
  /**
   * How long a key is remembered, ms (default 12 h: the platform's retries reach 5 s, 5 min, 1 h and
   * 6 h after the first attempt, and the official Node SDK's channel keeps message ids 12 h).
   */
  ttlMs?: number;
  /** The clock, ms (default Date.now). */
  now?: () => number;
}

/** Bytes counted per entry besides its key: the Map slot and the expiry number. */
const ENTRY_OVERHEAD = 64;
/** Longer keys are hashed down by the caller's key choice; a key this long is refused outright. */
export const MAX_KEY_CHARS = 512;

/** The in-memory store: oldest keys evicted first once a bound is reached. */
export class MemoryDedupStore implements DedupStore {
  readonly maxEntries: number;
  readonly maxBytes: number;
  readonly ttlMs: number;
  private readonly now: () => number;
  private readonly keys = new Map<string, number>();
  private bytes = 0;

  constructor(options: MemoryDedupOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
    this.ttlMs = options.ttlMs ?? 12 * 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
    if (!(this.maxEntries >= 1) || !(this.maxBytes >= ENTRY_OVERHEAD) || !(this.ttlMs > 0)) throw new RangeError('maxEntries ≥ 1, maxBytes ≥ 64 and ttlMs > 0 are required');
  }

  /** Keys held now. */
  get size(): number {
    return this.keys.size;
  }

  /** Bytes the held keys count for (see {@link MemoryDedupOptions.maxBytes}). */
  get byteSize(): number {
    return this.bytes;
  }

  has(key: string): boolean {
    const until = this.keys.get(key);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.delete(key);
    return false;
  }

  add(key: string): boolean {
    if (this.has(key)) return false;
    const cost = key.length * 2 + ENTRY_OVERHEAD;
    // Expired keys first, then the oldest, until the new key fits both bounds.
    const now = this.now();
    for (const [old, until] of this.keys) {
      if (until > now) break;
      this.delete(old);
    }
    while (this.keys.size > 0 && (this.keys.size + 1 > this.maxEntries || this.bytes + cost > this.maxBytes)) this.delete(this.keys.keys().next().value!);
    this.keys.set(key, now + this.ttlMs);
    this.bytes += cost;
    return true;
  }

  delete(key: string): boolean {
    if (!this.keys.delete(key)) return false;
    this.bytes -= key.length * 2 + ENTRY_OVERHEAD;
    return true;
  }
}
