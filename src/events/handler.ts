// createEventHandler's transport-neutral core: a verified (or long-connection) envelope in, the answer
// out. It validates, deduplicates, acknowledges first and runs handlers after (or within a deadline
// with `ack: 'after-handler'`), and answers card actions within their deadline. The HTTP adapters
// (http.ts) verify first and call it; the long connection calls it with plaintext frames.
import { atPointer, envelopeSchemaIds, eventFacts, type CardActionTriggerResponse, type EventEnvelopeMap, type EventV1, type KnownEventType, type LegacyCardAction } from './catalog.js';
import { MemoryDedupStore, MAX_KEY_CHARS, type DedupStore, type MemoryDedupOptions } from './dedup.js';
import { CARD_ACTION_TRIGGER, checkSchema, classify, loadValidators, type Classified, type UnknownEventEnvelope } from './envelope.js';
import { FeishuEventError } from './errors.js';
import { checkVerifyOptions, type VerifyEventOptions } from './verify.js';

/** The envelope of a new-style card action (`card.action.trigger`, schema 2.0). */
export type CardActionTriggerEnvelope = EventEnvelopeMap[typeof CARD_ACTION_TRIGGER];
/** Event types `on()` takes with a typed envelope (card actions go to `onCardAction`). */
export type HandledEventType = Exclude<KnownEventType, typeof CARD_ACTION_TRIGGER>;

/** What a handler learns besides the envelope. */
export interface EventContext {
  eventType: string;
  /** `header.event_id` (schema 2.0) or `uuid` (schema 1.0). */
  eventId: string;
  schema: '2.0' | '1.0';
}

/** What a card-action handler learns besides the envelope. */
export interface CardActionContext {
  /** A legacy callback (the old card request URL; flat body, SHA-1 signature) rather than `card.action.trigger`. */
  legacy: boolean;
  /** How long the handler has before `{}` is answered for it (ms). */
  deadlineMs: number;
}

/** An answer given for a handler that did not finish in time; its own result arrives later, if ever. */
export interface LateAnswer {
  kind: 'event' | 'cardAction';
  eventType: string;
  eventId: string | undefined;
  deadlineMs: number;
  /** What to do instead. */
  message: string;
  /** Resolves with what the handler returned (or rejects with what it threw), once it does. */
  result: Promise<unknown>;
}

/** Where an error happened. */
export interface ErrorContext {
  /** `request`: the request was refused (its status says how); `handler`: a handler threw; `answer`: a card answer broke its schema. */
  phase: 'request' | 'handler' | 'answer';
  eventType?: string;
  eventId?: string;
  /** The HTTP status answered, when one was. */
  status?: number;
}

/** Options of {@link createEventHandler}. */
export interface EventHandlerOptions extends Omit<VerifyEventOptions, 'validate'> {
  /**
   * When to answer an event (card actions always wait for their handler, up to `cardActionDeadlineMs`).
   * `'first'` (default): 200 as soon as the event is verified and deduplicated; the handler runs after,
   * so a slow handler never causes a redelivery. `'after-handler'`: 200 once the handler returns, 500 if
   * it throws (the platform redelivers), 200 at `handlerDeadlineMs` if it is still running — for
   * runtimes that freeze after the response (serverless without `waitUntil`).
   */
  ack?: 'first' | 'after-handler';
  /** With `ack: 'after-handler'`: the longest wait for a handler before answering 200 anyway (default 2,500 ms; the platform's is 3 s). */
  handlerDeadlineMs?: number;
  /** The longest wait for a card-action handler before `{}` is answered for it (default 2,500 ms; the client gives up at 3 s with 200671). */
  cardActionDeadlineMs?: number;
  /** Deduplication: a store of your own (shared between instances), bounds for the in-memory one, or `false` for none. */
  dedup?: DedupStore | MemoryDedupOptions | false;
  /** Largest request body read, bytes (default 1 MiB); larger ones get 413. */
  maxBodyBytes?: number;
  /** Check every envelope and every card answer against its schema (default true). */
  validate?: boolean;
  /** Told of every refused request, failed handler and refused card answer (default: console.error, with no secret). */
  onError?: (error: unknown, context: ErrorContext) => void;
  /** Told when a deadline answered for a handler (default: onError with a FeishuEventError saying what to do). */
  onLate?: (late: LateAnswer) => void;
}

/** What the transport sends back: an HTTP status and a JSON body. */
export interface DispatchAnswer {
  status: number;
  body: unknown;
}

type Handler<E> = (envelope: E, context: EventContext) => unknown;
type CardHandler = (envelope: CardActionTriggerEnvelope | LegacyCardAction, context: CardActionContext) => CardActionTriggerResponse | Record<string, unknown> | void | undefined | Promise<CardActionTriggerResponse | Record<string, unknown> | void | undefined>;

/** The answer to an event taken (or dropped as a duplicate), as the official SDKs give it. */
const EVENT_OK = Object.freeze({ msg: 'success' });
/** The answer that leaves a card as it is (the platform documents `{}` as valid). */
const CARD_UNCHANGED = Object.freeze({});
export const DEFAULT_CARD_ACTION_DEADLINE_MS = 2500;
export const DEFAULT_HANDLER_DEADLINE_MS = 2500;
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** The event handler: register handlers, then give it requests. */
export interface EventHandler {
  /** Handles `eventType` (several handlers may share one); the handler gets the envelope as sent, typed. */
  on<K extends HandledEventType>(eventType: K, handler: Handler<EventEnvelopeMap[K]>): this;
  /** Handles an event type the contract does not describe, or a schema 1.0 event (by its `event.type`). */
  on(eventType: string, handler: Handler<UnknownEventEnvelope | EventV1>): this;
  /** Handles card actions (`card.action.trigger` and legacy callbacks); what it returns is the answer. */
  onCardAction(handler: CardHandler): this;
  /**
   * The transport-neutral core: a decrypted, authenticated envelope in, the answer out (validation,
   * deduplication, ack-first, the card deadline). `frameType` is the long connection's frame kind.
   */
  dispatch(envelope: unknown, options?: { frameType?: 'event' | 'card'; waitUntil?: (work: Promise<unknown>) => void }): Promise<DispatchAnswer>;
  /** Resolves when every handler running in the background has finished (for tests and graceful shutdown). */
  settled(): Promise<void>;
  /** The options, checked. @internal */
  readonly options: Readonly<EventHandlerOptions>;
  /** Reports an error to onError (or the default). @internal */
  report(error: unknown, context: ErrorContext): void;
}

function defaultOnError(error: unknown, context: ErrorContext) {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(`[feishu-chat-contract/events] ${context.phase}${context.eventType ? ` ${context.eventType}` : ''}${context.eventId ? ` ${context.eventId}` : ''}: ${what}`);
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(typeof value === 'number' && value > 0 && Number.isFinite(value))) throw new RangeError(`${name} must be a positive number of ms/bytes, got ${String(value)}`);
  return value;
}

/** A promise with a timer that is cleared when it settles (no timer outlives its race). */
function raceDeadline<T>(work: Promise<T>, ms: number): Promise<{ late: false; value: T } | { late: true }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<{ late: true }>((resolve) => {
    timer = setTimeout(() => resolve({ late: true }), ms);
  });
  return Promise.race([work.then((value) => ({ late: false as const, value })), deadline]).finally(() => clearTimeout(timer));
}

/** The dedup keys of an envelope: each JSON pointer the contract lists for its type, with its value. */
function dedupKeysOf(classified: Classified): string[] {
  if (classified.kind === 'challenge' || (classified.kind === 'cardAction' && classified.legacy)) return [];
  const eventType = classified.kind === 'cardAction' ? CARD_ACTION_TRIGGER : classified.eventType;
  const pointers = classified.kind === 'event' && classified.schema === '1.0' ? ['/uuid'] : eventFacts(eventType)?.dedupKeys ?? ['/header/event_id'];
  const keys: string[] = [];
  for (const pointer of pointers) {
    const value = atPointer(classified.envelope, pointer);
    if (typeof value === 'string' && value !== '' && value.length <= MAX_KEY_CHARS) keys.push(`${pointer} ${value}`);
  }
  return keys;
}

/**
 * The transport-neutral handler (see {@link createEventHandler} for the HTTP one). Checks the options
 * and builds the core both the HTTP adapters and the long connection use.
 */
export function createDispatcher(options: EventHandlerOptions): EventHandler {
  // The secrets are checked, not required: the long connection authenticates at connect time and
  // needs none; the HTTP adapters refuse to run without one.
  checkVerifyOptions(options, false);
  const ack = options.ack ?? 'first';
  if (ack !== 'first' && ack !== 'after-handler') throw new RangeError(`ack must be 'first' or 'after-handler', got ${String(ack)}`);
  const handlerDeadlineMs = positive('handlerDeadlineMs', options.handlerDeadlineMs, DEFAULT_HANDLER_DEADLINE_MS);
  const cardActionDeadlineMs = positive('cardActionDeadlineMs', options.cardActionDeadlineMs, DEFAULT_CARD_ACTION_DEADLINE_MS);
  positive('maxBodyBytes', options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES);
  const validating = options.validate !== false;
  // Start loading the validators now (not at import): the first request then finds them ready.
  if (validating) loadValidators().catch(() => undefined);
  const store: DedupStore | undefined = options.dedup === false
    ? undefined
    : options.dedup && typeof (options.dedup as DedupStore).has === 'function'
      ? (options.dedup as DedupStore)
      : new MemoryDedupStore({ ...(options.dedup as MemoryDedupOptions | undefined) });
  const onError = options.onError ?? defaultOnError;
  const report = (error: unknown, context: ErrorContext) => {
    try {
      onError(error, context);
    } catch {
      // A failing error hook must not turn into an unhandled rejection or change the answer.
    }
  };
  const onLate = options.onLate ?? ((late: LateAnswer) => report(new FeishuEventError('schema', late.message, { eventType: late.eventType }), { phase: late.kind === 'cardAction' ? 'answer' : 'handler', eventType: late.eventType, ...(late.eventId ? { eventId: late.eventId } : {}) }));
  const handlers = new Map<string, Handler<never>[]>();
  let cardHandler: CardHandler | undefined;
  const running = new Set<Promise<unknown>>();

  async function seen(keys: string[]): Promise<boolean> {
    if (!store || keys.length === 0) return false;
    for (const key of keys) if (await store.has(key)) return true;
    let fresh = true;
    for (const key of keys) if ((await store.add(key)) === false) fresh = false;
    return !fresh;
  }

  async function forget(keys: string[]) {
    if (!store?.delete) return;
    for (const key of keys) await store.delete(key);
  }

  async function runAll(list: Handler<never>[], envelope: unknown, context: EventContext): Promise<void> {
    for (const handler of list) await handler(envelope as never, context);
  }

  function track(work: Promise<unknown>, waitUntil?: (work: Promise<unknown>) => void) {
    running.add(work);
    void work.finally(() => running.delete(work));
    waitUntil?.(work);
  }

  async function dispatchEvent(classified: Extract<Classified, { kind: 'event' }>, keys: string[], waitUntil?: (work: Promise<unknown>) => void): Promise<DispatchAnswer> {
    const context: EventContext = { eventType: classified.eventType, eventId: classified.eventId, schema: classified.schema };
    const list = handlers.get(classified.eventType);
    if (!list || list.length === 0) return { status: 200, body: EVENT_OK };
    const where = { eventType: context.eventType, eventId: context.eventId };
    // Started in a later task, so that the answer is on its way before any handler code runs.
    const work = Promise.resolve().then(() => runAll(list, classified.envelope, context));
    if (ack === 'first') {
      track(work.catch((error) => report(error, { phase: 'handler', ...where })), waitUntil);
      return { status: 200, body: EVENT_OK };
    }
    const outcome = await raceDeadline(work.then(() => undefined, (error) => ({ error })), handlerDeadlineMs);
    if (outcome.late) {
      track(work.catch((error) => report(error, { phase: 'handler', ...where })), waitUntil);
      onLate({ kind: 'event', ...where, deadlineMs: handlerDeadlineMs, result: work, message: `the ${context.eventType} handler was still running after ${handlerDeadlineMs} ms: 200 was answered so that the platform does not redeliver, and the handler goes on (it may be frozen on runtimes that stop after the response)` });
      return { status: 200, body: EVENT_OK };
    }
    if (outcome.value) {
      report(outcome.value.error, { phase: 'handler', ...where, status: 500 });
      await forget(keys);
      return { status: 500, body: { code: 500, msg: `the ${context.eventType} handler failed; the platform will redeliver` } };
    }
    return { status: 200, body: EVENT_OK };
  }

  async function dispatchCard(classified: Extract<Classified, { kind: 'cardAction' }>, waitUntil?: (work: Promise<unknown>) => void): Promise<DispatchAnswer> {
    if (!cardHandler) return { status: 200, body: CARD_UNCHANGED };
    const handler = cardHandler;
    const eventId = classified.legacy ? undefined : (atPointer(classified.envelope, '/header/event_id') as string | undefined);
    const where = { eventType: CARD_ACTION_TRIGGER, ...(eventId ? { eventId } : {}) };
    const work = Promise.resolve().then(() => handler(classified.envelope, { legacy: classified.legacy, deadlineMs: cardActionDeadlineMs }));
    const outcome = await raceDeadline(work.then((value) => ({ value }), (error) => ({ error })), cardActionDeadlineMs);
    if (outcome.late) {
      track(work.catch(() => undefined), waitUntil);
      onLate({
        kind: 'cardAction', eventType: CARD_ACTION_TRIGGER, eventId, deadlineMs: cardActionDeadlineMs, result: work,
        message: `the card action handler did not answer within ${cardActionDeadlineMs} ms, so {} was answered for it and the card stays as it is; a card it returns later is not shown — send it with the delayed update (operation updateCardByToken, with event.token, within 30 min)`,
      });
      return { status: 200, body: CARD_UNCHANGED };
    }
    if ('error' in outcome.value) {
      report(outcome.value.error, { phase: 'handler', ...where, status: 500 });
      return { status: 500, body: { code: 500, msg: 'the card action handler failed' } };
    }
    const answer = outcome.value.value ?? CARD_UNCHANGED;
    if (validating && !classified.legacy) {
      const result = (await loadValidators()).validate(envelopeSchemaIds.cardActionResponse, answer);
      if (!result.valid) {
        report(new FeishuEventError('schema', `the card action handler's answer breaks ${envelopeSchemaIds.cardActionResponse}, so {} was answered instead: ${result.errors.slice(0, 5).map((e) => e.message).join('; ')}`, { eventType: CARD_ACTION_TRIGGER, errors: result.errors }), { phase: 'answer', ...where });
        return { status: 200, body: CARD_UNCHANGED };
      }
    }
    return { status: 200, body: answer };
  }

  const self: EventHandler = {
    options,
    report,
    on(eventType: string, handler: Handler<never>) {
      if (typeof eventType !== 'string' || eventType === '') throw new TypeError('on() needs an event type, e.g. "im.message.receive_v1"');
      if (typeof handler !== 'function') throw new TypeError(`on(${JSON.stringify(eventType)}) needs a handler function`);
      if (eventType === CARD_ACTION_TRIGGER) throw new TypeError('card actions are answered: register them with onCardAction(handler), whose return value is the answer');
      const list = handlers.get(eventType) ?? [];
      list.push(handler);
      handlers.set(eventType, list);
      return self;
    },
    onCardAction(handler) {
      if (typeof handler !== 'function') throw new TypeError('onCardAction() needs a handler function');
      cardHandler = handler;
      return self;
    },
    async dispatch(envelope, dispatchOptions = {}) {
      let classified: Classified;
      try {
        classified = classify(envelope);
        if (validating) await checkSchema(classified);
      } catch (error) {
        report(error, { phase: 'request', status: 400 });
        return { status: 400, body: { code: 400, msg: error instanceof FeishuEventError ? error.message : 'the envelope could not be read' } };
      }
      if (classified.kind === 'challenge') return { status: 200, body: { challenge: classified.challenge } };
      const keys = dedupKeysOf(classified);
      if (await seen(keys)) return { status: 200, body: classified.kind === 'cardAction' ? CARD_UNCHANGED : EVENT_OK };
      if (classified.kind === 'cardAction') return dispatchCard(classified, dispatchOptions.waitUntil);
      return dispatchEvent(classified, keys, dispatchOptions.waitUntil);
    },
    async settled() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  } as EventHandler;
  return self;
}
