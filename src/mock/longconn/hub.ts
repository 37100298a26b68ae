// The mock's long connection: the URLs the endpoint hands out, the WebSocket server at them, and
// delivery of events and card callbacks over the app's open connections as pbbp2 frames — split
// above a size, one connection per message (cluster mode), redelivered when no ACK comes in time.
// Every protocol fact (header names, types, codes, defaults, limits) comes from generated/longconn.js.
import { randomBytes, randomInt } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { LongConnectionClientConfig } from '../../../generated/longconn-schemas.js';
import { endpoint, protocol } from '../../../generated/longconn.js';
import { decodeFrame, encodeFrame, fromBase64, fromUtf8, headerOf, methods, typeOf, utf8, type Frame } from '../../longconn/frame.js';
import { validate } from '../../validators/index.js';
import { BoundedStore } from '../bounded-store.js';
import type { LongConnectionAck, LongConnectionDelivery, LongConnectionMock, LongConnectionMockOptions } from './types.js';

export type { LongConnectionAck, LongConnectionDelivery, LongConnectionMock, LongConnectionMockOptions } from './types.js';

interface Connection {
  socket: WebSocket;
  deviceId: string;
  stalled: boolean;
  seq: bigint;
}

interface Waiting {
  type: string;
  attempt: number;
  done: (ack: LongConnectionAck) => void;
}

const TICKET_TTL_MS = 5 * 60_000;

/** The mock's long-connection state; the endpoint behaviour and the HTTP server's upgrade use it. */
export class LongConnectionHub implements LongConnectionMock {
  readonly options: LongConnectionMock['options'];
  /** ACKs received, oldest first: at most 1000 within 8 MB (a card answer can be large). */
  private readonly ackStore = new BoundedStore<number, LongConnectionAck>({ maxEntries: 1000, maxBytes: 8 * 1024 * 1024 });
  private ackCount = 0;
  badFrames = 0;
  /** ws://host:port of the listening mock, set by `listen()`. */
  wsBase = 'ws://127.0.0.1';
  private readonly serviceId = randomInt(1, 2 ** 31 - 1);
  /** URLs handed out and not yet dialled: ticket → expiry (ms). */
  private readonly tickets = new BoundedStore<string, number>({ maxEntries: 1000, maxBytes: 256 * 1024 });
  private readonly open = new Set<Connection>();
  private readonly waiting = new Map<string, Waiting>();
  private toLose = 0;
  private readonly server = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 });
  /** Called when the app gains its first open connection (true) or loses its last (false): the event source switches transport. */
  onAvailability: (available: boolean) => void = () => undefined;

  constructor(options: LongConnectionMockOptions = {}, private readonly now: () => number = Date.now) {
    this.options = {
      ackTimeoutMs: options.ackTimeoutMs ?? protocol.ack.deadlineMs,
      redeliveries: options.redeliveries ?? 3,
      maxFramePayloadBytes: options.maxFramePayloadBytes ?? 64 * 1024,
      cardFrameType: options.cardFrameType ?? 'event',
      clientConfig: { ...protocol.clientConfig.defaults, ...options.clientConfig },
      maxConnections: options.maxConnections ?? protocol.limits.maxConnectionsPerApp,
    };
  }

  get acks(): readonly LongConnectionAck[] {
    return [...this.ackStore.values()];
  }

  connections(): number {
    return this.open.size;
  }

  hasConnection(): boolean {
    for (const c of this.open) if (!c.stalled) return true;
    return false;
  }

  /** A fresh URL for the endpoint's answer, or `limit` when the app holds the maximum already. */
  issue(): { URL: string; ClientConfig: LongConnectionClientConfig } | 'limit' {
    if (this.open.size >= this.options.maxConnections) return 'limit';
    const now = this.now();
    for (const [id, expires] of this.tickets) if (expires <= now) this.tickets.delete(id);
    const deviceId = String(BigInt(`0x${randomBytes(7).toString('hex')}`));
    const ticket = randomBytes(12).toString('hex');
    this.tickets.add(`${deviceId}:${ticket}`, now + TICKET_TTL_MS);
    return { URL: `${this.wsBase}/ws/v2?device_id=${deviceId}&service_id=${this.serviceId}&ticket=${ticket}`, ClientConfig: this.options.clientConfig };
  }

  /** Handles an HTTP upgrade to the long connection; other paths are not ours (false). */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://mock');
    if (url.pathname !== '/ws/v2') return false;
    const key = `${url.searchParams.get('device_id')}:${url.searchParams.get('ticket')}`;
    const expires = this.tickets.get(key);
    const [forbidden, limit] = ['forbidden', 'connectionLimit'].map((n) => protocol.handshake.errors.find((e) => e.name === n)!);
    if (expires === undefined || expires <= this.now()) return refuse(socket, forbidden!.status, forbidden!.meaning);
    if (this.open.size >= this.options.maxConnections) return refuse(socket, limit!.status, limit!.meaning, limit!.authErrorCode);
    this.tickets.delete(key);
    this.server.handleUpgrade(req, socket, head, (ws) => this.accept(ws, url.searchParams.get('device_id')!));
    return true;
  }

  private accept(socket: WebSocket, deviceId: string) {
    const connection: Connection = { socket, deviceId, stalled: false, seq: 0n };
    this.open.add(connection);
    if (this.open.size === 1) this.onAvailability(true);
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (connection.stalled) return;
      let frame: Frame;
      try {
        if (!isBinary) throw new Error('text message');
        frame = decodeFrame(data);
      } catch {
        this.badFrames += 1;
        return;
      }
      if (frame.method === methods.control && typeOf(frame) === 'ping') {
        const pong: Frame = { SeqID: '0', LogID: '0', service: frame.service, method: methods.control, headers: [{ key: 'type', value: 'pong' }], payload: utf8(JSON.stringify(this.options.clientConfig)) };
        socket.send(encodeFrame(pong));
      } else if (frame.method === methods.data) {
        this.received(frame);
      }
    });
    socket.on('error', () => socket.terminate());
    socket.on('close', () => {
      if (this.open.delete(connection) && this.open.size === 0) this.onAvailability(false);
    });
  }

  /** An ACK: the echoed data frame with the ACK payload. */
  private received(frame: Frame) {
    const messageId = headerOf(frame, 'message_id') ?? '';
    const waiting = this.waiting.get(messageId);
    let code: number | undefined;
    let data: string | undefined;
    try {
      const payload = JSON.parse(fromUtf8(frame.payload ?? new Uint8Array(0))) as unknown;
      if (validate('longconn.ack', payload).valid) {
        ({ code } = payload as { code: number });
        const raw = (payload as { data?: string }).data;
        data = raw === undefined ? undefined : fromBase64(raw);
      }
    } catch {
      // Not JSON: recorded with code undefined.
    }
    const type = waiting?.type ?? typeOf(frame) ?? '';
    const ack: LongConnectionAck = { messageId, type, code, data, bizRt: headerOf(frame, 'biz_rt'), attempt: waiting?.attempt ?? -1 };
    // A card callback acknowledged without its answer fails the click (erratum ackWithoutBody).
    if (code === protocol.ack.codes.ok && data === undefined && this.cardKinds.has(messageId)) ack.error = protocol.ack.missingCardAnswerError;
    if (this.toLose > 0) {
      this.toLose -= 1;
      ack.lost = true;
    }
    this.ackStore.add((this.ackCount += 1), ack);
    if (waiting && !ack.lost) waiting.done(ack);
  }

  /** Message ids of card callbacks in flight (whatever frame type carried them). */
  private readonly cardKinds = new Set<string>();

  async deliver(payloadJson: string, kind: 'event' | 'card'): Promise<LongConnectionDelivery> {
    const type = kind === 'card' ? this.options.cardFrameType : 'event';
    const messageId = `msg_${randomBytes(12).toString('hex')}`;
    const traceId = randomBytes(8).toString('hex');
    const bytes = utf8(payloadJson);
    if (kind === 'card') this.cardKinds.add(messageId);
    try {
      let last: LongConnectionAck | undefined;
      for (let attempt = 0; attempt <= this.options.redeliveries && !this.closed; attempt++) {
        // A stalled connection is chosen like the others (the platform cannot tell a half-open socket),
        // and the push is lost with it.
        const candidates = [...this.open].filter((c) => c.socket.readyState === c.socket.OPEN);
        const connection = candidates.length === 0 ? undefined : candidates[randomInt(candidates.length)]!;
        // No connection (between a drop and the reconnect): this push is lost, the next one may find one.
        const ack = await new Promise<LongConnectionAck | undefined>((resolve) => {
          const timer = setTimeout(() => {
            this.waiting.delete(messageId);
            resolve(undefined);
          }, this.options.ackTimeoutMs);
          this.waiting.set(messageId, {
            type,
            attempt,
            done: (a) => {
              clearTimeout(timer);
              this.waiting.delete(messageId);
              resolve(a);
            },
          });
          if (connection && !connection.stalled) this.push(connection, type, messageId, traceId, bytes);
        });
        if (!ack) continue;
        last = ack;
        if (ack.code === protocol.ack.codes.ok) return { status: ack.error ?? protocol.ack.codes.ok, body: ack.data ?? '' };
      }
      return last ? { status: last.code ?? protocol.ack.codes.handlerError, body: last.data ?? '' } : { timeout: true };
    } finally {
      this.cardKinds.delete(messageId);
    }
  }

  /** Sends a message as data frames, split into parts of at most maxFramePayloadBytes. */
  private push(connection: Connection, type: string, messageId: string, traceId: string, bytes: Uint8Array) {
    const size = Math.max(1, this.options.maxFramePayloadBytes);
    const sum = Math.max(1, Math.ceil(bytes.byteLength / size));
    for (let seq = 0; seq < sum; seq++) {
      connection.seq += 1n;
      const frame: Frame = {
        SeqID: String(connection.seq),
        LogID: String(BigInt(`0x${randomBytes(7).toString('hex')}`)),
        service: this.serviceId,
        method: methods.data,
        headers: [
          { key: 'type', value: type },
          { key: 'message_id', value: messageId },
          { key: 'sum', value: String(sum) },
          { key: 'seq', value: String(seq) },
          { key: 'trace_id', value: traceId },
          { key: 'timestamp', value: String(this.now()) },
        ],
        payload: bytes.subarray(seq * size, (seq + 1) * size),
      };
      connection.socket.send(encodeFrame(frame));
    }
  }

  drop(): void {
    for (const c of this.open) c.socket.terminate();
  }

  stall(): void {
    for (const c of this.open) c.stalled = true;
  }

  loseAcks(count: number): void {
    this.toLose = count;
  }

  send(data: Uint8Array | Frame): void {
    const bytes = data instanceof Uint8Array ? data : encodeFrame(data);
    for (const c of this.open) if (!c.stalled) c.socket.send(bytes);
  }

  /** Closes every connection and the WebSocket server (the mock's close()). */
  close(): void {
    this.drop();
    this.closed = true;
    for (const w of this.waiting.values()) w.done({ messageId: '', type: w.type, code: undefined, data: undefined, bizRt: undefined, attempt: w.attempt, lost: true });
  }

  private closed = false;
}

/** Refuses an upgrade the way the platform does: a non-101 status with the handshake-* headers. */
function refuse(socket: Duplex, status: number, message: string, authErrorCode?: number): true {
  const h = protocol.handshake.headers;
  const lines = [`HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : 'Auth Failed'}`, `${h.status}: ${status}`, `${h.message}: ${message}`];
  if (authErrorCode !== undefined) lines.push(`${h.authErrorCode}: ${authErrorCode}`);
  lines.push('content-length: 0', 'connection: close', '', '');
  socket.end(lines.join('\r\n'));
  return true;
}

/** The endpoint operation's documented error codes, by name. */
export const endpointErrors = Object.fromEntries(endpoint.errorCodes.map((e) => [e.name, e])) as Record<string, (typeof endpoint.errorCodes)[number]>;
