// Every store of the mock (messages, uuid dedup, rate-limit windows, paging memos, tokens, and the
// stores other behaviours add) is a BoundedStore: a Map capped in entries AND in bytes, evicting
// the oldest entry first. A cap in entries alone is not a bound: 10,000 entries of 60 KB each are
// 600 MB (issue 21, item 3). Add a store to the mock by creating one of these with its own limits,
// never a bare Map or array that grows with what callers send.

/** The two caps of a store. Both hold at every moment: an insertion evicts until both are met. */
export interface StoreLimits {
  /** Most entries kept. */
  maxEntries: number;
  /** Most bytes kept, as {@link approxBytes} (or the store's own `sizeOf`) counts them. */
  maxBytes: number;
}

/** Bytes counted per object or array on top of its contents (V8's headers and hidden classes). */
const OBJECT_BYTES = 32;
/** Bytes counted per property or array slot on top of its key and value. */
const SLOT_BYTES = 16;

/**
 * An upper estimate of the heap a JSON-like value holds: strings at 2 bytes per UTF-16 unit (V8
 * keeps ASCII in one), each object and slot with a fixed overhead. A subtree reached twice is
 * counted once; the walk is iterative, so a deep value cannot overflow the stack. Values that are
 * not JSON-like (functions, symbols) count as a slot.
 */
export function approxBytes(value: unknown): number {
  let total = 0;
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') total += SLOT_BYTES + 2 * v.length;
    else if (v === null || typeof v !== 'object') total += SLOT_BYTES;
    else if (!seen.has(v)) {
      seen.add(v);
      total += OBJECT_BYTES;
      if (Array.isArray(v)) {
        total += SLOT_BYTES * v.length;
        for (const item of v) stack.push(item);
      } else if (v instanceof Map) {
        for (const [k, item] of v) stack.push(k, item);
      } else if (v instanceof Set) {
        for (const item of v) stack.push(item);
      } else {
        for (const key of Object.keys(v)) {
          total += SLOT_BYTES + 2 * key.length;
          stack.push((v as Record<string, unknown>)[key]);
        }
      }
    }
  }
  return total;
}

/**
 * A Map bounded in entries and in bytes; when an insertion would cross either cap, the oldest
 * entries (insertion order) are evicted first. Setting an existing key replaces the entry and makes
 * it the newest. An entry larger than the whole byte cap is not stored ({@link BoundedStore.add}
 * answers false; `set` drops it silently, as a full cache would). It is a real `Map`, so code and
 * tests that read a Map keep working; every write goes through `set`/`delete`/`clear`, which keep
 * the byte count.
 *
 * Entry sizes are measured once, when set: a value mutated in place afterwards keeps its first
 * size, so store values whose size changes by replacing them (or give `sizeOf` a fixed upper size).
 *
 * @example
 * ```ts
 * const uploads = new BoundedStore<string, Uint8Array>({ maxEntries: 1000, maxBytes: 64 * 2 ** 20 }, (key, bytes) => 2 * key.length + bytes.byteLength);
 * ```
 */
export class BoundedStore<K, V> extends Map<K, V> {
  readonly #sizes = new Map<K, number>();
  #bytes = 0;

  /**
   * @param limits - the caps (entries and bytes).
   * @param sizeOf - the bytes one entry holds (default: {@link approxBytes} of key and value).
   */
  constructor(
    readonly limits: StoreLimits,
    private readonly sizeOf: (key: K, value: V) => number = (key, value) => approxBytes(key) + approxBytes(value),
  ) {
    super();
    if (!(limits.maxEntries >= 1) || !(limits.maxBytes >= 1)) throw new RangeError('a BoundedStore needs maxEntries and maxBytes of at least 1');
  }

  /** The bytes the store holds now (the sum of its entries' measured sizes). */
  get bytes(): number {
    return this.#bytes;
  }

  /**
   * Stores `value` under `key` as the newest entry, evicting the oldest ones until both caps hold.
   * False (and nothing stored, any older entry under `key` removed) when the entry alone is larger
   * than `maxBytes`.
   */
  add(key: K, value: V): boolean {
    const bytes = this.sizeOf(key, value);
    this.delete(key);
    if (bytes > this.limits.maxBytes) return false;
    while (this.size > 0 && (this.size >= this.limits.maxEntries || this.#bytes + bytes > this.limits.maxBytes)) {
      this.delete(super.keys().next().value as K);
    }
    super.set(key, value);
    this.#sizes.set(key, bytes);
    this.#bytes += bytes;
    return true;
  }

  /** As {@link BoundedStore.add}, returning the store (the Map contract). */
  override set(key: K, value: V): this {
    this.add(key, value);
    return this;
  }

  override delete(key: K): boolean {
    const bytes = this.#sizes.get(key);
    if (bytes === undefined) return false;
    this.#sizes.delete(key);
    this.#bytes -= bytes;
    return super.delete(key);
  }

  override clear(): void {
    this.#sizes.clear();
    this.#bytes = 0;
    super.clear();
  }

  /** The oldest entry, or undefined when empty. */
  oldest(): [K, V] | undefined {
    return super.entries().next().value as [K, V] | undefined;
  }

  /** Evicts from the oldest end while `stale(value, key)` holds (e.g. expired entries of a store kept in time order). */
  dropOldestWhile(stale: (value: V, key: K) => boolean): void {
    for (let first = this.oldest(); first && stale(first[1], first[0]); first = this.oldest()) this.delete(first[0]);
  }
}
