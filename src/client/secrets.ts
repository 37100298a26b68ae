/** What a scrubbed secret is replaced with. */
export const REDACTED = '[REDACTED]';
/** Tokens a client keeps scrubbing after it stopped using them (they rotate every two hours). */
const MAX_ISSUED = 64;

/**
 * The secrets a client holds — the app secret, a fixed token, and every token it was issued — and
 * the one place that removes them from what the client reports. A server that echoes the request
 * (an HTML error page quoting the token call's body, a `msg` quoting `Authorization`) must not put
 * them into an error's message, snippet, properties or `util.inspect` output.
 */
export class SecretSet {
  private readonly fixed = new Set<string>();
  private readonly issued = new Set<string>();
  private forms: string[] = [];

  /** A secret that lives as long as the client (app secret, fixed token). */
  addFixed(secret: string): void {
    if (!secret || this.fixed.has(secret)) return;
    this.fixed.add(secret);
    this.refresh();
  }

  /** A token the client received; the oldest of many is forgotten. */
  addIssued(token: string): void {
    if (!token || this.fixed.has(token) || this.issued.has(token)) return;
    this.issued.add(token);
    if (this.issued.size > MAX_ISSUED) this.issued.delete(this.issued.values().next().value as string);
    this.refresh();
  }

  private refresh() {
    const forms = new Set<string>();
    for (const secret of [...this.fixed, ...this.issued]) {
      // As sent, as a JSON string would carry it, and as a URL or form would.
      forms.add(secret);
      forms.add(JSON.stringify(secret).slice(1, -1));
      forms.add(encodeURIComponent(secret));
    }
    // Longest first, so that a secret containing another is removed whole.
    this.forms = [...forms].filter(Boolean).sort((a, b) => b.length - a.length);
  }

  /** `text` with every secret replaced by {@link REDACTED}. */
  scrub(text: string): string {
    let out = text;
    for (const form of this.forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
    return out;
  }

  /** A JSON-like value with every string scrubbed (a copy; cycles and depth bounded). */
  scrubValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
    if (typeof value === 'string') return this.scrub(value);
    if (!value || typeof value !== 'object' || depth > 32 || seen.has(value)) return value;
    seen.add(value);
    if (Array.isArray(value)) return value.map((v) => this.scrubValue(v, depth + 1, seen));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[this.scrub(k)] = this.scrubValue(v, depth + 1, seen);
    return out;
  }

  /**
   * Scrubs an error in place before it leaves the client: message, stack, every own property and
   * the `cause` chain (a cause may be a platform error quoting a header).
   */
  scrubError<E>(error: E, depth = 0): E {
    if (!this.forms.length || !(error instanceof Error) || depth > 8) return error;
    const target = error as Error & Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(target)) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (!descriptor || !('value' in descriptor) || !descriptor.writable) continue;
      const value = descriptor.value as unknown;
      if (value instanceof Error) this.scrubError(value, depth + 1);
      else if (typeof value === 'string') target[key] = this.scrub(value);
      else if (value && typeof value === 'object' && !(value instanceof Headers)) target[key] = this.scrubValue(value);
    }
    // `stack` may be an accessor that formats lazily from the message.
    if (typeof target.stack === 'string') target.stack = this.scrub(target.stack);
    return error;
  }
}
