// The public side of the mock's long connection: its options, the ACKs it records and what tests
// call on it. Kept apart from hub.ts so that the mock's types need no Node typings.
import type { LongConnectionClientConfig } from '../../../generated/longconn-schemas.js';
import type { Frame } from '../../longconn/frame.js';

/** Options of the mock's long connection (`createMockFeishu({ longConnection })`). */
export interface LongConnectionMockOptions {
  /** How long the mock waits for an ACK before it redelivers, in ms (default: the protocol's 3000). */
  ackTimeoutMs?: number;
  /** Redeliveries after the first push when no ACK (or a 500 ACK) comes (default 3). */
  redeliveries?: number;
  /** Payloads longer than this many bytes are split into parts with `sum`/`seq` (default 64 KiB). */
  maxFramePayloadBytes?: number;
  /** The frame type of a card callback: `event` (default, what frame captures show) or `card` (erratum cardFrameType). */
  cardFrameType?: 'event' | 'card';
  /** The ClientConfig the endpoint and every pong carry (default: the protocol's defaults). */
  clientConfig?: LongConnectionClientConfig;
  /** Open connections an app may hold (default: the protocol's 50). */
  maxConnections?: number;
}

/** One ACK the mock received. */
export interface LongConnectionAck {
  messageId: string;
  /** The frame type of the message acknowledged. */
  type: string;
  /** The ACK payload's code (200, 500), or undefined when the payload was not the ACK JSON. */
  code: number | undefined;
  /** `data` decoded from base64 (the handler's answer as JSON text), if present. */
  data: string | undefined;
  /** The biz_rt header as sent (node-sdk sends a negative one: erratum bizRtNegative). */
  bizRt: string | undefined;
  /** Which push of the message it answered (0 = the first). */
  attempt: number;
  /** 108002 when a card callback was acknowledged without `data`; a lost ACK is recorded with `lost`. */
  error?: number;
  /** The mock discarded this ACK on purpose ({@link LongConnectionMock.loseAcks}). */
  lost?: boolean;
}

/** What a delivery over the long connection gave: the ACK as an HTTP-like answer, or no ACK at all. */
export type LongConnectionDelivery = { status: number; body: string } | { timeout: true };

/** The test-facing side of the mock's long connection (`mock.longConnection`). */
export interface LongConnectionMock {
  /** The options in force; tests may change them at any time. */
  readonly options: Required<Omit<LongConnectionMockOptions, 'clientConfig'>> & { clientConfig: LongConnectionClientConfig };
  /** Open connections now. */
  connections(): number;
  /** Whether the app has an open connection (deliveries then go over it). */
  hasConnection(): boolean;
  /** The latest ACKs (at most 1000), oldest first. */
  readonly acks: readonly LongConnectionAck[];
  /** Frames the mock could not read (garbage from a client), counted. */
  readonly badFrames: number;
  /**
   * Pushes one message (an event envelope or card callback, as JSON text) to one open connection,
   * redelivering as the platform does; resolves with the ACK's code and decoded `data`.
   */
  deliver(payloadJson: string, kind: 'event' | 'card'): Promise<LongConnectionDelivery>;
  /** Drops every connection (TCP reset, no close frame), as a platform restart does. */
  drop(): void;
  /** Makes every open connection half-open: it stays up but the mock answers and sends nothing more on it. */
  stall(): void;
  /** The next `count` ACKs are discarded as if lost in transit (so the message is redelivered). */
  loseAcks(count: number): void;
  /** Sends raw bytes (a bad frame) or a frame to every open connection. */
  send(data: Uint8Array | Frame): void;
}
