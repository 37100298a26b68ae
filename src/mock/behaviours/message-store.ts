// The messages the mock's createMessage sent: kept for tests to read, deduplicated by uuid for an
// hour as the platform does, and limited to 5 per second per recipient — all in bounded memory.
import { RateWindows, type RateLimitHit } from '../rate-limit.js';

/** A message the mock stored, as createMessage answered it. */
export interface MockMessage {
  message_id: string;
  msg_type: string;
  create_time: string;
  update_time: string;
  deleted: boolean;
  updated: boolean;
  chat_id: string;
  sender: { id: string; id_type: 'app_id' | 'open_id'; sender_type: 'app' | 'user'; tenant_key: string };
  body: { content: string };
  mentions?: { key: string; id: string; id_type: 'open_id'; name: string; tenant_key: string }[];
}

/** The most messages kept, and the most uuids remembered: a long-running mock stays flat. */
const KEEP = 1000;
const UUIDS = 10_000;
/** How long a uuid deduplicates (the platform: one hour). */
const DEDUP_MS = 60 * 60 * 1000;

export class MessageStore {
  /** The latest messages sent, oldest first (at most 1000). */
  readonly sent: MockMessage[] = [];
  private readonly byUuid = new Map<string, { message: MockMessage; until: number }>();
  private readonly perRecipient = new RateWindows();
  private seq = 0;

  /** The message an earlier send with this uuid (by this sender) made, within the hour. */
  deduplicated(sender: string, uuid: string | undefined, nowMs: number): MockMessage | undefined {
    if (!uuid) return undefined;
    const hit = this.byUuid.get(`${sender} ${uuid}`);
    return hit && hit.until > nowMs ? hit.message : undefined;
  }

  /** Counts one send to `recipient`; the crossed limit when it is over `perSecond`. */
  take(recipient: string, perSecond: number, nowMs: number): RateLimitHit | undefined {
    return this.perRecipient.take(recipient, { perSecond }, nowMs);
  }

  /** A new message id, `om_` and 32 hex digits. */
  nextId(): string {
    this.seq += 1;
    return `om_${this.seq.toString(16).padStart(32, '0')}`;
  }

  store(message: MockMessage, sender: string, uuid: string | undefined, nowMs: number): void {
    this.sent.push(message);
    if (this.sent.length > KEEP) this.sent.splice(0, this.sent.length - KEEP);
    if (!uuid) return;
    if (this.byUuid.size >= UUIDS) {
      for (const [key, { until }] of this.byUuid) if (until <= nowMs) this.byUuid.delete(key);
      while (this.byUuid.size >= UUIDS) this.byUuid.delete(this.byUuid.keys().next().value!);
    }
    this.byUuid.set(`${sender} ${uuid}`, { message, until: nowMs + DEDUP_MS });
  }
}
