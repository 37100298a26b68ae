/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/events/ (every file) and schemas/common/*.json by json-schema-to-typescript
 * Regenerate: npm run generate
 */
import type { Card } from './card.js';

/**
 * The envelope version: always "2.0" for these events (a 1.0 envelope has `uuid` and no `schema`; see event.v1).
 */
export type EventSchemaVersion = "2.0";
/**
 * A time as a decimal string of digits (epoch milliseconds for most fields). Opaque: compare and sort it as a number, never parse it as a date string.
 */
export type DigitString = string;
/**
 * The `message` of an `im.message.receive_v1` event. `content` is a JSON string whose parsed value has the RECEIVED shape of its `message_type` (接收消息内容), which differs from what is sent: text mentions are `@_user_N`, a post has no locale wrapper, a card is a converted rendering. The content is checked by `message_type` (a oneOf with a discriminator, so generators see the union).
 */
export type ReceivedMessage = {
  /**
   * The message (`om_…`). The documented dedup key of this event: a redelivery may come with a new event_id.
   */
  message_id: string;
  /**
   * The root of the reply chain; in topic groups, the thread anchor.
   */
  root_id?: string;
  /**
   * The message this one replies to.
   */
  parent_id?: string;
  create_time: DigitString;
  update_time?: DigitString;
  /**
   * The chat (`oc_…`), p2p or group.
   */
  chat_id: string;
  /**
   * The thread (`omt_…`) of a thread message.
   */
  thread_id?: string;
  /**
   * The kind of chat: `p2p`, `group`, or `topic_group` (a topic chat).
   */
  chat_type: "p2p" | "group" | "topic_group";
  /**
   * The message type: one of the received types of 接收消息内容. It selects the shape of `content`.
   */
  message_type:
    | "text"
    | "post"
    | "image"
    | "file"
    | "folder"
    | "audio"
    | "media"
    | "sticker"
    | "interactive"
    | "share_chat"
    | "share_user"
    | "system"
    | "merge_forward"
    | "hongbao"
    | "share_calendar_event"
    | "calendar"
    | "general_calendar"
    | "location"
    | "video_chat"
    | "todo"
    | "vote";
  /**
   * The content as a JSON string, in the received shape of `message_type`.
   */
  content: string;
  /**
   * The mentions, in the order of their `@_user_N` keys.
   */
  mentions?: {
    /**
     * The placeholder in the text, e.g. `@_user_1`.
     */
    key: string;
    id: UserId;
    /**
     * The mentioned name.
     */
    name: string;
    tenant_key?: string;
    /**
     * What was mentioned (Node SDK only, newer).
     */
    mentioned_type?: string;
  }[];
  /**
   * The sending client (Node and newer Go SDKs).
   */
  user_agent?: string;
} & (
  | {
      message_type?: "text";
      content?: string;
    }
  | {
      message_type?: "post";
      content?: string;
    }
  | {
      message_type?: "image";
      content?: string;
    }
  | {
      message_type?: "file";
      content?: string;
    }
  | {
      message_type?: "folder";
      content?: string;
    }
  | {
      message_type?: "audio";
      content?: string;
    }
  | {
      message_type?: "media";
      content?: string;
    }
  | {
      message_type?: "sticker";
      content?: string;
    }
  | {
      message_type?: "interactive";
      content?: string;
    }
  | {
      message_type?: "share_chat";
      content?: string;
    }
  | {
      message_type?: "share_user";
      content?: string;
    }
  | {
      message_type?: "system";
      content?: string;
    }
  | {
      message_type?: "merge_forward";
      content?: string;
    }
  | {
      message_type?:
        | "hongbao"
        | "share_calendar_event"
        | "calendar"
        | "general_calendar"
        | "location"
        | "video_chat"
        | "todo"
        | "vote";
      content?: string;
    }
);

export interface EventSchemas {
  "event.card.action.trigger"?: CardActionTriggerEvent;
  "event.card.action.trigger.response"?: CardActionTriggerResponse;
  "event.encrypted"?: EncryptedEvent;
  "event.im.chat.disbanded_v1"?: ImChatDisbandedV1Event;
  "event.im.chat.member.bot.added_v1"?: ImChatMemberBotAddedV1Event;
  "event.im.chat.member.bot.deleted_v1"?: ImChatMemberBotDeletedV1Event;
  "event.im.chat.member.user.added_v1"?: ImChatMemberUserAddedV1Event;
  "event.im.chat.member.user.deleted_v1"?: ImChatMemberUserDeletedV1Event;
  "event.im.chat.member.user.withdrawn_v1"?: ImChatMemberUserWithdrawnV1Event;
  "event.im.chat.updated_v1"?: ImChatUpdatedV1Event;
  "event.im.message.message_read_v1"?: ImMessageMessageReadV1Event;
  "event.im.message.reaction.created_v1"?: ImMessageReactionCreatedV1Event;
  "event.im.message.reaction.deleted_v1"?: ImMessageReactionDeletedV1Event;
  "event.im.message.recalled_v1"?: ImMessageRecalledV1Event;
  "event.im.message.receive_v1"?: ImMessageReceiveV1Event;
  "event.legacy.card_action"?: LegacyCardAction;
  "event.url_verification"?: UrlVerification;
  "event.v1"?: EventV1;
}
/**
 * The decrypted schema-2.0 envelope of `card.action.trigger`: the new-style card callback (configured at Events & Callbacks → Callback configuration). The app answers with `event.card.action.trigger.response` within 3 s; `event.token` lets it update the card later (30 min).
 */
export interface CardActionTriggerEvent {
  schema: EventSchemaVersion;
  header: EventHeader & {
    event_type: "card.action.trigger";
  };
  event: {
    /**
     * Who clicked. Here the ids are strings (not a UserId object).
     */
    operator: {
      open_id: string;
      /**
       * The tenant user_id; may be absent.
       */
      user_id?: string;
      union_id?: string;
      tenant_key?: string;
    };
    /**
     * The delayed-update token (`c-…`) for POST /open-apis/interactive/v1/card/update: valid 30 min. Not a message id.
     */
    token?: string;
    action: CardActionDetail;
    /**
     * Where the card was: a message, or a top notice.
     */
    host?: "im_message" | "im_top_notice";
    /**
     * How the card was delivered, e.g. `url_preview`.
     */
    delivery_type?: string;
    /**
     * Where the click happened. `open_chat_id` is `oc_…` for p2p and group chats alike (no chat_type).
     */
    context?: {
      url?: string;
      preview_token?: string;
      /**
       * The card's message.
       */
      open_message_id?: string;
      /**
       * The card's chat.
       */
      open_chat_id?: string;
    };
  };
}
/**
 * The schema-2.0 header. `event_type` selects the handler; `event_id` identifies the push (a redelivery keeps it). All six fields are strings in every SDK and present in every documented example.
 */
export interface EventHeader {
  /**
   * The event's id. A redelivery of the same event carries the same id: the dedup key of every event.
   */
  event_id: string;
  /**
   * The event type, e.g. `im.message.receive_v1`; each event schema pins it with `const`.
   */
  event_type: string;
  create_time: DigitString;
  /**
   * The app's Verification Token (not a secret to log). For card.action.trigger the card-update token is `event.token`, a different field.
   */
  token: string;
  /**
   * The receiving app's id (`cli_…`).
   */
  app_id: string;
  /**
   * The tenant the event belongs to.
   */
  tenant_key: string;
}
/**
 * What the user did on a card: the component's `tag`, the developer's `value`, and the inputs. Shared by `card.action.trigger` and the legacy card callback. A form submit arrives as `tag: "button"` with `form_value` filled (there is no `form_submit` tag); inside a form, values appear only in `form_value[name]`.
 */
export interface CardActionDetail {
  /**
   * The interactive component's tag: button, select_static, select_person, overflow, date_picker, picker_time, picker_datetime, input, checker, …
   */
  tag: string;
  /**
   * The `value` the developer put on the component, echoed back.
   */
  value?: {} | string;
  /**
   * The chosen option of a select or overflow.
   */
  option?: string;
  /**
   * The chosen options of a multi-select.
   */
  options?: string[];
  /**
   * The user's time zone (date/time pickers).
   */
  timezone?: string;
  /**
   * The component's `name`.
   */
  name?: string;
  /**
   * A form's values by component name.
   */
  form_value?: {};
  /**
   * The text of an input.
   */
  input_value?: string;
  /**
   * A checker's state.
   */
  checked?: boolean;
}
/**
 * What the app answers a `card.action.trigger` callback, within 3 s, with HTTP 200: `{}` (nothing changes), a `toast`, a `card` that replaces the clicked card (raw card JSON or a template), or both. The client renders the answered card at once; a later PATCH updates only the server's copy. Closed: an unknown key is a mistake the client would ignore silently.
 */
export interface CardActionTriggerResponse {
  toast?: CardActionToast;
  /**
   * The card that replaces the clicked one: `{type: "raw", data: <card JSON object>}` or `{type: "template", data: {template_id, template_variable?, template_version_name?}}`.
   */
  card?: (RawCard | TemplateCard) & {
    /**
     * `raw`: `data` is card JSON; `template`: `data` names a card template.
     */
    type: "raw" | "template";
    /**
     * The card JSON object (raw) or the template reference (template).
     */
    data: {};
  };
}
/**
 * A toast the client shows after a click: its kind, its text, and optionally the text per locale. Closed: an unknown key (such as the old `i_18_n_content`) is an error, because the client would ignore it silently. A toast needs its text: `content` or `i18n` (inference: a toast without text shows nothing).
 */
export interface CardActionToast {
  /**
   * The toast's kind.
   */
  type?: "info" | "success" | "error" | "warning";
  /**
   * The toast text.
   */
  content?: string;
  /**
   * The toast text per locale (`zh_cn`, `en_us`, `ja_jp`, …).
   */
  i18n?: {
    [k: string]: string | undefined;
  };
}
export interface RawCard {
  type?: "raw";
  data?: Card;
}
export interface TemplateCard {
  type?: "template";
  data?: TemplateCardData;
}
/**
 * A card template reference.
 */
export interface TemplateCardData {
  /**
   * The template's id (e.g. `AAqigYkzabcef` / `ctp_…`).
   */
  template_id: string;
  /**
   * Values for the template's variables.
   */
  template_variable?: {};
  /**
   * The template version, e.g. `1.0.0`.
   */
  template_version_name?: string;
}
/**
 * An encrypted delivery (an Encrypt Key is configured): `encrypt` is base64 (standard alphabet) of a 16-byte IV followed by AES-256-CBC ciphertext (PKCS#7), the key being SHA-256 of the Encrypt Key. The plaintext is a 2.0 or 1.0 envelope, a card callback, or the challenge. The example is the doc's decryption sample: with the Encrypt Key "test key" it decrypts to "hello world".
 */
export interface EncryptedEvent {
  /**
   * base64 of IV (16 bytes) ‖ ciphertext (whole 16-byte blocks, at least one): at least 32 bytes, so at least 44 characters. Whether the blocks are whole is checked when decrypting.
   */
  encrypt: string;
}
/**
 * The decrypted schema-2.0 envelope of `im.chat.disbanded_v1`: a chat was disbanded.
 */
export interface ImChatDisbandedV1Event {
  schema: EventSchemaVersion;
  header: EventHeader & {
    event_type: "im.chat.disbanded_v1";
  };
  event: ChatEventCommon;
}
/**
 * The fields the chat events (`im.chat.member.*`, `im.chat.updated_v1`, `im.chat.disbanded_v1`) share: the chat, who acted, and whether that operator is external. Every SDK types them optional; `chat_id` is required here because each of these events is about one chat and every documented example names it.
 */
export interface ChatEventCommon {
  /**
   * The chat (`oc_…`).
   */
  chat_id: string;
  operator_id?: UserId;
  /**
   * Whether the chat is external (外部群).
   */
  external?: boolean;
  /**
   * The operator's tenant.
   */
  operator_tenant_key?: string;
  /**
   * The chat's name.
   */
  name?: string;
  i18n_names?: I18NNames;
}
/**
 * A user's ids, as an object: `{union_id?, user_id?, open_id?}`. In events the fields named `user_id`, `operator_id`, `sender_id`, `reader_id` (and a mention's `id`) are this object, not a string — the naming trap of reference A7. Which ids appear depends on the app's scopes (`user_id` needs contact:user.employee_id:readonly); open for ids the platform adds.
 */
export interface UserId {
  /**
   * The user's union_id (`on_…`), the same across one developer's apps.
   */
  union_id?: string;
  /**
   * The tenant-scoped user_id (employee id); absent without the contact:user.employee_id:readonly scope.
   */
  user_id?: string;
  /**
   * The user's open_id (`ou_…`) for this app.
   */
  open_id?: string;
}
/**
 * Internationalised chat name (国际化会话名). Any locale may be missing or empty; further locales may appear, so the object is open.
 */
export interface I18NNames {
  /**
   * Chinese name, may be empty (中文名，可能为空).
   */
  zh_cn?: string;
  /**
   * English name, may be empty (英文名，可能为空).
   */
  en_us?: string;
  /**
   * Japanese name, may be empty (日文名，可能为空).
   */
  ja_jp?: string;
}
/**
 * The decrypted schema-2.0 envelope of `im.chat.member.bot.added_v1`: the bot was added to a chat.
 */
export interface ImChatMemberBotAddedV1Event {
  schema: EventSchemaVersion;
  header: EventHeader & {
    event_type: "im.chat.member.bot.added_v1";
  };
  event: ChatEventCommon;
}
/**
 * The decrypted schema-2.0 envelope of `im.chat.member.bot.deleted_v1`: the bot was removed from a chat; only the removed bot receives it.
 */
export interface ImChatMemberBotDeletedV1Event {
  schema: EventSchemaVersion;
  header: EventHeader & {
    event_type: "im.chat.member.bot.deleted_v1";
  };
  event: ChatEventCommon;
}
/**
 * The decrypted schema-2.0 envelope of `im.chat.member.user.added_v1`: users were added to a chat.
 */
export interface ImChatMemberUserAddedV1Event {
  schema: EventSchemaVersion;
  header: EventHeader & {
    event_type: "im.chat.member.user.added_v1";
  };
  event: ChatEventCommon & {
    /**
     * The users concerned.
     */
    users: {
      name?: string;
      tenant_key?: string;
      user_id?: UserId;
    }[];
  };
}
/**
 * The decrypted schema-2.0 envelope of `im.chat.member.user.deleted_v1`: users left a chat, or were removed from it (both, per the platform's doc string).
 */
export interface ImChatMemberUserDeletedV1Event {
  schema: EventSchemaVersion;
  header: EventHeader & {
    event_type: "im.chat.member.user.deleted_v1";
  };
  event: ChatEventCommon & {
    /**
     * The users concerned.
     */
    users: {
      name?: string;
      tenant_key?: string;
      user_id?: UserId;
    }[];
  };
}
/**
 * The decrypted schema-2.0 envelope of `im.chat.member.user.withdrawn_v1`: adding users to a chat was revoked (撤销拉用户进群), not a user leaving.
 */
export interface ImChatMemberUserWithdrawnV1Event {
  schema: EventSchemaVersion;
  header: EventHeader & {
    event_type: "im.chat.member.user.withdrawn_v1";
  };
  event: ChatEventCommon & {
    /**
     * The users concerned.
     */
    users: {
      name?: string;
      tenant_key?: string;
      user_id?: UserId;
    }[];
  };
}
/**
 * The decrypted schema-2.0 envelope of `im.chat.updated_v1`: a chat's settings changed; `before_change` and `after_change` hold only the changed fields.
 */
export interface ImChatUpdatedV1Event {
  schema: EventSchemaVersion;
  header: EventHeader & {
    event_type: "im.chat.updated_v1";
  };
  event: ChatEventCommon & {
    after_change?: ChatChange;
    before_change?: ChatChange;
    /**
     * Moderators added and removed.
     */
    moderator_list?: {
      added_member_list?: {
        tenant_key?: string;
        user_id?: UserId;
      }[];
      removed_member_list?: {
        tenant_key?: string;
        user_id?: UserId;
      }[];
    };
  };
}
/**
 * The chat settings before or after an `im.chat.updated_v1` change. Only the changed fields appear, so every field is optional; the enums are the Go SDK's field comments (`unknown` included), and the object is open for settings the platform adds.
 */
export interface ChatChange {
  /**
   * The chat avatar URL.
   */
  avatar?: string;
  /**
   * The chat name.
   */
  name?: string;
  /**
   * The chat description.
   */
  description?: string;
  i18n_names?: I18NNames;
  /**
   * Who may add members.
   */
  add_member_permission?: "all_members" | "only_owner" | "unknown";
  /**
   * Whether the chat may be shared.
   */
  share_card_permission?: "allowed" | "not_allowed" | "unknown";
  /**
   * Who may @all.
   */
  at_all_permission?: "all_members" | "only_owner" | "unknown";
  /**
   * Who may edit the chat's information.
   */
  edit_permission?: "all_members" | "only_owner" | "unknown";
  /**
   * Whether joining needs approval.
   */
  membership_approval?: "no_approval_required" | "approval_required";
  /**
   * Who sees member-joined notices.
   */
  join_message_visibility?: "only_owner" | "all_members" | "not_anyone";
  /**
   * Who sees member-left notices.
   */
  leave_message_visibility?: "only_owner" | "all_members" | "not_anyone";
  /**
   * Who may speak.
   */
  moderation_permission?: "all_members" | "only_owner" | "moderator_list";
  owner_id?: UserId;
  /**
   * Restricted mode (保密模式).
   */
  restricted_mode_setting?: {
    /**
     * Whether restricted mode is on.
     */
    status?: boolean;
    screenshot_has_permission_setting?: "all_members" | "not_anyone";
    download_has_permission_setting?: "all_members" | "not_anyone";
    message_has_permission_setting?: "all_members" | "not_anyone";
  };
  /**
   * Message form of a normal group.
   */
  group_message_type?: "chat" | "thread";
  /**
   * Chat labels (Node SDK only).
   */
  labels?: string[];
}
/**
 * The decrypted schema-2.0 envelope of `im.message.message_read_v1`: a user read one or more of the bot's p2p messages (it fires only for a bot's p2p messages).
 */
export interface ImMessageMessageReadV1Event {
  schema: EventSchemaVersion;
  header: EventHeader & {
    event_type: "im.message.message_read_v1";
  };
  event: {
    reader: {
      reader_id?: UserId;
      read_time: DigitString;
      tenant_key?: string;
    };
    /**
     * The messages read.
     */
    message_id_list: string[];
  };
}
/**
 * The decrypted schema-2.0 envelope of `im.message.reaction.created_v1`: a user or an app added a reaction on a message.
 */
export interface ImMessageReactionCreatedV1Event {
  schema: EventSchemaVersion;
  header: EventHeader & {
    event_type: "im.message.reaction.created_v1";
  };
  event: {
    /**
     * The message.
     */
    message_id: string;
    reaction_type: {
      /**
       * The emoji, e.g. SMILE, THUMBSUP.
       */
      emoji_type: string;
    };
    /**
     * Who reacted: a `user` (then `user_id`) or an `app` (then `app_id`).
     */
    operator_type?: "user" | "app";
    user_id?: UserId;
    /**
     * The app that reacted (Go SDK only).
     */
    app_id?: string;
    action_time?: DigitString;
  };
}
/**
 * The decrypted schema-2.0 envelope of `im.message.reaction.deleted_v1`: a user or an app removed a reaction on a message.
 */
export interface ImMessageReactionDeletedV1Event {
  schema: EventSchemaVersion;
  header: EventHeader & {
    event_type: "im.message.reaction.deleted_v1";
  };
  event: {
    /**
     * The message.
     */
    message_id: string;
    reaction_type: {
      /**
       * The emoji, e.g. SMILE, THUMBSUP.
       */
      emoji_type: string;
    };
    /**
     * Who reacted: a `user` (then `user_id`) or an `app` (then `app_id`).
     */
    operator_type?: "user" | "app";
    user_id?: UserId;
    /**
     * The app that reacted (Go SDK only).
     */
    app_id?: string;
    action_time?: DigitString;
  };
}
/**
 * The decrypted schema-2.0 envelope of `im.message.recalled_v1`: a message was recalled (withdrawn) by its sender or a manager.
 */
export interface ImMessageRecalledV1Event {
  schema: EventSchemaVersion;
  header: EventHeader & {
    event_type: "im.message.recalled_v1";
  };
  event: {
    /**
     * The recalled message.
     */
    message_id: string;
    /**
     * Its chat.
     */
    chat_id?: string;
    recall_time?: DigitString;
    /**
     * Who recalled it: the sender, the group owner, a group manager, or an enterprise manager.
     */
    recall_type?: "message_owner" | "group_owner" | "group_manager" | "enterprise_manager";
  };
}
/**
 * The decrypted schema-2.0 envelope of `im.message.receive_v1`: a user (or, now, another bot) sent a message the app may see. The handler gets the sender and the message; `message.content` is a JSON string in the received shape of its `message_type`.
 */
export interface ImMessageReceiveV1Event {
  schema: EventSchemaVersion;
  header: EventHeader & {
    event_type: "im.message.receive_v1";
  };
  event: {
    /**
     * Who sent it.
     */
    sender: {
      sender_id?: UserId;
      /**
       * The sender kind: `user`, or `app` for a bot.
       */
      sender_type: "user" | "app";
      /**
       * The sender's tenant.
       */
      tenant_key?: string;
    };
    message: ReceivedMessage;
  };
}
/**
 * The legacy card callback (configured as the old 消息卡片请求网址), flat with no `schema`: who clicked, the card's message and chat, the delayed-update `token`, and the `action`. Signed differently from events: X-Lark-Signature = hex(SHA-1(timestamp ‖ nonce ‖ Verification Token ‖ raw body)). Answer within 3 s with the replacement card JSON, or `{}`. A `schema` key is refused: its presence means a schema-2.0 body.
 */
export interface LegacyCardAction {
  /**
   * Who clicked.
   */
  open_id: string;
  /**
   * Who clicked, as the tenant user_id (a string).
   */
  user_id?: string;
  tenant_key?: string;
  /**
   * The card's message.
   */
  open_message_id: string;
  /**
   * The card's chat.
   */
  open_chat_id?: string;
  /**
   * The delayed-update token for the card.
   */
  token: string;
  action: CardActionDetail;
  schema?: never;
}
/**
 * The request-URL challenge, as plaintext (decrypted first when an Encrypt Key is set: then it arrives as `{encrypt}` like any event). It carries no signature headers. Answer HTTP 200 with `{"challenge": <the same value>}` after checking `token` against the Verification Token.
 */
export interface UrlVerification {
  /**
   * The value to echo back.
   */
  challenge: string;
  /**
   * The Verification Token.
   */
  token: string;
  type: "url_verification";
}
/**
 * The legacy schema-1.0 envelope (events such as `p2p_chat_create`, `add_bot`, `message`): no `schema`/`header`; the event name is `event.type`, the Verification Token is the top-level `token`. Told apart from 2.0 by the absence of `schema` (Node SDK) or the presence of `uuid` (Python SDK). The `event` object is open: 1.0 events are typed by hand in the SDKs. A `schema` key is refused: its presence means a schema-2.0 body.
 */
export interface EventV1 {
  /**
   * The push's id (the 1.0 event_id).
   */
  uuid: string;
  /**
   * The Verification Token.
   */
  token: string;
  /**
   * When the event was sent, epoch seconds as a decimal string (it may carry a fraction, e.g. "1502199207.7171419").
   */
  ts: string;
  /**
   * Always `event_callback` for an event (the challenge is event.url_verification).
   */
  type: "event_callback";
  event: {
    /**
     * The event name, e.g. `p2p_chat_create`, `add_bot`, `message`.
     */
    type: string;
    app_id?: string;
    tenant_key?: string;
  };
  schema?: never;
}
