import { FeishuContractError, FeishuError, quotedRule, quotedSpansOf, setQuoted, type QuotingMessage } from '../errors.js';
import type { ValidationError } from '../validators/messages.js';

/** What a scrubbed secret is replaced with. */
export const REDACTED = '[REDACTED]';
/** How deep a scrubbed copy of a value goes; deeper subtrees become {@link TOO_DEEP}. */
export const MAX_SCRUB_DEPTH = 256;
/** How many values a scrubbed copy holds at most; the rest become {@link TOO_MANY}. */
export const MAX_SCRUB_NODES = 1_000_000;
/** What stands for a subtree dropped for its depth (it could not be shown scrubbed). */
export const TOO_DEEP = `[dropped by feishu-chat-contract: nested deeper than ${MAX_SCRUB_DEPTH} levels]`;
/** What stands for values dropped past the size budget. */
export const TOO_MANY = `[dropped by feishu-chat-contract: more than ${MAX_SCRUB_NODES} values]`;
const TOO_MANY_KEY = '(dropped)';
/** An error's own properties that are the package's or the runtime's words: never scrubbed. */
const KEPT = new Set(['name', 'code', 'operationId', 'schemaId', 'message', 'stack']);
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
  private pattern: RegExp | undefined;

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
    // Longest first, so that a secret containing another is removed whole. One pass over the text,
    // with the marker itself matched first and kept: scrubbing twice changes nothing more, and a
    // one-letter secret never eats into an earlier marker.
    const sorted = [...forms].filter(Boolean).sort((a, b) => b.length - a.length);
    this.pattern = sorted.length ? new RegExp([REDACTED, ...sorted].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : undefined;
  }

  /** Whether the set holds any secret. */
  get empty(): boolean {
    return this.pattern === undefined;
  }

  /** `text` with every secret replaced by {@link REDACTED}. */
  scrub(text: string): string {
    if (!this.pattern) return text;
    this.pattern.lastIndex = 0;
    return this.pattern.test(text) ? text.replace(this.pattern, REDACTED) : text;
  }

  /**
   * A copy of a JSON-like value with every string and key scrubbed, at any depth (the walk is
   * iterative). Subtrees deeper than {@link MAX_SCRUB_DEPTH}, and whatever lies past
   * {@link MAX_SCRUB_NODES} values, are replaced by a marker that says so ({@link TOO_DEEP},
   * {@link TOO_MANY}) instead of being kept unscrubbed: the copy can always be serialized and
   * inspected. Shared subtrees and cycles keep their shape; an Error inside is scrubbed in place.
   */
  scrubValue(value: unknown, foundErrors?: Error[]): unknown {
    const errors = foundErrors ?? [];
    const holder: Record<string, unknown> = {};
    const copies = new Map<object, unknown>();
    const tasks: { from: unknown; into: Record<string, unknown> | unknown[]; key: string | number; depth: number }[] = [{ from: value, into: holder, key: 'v', depth: 0 }];
    let budget = MAX_SCRUB_NODES;
    while (tasks.length) {
      const { from, into, key, depth } = tasks.pop()!;
      let out: unknown;
      if (typeof from === 'string') out = this.scrub(from);
      else if (!from || typeof from !== 'object') out = from;
      else if (copies.has(from)) out = copies.get(from);
      else if (from instanceof Error) {
        errors.push(from);
        out = from;
      } else if (typeof Headers !== 'undefined' && from instanceof Headers) out = from;
      else if (depth >= MAX_SCRUB_DEPTH) out = TOO_DEEP;
      else if (budget <= 0) out = TOO_MANY;
      else if (Array.isArray(from)) {
        const copy: unknown[] = [];
        copies.set(from, copy);
        const n = Math.min(from.length, budget);
        budget -= n;
        for (let i = 0; i < n; i++) tasks.push({ from: from[i], into: copy, key: i, depth: depth + 1 });
        if (n < from.length) copy[n] = TOO_MANY;
        out = copy;
      } else {
        const copy: Record<string, unknown> = {};
        copies.set(from, copy);
        const keys = Object.keys(from);
        const n = Math.min(keys.length, budget);
        budget -= n;
        for (let i = 0; i < n; i++) tasks.push({ from: (from as Record<string, unknown>)[keys[i]!], into: copy, key: this.scrub(keys[i]!), depth: depth + 1 });
        if (n < keys.length) copy[TOO_MANY_KEY] = TOO_MANY;
        out = copy;
      }
      // A key such as `__proto__` (JSON.parse makes it an own property) stays a plain property.
      Object.defineProperty(into, key, { value: out, enumerable: true, writable: true, configurable: true });
    }
    if (!foundErrors) for (const error of errors) this.scrubError(error);
    return holder.v;
  }

  /**
   * Scrubs an error in place before it leaves the client: every own property and the `cause` chain,
   * errors nested in its values, at any depth (iteratively). `name`, `code` and the package's own
   * words are never changed: in a message the package built, only the parts it quoted from outside
   * (a server's answer, the caller's input) are scrubbed; a foreign error's message is all outside.
   */
  scrubError<E>(error: E): E {
    if (!this.pattern || !(error instanceof Error)) return error;
    const pending: Error[] = [error];
    const done = new Set<Error>();
    while (pending.length) {
      const target = pending.pop()! as Error & Record<string, unknown>;
      if (done.has(target)) continue;
      done.add(target);
      const message = target.message;
      const spans = typeof message === 'string' ? quotedSpansOf(target) : undefined;
      const scrubbed = typeof message === 'string' ? this.scrubMessage(message, spans) : undefined;
      for (const key of Object.getOwnPropertyNames(target)) {
        if (KEPT.has(key)) continue;
        const descriptor = Object.getOwnPropertyDescriptor(target, key);
        if (!descriptor || !('value' in descriptor) || !descriptor.writable) continue;
        const value = descriptor.value as unknown;
        if (value instanceof Error) pending.push(value);
        else if (typeof value === 'string') target[key] = this.scrub(value);
        else if (key === 'errors' && target instanceof FeishuContractError && Array.isArray(value)) {
          // A rule's keyword is the package's word; its path and message name the caller's fields.
          (target as Record<string, unknown>)[key] = (value as ValidationError[]).map((e) => {
            const message = String(e.message);
            return { ...e, path: this.scrub(String(e.path)), message: this.scrubMessage(message, quotedRule({ ...e, path: String(e.path), message }).spans).text };
          });
        } else if (value && typeof value === 'object') target[key] = this.scrubValue(value, pending);
      }
      if (scrubbed && scrubbed.text !== message && Object.getOwnPropertyDescriptor(target, 'message')?.writable) {
        // The package's error keeps its spans, so that scrubbing it again changes nothing more.
        if (spans) setQuoted(target, scrubbed);
        else target.message = scrubbed.text;
      }
      // `stack` may be an accessor that formats lazily from the message. A package error's stack is
      // its message and the package's and caller's frames: only the message part changes. A foreign
      // error's stack is all outside text.
      if (typeof target.stack === 'string') {
        const stack = target.stack;
        if (!spans) target.stack = this.scrub(stack);
        else if (scrubbed && stack.includes(message)) target.stack = stack.replace(message, () => scrubbed.text);
      }
    }
    return error;
  }

  /** The message with its outside parts scrubbed (all of it for a foreign error: no spans), and its new spans. */
  private scrubMessage(message: string, spans: readonly (readonly [number, number])[] | undefined): QuotingMessage {
    if (!spans) return { text: this.scrub(message), spans: [] };
    let text = '';
    let at = 0;
    const moved: [number, number][] = [];
    for (const [from, to] of spans) {
      text += message.slice(at, from);
      const part = this.scrub(message.slice(from, to));
      moved.push([text.length, text.length + part.length]);
      text += part;
      at = to;
    }
    return { text: text + message.slice(at), spans: moved };
  }
}

/** An error as it leaves the client: named for its operation, with no secret of `secrets` in it. */
export function leaving(secrets: SecretSet, operationId: string | undefined, error: unknown): unknown {
  if (error instanceof FeishuError && operationId) error.operationId ??= operationId;
  return secrets.scrubError(error);
}
