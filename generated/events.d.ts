/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/events/*.json (x-event-type, x-scopes, x-dedup-keys, x-summary) by scripts/generate-events.js
 * Regenerate: npm run generate
 */
import type { CardActionTriggerEvent, ImChatDisbandedV1Event, ImChatMemberBotAddedV1Event, ImChatMemberBotDeletedV1Event, ImChatMemberUserAddedV1Event, ImChatMemberUserDeletedV1Event, ImChatMemberUserWithdrawnV1Event, ImChatUpdatedV1Event, ImMessageMessageReadV1Event, ImMessageReactionCreatedV1Event, ImMessageReactionDeletedV1Event, ImMessageRecalledV1Event, ImMessageReceiveV1Event, CardActionTriggerResponse, EncryptedEvent, LegacyCardAction, UrlVerification, EventV1 } from './event-types.js';
export type * from './event-types.js';

/** Each schema-2.0 event type and the type of its whole decrypted envelope `{schema, header, event}`. */
export interface EventEnvelopeMap {
  "card.action.trigger": CardActionTriggerEvent;
  "im.chat.disbanded_v1": ImChatDisbandedV1Event;
  "im.chat.member.bot.added_v1": ImChatMemberBotAddedV1Event;
  "im.chat.member.bot.deleted_v1": ImChatMemberBotDeletedV1Event;
  "im.chat.member.user.added_v1": ImChatMemberUserAddedV1Event;
  "im.chat.member.user.deleted_v1": ImChatMemberUserDeletedV1Event;
  "im.chat.member.user.withdrawn_v1": ImChatMemberUserWithdrawnV1Event;
  "im.chat.updated_v1": ImChatUpdatedV1Event;
  "im.message.message_read_v1": ImMessageMessageReadV1Event;
  "im.message.reaction.created_v1": ImMessageReactionCreatedV1Event;
  "im.message.reaction.deleted_v1": ImMessageReactionDeletedV1Event;
  "im.message.recalled_v1": ImMessageRecalledV1Event;
  "im.message.receive_v1": ImMessageReceiveV1Event;
}
/** A schema-2.0 event type (`header.event_type`). */
export type EventType = keyof EventEnvelopeMap;

/** One row of the event table. */
export interface EventTableEntry<T extends string = string> {
  /** The schema id its envelope validates against: `validate(schemaId, envelope)`. */
  schemaId: `event.${T}`;
  /** The scopes an app needs to subscribe to it (any one of them). */
  scopes: string[];
  /** JSON pointers into the envelope: a delivery whose value at any of them was seen is a duplicate. */
  dedupKeys: string[];
  /** One line: when the platform sends it. */
  summary: string;
}
export declare const events: { readonly [T in EventType]: EventTableEntry<T> };

/** The other bodies, by name, and the type each validates as. */
export interface EventBodyMap {
  "card.action.trigger.response": CardActionTriggerResponse;
  "encrypted": EncryptedEvent;
  "legacy.card_action": LegacyCardAction;
  "url_verification": UrlVerification;
  "v1": EventV1;
}
export declare const eventBodies: { readonly [N in keyof EventBodyMap]: { schemaId: `event.${N}`; title: string; dedupKeys: string[]; summary: string; clientErrorCodes?: Record<string, number> } };
