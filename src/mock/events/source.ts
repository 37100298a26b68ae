// The mock as the event source: it builds complete envelopes from its dataset, checks them against the
// contract, and delivers them as the platform does — encrypted, signed, at least once, redelivered on
// a non-2xx answer or none within 3 s on the platform's schedule — recording every attempt.
import { FeishuContractError, FeishuError } from '../../errors.js';
import { eventFacts } from '../../events/catalog.js';
import { CARD_ACTION_TRIGGER } from '../../events/envelope.js';
import { validate, type SchemaId } from '../../validators/index.js';
import type { MockMessage } from '../behaviours/message-store.js';
import type { MockDataset } from '../data.js';
import { eventBuilders, headerOf, mergeDeep, type EnvelopeContext } from './envelopes.js';
import { DeliveryLog, KEPT_BODY_BYTES, type DeliveryAttempt, type DeliveryRecord } from './records.js';
import { postEnvelope, type DeliveryOutcome, type EventTransport, type MockEventApp } from './transport.js';

/**
 * The platform's redelivery schedule, ms after the previous attempt: 5 s, 5 min, 1 h, 6 h, at most
 * 4 redeliveries (the event-subscription doc as quoted in reference feishu-events.md A6; observed
 * retries vary, so tests compress it with `retrySchedule`).
 */
export const PLATFORM_RETRY_SCHEDULE_MS: readonly number[] = Object.freeze([5_000, 5 * 60_000, 60 * 60_000, 6 * 60 * 60_000]);
/** How long the platform waits for an answer (events and card actions: 3 s). */
export const PLATFORM_ANSWER_TIMEOUT_MS = 3_000;

/** Options of the event source (from createMockFeishu's options). */
export interface EventSourceOptions {
  app: MockEventApp & { appId: string };
  dataset: MockDataset;
  messages: () => readonly MockMessage[];
  now: () => number;
  /** Delays between redeliveries, ms (default {@link PLATFORM_RETRY_SCHEDULE_MS}); `[]` = no redelivery. */
  retrySchedule?: readonly number[] | undefined;
  /** How long to wait for an answer, ms (default 3,000). */
  deliveryTimeoutMs?: number | undefined;
}

/** `mock.events`: the mock's side of event subscription. */
export interface MockEvents {
  /**
   * Sends the URL challenge (encrypted when an Encrypt Key is set, unsigned, as the platform does) to
   * the event URL (or the card action URL) and checks the answer echoes it.
   */
  verifyUrl(target?: 'event' | 'card'): Promise<DeliveryRecord>;
  /**
   * Builds a complete envelope of `eventType` from the dataset (fresh event_id, create_time now), lays
   * `partial` over it (`{ header?, event? }`, objects merged), checks it against its schema, and
   * delivers it. Resolves with the record once the first attempt is answered (redeliveries follow).
   */
  emit(eventType: string, partial?: { header?: Record<string, unknown>; event?: Record<string, unknown> }): Promise<DeliveryRecord>;
  /** Every record kept (bounded in count and bytes), oldest first. */
  readonly deliveries: readonly DeliveryRecord[];
  /** Resolves when no delivery is in flight or scheduled. */
  settled(): Promise<void>;
  /** Cancels every scheduled redelivery. */
  stop(): void;
  /** Routes deliveries to another transport (the long connection) while it is set; `undefined` = HTTP again. */
  setTransport(transport: EventTransport | undefined): void;
  /** The app settings deliveries use (URLs and secrets); change them to point the mock elsewhere. */
  readonly app: MockEventApp;
  /** @internal Sends a built card-action envelope once (no redelivery); used by mock.cards.click. */
  deliverOnce(kind: 'card', envelope: Record<string, unknown>, eventType: string): Promise<{ record: DeliveryRecord; outcome: DeliveryOutcome }>;
  /** @internal Re-measures a record changed after its delivery (the log is bounded in bytes). */
  touch(record: DeliveryRecord): void;
  /** @internal Builds, checks and returns an envelope without sending it. */
  build(eventType: string, partial?: { header?: Record<string, unknown>; event?: Record<string, unknown> }): Record<string, unknown>;
}

function randomHex(bytes: number): string {
  const out = new Uint8Array(bytes);
  crypto.getRandomValues(out);
  return [...out].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Creates `mock.events`. */
export function createEventSource(options: EventSourceOptions): MockEvents {
  const app = options.app;
  const log = new DeliveryLog();
  const schedule = options.retrySchedule ?? PLATFORM_RETRY_SCHEDULE_MS;
  const timeoutMs = options.deliveryTimeoutMs ?? PLATFORM_ANSWER_TIMEOUT_MS;
  if (!Array.isArray(schedule) || schedule.some((ms) => !(typeof ms === 'number' && ms >= 0 && Number.isFinite(ms)))) throw new FeishuError('retrySchedule must be an array of delays in ms (numbers ≥ 0)');
  const timers = new Map<ReturnType<typeof setTimeout>, () => void>();
  const inFlight = new Set<Promise<unknown>>();
  let transport: EventTransport | undefined;
  let seq = 0;

  function urlFor(kind: 'event' | 'card'): string | undefined {
    return kind === 'card' ? app.cardActionUrl ?? app.eventUrl : app.eventUrl;
  }

  async function attempt(record: DeliveryRecord, payloadJson: string, kind: 'event' | 'card', signed: boolean): Promise<DeliveryOutcome> {
    const started = options.now();
    const at = new Date(started).toISOString();
    const via = transport && record.kind !== 'challenge' ? transport : undefined;
    const url = urlFor(kind);
    let outcome: DeliveryOutcome;
    if (via) outcome = await via.deliver(payloadJson, kind).catch((error: unknown) => ({ error: (error as Error).message }));
    else if (url) outcome = await postEnvelope(url, payloadJson, app, { timeoutMs, signed, now: options.now });
    else outcome = { error: `no ${kind === 'card' ? 'cardActionUrl or eventUrl' : 'eventUrl'} is configured and no long connection is open` };
    const entry: DeliveryAttempt = { attempt: record.attempts.length + 1, at, transport: via ? via.name ?? 'websocket' : 'http', durationMs: Math.max(0, options.now() - started) };
    if ('timeout' in outcome) entry.timeout = true;
    if ('status' in outcome) {
      entry.status = outcome.status;
      entry.body = outcome.body.length > KEPT_BODY_BYTES ? outcome.body.slice(0, KEPT_BODY_BYTES) : outcome.body;
    }
    if ('error' in outcome && outcome.error) entry.error = outcome.error;
    record.attempts.push(entry);
    log.put(record);
    return outcome;
  }

  const succeeded = (outcome: DeliveryOutcome) => 'status' in outcome && !outcome.error && outcome.status >= 200 && outcome.status < 300;

  function newRecord(kind: DeliveryRecord['kind'], eventType: string, envelope: Record<string, unknown>): DeliveryRecord {
    seq += 1;
    const eventId = (envelope.header as { event_id?: string } | undefined)?.event_id;
    const url = urlFor(kind === 'challenge' ? 'event' : kind);
    const record: DeliveryRecord = { id: `dlv_${seq.toString(36)}_${randomHex(4)}`, kind, eventType, ...(eventId ? { eventId } : {}), ...(url && !transport ? { url } : {}), envelope, attempts: [], state: 'pending' };
    log.put(record);
    return record;
  }

  /** Delivers, then redelivers on the schedule until a 2xx answer; resolves after the first attempt. */
  async function deliverEvent(record: DeliveryRecord, payloadJson: string): Promise<void> {
    const outcome = await attempt(record, payloadJson, 'event', true);
    if (succeeded(outcome)) {
      record.state = 'delivered';
      log.put(record);
      return;
    }
    scheduleRetry(record, payloadJson, 0);
  }

  function scheduleRetry(record: DeliveryRecord, payloadJson: string, index: number) {
    const delay = schedule[index];
    if (delay === undefined) {
      record.state = 'failed';
      log.put(record);
      return;
    }
    record.state = 'retrying';
    log.put(record);
    let release!: () => void;
    const pending = new Promise<void>((resolve) => (release = resolve));
    inFlight.add(pending);
    const timer = setTimeout(() => {
      timers.delete(timer);
      const retry = attempt(record, payloadJson, 'event', true).then((outcome) => {
        if (succeeded(outcome)) {
          record.state = 'delivered';
          log.put(record);
        } else scheduleRetry(record, payloadJson, index + 1);
      });
      void retry.finally(() => {
        inFlight.delete(pending);
        release();
      });
    }, delay);
    (timer as { unref?: () => void }).unref?.();
    timers.set(timer, () => {
      inFlight.delete(pending);
      release();
    });
  }

  function build(eventType: string, partial?: { header?: Record<string, unknown>; event?: Record<string, unknown> }): Record<string, unknown> {
    const facts = eventFacts(eventType);
    const builder = eventBuilders[eventType];
    if (!facts || !builder) throw new FeishuError(`the mock cannot emit ${JSON.stringify(eventType)}: not an event type of the contract`);
    const ctx: EnvelopeContext = { dataset: options.dataset, appId: app.appId, verificationToken: app.verificationToken, now: options.now(), messages: options.messages(), eventId: randomHex(16) };
    const envelope = mergeDeep({ schema: '2.0', header: headerOf(eventType, ctx), event: builder(ctx) }, partial ?? {});
    const result = validate(facts.schemaId as SchemaId, envelope);
    if (!result.valid) throw new FeishuContractError(facts.schemaId, result.errors);
    return envelope;
  }

  const events: MockEvents = {
    app,
    get deliveries() {
      return log.list();
    },
    build,
    touch: (record) => log.put(record),
    async emit(eventType, partial) {
      const envelope = build(eventType, partial);
      const kind = eventType === CARD_ACTION_TRIGGER ? 'card' : 'event';
      if (!transport && !urlFor(kind)) throw new FeishuError(`the mock has nowhere to deliver ${eventType}: set app.eventUrl (createMockFeishu({ app: { eventUrl } }) or mock.events.app.eventUrl), or open a long connection`);
      const record = newRecord(kind, eventType, envelope);
      const work = deliverEvent(record, JSON.stringify(envelope));
      inFlight.add(work);
      try {
        await work;
      } finally {
        inFlight.delete(work);
      }
      return record;
    },
    async deliverOnce(kind, envelope, eventType) {
      const record = newRecord(kind, eventType, envelope);
      const work = attempt(record, JSON.stringify(envelope), kind, true);
      inFlight.add(work);
      try {
        const outcome = await work;
        record.state = succeeded(outcome) ? 'delivered' : 'failed';
        log.put(record);
        return { record, outcome };
      } finally {
        inFlight.delete(work);
      }
    },
    async verifyUrl(target = 'event') {
      const challenge = randomHex(16);
      const envelope = { challenge, token: app.verificationToken ?? '', type: 'url_verification' };
      const record = newRecord('challenge', 'url_verification', envelope);
      if (target === 'card') record.url = urlFor('card');
      const outcome = await attempt(record, JSON.stringify(envelope), target, false);
      let problem: string | undefined;
      if (!('status' in outcome)) problem = 'timeout' in outcome ? `no answer within ${timeoutMs} ms` : outcome.error;
      else if (outcome.status !== 200) problem = `answered HTTP ${outcome.status}, not 200`;
      else {
        let answer: unknown;
        try {
          answer = JSON.parse(outcome.body);
        } catch {
          answer = undefined;
        }
        if ((answer as { challenge?: unknown } | undefined)?.challenge !== challenge) problem = 'the answer is not {"challenge": <the challenge sent>}';
      }
      record.ok = problem === undefined;
      record.state = record.ok ? 'delivered' : 'failed';
      if (problem) record.problem = problem;
      log.put(record);
      return record;
    },
    async settled() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    stop() {
      for (const [timer, cancel] of timers) {
        clearTimeout(timer);
        cancel();
      }
      timers.clear();
    },
    setTransport(next) {
      transport = next;
    },
  };
  return events;
}
