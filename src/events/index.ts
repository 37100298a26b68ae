/**
 * Receiving what Feishu sends an app: events (schema 2.0 and 1.0), the URL challenge, card actions
 * (`card.action.trigger` and legacy callbacks). Web-standard (WebCrypto, Request/Response, no Node
 * import): runs on Node 20+, Deno, Bun and edge runtimes; on Node it takes node:crypto for speed.
 *
 * @example
 * ```ts
 * import { createEventHandler } from 'feishu-chat-contract/events';
 * const events = createEventHandler({ encryptKey, verificationToken });
 * events.on('im.message.receive_v1', async (envelope) => console.log(envelope.event.message.content));
 * export default { fetch: events.fetch }; // or http.createServer(events.node)
 * ```
 * @packageDocumentation
 */
export { signEvent, signLegacyCardAction, encryptEvent, decryptEvent, type SignInput } from './sign.js';
export { verifyEvent, SIGNATURE_HEADERS, DEFAULT_TOLERANCE_SECONDS, type VerifyEventOptions, type RawEventRequest, type HeadersLike } from './verify.js';
export { isEventOf, type VerifiedEvent, type UnknownEventEnvelope, type EventV2Of } from './envelope.js';
export { FeishuEventError, type FeishuEventErrorReason } from './errors.js';
export { FeishuError } from '../errors.js';
export {
  DEFAULT_CARD_ACTION_DEADLINE_MS, DEFAULT_HANDLER_DEADLINE_MS, DEFAULT_MAX_BODY_BYTES,
  type EventHandler, type EventHandlerOptions, type EventContext, type CardActionContext, type CardActionTriggerEnvelope,
  type DispatchAnswer, type ErrorContext, type LateAnswer, type HandledEventType,
} from './handler.js';
export { createEventHandler, type HttpEventHandler, type NodeRequestLike, type NodeResponseLike } from './http.js';
export { MemoryDedupStore, type DedupStore, type MemoryDedupOptions } from './dedup.js';
export { knownEventTypes, eventFacts, type EventFacts, type KnownEventType, type EventEnvelopeMap, type CardActionTriggerResponse, type EventV1, type LegacyCardAction, type UrlVerification } from './catalog.js';

/** Whether a card-action envelope is a legacy callback (flat, no `schema`) rather than `card.action.trigger`. */
export function isLegacyCardAction(envelope: object): envelope is import('./catalog.js').LegacyCardAction {
  return !Object.prototype.hasOwnProperty.call(envelope, 'schema');
}
