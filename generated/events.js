/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/events/*.json (x-event-type, x-scopes, x-dedup-keys, x-summary) by scripts/generate-events.js
 * Regenerate: npm run generate
 */
/** The schema-2.0 events, by header.event_type. */
export const events = {
  "card.action.trigger": {
    "schemaId": "event.card.action.trigger",
    "scopes": [],
    "dedupKeys": [
      "/header/event_id"
    ],
    "summary": "A user clicked (or submitted) an interactive component of a card the app sent; answer within 3 s with {}, a toast or a card."
  },
  "im.chat.disbanded_v1": {
    "schemaId": "event.im.chat.disbanded_v1",
    "scopes": [
      "im:chat:readonly"
    ],
    "dedupKeys": [
      "/header/event_id"
    ],
    "summary": "A chat the bot was in was disbanded."
  },
  "im.chat.member.bot.added_v1": {
    "schemaId": "event.im.chat.member.bot.added_v1",
    "scopes": [
      "im:chat:readonly"
    ],
    "dedupKeys": [
      "/header/event_id"
    ],
    "summary": "The bot was added to a chat."
  },
  "im.chat.member.bot.deleted_v1": {
    "schemaId": "event.im.chat.member.bot.deleted_v1",
    "scopes": [
      "im:chat:readonly"
    ],
    "dedupKeys": [
      "/header/event_id"
    ],
    "summary": "The bot was removed from a chat (only the removed bot receives it)."
  },
  "im.chat.member.user.added_v1": {
    "schemaId": "event.im.chat.member.user.added_v1",
    "scopes": [
      "im:chat:readonly"
    ],
    "dedupKeys": [
      "/header/event_id"
    ],
    "summary": "Users joined (or were added to) a chat the bot is in."
  },
  "im.chat.member.user.deleted_v1": {
    "schemaId": "event.im.chat.member.user.deleted_v1",
    "scopes": [
      "im:chat:readonly"
    ],
    "dedupKeys": [
      "/header/event_id"
    ],
    "summary": "Users left a chat the bot is in, or were removed from it."
  },
  "im.chat.member.user.withdrawn_v1": {
    "schemaId": "event.im.chat.member.user.withdrawn_v1",
    "scopes": [
      "im:chat:readonly"
    ],
    "dedupKeys": [
      "/header/event_id"
    ],
    "summary": "An invitation that added users to a chat was revoked (撤销拉用户进群)."
  },
  "im.chat.updated_v1": {
    "schemaId": "event.im.chat.updated_v1",
    "scopes": [
      "im:chat:readonly"
    ],
    "dedupKeys": [
      "/header/event_id"
    ],
    "summary": "A chat's settings (name, avatar, permissions, owner, …) changed."
  },
  "im.message.message_read_v1": {
    "schemaId": "event.im.message.message_read_v1",
    "scopes": [
      "im:message:receive_as_bot"
    ],
    "dedupKeys": [
      "/header/event_id"
    ],
    "summary": "A user read messages the bot sent in a p2p chat."
  },
  "im.message.reaction.created_v1": {
    "schemaId": "event.im.message.reaction.created_v1",
    "scopes": [
      "im:message:receive_as_bot"
    ],
    "dedupKeys": [
      "/header/event_id"
    ],
    "summary": "A reaction (emoji) was added on a message in a chat the bot is in."
  },
  "im.message.reaction.deleted_v1": {
    "schemaId": "event.im.message.reaction.deleted_v1",
    "scopes": [
      "im:message:receive_as_bot"
    ],
    "dedupKeys": [
      "/header/event_id"
    ],
    "summary": "A reaction (emoji) was removed on a message in a chat the bot is in."
  },
  "im.message.recalled_v1": {
    "schemaId": "event.im.message.recalled_v1",
    "scopes": [
      "im:message:receive_as_bot"
    ],
    "dedupKeys": [
      "/header/event_id"
    ],
    "summary": "A message in a chat the bot is in was recalled."
  },
  "im.message.receive_v1": {
    "schemaId": "event.im.message.receive_v1",
    "scopes": [
      "im:message:receive_as_bot"
    ],
    "dedupKeys": [
      "/header/event_id",
      "/event/message/message_id"
    ],
    "summary": "A message was sent to the bot: a p2p message, or a group message that @-mentions it (or any group message, with the group-message scope)."
  }
};

/** The other bodies an app receives or answers (challenge, encrypted body, 1.0 envelope, legacy card callback, card answer), by name. */
export const eventBodies = {
  "card.action.trigger.response": {
    "schemaId": "event.card.action.trigger.response",
    "title": "CardActionTriggerResponse",
    "dedupKeys": [],
    "summary": "The app's answer to a card.action.trigger: {}, a toast, a card, or both.",
    "clientErrorCodes": {
      "late": 200671,
      "malformed": 200672,
      "wrongCard": 200673,
      "notConfigured": 200340
    }
  },
  "encrypted": {
    "schemaId": "event.encrypted",
    "title": "EncryptedEvent",
    "dedupKeys": [],
    "summary": "An encrypted body {\"encrypt\": base64(IV ‖ AES-256-CBC)}: decrypt it, then validate what it holds."
  },
  "legacy.card_action": {
    "schemaId": "event.legacy.card_action",
    "title": "LegacyCardAction",
    "dedupKeys": [],
    "summary": "A legacy (1.0-style) card callback: flat {open_id, user_id, open_message_id, token, action}, SHA-1 signed with the Verification Token."
  },
  "url_verification": {
    "schemaId": "event.url_verification",
    "title": "UrlVerification",
    "dedupKeys": [],
    "summary": "The request-URL challenge: answer {\"challenge\": …} within 3 s (encrypted like any event when an Encrypt Key is set; never signed)."
  },
  "v1": {
    "schemaId": "event.v1",
    "title": "EventV1",
    "dedupKeys": [
      "/uuid"
    ],
    "summary": "A legacy schema-1.0 event ({uuid, token, ts, type: \"event_callback\", event: {type, …}}); its name is event.type and its dedup key uuid."
  }
};
