// What a decrypted body is — the URL challenge, a schema 2.0 event, a schema 1.0 event, a new or a
// legacy card callback — told apart by evidence in the body (reference feishu-events.md A2, A3, A8),
// and checked against its schema. Shared by verifyEvent and the transport-neutral dispatch.
import type { SchemaId } from '../validators/index.js';

type Validators = typeof import('../validators/index.js');
let validators: Validators | undefined;
/**
 * The contract's validators (most of the package's code), loaded on the first envelope that needs
 * one rather than at import: importing ./events stays near a bare runtime's start (issue 26.1), and
 * a handler created with validation on starts the load at once so its first request does not wait.
 */
export async function loadValidators(): Promise<Validators> {
  return (validators ??= await import('../validators/index.js'));
}
import { envelopeSchemaIds, eventFacts, type EventEnvelopeMap, type EventV1, type KnownEventType, type LegacyCardAction, type UrlVerification } from './catalog.js';
import { FeishuEventError } from './errors.js';

/** The card callback event type (schema 2.0); the one event type answered with a body. */
export const CARD_ACTION_TRIGGER = 'card.action.trigger' satisfies KnownEventType;

/** A schema 2.0 envelope of an event type the contract does not describe (yet): passed through. */
export interface UnknownEventEnvelope {
  schema: '2.0';
  header: { event_id: string; event_type: string; [key: string]: unknown };
  event: Record<string, unknown>;
}

/** A schema 2.0 event the contract describes, typed by its event type. */
export type EventV2Of<K extends keyof EventEnvelopeMap = keyof EventEnvelopeMap> = K extends typeof CARD_ACTION_TRIGGER
  ? never
  : { kind: 'event'; schema: '2.0'; eventType: K; eventId: string; envelope: EventEnvelopeMap[K] };

/** What a verified request is. */
export type VerifiedEvent =
  | { kind: 'challenge'; challenge: string; envelope: UrlVerification }
  | EventV2Of
  | { kind: 'event'; schema: '2.0'; eventType: string; eventId: string; envelope: UnknownEventEnvelope }
  | { kind: 'event'; schema: '1.0'; eventType: string; eventId: string; envelope: EventV1 }
  | { kind: 'cardAction'; legacy: false; envelope: EventEnvelopeMap[typeof CARD_ACTION_TRIGGER] }
  | { kind: 'cardAction'; legacy: true; envelope: LegacyCardAction };

/**
 * Narrows a verified result to one event type, typing its envelope (an `eventType` comparison alone
 * cannot: schema 1.0 events and event types the contract does not describe carry any string).
 * @example
 * ```ts
 * if (isEventOf(result, 'im.message.receive_v1')) console.log(result.envelope.event.message.chat_id);
 * ```
 */
export function isEventOf<K extends Exclude<keyof EventEnvelopeMap, typeof CARD_ACTION_TRIGGER>>(result: VerifiedEvent, eventType: K): result is Extract<EventV2Of<K>, { eventType: K }> {
  return result.kind === 'event' && result.schema === '2.0' && result.eventType === eventType;
}

/** A classified body, with the Verification Token it carries (where it carries one). */
export type Classified = VerifiedEvent & { schemaId: SchemaId | undefined; token: unknown };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/**
 * Tells what a decrypted body is. Throws `reason: 'body'` for JSON that is none of Feishu's shapes,
 * and `'schema'` where the shape is recognised but a field needed to route it is missing.
 */
export function classify(body: unknown): Classified {
  if (!isObject(body)) throw new FeishuEventError('body', `the body must be a JSON object, not ${Array.isArray(body) ? 'an array' : body === null ? 'null' : typeof body}`);
  if (body.type === 'url_verification') {
    if (typeof body.challenge !== 'string') throw new FeishuEventError('schema', 'challenge is required and must be a string in a url_verification body');
    return { kind: 'challenge', challenge: body.challenge, envelope: body as unknown as UrlVerification, schemaId: envelopeSchemaIds.challenge, token: body.token };
  }
  if (has(body, 'schema')) {
    const header = body.header;
    if (!isObject(header) || typeof header.event_type !== 'string' || typeof header.event_id !== 'string') {
      throw new FeishuEventError('schema', 'header.event_type and header.event_id are required strings in a schema 2.0 envelope');
    }
    const eventType = header.event_type;
    const schemaId = eventFacts(eventType)?.schemaId;
    if (eventType === CARD_ACTION_TRIGGER) {
      return { kind: 'cardAction', legacy: false, envelope: body as never, schemaId, token: header.token };
    }
    if (!schemaId && !isObject(body.event)) throw new FeishuEventError('schema', 'event is required and must be an object in a schema 2.0 envelope', { eventType });
    return { kind: 'event', schema: '2.0', eventType, eventId: header.event_id, envelope: body as never, schemaId, token: header.token } as Classified;
  }
  if (has(body, 'uuid') || body.type === 'event_callback') {
    const event = body.event;
    if (!isObject(event) || typeof event.type !== 'string' || typeof body.uuid !== 'string') {
      throw new FeishuEventError('schema', 'uuid and event.type are required strings in a schema 1.0 envelope');
    }
    return { kind: 'event', schema: '1.0', eventType: event.type, eventId: body.uuid, envelope: body as unknown as EventV1, schemaId: envelopeSchemaIds.v1, token: body.token };
  }
  if (isObject(body.action) && (has(body, 'open_message_id') || has(body, 'open_id'))) {
    // The legacy callback's `token` is the card-update token, not the Verification Token: its
    // authenticity is the SHA-1 signature over the Verification Token.
    return { kind: 'cardAction', legacy: true, envelope: body as unknown as LegacyCardAction, schemaId: envelopeSchemaIds.legacyCardAction, token: undefined };
  }
  throw new FeishuEventError('body', 'the body is none of the shapes Feishu sends (url_verification, a schema 2.0 or 1.0 event, a card callback)');
}

/** How many broken rules an error message lists. */
const LISTED_RULES = 5;

/** Checks a classified body against its schema; throws `reason: 'schema'` naming each broken rule. */
export async function checkSchema(classified: Classified): Promise<void> {
  if (!classified.schemaId) return;
  const result = (validators ?? (await loadValidators())).validate(classified.schemaId, classified.envelope);
  if (result.valid) return;
  const eventType = 'eventType' in classified ? classified.eventType : classified.kind === 'cardAction' && !classified.legacy ? CARD_ACTION_TRIGGER : undefined;
  const listed = result.errors.slice(0, LISTED_RULES).map((e) => e.message);
  const more = result.errors.length > LISTED_RULES ? `; and ${result.errors.length - LISTED_RULES} more` : '';
  throw new FeishuEventError('schema', `the ${eventType ?? classified.kind} envelope breaks ${classified.schemaId}: ${listed.join('; ')}${more}`, {
    ...(eventType ? { eventType } : {}),
    errors: result.errors.map(({ path, keyword, message }) => ({ path, keyword, message })),
  });
}
