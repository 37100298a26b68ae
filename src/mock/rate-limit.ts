// Rate limits of the mock: fixed one-second and one-minute windows per key, in memory bounded in
// keys and bytes.
import { BoundedStore } from './bounded-store.js';

/** A documented limit (the spec's `x-rate-limit`): requests per second and per minute. */
export interface RateLimit {
  perSecond?: number;
  perMinute?: number;
}

/** Why a request was refused: the limit it crossed and the seconds until that window resets. */
export interface RateLimitHit {
  limit: number;
  resetSeconds: number;
}

interface Window {
  second: number;
  inSecond: number;
  minute: number;
  inMinute: number;
}

/** Bytes of one window besides its key (four numbers in an object, and the store's own slot). */
const WINDOW_BYTES = 96;

/**
 * Request counts per key (the mock keys by operation and caller), each in the current second
 * and minute. A key whose windows have passed holds nothing worth keeping, so when the store is
 * full the stale keys are dropped first and then the oldest: memory stays bounded by `maxKeys`
 * and `maxBytes` (keys counted at their length) whatever the callers send.
 */
export class RateWindows {
  private readonly windows: BoundedStore<string, Window>;

  constructor(
    private readonly maxKeys = 1024,
    maxBytes = 1024 * 1024,
  ) {
    this.windows = new BoundedStore({ maxEntries: maxKeys, maxBytes }, (key) => 2 * key.length + WINDOW_BYTES);
  }

  /** The bytes the windows hold (for tests of the bound). */
  get bytes(): number {
    return this.windows.bytes;
  }

  /** How many keys are held (for tests of the bound). */
  get size(): number {
    return this.windows.size;
  }

  /**
   * Counts one request of `key` at `nowMs` against `limit`; answers the crossed limit instead
   * when the request is over it (a refused request does not count).
   */
  take(key: string, limit: RateLimit, nowMs: number): RateLimitHit | undefined {
    const second = Math.floor(nowMs / 1000);
    const minute = Math.floor(nowMs / 60_000);
    let w = this.windows.get(key);
    if (!w) {
      if (this.windows.size >= this.maxKeys) this.evict(minute);
      w = { second, inSecond: 0, minute, inMinute: 0 };
      this.windows.set(key, w);
    }
    if (w.second !== second) {
      w.second = second;
      w.inSecond = 0;
    }
    if (w.minute !== minute) {
      w.minute = minute;
      w.inMinute = 0;
    }
    if (limit.perMinute !== undefined && w.inMinute >= limit.perMinute) {
      return { limit: limit.perMinute, resetSeconds: Math.max(1, Math.ceil(((minute + 1) * 60_000 - nowMs) / 1000)) };
    }
    if (limit.perSecond !== undefined && w.inSecond >= limit.perSecond) {
      return { limit: limit.perSecond, resetSeconds: Math.max(1, Math.ceil(((second + 1) * 1000 - nowMs) / 1000)) };
    }
    w.inSecond += 1;
    w.inMinute += 1;
    return undefined;
  }

  private evict(minute: number) {
    for (const [key, w] of this.windows) if (w.minute < minute) this.windows.delete(key);
    // Still full: the store evicts the least recently created key as the new one goes in.
  }
}
