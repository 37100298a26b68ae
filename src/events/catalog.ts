// The event catalogue, as generated from schemas/events/ (generated/events.js): which event types the
// contract knows, each one's schema id and dedup keys. The receiver and the mock read it here, so an
// event added to the contract needs no edit in src/.
import { events as table } from '../../generated/events.js';
import type { CardActionTriggerResponse, EventEnvelopeMap, EventV1, LegacyCardAction, UrlVerification } from '../../generated/events.js';
import type { SchemaId } from '../validators/index.js';

export type { CardActionTriggerResponse, EventEnvelopeMap, EventV1, LegacyCardAction, UrlVerification };

/** An event type the contract describes (`im.message.receive_v1`, `card.action.trigger`, …). */
export type KnownEventType = keyof EventEnvelopeMap;

/** What the contract says about one event type. */
export interface EventFacts {
  schemaId: SchemaId;
  /** Scopes that subscribe the app to it. */
  scopes: readonly string[];
  /** JSON pointers of the values that identify one delivery's event (deduplication keys). */
  dedupKeys: readonly string[];
  summary: string;
}

const facts = table as unknown as Readonly<Record<string, EventFacts>>;

/** The facts of `eventType`, or undefined for a type the contract does not describe (yet). */
export function eventFacts(eventType: string): EventFacts | undefined {
  return Object.prototype.hasOwnProperty.call(facts, eventType) ? facts[eventType] : undefined;
}

/** Every event type the contract describes. */
export const knownEventTypes = Object.freeze(Object.keys(facts)) as readonly KnownEventType[];

/** The schema ids of the envelopes that are not one event type's. */
export const envelopeSchemaIds = {
  challenge: 'event.url_verification',
  encrypted: 'event.encrypted',
  v1: 'event.v1',
  legacyCardAction: 'event.legacy.card_action',
  cardActionResponse: 'event.card.action.trigger.response',
} as const satisfies Record<string, string>;

/** The value at a JSON pointer (`/a/b/0`), or undefined. */
export function atPointer(value: unknown, pointer: string): unknown {
  let at = value;
  for (const raw of pointer.split('/').slice(1)) {
    if (at === null || typeof at !== 'object') return undefined;
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!Object.prototype.hasOwnProperty.call(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}
