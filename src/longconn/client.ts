// createLongConnection: the app side of the long connection. It dials the endpoint, reads pbbp2
// frames, reassembles split messages, dispatches each through the same handler as the HTTP receiver,
// and acknowledges within the deadline whatever the handler does. Pings with a timeout catch a
// half-open socket; reconnects follow the ClientConfig rules with jitter.
import { EventEmitter } from 'node:events';
import WebSocket from 'ws';
import type { LongConnectionClientConfig } from '../../generated/longconn-schemas.js';
import { endpoint, protocol } from '../../generated/longconn.js';
import { FeishuError } from '../errors.js';
import type { SchemaTypes } from '../../generated/schema-types.js';
import { validate } from '../validators/index.js';
import { decodeFrame, encodeFrame, fromUtf8, headerOf, methods, toBase64, typeOf, utf8, withHeader, type Frame } from './frame.js';
import { PartCache, type PartCacheLimits } from './parts.js';

/** What createLongConnection dispatches to: `createEventHandler(...)` from `./events`, or anything with its `dispatch`. */
export interface LongConnectionHandler {
  dispatch(envelope: unknown, options?: { frameType?: 'event' | 'card' }): Promise<{ status: number; body: unknown }>;
}

/** Where log lines go (default: warnings and errors to the console). */
export interface LongConnectionLogger {
  debug?(message: string): void;
  info?(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Options of {@link createLongConnection}. */
export interface LongConnectionOptions {
  appId: string;
  appSecret: string;
  /** The open platform's origin (default https://open.feishu.cn; https://open.larksuite.com for Lark; the mock's URL in tests). */
  baseUrl?: string;
  /** The typed handler shared with the HTTP receiver. */
  handler: LongConnectionHandler;
  /**
   * The ACK goes out when the handler answered or after this many ms, whichever is first (default 2000,
   * inside the platform's 3000). A card callback not answered by then is acknowledged with `{}`.
   */
  ackAfterMs?: number;
  /** A socket that answers nothing this many ms after a ping is presumed dead and replaced (default 10 000; 0 = off). */
  pingTimeoutMs?: number;
  /** Bounds of the split-message cache. */
  partials?: PartCacheLimits;
  /**
   * Acknowledged messages remembered by message id, to re-acknowledge a redelivery without dispatching it
   * again: at most maxEntries (default 10 000), maxBytes of ACK payloads (default 4 MiB), ttlMs (default 10 minutes).
   */
  dedup?: { maxEntries?: number; maxBytes?: number; ttlMs?: number };
  /** Log sink (default: console for warnings and errors). */
  logger?: LongConnectionLogger;
  /** Random numbers in [0, 1) for the reconnect jitter (default Math.random). */
  random?: () => number;
  /** The fetch for endpoint discovery (default globalThis.fetch). */
  fetch?: typeof fetch;
}

/** The connection's state. */
export type LongConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** Events of a {@link LongConnection}. */
export interface LongConnectionEvents {
  /** The state changed. */
  state: [state: LongConnectionState, previous: LongConnectionState];
  /** A socket opened (first time and after each reconnect). */
  open: [];
  /** The connection gave up (a client error, or ReconnectCount attempts spent); the state is `closed`. */
  error: [error: FeishuLongConnectionError];
  /** A message was acknowledged (after dispatch, the deadline, or as a redelivery). */
  ack: [ack: { messageId: string; type: string; code: number; redelivery: boolean; timedOut: boolean }];
  /** A frame could not be used (bad protobuf, unknown type, refused part, payload not JSON). */
  badFrame: [reason: string];
}

/** A running long connection. */
export interface LongConnection {
  readonly state: LongConnectionState;
  /** The ClientConfig in force (the endpoint's, then each pong's). */
  readonly clientConfig: Readonly<Required<LongConnectionClientConfig>>;
  /** Incomplete split messages held now. */
  readonly partials: { bytes: number; messages: number; dropped: number };
  /** Resolves when the state is `open` (at once if it is); rejects if the connection closes first. */
  opened(): Promise<void>;
  /** Closes the socket and stops reconnecting; resolves when the socket is gone. */
  close(): Promise<void>;
  on<E extends keyof LongConnectionEvents>(event: E, listener: (...args: LongConnectionEvents[E]) => void): this;
  off<E extends keyof LongConnectionEvents>(event: E, listener: (...args: LongConnectionEvents[E]) => void): this;
  once<E extends keyof LongConnectionEvents>(event: E, listener: (...args: LongConnectionEvents[E]) => void): this;
}

/** A long-connection failure: endpoint discovery refused, a handshake refused, or reconnects spent. */
export class FeishuLongConnectionError extends FeishuError {
  override name = 'FeishuLongConnectionError';
  override operationId = endpoint.operationId;
  constructor(
    message: string,
    /** The endpoint's code or the handshake's auth error code / status, when there was one. */
    readonly code: number | undefined,
    /** Whether the reconnect rules retry it. */
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const consoleLogger: LongConnectionLogger = {
  warn: (m) => console.warn(`[feishu longconn] ${m}`),
  error: (m) => console.error(`[feishu longconn] ${m}`),
};

/** An ACK payload (schema longconn.ack) as the ACK frame's bytes. */
type AckPayload = { code: number; data?: string };

/**
 * Opens a long connection for a self-built app and keeps it open: events and card callbacks go to
 * `handler.dispatch(envelope, { frameType })` and are acknowledged within the deadline. Node only
 * (it uses the `ws` package); the HTTP receiver in `./events` stays Web-standard.
 */
export function createLongConnection(options: LongConnectionOptions): LongConnection {
  return new Connection(options);
}

class Connection extends EventEmitter implements LongConnection {
  state: LongConnectionState = 'connecting';
  clientConfig: Required<LongConnectionClientConfig> = { ...protocol.clientConfig.defaults };
  private socket: WebSocket | undefined;
  private serviceId = 0;
  private readonly parts: PartCache;
  private readonly acked = new Map<string, { at: number; ack: Promise<AckPayload>; bytes: number }>();
  private ackedBytes = 0;
  private readonly dedupMax: number;
  private readonly dedupMaxBytes: number;
  private readonly dedupTtl: number;
  private readonly log: LongConnectionLogger;
  private readonly random: () => number;
  private readonly fetchImpl: typeof fetch;
  private readonly ackAfterMs: number;
  private readonly pingTimeoutMs: number;
  private pingTimer: NodeJS.Timeout | undefined;
  private livenessTimer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private attempts = 0;
  private everOpened = false;

  constructor(private readonly options: LongConnectionOptions) {
    super();
    if (!options?.handler || typeof options.handler.dispatch !== 'function') throw new FeishuLongConnectionError('createLongConnection: handler must have dispatch(envelope, { frameType }) (createEventHandler from ./events)', undefined, false);
    for (const key of ['appId', 'appSecret'] as const) {
      if (typeof options[key] !== 'string' || options[key] === '') throw new FeishuLongConnectionError(`createLongConnection: ${key} must be a non-empty string`, undefined, false);
    }
    this.parts = new PartCache(options.partials);
    this.dedupMax = options.dedup?.maxEntries ?? 10_000;
    this.dedupTtl = options.dedup?.ttlMs ?? 10 * 60_000;
    this.dedupMaxBytes = options.dedup?.maxBytes ?? 4 * 1024 * 1024;
    this.log = options.logger ?? consoleLogger;
    this.random = options.random ?? Math.random;
    this.fetchImpl = options.fetch ?? globalThis.fetch;
    this.ackAfterMs = options.ackAfterMs ?? protocol.ack.deadlineMs - 1000;
    this.pingTimeoutMs = options.pingTimeoutMs ?? 10_000;
    void this.attempt();
  }

  get partials() {
    return this.parts.stats;
  }

  opened(): Promise<void> {
    if (this.state === 'open') return Promise.resolve();
    if (this.state === 'closed') return Promise.reject(new FeishuLongConnectionError('the long connection is closed', undefined, false));
    return new Promise((resolve, reject) => {
      const onState = (state: LongConnectionState) => {
        if (state === 'open') resolve();
        else if (state === 'closed') reject(new FeishuLongConnectionError('the long connection closed before it opened', undefined, false));
        else return;
        this.off('state', onState);
      };
      this.on('state', onState);
    });
  }

  async close(): Promise<void> {
    if (this.state === 'closed' && !this.socket) return;
    this.setState('closed');
    this.stopTimers();
    clearTimeout(this.retryTimer);
    const socket = this.socket;
    this.socket = undefined;
    this.parts.clear();
    if (!socket || socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      // A clean close frame first; a peer that does not answer it within a second is cut off.
      const force = setTimeout(() => socket.terminate(), 1000);
      force.unref();
      socket.close(1000, 'client closed');
    });
  }

  /** A method, so that TypeScript does not narrow the state across awaits. */
  private closed(): boolean {
    return this.state === 'closed';
  }

  private setState(next: LongConnectionState) {
    const previous = this.state;
    if (previous === next) return;
    this.state = next;
    this.emit('state', next, previous);
  }

  /** One connection attempt: endpoint discovery, then the WebSocket. */
  private async attempt(): Promise<void> {
    if (this.state === 'closed') return;
    let failure: FeishuLongConnectionError;
    try {
      const url = await this.discover();
      if (this.closed()) return;
      await this.dial(url);
      return;
    } catch (error) {
      failure = error instanceof FeishuLongConnectionError ? error : new FeishuLongConnectionError(`long connection failed: ${(error as Error).message}`, undefined, true, { cause: error });
    }
    if (this.closed()) return;
    if (!failure.retryable) return this.fail(failure);
    this.log.warn(`${failure.message}; retrying`);
    this.scheduleRetry();
  }

  private fail(error: FeishuLongConnectionError) {
    this.log.error(error.message);
    this.setState('closed');
    this.stopTimers();
    this.emit('error', error);
  }

  /** Waits by the ClientConfig rules, then tries again: jitter 0…ReconnectNonce before the first retry, ReconnectInterval after. */
  private scheduleRetry() {
    const { ReconnectCount, ReconnectInterval, ReconnectNonce } = this.clientConfig;
    if (ReconnectCount >= 0 && this.attempts >= ReconnectCount) {
      return this.fail(new FeishuLongConnectionError(`gave up after ${this.attempts} reconnect attempts (ClientConfig.ReconnectCount ${ReconnectCount})`, undefined, false));
    }
    const delayS = this.attempts === 0 ? this.random() * ReconnectNonce : ReconnectInterval;
    this.attempts += 1;
    this.setState(this.everOpened ? 'reconnecting' : 'connecting');
    this.retryTimer = setTimeout(() => void this.attempt(), delayS * 1000);
  }

  /** POST /callback/ws/endpoint → the WebSocket URL; applies its ClientConfig. */
  private async discover(): Promise<string> {
    const base = (this.options.baseUrl ?? 'https://open.feishu.cn').replace(/\/+$/, '');
    let answer: { code?: unknown; msg?: unknown; data?: { URL?: unknown; ClientConfig?: unknown } };
    try {
      const response = await this.fetchImpl(`${base}${endpoint.path}`, {
        method: endpoint.method,
        headers: { 'content-type': 'application/json', locale: 'zh' },
        body: JSON.stringify({ AppID: this.options.appId, AppSecret: this.options.appSecret }),
        signal: AbortSignal.timeout(15_000),
      });
      answer = (await response.json()) as typeof answer;
    } catch (error) {
      throw new FeishuLongConnectionError(`${endpoint.operationId}: ${(error as Error).message}`, undefined, true, { cause: error });
    }
    if (answer?.code !== 0) {
      const code = typeof answer?.code === 'number' ? answer.code : undefined;
      const documented = endpoint.errorCodes.find((e) => e.code === code);
      // Codes the contract marks retryable (1, 1000040343) are server-side; every other code is the caller's.
      throw new FeishuLongConnectionError(`${endpoint.operationId} answered code ${code}: ${documented?.meaning ?? String(answer?.msg ?? 'unknown error')}${documented ? ` (${documented.action})` : ''}`, code, documented?.retryable ?? false);
    }
    const checked = validate('getLongConnectionEndpoint.response', answer);
    if (!checked.valid) throw new FeishuLongConnectionError(`${endpoint.operationId}: the answer breaks the contract: ${checked.errors.map((e) => e.message).join('; ')}`, undefined, true);
    const { data } = answer as SchemaTypes['getLongConnectionEndpoint.response'];
    this.applyConfig(data.ClientConfig);
    this.serviceId = Number(new URL(data.URL).searchParams.get('service_id') ?? 0) | 0;
    return data.URL;
  }

  private applyConfig(config: unknown) {
    if (!validate('longconn.client-config', config).valid) {
      this.emitBad('a ClientConfig that breaks the contract was ignored');
      return;
    }
    this.clientConfig = { ...this.clientConfig, ...(config as LongConnectionClientConfig) };
  }

  /** Opens the WebSocket; resolves once it is open (or throws a handshake error). */
  private dial(url: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { maxPayload: 16 * 1024 * 1024, handshakeTimeout: 15_000 });
      this.socket = socket;
      socket.binaryType = 'nodebuffer';
      socket.once('unexpected-response', (_req, res) => {
        const h = protocol.handshake.headers;
        const status = Number(res.headers[h.status] ?? res.statusCode);
        const auth = Number(res.headers[h.authErrorCode] ?? Number.NaN);
        const known = protocol.handshake.errors.find((e) => e.status === status && (e.authErrorCode === undefined || e.authErrorCode === auth)) ?? protocol.handshake.errors.find((e) => e.status === status && e.authErrorCode === undefined);
        const retryable = known?.retryable ?? true;
        reject(new FeishuLongConnectionError(`WebSocket handshake refused: ${status}${Number.isNaN(auth) ? '' : ` (autherrcode ${auth})`} ${String(res.headers[h.message] ?? known?.meaning ?? '')}`.trim(), Number.isNaN(auth) ? status : auth, retryable));
        res.resume();
        socket.terminate();
      });
      socket.once('error', (error) => reject(new FeishuLongConnectionError(`WebSocket: ${error.message}`, undefined, true, { cause: error })));
      socket.once('open', () => {
        socket.removeAllListeners('error');
        socket.on('error', (error) => this.log.warn(`WebSocket error: ${error.message}`));
        if (this.state === 'closed') {
          socket.terminate();
          return resolve();
        }
        this.attempts = 0;
        this.everOpened = true;
        this.setState('open');
        this.emit('open');
        this.startPinging(socket);
        resolve();
      });
      socket.on('message', (data: Buffer, isBinary: boolean) => {
        this.alive();
        if (!isBinary) return this.emitBad('a text WebSocket message (frames are binary)');
        this.onFrame(socket, data);
      });
      socket.on('close', () => {
        if (this.socket !== socket) return;
        this.socket = undefined;
        this.stopTimers();
        if (this.state === 'open') {
          this.log.warn('the long connection dropped; reconnecting');
          this.scheduleRetry();
        }
      });
    });
  }

  private startPinging(socket: WebSocket) {
    const ping = () => {
      if (socket.readyState !== WebSocket.OPEN) return;
      const frame: Frame = { SeqID: '0', LogID: '0', service: this.serviceId, method: methods.control, headers: [{ key: 'type', value: 'ping' }] };
      socket.send(encodeFrame(frame));
      // Armed once per silence, cleared by any inbound frame: a socket that answers nothing is half-open.
      if (this.pingTimeoutMs > 0 && !this.livenessTimer) {
        this.livenessTimer = setTimeout(() => {
          this.livenessTimer = undefined;
          this.log.warn(`no frame within ${this.pingTimeoutMs} ms of a ping: the socket is half-open; reconnecting`);
          socket.terminate();
        }, this.pingTimeoutMs);
      }
      this.pingTimer = setTimeout(ping, this.clientConfig.PingInterval * 1000);
    };
    ping();
  }

  private alive() {
    clearTimeout(this.livenessTimer);
    this.livenessTimer = undefined;
  }

  private stopTimers() {
    clearTimeout(this.pingTimer);
    this.alive();
  }

  private emitBad(reason: string) {
    this.log.warn(`bad frame: ${reason}`);
    this.emit('badFrame', reason);
  }

  private onFrame(socket: WebSocket, bytes: Buffer) {
    let frame: Frame;
    try {
      frame = decodeFrame(bytes);
    } catch (error) {
      return this.emitBad((error as Error).message);
    }
    const type = typeOf(frame);
    if (frame.method === methods.control) {
      if (type === 'pong' && frame.payload && frame.payload.byteLength > 0) {
        try {
          this.applyConfig(JSON.parse(fromUtf8(frame.payload)));
        } catch {
          this.emitBad('a pong whose payload is not JSON');
        }
      }
      return;
    }
    if (frame.method !== methods.data) return this.emitBad(`method ${frame.method} is neither control nor data`);
    if (type !== 'event' && type !== 'card') return this.emitBad(`data frame of type ${JSON.stringify(headerOf(frame, 'type'))}`);
    const messageId = headerOf(frame, 'message_id');
    if (!messageId) return this.emitBad('a data frame without message_id');
    const part = this.parts.add(messageId, headerOf(frame, 'sum'), headerOf(frame, 'seq'), frame.payload ?? new Uint8Array(0));
    if ('refused' in part) return this.emitBad(`message ${messageId}: ${part.refused}`);
    if ('pending' in part) return;
    void this.handle(socket, frame, type, messageId, part.complete);
  }

  /** Dispatches a whole message and acknowledges it within the deadline; a redelivery gets the first ACK again. */
  private async handle(socket: WebSocket, frame: Frame, type: 'event' | 'card', messageId: string, payload: Uint8Array) {
    const started = Date.now();
    const seen = this.acked.get(messageId);
    let timedOut = false;
    let ack: Promise<AckPayload>;
    if (seen && started - seen.at < this.dedupTtl) {
      ack = seen.ack;
    } else {
      ack = this.answer(type, messageId, payload).then((r) => {
        timedOut = r.timedOut;
        return r.ack;
      });
      this.remember(messageId, ack, started);
    }
    const payloadOut = await ack;
    if (socket.readyState !== WebSocket.OPEN) return;
    // The ACK is the received frame (the last part's) with biz_rt added and the ACK payload (erratum bizRtNegative: never negative).
    const out = { ...withHeader(frame, 'biz_rt', String(Math.max(0, Date.now() - started))), payload: utf8(JSON.stringify(payloadOut)) };
    socket.send(encodeFrame(out));
    this.emit('ack', { messageId, type, code: payloadOut.code, redelivery: Boolean(seen), timedOut });
  }

  /** The ACK payload for a message: the handler's answer, or the deadline's. */
  private async answer(type: 'event' | 'card', messageId: string, payload: Uint8Array): Promise<{ ack: AckPayload; timedOut: boolean }> {
    const { ok, handlerError } = protocol.ack.codes;
    let envelope: unknown;
    try {
      envelope = JSON.parse(fromUtf8(payload));
    } catch {
      this.emitBad(`message ${messageId}: the payload is not UTF-8 JSON`);
      return { ack: { code: handlerError }, timedOut: false };
    }
    // A card callback is told apart by its event type whichever frame carried it (erratum cardFrameType).
    const isCard = type === 'card' || (envelope as { header?: { event_type?: unknown } })?.header?.event_type === 'card.action.trigger';
    const frameType = type;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), this.ackAfterMs);
    });
    const dispatched = Promise.resolve()
      .then(() => this.options.handler.dispatch(envelope, { frameType }))
      .then(
        (r) => ({ r }),
        (error: unknown) => ({ error }),
      );
    const first = await Promise.race([dispatched, deadline]);
    clearTimeout(timer);
    if (first === 'deadline') {
      // The handler runs on; its failure can only be logged now.
      void dispatched.then((late) => 'error' in late && this.log.error(`handler failed after the ACK for ${messageId}: ${String((late.error as Error)?.message ?? late.error)}`));
      return { ack: isCard ? { code: ok, data: toBase64(JSON.stringify(protocol.ack.cardEmptyAnswer)) } : { code: ok }, timedOut: true };
    }
    if ('error' in first) {
      this.log.error(`handler failed for ${messageId}: ${String((first.error as Error)?.message ?? first.error)}`);
      return { ack: { code: handlerError }, timedOut: false };
    }
    const { status, body } = first.r;
    const code = status >= 500 ? handlerError : ok;
    const empty = body === undefined || body === null || body === '';
    const json = empty ? (isCard ? JSON.stringify(protocol.ack.cardEmptyAnswer) : undefined) : asJson(body);
    return { ack: json === undefined ? { code } : { code, data: toBase64(json) }, timedOut: false };
  }

  /** Remembers an ACK by message id, bounded by count, bytes and age (oldest dropped first). */
  private remember(messageId: string, ack: Promise<AckPayload>, at: number) {
    const entry = { at, ack, bytes: 0 };
    this.acked.set(messageId, entry);
    const trim = () => {
      for (const [id, old] of this.acked) {
        if (this.acked.size <= this.dedupMax && this.ackedBytes <= this.dedupMaxBytes && Date.now() - old.at < this.dedupTtl) break;
        this.acked.delete(id);
        this.ackedBytes -= old.bytes;
      }
    };
    trim();
    void ack.then((payload) => {
      if (this.acked.get(messageId) !== entry) return;
      entry.bytes = messageId.length + (payload.data?.length ?? 0) + 16;
      this.ackedBytes += entry.bytes;
      trim();
    });
  }
}

/** The handler's body as JSON text: a string that already is JSON is kept, anything else serialized. */
function asJson(body: unknown): string {
  if (typeof body === 'string') {
    try {
      JSON.parse(body);
      return body;
    } catch {
      return JSON.stringify(body);
    }
  }
  return JSON.stringify(body);
}
