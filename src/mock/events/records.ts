// The mock's delivery records: every attempt of every event, challenge and card action it sent, for
// tests (mock.events.deliveries) and other languages (GET /__mock/deliveries). Bounded in count and
// in bytes: a mock left running under a busy test suite stays flat.
import { BoundedStore, type StoreLimits } from '../bounded-store.js';

/** One attempt to deliver. */
export interface DeliveryAttempt {
  /** 1 for the first delivery, 2 for the first redelivery, … */
  attempt: number;
  /** When it was sent (ISO 8601). */
  at: string;
  transport: 'http' | 'websocket';
  /** The answer's status; absent when there was none. */
  status?: number;
  /** The answer's body (its first 4 KiB). */
  body?: string;
  /** No answer within the deadline (3 s by default). */
  timeout?: true;
  /** The request could not be made (connection refused, …). */
  error?: string;
  durationMs: number;
}

/** Everything the mock sent for one event, challenge or card action. */
export interface DeliveryRecord {
  id: string;
  kind: 'event' | 'card' | 'challenge';
  /** `url_verification` for a challenge. */
  eventType: string;
  eventId?: string;
  /** The HTTP target (absent when delivered over the long connection only). */
  url?: string;
  /** The plaintext envelope, as the app gets it after decrypting. */
  envelope: unknown;
  attempts: DeliveryAttempt[];
  /**
   * `delivered`: a 2xx answer; `retrying`: a redelivery is scheduled; `failed`: the schedule is
   * used up (or, for a card action or challenge, the one attempt failed).
   */
  state: 'pending' | 'delivered' | 'retrying' | 'failed';
  /** For a challenge: whether the answer echoed the challenge. For a card action: whether its answer was valid. */
  ok?: boolean;
  /** For a card action or challenge: what was wrong with the answer. */
  problem?: string;
  /** For a card action: the parsed answer. */
  answer?: unknown;
  /** For a card action: the error code the Feishu client would show (200671 late, 200672 malformed, 200673 wrong card). */
  errorCode?: number;
  /** For a card action: whether a card in the answer replaced the stored message's card. */
  cardApplied?: boolean;
}

/** Most bytes of an answer body kept per attempt. */
export const KEPT_BODY_BYTES = 4096;

/** The records kept: the latest 1,000 within 8 MB (an envelope is a few KB, answers are cut at 4 KiB). */
export const DELIVERY_LOG_LIMITS = { maxEntries: 1000, maxBytes: 8 * 2 ** 20 } as const;

/** The records, oldest evicted first past either bound (a BoundedStore). */
export class DeliveryLog {
  private readonly records: BoundedStore<string, DeliveryRecord>;
  constructor(limits: StoreLimits = DELIVERY_LOG_LIMITS) {
    this.records = new BoundedStore<string, DeliveryRecord>(limits);
  }

  /** The records kept, oldest first. */
  list(): DeliveryRecord[] {
    return [...this.records.values()];
  }

  get(id: string): DeliveryRecord | undefined {
    return this.records.get(id);
  }

  /** Bytes the records count for. */
  get bytes(): number {
    return this.records.bytes;
  }

  /** Adds a record, or re-measures one that changed (a new attempt): the store measures on set. */
  put(record: DeliveryRecord): void {
    this.records.delete(record.id);
    this.records.set(record.id, record);
  }

  clear(): void {
    this.records.clear();
  }
}
