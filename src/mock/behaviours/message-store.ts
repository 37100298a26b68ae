// The messages the mock's createMessage sent: kept for tests to read, deduplicated by uuid for an
// hour as the platform does, and limited to 5 per second per recipient — all in memory bounded in
// entries and in bytes (BoundedStore), the oldest forgotten first.
import { BoundedStore } from '../bounded-store.js';
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

/**
 * What the store keeps, so that a long-running mock stays flat: the latest 1,000 messages within
 * 32 MB, and the uuids of the last hour — at most 10,000 within 32 MB (a message's 150 KB of text
 * counts in full). Beyond either cap the oldest go first: a uuid forgotten that way deduplicates
 * no more, as a message forgotten is no longer listed.
 */
export const MESSAGE_STORE_LIMITS = {
  messages: { maxEntries: 1000, maxBytes: 32 * 2 ** 20 },
  uuids: { maxEntries: 10_000, maxBytes: 32 * 2 ** 20 },
} as const;
/** How long a uuid deduplicates (the platform: one hour). */
const DEDUP_MS = 60 * 60 * 1000;

export class MessageStore {
  private readonly messages = new BoundedStore<string, MockMessage>(MESSAGE_STORE_LIMITS.messages);
  private readonly byUuid = new BoundedStore<string, { message: MockMessage; until: number }>(MESSAGE_STORE_LIMITS.uuids);
  private readonly perRecipient = new RateWindows();
  private seq = 0;

  /** The latest messages sent, oldest first (within {@link MESSAGE_STORE_LIMITS}); a copy. */
  get sent(): readonly MockMessage[] {
    return [...this.messages.values()];
  }

  /** The bytes the message and uuid stores hold (for tests of the bound). */
  get bytes(): { messages: number; uuids: number } {
    return { messages: this.messages.bytes, uuids: this.byUuid.bytes };
  }

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
    this.messages.set(message.message_id, message);
    if (!uuid) return;
    // Entries go in in time order, so the expired ones are the oldest.
    this.byUuid.dropOldestWhile(({ until }) => until <= nowMs);
    this.byUuid.set(`${sender} ${uuid}`, { message, until: nowMs + DEDUP_MS });
  }
}
