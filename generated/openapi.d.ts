/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: generated/openapi.json (bundled from spec/) by openapi-typescript
 * Regenerate: npm run generate
 */
export interface paths {
    "/open-apis/im/v1/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the chats the user or bot is in
         * @description 获取用户或机器人所在的群列表 — the chats that the caller of the access token is a member of.
         *
         *     - The app must have bot ability enabled (应用需要开启机器人能力), or the call fails with 232025.
         *     - Without `types`, the list holds groups only, never p2p chats (不包含单聊). `types=p2p` works with a user token only.
         *     - `user_id_type` decides the kind of `owner_id`; it may be omitted when listing a bot's chats.
         *     - `has_more` decides whether another page exists: the last page may carry an empty or even a non-empty `page_token`.
         *     - With `sort_type=ByActiveTimeDesc`, a chat that becomes active while you page can move to page 1 and be skipped; start again from the first page if that matters.
         */
        get: operations["listChats"];
        put?: never;
        /**
         * Create a chat
         * @description 创建群 — creates a group chat with its members and answers the chat's information (getChat's Chat, with `chat_id`).
         *
         *     - The calling bot joins automatically (listing it in `bot_id_list` is harmless). Without `owner_id` the owner is the
         *       calling bot (the answer then has no `owner_id`) or, with a user token, the calling user.
         *     - Any unknown or invisible id in `user_id_list` or `bot_id_list` fails the whole request (232043): there are no
         *       partial-membership lists here (add members one by one with addChatMembers and `succeed_type=1` for that).
         *     - At most 50 users and 5 bots; a public chat needs a name of at least 2 characters (232042, 232020).
         *     - With `uuid`, requests with the same `uuid` (and the same `owner_id`) create at most one chat within 10 hours: only such
         *       a create is safe to retry.
         */
        post: operations["createChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/chats/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the chats visible to the user or bot
         * @description 搜索对用户或机器人可见的群列表 — chats the caller is in plus groups public to the caller, filtered by keyword.
         *
         *     - The app must have bot ability enabled (应用需要开启机器人能力).
         *     - `query` matches i18n group names and member names, in any language the client supports, by pinyin and by prefix.
         *     - An empty `query`, or one longer than 64 characters, returns an empty result — not an error.
         *     - Avoid `-` in `query`; if you need it, wrap the keyword in double quotes (e.g. `"Example-0"`).
         *     - `has_more` decides whether another page exists.
         */
        get: operations["searchChats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/chats/{chat_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one chat's information
         * @description 获取群信息 — a chat's name, avatar, settings, owner and member counts. The REST twin of `tt.getChatInfo`.
         *
         *     - The app must have bot ability enabled (应用需要开启机器人能力), or the call fails with 232025.
         *     - The bot or user of the access token must be in the chat to get everything; a caller outside it gets only the name,
         *       avatar, member counts and status (否则只返回群名称、群头像、成员数量以及群状态信息). 232011 is documented too.
         *     - For an internal chat the caller must be in the chat's tenant (232010).
         *     - `user_id_type` decides the kind of `owner_id` and `user_manager_id_list`; `bot_manager_id_list` holds app ids.
         *     - Any one of the scopes in `x-scopes` will do (DOC-CHATGET, DOC-GROUP); the official CLI asks for `im:chat:read` only.
         */
        get: operations["getChat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/chats/{chat_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a chat's user members
         * @description 获取群成员列表 — the users in a chat, page by page.
         *
         *     - Bots are never listed (不会返回群组内的机器人成员). They are filtered out after a page is cut, so a page can hold fewer
         *       items than `page_size`; members who joined at the same moment come back together, so a page can also hold more.
         *     - The bot or user of the access token must be in the chat (232011), and for an internal chat in its tenant (232010).
         *     - The app must have bot ability enabled (232025).
         *     - `has_more` decides whether another page exists; the last page may carry an empty `page_token`.
         *     - `page_size` defaults to 20 and is at most 100 (the .NET SDK's own default argument of 10 is not the platform's).
         */
        get: operations["listChatMembers"];
        put?: never;
        /**
         * Add users or bots to a chat
         * @description 将用户或机器人拉入群聊 — adds users (ids of `member_id_type`) or bots (`member_id_type=app_id`, App IDs) to a group or
         *     topic chat, and answers the ids that did not become members.
         *
         *     - The caller must be in the chat (232011); a chat where only the owner and admins add members needs one of them (232017).
         *     - `succeed_type=0` (default): an unknown id fails the whole request (99992351 open_id, 99992360 user_id, 99992364
         *       union_id), an invisible one too (232024); resigned users are skipped into `invalid_id_list`. `1`: every usable id is
         *       added, the others come back in the lists. `2`: any unusable id fails the whole request (232043, the ids in `msg`).
         *     - One kind of id per call (see x-erratum); at most 50 users and 5 bots per call, 15 bots per chat (232001).
         *     - An id that is already a member is a no-op.
         *     - Concurrent calls on one chat may get 232019: call serially.
         */
        post: operations["addChatMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/chats/{chat_id}/members/is_in_chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the caller is in a chat
         * @description 判断用户或机器人是否在群里 — answers for the identity of the access token: the bot with a tenant token, the user with a
         *     user token (根据使用的 access_token 判断对应的用户或者机器人是否在指定的群里). It cannot check another user.
         *
         *     - Not being in the chat is an answer (`is_in_chat: false`, `code` 0), not an error: the page lists no 232011.
         *     - The app must have bot ability enabled (232025); for an internal chat the caller must be in its tenant (232010).
         */
        get: operations["isInChat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v2/chats/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search visible chats (v2, with filters)
         * @description 搜索群组 — searches the chats visible to the caller by keyword, with the visibility of in-app search, and filters by kind,
         *     member, mode and role. The official SDK recommends it over `searchChats` (v1).
         *
         *     - No official doc page text is available; the contract rests on the .NET SDK generated from the doc JSON, the official
         *       Node SDK types and the official CLI (see `x-source`).
         *     - `page_size` (default 20, 1–100, from the CLI) and `page_token` go in the query; the filters in the body.
         *     - `has_more` decides whether another page exists; `total` is advisory (it may be missing or 0 while items exist).
         *     - The bot ability must be on when searching as the bot (232025).
         *     - Scopes: the official CLI asks for `im:chat:read`; whether v1 search's other scopes (`im:chat`, `im:chat:readonly`,
         *       `im:chat.group_info:readonly`) also work is not documented. The field scope for `user_id_type=user_id` is inferred.
         *     - Rate limit: not documented anywhere (see `x-rate-limit`).
         */
        post: operations["searchChatsV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a chat's or a thread's history
         * @description 获取会话历史消息 — the messages of a chat (`container_id_type=chat`) or of a thread (`thread`), page by page.
         *
         *     - In a normal chat, thread messages appear only as their root; list the thread to get its replies.
         *     - `sender.id_type` is `open_id` or `app_id`, and `mentions[].id` an open_id, whatever the caller.
         *     - A recalled message has `deleted: true` and `body.content` "This message was recalled" (see Message's x-erratum); an
         *       updated card has `updated: true` and shows its new content. A deleted (not recalled) message is left out, and a
         *       thread whose root was deleted is 230110 (inferred: the page lists 230110 without saying when).
         *     - A merge-forward message (`msg_type` `merge_forward`) shows as itself; its sub-messages (with `upper_message_id`) are
         *       read with getMessage, not listed.
         *     - The bot must be in the chat (230002). Group history needs the scope `im:message.group_msg` besides one of `anyOf`.
         *     - `start_time`/`end_time` are seconds and not supported for threads; `sort_type` cannot change mid-walk; stop on
         *       `has_more` (the last page may still carry a `page_token`).
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send a message to a user or a chat
         * @description 发送消息 — sends a message as the bot (tenant token) or as a user (user token) to a user or a chat. The REST twin of
         *     `tt.sendMessageCard` when `msg_type` is `interactive`.
         *
         *     - The app must have bot ability enabled and published (230006). A user recipient must be in the app's availability
         *       range (230013); for a chat, the bot must be in it (230002) and allowed to speak (230018).
         *     - `content` is a JSON string whose shape depends on `msg_type` (see CreateMessageRequest). Text may hold 150 KB,
         *       cards and rich text 30 KB (230025).
         *     - A card that the platform cannot build fails with 230099; the cause is the sub-code inside `msg`
         *       (`ext=ErrCode: 200621; …`: 200621 card JSON parse error, 200380 template not published, 11310 template not visible or
         *       too many components, 200550 chart spec invalid, …).
         *     - With a `uuid`, requests with the same `uuid` send at most one message within an hour: only such a send is safe to
         *       retry.
         *     - At most 5 messages per second to one user, and 5 per second to one chat shared by all bots in it, besides the
         *       per-app limit (see `x-rate-limit`).
         *     - Scopes: with a tenant token any one of `x-scopes.anyOf`; with a user token both `im:message` and
         *       `im:message.send_as_user` (`x-scopes.userTokenAllOf`).
         */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/messages/{message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one message
         * @description 获取指定消息的内容 — one message by id, as `items` (an array even for one id; a merge-forward message comes with its
         *     sub-messages, each with `upper_message_id`).
         *
         *     - The bot must be in the message's chat (230002).
         *     - `sender.id` and `mentions[].id` of users are ids of `user_id_type` (default open_id); bots are app ids.
         *     - A recalled message has `deleted: true` and `body` without `content` (see Message's x-erratum). A card comes back in the
         *       receive-side shape unless `card_msg_content_type=user_card_content` asks for the card JSON as sent.
         *     - An unknown `message_id` is answered 99992354 (observed).
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a card message
         * @description 更新已发送的消息卡片 — replaces the card of an `interactive` message the caller sent. Afterwards getMessage and
         *     listMessages show the new card with `updated: true` and a new `update_time`.
         *
         *     - The caller must be the identity that sent the card: the same app's bot (tenant token) or the same user (user token).
         *       Another identity: 230027 (the doc names no code; see x-erratum).
         *     - Only `interactive` messages (230001 `ext=This message is NOT a card.`), not recalled (230011), sent within the last
         *       14 days (230031), not batch (`bm_…`) or ephemeral messages.
         *     - The card must declare `"update_multi": true` before and after (a shared card; JSON 2.0 cards are shared by default).
         *       The mock accepts a card without it by default and can be made strict (see x-erratum).
         *     - At most 5 updates per second per message (230020), besides the per-app limit; the card at most 30 KB (230025).
         */
        patch: operations["patchMessage"];
        trace?: never;
    };
    "/open-apis/im/v1/messages/{message_id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply to a message
         * @description 回复消息 — replies to a message, in its chat, as the bot (tenant token) or a user (user token). The reply is the same
         *     Message a send answers.
         *
         *     - Tree fields: a plain reply has `parent_id` = the replied message and `root_id` = that message's root (or the message
         *       itself). With `reply_in_thread: true` the reply opens a thread (`thread_id` `omt_…`, on the reply and its root); a reply
         *       to a message already in a thread joins it, and inside a thread `root_id` and `parent_id` are both the thread's root.
         *     - `content` is the JSON string a send takes for `msg_type` (no `system`), 150 KB for text, 30 KB for cards and rich text.
         *     - With a `uuid`, requests with the same `uuid` reply at most once within an hour: only such a reply is safe to retry.
         *     - An unknown `message_id` is answered 99992354 (observed; no doc code exists for it); a recalled one 230011; a deleted
         *       one 230110 (inferred: DH-REPLY lists no code for it, 230110 is what every other message action answers).
         *     - 5 messages per second to one user or one chat, besides the per-app limit.
         */
        post: operations["replyMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/messages/{message_id}/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a message's reactions
         * @description 获取消息表情回复 — the reactions on a message, page by page, optionally of one emoji.
         *
         *     - The caller must have access to the message (231008); a recalled message has none to list (231003).
         *     - `operator_id` of a user is an id of `user_id_type`; of an app, its app_id.
         *     - `page_size` defaults to 20, at most 50 (the .NET SDK's default argument of 10 is not the platform's). Stop on
         *       `has_more`: `page_token` is optional in the answer (see MessageReactionPage's x-erratum).
         */
        get: operations["listReactions"];
        put?: never;
        /**
         * Add a reaction to a message
         * @description 添加消息表情回复 — puts an emoji on a message as the bot (tenant token) or a user (user token).
         *
         *     - The caller must be in the message's chat (231002); recalled messages (231003) and system messages (231017) take none.
         *     - `emoji_type` must be one of the documented names (231001): see EmojiType's `x-known-values`. `Typing` is the common
         *       "working on it" indicator; there is no `PROCESSING`.
         *     - The same operator putting the same emoji again gets the existing reaction back (same `reaction_id`, code 0); see
         *       x-erratum. Remove it with deleteReaction.
         */
        post: operations["createReaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/messages/{message_id}/reactions/{reaction_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a reaction
         * @description 删除消息表情回复 — removes a reaction the caller put, and answers the removed reaction.
         *
         *     - Only the caller's own reactions (231007); the reaction must be on that message (231010); an unknown `reaction_id`
         *       is 231011.
         */
        delete: operations["deleteReaction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an image
         * @description 上传图片 — uploads an image as `multipart/form-data` and answers its `image_key`, which image messages, cards
         *     (which refuse external image URLs) and chat avatars then name.
         *
         *     - At most 10 MB, not empty (234006, 234010); JPG, JPEG, PNG, WEBP, GIF, BMP, ICO, TIFF or HEIC, recognised by content
         *       (234011). Resolution: GIF 2000×2000, others 12000×12000, avatars 4096×4096 (234039). Upload larger images as files.
         *     - A key can be used only by the app that uploaded it (230017 on send).
         *     - The limits are data on the body schema's binary part (`x-maxBytes`, `x-minBytes`, `x-formats`).
         *     - A missing or invalid token is HTTP 401 with 234002 here.
         */
        post: operations["uploadImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file
         * @description 上传文件 — uploads a file as `multipart/form-data` and answers its `file_key`, which file, audio (`opus`) and media
         *     (`mp4`) messages then name.
         *
         *     - At most 30 MB, not empty (234006, 234010). `file_type` decides which message type may carry it (230055 on send).
         *     - `duration` (milliseconds) is a text part, for audio and video.
         *     - A key can be used only by the app that uploaded it (230017 on send).
         *     - A missing or invalid token is HTTP 401 with 234002 here.
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/interactive/v1/card/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update a card with a callback's token (delayed update)
         * @description 延时更新消息卡片 — after a user acts on a card and your server has answered the `card.action.trigger` callback, replaces
         *     that card (for everyone, or for `card.open_ids` of a 1.0 exclusive card) with the callback's `token`.
         *
         *     - Call it **after** answering the callback (an earlier or parallel call fails or is reverted), within 30 minutes of
         *       the callback (300030), at most twice per token (300040; see `x-token-uses`).
         *     - Only the card the user acted on, sent by this app's bot (200310), not recalled (200000).
         *     - `card` is an object (not a string), the whole card; at most 30 KB of JSON (100000; see the request schema's x-erratum).
         *     - A 1.0 exclusive card (`update_multi` false or absent) needs `card.open_ids` (300090).
         *     - Answers `{"code":0,"msg":"ok"}` with no `data`. The error table gives no HTTP status: errors are sent as 400
         *       (see x-erratum); read the body whatever the status.
         */
        post: operations["updateCardByToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/auth/v3/tenant_access_token/internal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a tenant access token for a custom app
         * @description Exchanges a custom app's `app_id` and `app_secret` for a tenant_access_token (`t-…`) valid for `expire` seconds.
         *     Official SDKs refresh it 3 minutes before it expires. A failure answers a non-zero `code`.
         */
        post: operations["getTenantAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callback/ws/endpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a long-connection (长连接) WebSocket URL
         * @description The first step of the long connection: a self-built app exchanges its app id and secret for a WebSocket URL and the
         *     `ClientConfig` (ping and reconnect intervals, in seconds). The frames on that WebSocket — protobuf `pbbp2.Frame`,
         *     their headers, the ACK payload and the reconnect rules — are in spec/longconn/ (the protocol page of the docs).
         *     Official SDKs send header `locale: zh` and time the call out at 15 s. Every failure answers HTTP 200 with a non-zero
         *     `code`: `1` and `1000040343` are server-side (retry by the reconnect rules), any other code is the caller's (do not retry).
         */
        post: operations["getLongConnectionEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Kind of user id (用户 ID 类型).
         * @default open_id
         * @enum {string}
         */
        UserIdType: "open_id" | "union_id" | "user_id";
        /**
         * ChatType
         * @description A kind of chat that listChats can list (`types`).
         * @enum {string}
         */
        ChatType: "group" | "p2p";
        /**
         * PermissionViolation
         * @description One missing permission.
         */
        PermissionViolation: {
            /** @description e.g. "action_scope_required". */
            type: string;
            /** @description The scope, e.g. "im:chat:readonly". */
            subject: string;
            description?: string;
        };
        /**
         * FieldViolation
         * @description One parameter that broke a rule.
         */
        FieldViolation: {
            field: string;
            value?: string;
            description?: string;
        };
        /**
         * ErrorInfo
         * @description Details the gateway adds to an error. Every member is optional; unknown ones are accepted.
         */
        ErrorInfo: {
            /** @description The request's log id, the same as the X-Tt-Logid header; quote it to support. */
            log_id?: string;
            /** @description A "Troubleshooting suggestions" URL. */
            troubleshooter?: string;
            message?: string;
            /** @description Missing scopes (for 99991672 and similar). */
            permission_violations?: components["schemas"]["PermissionViolation"][];
            /** @description Parameters that broke a rule. */
            field_violations?: components["schemas"]["FieldViolation"][];
            details?: {
                key?: string;
                value?: string;
            }[];
            helps?: {
                url?: string;
                description?: string;
            }[];
        };
        /**
         * ErrorResponse
         * @description The envelope of a failed call: `code` is not 0. It usually comes with HTTP 400, with 429 for rate limits, and some
         *     gateways send it with HTTP 200 (an invalid token has been seen so), so read `code` whatever the status.
         */
        ErrorResponse: {
            /** @description The error code (错误码). */
            code: number;
            /** @description Error description (错误描述). */
            msg: string;
            /** @description Usually absent or empty on errors (old services answer `"data": {}`). */
            data?: Record<string, never>;
            error?: components["schemas"]["ErrorInfo"];
        };
        /**
         * OpenChatId
         * @description A chat's open_chat_id (会话 ID / chat_id). Feishu ids are recognised by prefix only: length and alphabet are not promised, so neither is checked.
         * @example oc_a0553eda9014c201e6969b478895c230
         */
        OpenChatId: string;
        /**
         * @description Chat status (群状态).
         *     - `normal`: active (正常)
         *     - `dissolved`: dissolved (解散)
         *     - `dissolved_save`: dissolved and kept (解散并保留)
         * @enum {string}
         */
        ChatStatus: "normal" | "dissolved" | "dissolved_save";
        /**
         * ListChat
         * @description One chat in a list or search page (list_chat). Every field is optional in practice: what comes back depends on the
         *     caller's scopes and the chat's kind. Open: the platform keeps adding fields, so unknown ones are accepted.
         */
        ListChat: {
            /** @description Chat id (群组 ID); use it with the get-chat API for details. */
            chat_id?: components["schemas"]["OpenChatId"];
            /**
             * Format: uri
             * @description Chat avatar URL (群头像 URL).
             */
            avatar?: string;
            /** @description Chat name (群名称). */
            name?: string;
            /** @description Chat description (群描述). */
            description?: string;
            /** @description Owner's user id (群主的用户 ID), of the kind in `owner_id_type` (as asked with `user_id_type`). Absent when the owner is a bot (群主为机器人时无返回值). */
            owner_id?: string;
            /** @description Kind of `owner_id` (群主的用户 ID 类型). Absent when the owner is a bot. */
            owner_id_type?: components["schemas"]["UserIdType"];
            /** @description Whether the chat is external (是否是外部群). */
            external?: boolean;
            /** @description Tenant key (租户 Key), the tenant's unique identifier on Feishu. */
            tenant_key?: string;
            chat_status?: components["schemas"]["ChatStatus"];
            /** @description Chat labels. */
            labels?: string[];
            /**
             * @description Chat mode — `group` (regular group), `topic` (topic chat), `p2p` (one-to-one).
             * @enum {string}
             */
            chat_mode?: "group" | "topic" | "p2p";
            /**
             * @description For a p2p chat, the kind of the other party.
             * @enum {string}
             */
            p2p_target_type?: "user" | "bot";
            /** @description For a p2p chat, the other party's id. */
            p2p_target_id?: string;
        };
        /**
         * ChatPage
         * @description One page of chats. `has_more` alone decides whether another page exists.
         */
        ChatPage: {
            /** @description The chats on this page (群组列表). */
            items: components["schemas"]["ListChat"][];
            /**
             * @description Marker for the next page (分页标记). Present when `has_more` is true; on the last page it is usually absent but may be
             *     an empty string or even a non-empty token, which must be ignored.
             */
            page_token?: string;
            /** @description Whether more items exist (是否还有更多项). */
            has_more: boolean;
        };
        /**
         * ListChatsResponse
         * @description The success envelope of listChats.
         */
        ListChatsResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), usually "success". */
            msg: string;
            data: components["schemas"]["ChatPage"];
        };
        /**
         * I18nNames
         * @description Internationalised chat name (国际化会话名). Any locale may be missing or empty; further locales may appear, so the object is open.
         * @example {
         *       "zh_cn": "飞书团队",
         *       "en_us": "Feishu Team",
         *       "ja_jp": "Feishu チーム"
         *     }
         */
        I18nNames: {
            /** @description Chinese name, may be empty (中文名，可能为空). */
            zh_cn?: string;
            /** @description English name, may be empty (英文名，可能为空). */
            en_us?: string;
            /** @description Japanese name, may be empty (日文名，可能为空). */
            ja_jp?: string;
        };
        /**
         * CreateChatRequest
         * @description A new chat (创建群请求体); every field is optional. The calling bot joins automatically and need not be listed in
         *     `bot_id_list`. Fields that decide who may add members, share or @all are not settable here: the answer carries their
         *     defaults. `uuid` and `set_bot_manager` are query parameters, not body fields.
         */
        CreateChatRequest: {
            /** @description An image key uploaded with `image_type=avatar` (uploadImage); default the system avatar. */
            avatar?: string;
            /** @description The chat's name; recommended at most 60 characters. A public chat needs one of at least 2 characters (232042, 232020). A private chat without one is named `(无主题)`. */
            name?: string;
            /** @description The chat's description; recommended at most 100 characters. */
            description?: string;
            i18n_names?: components["schemas"]["I18nNames"];
            /** @description The owner, an id of the query's `user_id_type`. Default the calling bot (tenant token) or the calling user (user token). */
            owner_id?: string;
            /** @description Users to add, ids of `user_id_type`; at most 50. Any unusable id fails the whole request (232043). */
            user_id_list?: string[];
            /** @description Bots to add, as App IDs (`cli_…`); at most 5, and at most 15 bots in the chat afterwards. */
            bot_id_list?: string[];
            /**
             * @description Message form (default `chat`).
             * @enum {string}
             */
            group_message_type?: "chat" | "thread";
            /**
             * @description `group` (the default; the doc: the API creates normal groups only); `topic` makes the whole chat a topic chat.
             * @enum {string}
             */
            chat_mode?: "group" | "topic";
            /**
             * @description Default `private`.
             * @enum {string}
             */
            chat_type?: "private" | "public";
            /** @enum {string} */
            join_message_visibility?: "only_owner" | "all_members" | "not_anyone";
            /** @enum {string} */
            leave_message_visibility?: "only_owner" | "all_members" | "not_anyone";
            /** @enum {string} */
            membership_approval?: "no_approval_required" | "approval_required";
            restricted_mode_setting?: {
                status?: boolean;
                /** @enum {string} */
                screenshot_has_permission_setting?: "all_members" | "not_anyone";
                /** @enum {string} */
                download_has_permission_setting?: "all_members" | "not_anyone";
                /** @enum {string} */
                message_has_permission_setting?: "all_members" | "not_anyone";
            };
            /** @enum {string} */
            urgent_setting?: "only_owner" | "all_members";
            /** @enum {string} */
            video_conference_setting?: "only_owner" | "all_members";
            /** @enum {string} */
            edit_permission?: "only_owner" | "all_members";
            /** @enum {string} */
            hide_member_count_setting?: "all_members" | "only_owner";
            external?: boolean;
            labels?: string[];
            toolkit_ids?: string[];
            chat_tags?: string[];
            /** @enum {string} */
            pin_manage_setting?: "only_owner" | "all_members";
        };
        /**
         * Chat
         * @description One chat's information (获取群信息 data). Every field is optional, and the object is open: what comes back depends on the
         *     chat's kind (p2p chats lack the group settings), on who its owner is (no owner fields for a bot owner), and on whether the
         *     caller is in the chat — a caller outside it gets only the name, avatar, member counts and status.
         */
        Chat: {
            /**
             * Format: uri
             * @description Chat avatar URL (群头像 URL).
             */
            avatar?: string;
            /** @description Chat name (群名称). Absent when the group has no name. */
            name?: string;
            /** @description Chat description (群描述). */
            description?: string;
            /** @description Chat name per locale (群国际化名称). */
            i18n_names?: components["schemas"]["I18nNames"];
            /**
             * @description Who may add members (拉用户或机器人入群权限). Absent for p2p chats.
             * @enum {string}
             */
            add_member_permission?: "only_owner" | "all_members";
            /**
             * @description Whether the chat may be shared (群分享权限). Absent for p2p chats.
             * @enum {string}
             */
            share_card_permission?: "allowed" | "not_allowed";
            /**
             * @description Who may @all (at 所有人权限). Absent for p2p chats.
             * @enum {string}
             */
            at_all_permission?: "only_owner" | "all_members";
            /**
             * @description Who may edit the chat's information (群编辑权限).
             * @enum {string}
             */
            edit_permission?: "only_owner" | "all_members";
            /** @description Kind of `owner_id`, as asked with `user_id_type`. Absent when the owner is a bot, and for p2p chats. */
            owner_id_type?: components["schemas"]["UserIdType"];
            /** @description The owner's user id (群主 ID). Absent when the owner is a bot, and for p2p chats. */
            owner_id?: string;
            /** @description User administrators (用户管理员列表), ids of the kind in `user_id_type`. */
            user_manager_id_list?: string[];
            /** @description Bot administrators (机器人管理员列表), as app ids (`cli_…`). */
            bot_manager_id_list?: string[];
            /**
             * @description Message form of a normal group (群消息形式) — `chat` (conversation) or `thread` (topic threads). Returned only for normal groups, not for topic chats or p2p chats.
             * @enum {string}
             */
            group_message_type?: "chat" | "thread";
            /**
             * @description Chat mode (群模式) — `group`, `topic` (topic chat) or `p2p`.
             * @enum {string}
             */
            chat_mode?: "group" | "topic" | "p2p";
            /**
             * @description Chat type (群类型). Absent for p2p chats.
             * @enum {string}
             */
            chat_type?: "private" | "public";
            /**
             * @description The chat's tag (群标签); when several apply, the first in this order. Absent for p2p chats.
             * @enum {string}
             */
            chat_tag?: "inner" | "tenant" | "department" | "edu" | "meeting" | "customer_service";
            /**
             * @description Who sees member-joined notices (入群消息可见性). Absent for p2p chats.
             * @enum {string}
             */
            join_message_visibility?: "only_owner" | "all_members" | "not_anyone";
            /**
             * @description Who sees member-left notices (退群消息可见性). Absent for p2p chats.
             * @enum {string}
             */
            leave_message_visibility?: "only_owner" | "all_members" | "not_anyone";
            /**
             * @description Whether joining needs approval (加群审批). Absent for p2p chats.
             * @enum {string}
             */
            membership_approval?: "no_approval_required" | "approval_required";
            /**
             * @description Who may speak (发言权限).
             * @enum {string}
             */
            moderation_permission?: "only_owner" | "all_members" | "moderator_list";
            /** @description Whether the chat is external (是否是外部群). */
            external?: boolean;
            /** @description The tenant key (租户 Key). */
            tenant_key?: string;
            /** @description Number of users in the chat (群成员人数) — a decimal string, not a number. */
            user_count?: string;
            /** @description Number of bots in the chat (群机器人数) — a decimal string, not a number. */
            bot_count?: string;
            /** @description Restricted mode (保密模式设置). */
            restricted_mode_setting?: {
                /** @description Whether restricted mode is on. */
                status?: boolean;
                /** @enum {string} */
                screenshot_has_permission_setting?: "all_members" | "not_anyone";
                /** @enum {string} */
                download_has_permission_setting?: "all_members" | "not_anyone";
                /** @enum {string} */
                message_has_permission_setting?: "all_members" | "not_anyone";
            };
            /**
             * @description Who may send urgent messages (加急权限).
             * @enum {string}
             */
            urgent_setting?: "only_owner" | "all_members";
            /**
             * @description Who may start a video meeting (视频会议权限).
             * @enum {string}
             */
            video_conference_setting?: "only_owner" | "all_members";
            /**
             * @description Who sees the member count (隐藏群成员人数设置).
             * @enum {string}
             */
            hide_member_count_setting?: "all_members" | "only_owner";
            chat_status?: components["schemas"]["ChatStatus"];
            /** @description Chat labels. */
            labels?: string[];
            /** @description Chat toolkits. */
            toolkit_ids?: string[];
            /**
             * @description Who may manage pins.
             * @enum {string}
             */
            pin_manage_setting?: "all_members" | "only_owner";
        };
        /**
         * CreatedChat
         * @description The chat createChat made: getChat's Chat (every field optional, open) with its `chat_id`. `avatar` is a URL here (the
         *     request takes an image key). `owner_id` and `owner_id_type` are absent when the owner is a bot. There are no
         *     partial-membership lists: an unusable id fails the whole request (232043).
         */
        CreatedChat: components["schemas"]["Chat"] & {
            /** @description The new chat's id. */
            chat_id: components["schemas"]["OpenChatId"];
        };
        /**
         * CreateChatResponse
         * @description The success envelope of createChat: the chat's information, as getChat answers it, with its `chat_id`.
         */
        CreateChatResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), "success" (or "ok"); never match on it. */
            msg: string;
            data: components["schemas"]["CreatedChat"];
        };
        /**
         * SearchChatsResponse
         * @description The success envelope of searchChats.
         */
        SearchChatsResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), usually "success". */
            msg: string;
            data: components["schemas"]["ChatPage"];
        };
        /**
         * GetChatResponse
         * @description The success envelope of getChat.
         */
        GetChatResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), usually "success". */
            msg: string;
            data: components["schemas"]["Chat"];
        };
        /**
         * ChatMember
         * @description One user member of a chat (ListMember). Bots are never listed. Every field is optional in every SDK; the object is open.
         */
        ChatMember: {
            /** @description Kind of `member_id`, as asked with `member_id_type` (成员 ID 类型). */
            member_id_type?: components["schemas"]["UserIdType"];
            /**
             * @description The member's id of that kind (成员 ID). Kept optional: for the sibling `/members/list` endpoint the official CLI notes it is
             *     omitted for cross-tenant members when `member_id_type=user_id`, and the same may hold here.
             */
            member_id?: string;
            /** @description Display name (名字). */
            name?: string;
            /** @description The member's tenant (租户 Key). */
            tenant_key?: string;
        };
        /**
         * ChatMemberPage
         * @description One page of a chat's user members. `has_more` alone decides whether another page exists. Bots are filtered out after the
         *     page is cut, so a page can hold fewer items than `page_size`; members who joined at the same moment come back together,
         *     so a page can also hold more.
         */
        ChatMemberPage: {
            /** @description The members on this page (成员列表); may be empty. */
            items?: components["schemas"]["ChatMember"][];
            /** @description Marker for the next page (分页标记). Present when `has_more` is true; on the last page absent or an empty string. */
            page_token?: string;
            /** @description Whether more members exist (是否还有更多项). */
            has_more: boolean;
            /** @description Number of members (成员总数). Bots are not listed, so read it as the number of users (inferred; no page says). */
            member_total?: number;
            /** @description Whether the chat's security configuration cut the list short (是否触发了安全配置). */
            trigger_security_conf_limit?: boolean;
            /** @description The most members the security configuration lets a caller list (安全配置支持的最大查询群成员数量). */
            security_conf_limit?: number;
        };
        /**
         * ListChatMembersResponse
         * @description The success envelope of listChatMembers.
         */
        ListChatMembersResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), usually "success". */
            msg: string;
            data: components["schemas"]["ChatMemberPage"];
        };
        /**
         * AddChatMembersRequest
         * @description The users or bots to add (将用户或机器人拉入群聊请求体), all of the kind `member_id_type` names.
         */
        AddChatMembersRequest: {
            /**
             * @description Users (ids of `member_id_type`) or bots (App IDs `cli_…`, with `member_id_type=app_id`): at most 50 users and at most
             *     5 bots per request, and at most 15 bots in the chat afterwards (232001 otherwise).
             */
            id_list: string[];
        };
        /**
         * AddChatMembersResult
         * @description The ids that did not become members, by reason. With `succeed_type=0` only resigned users come back (in
         *     `invalid_id_list`); with `succeed_type=1` every unusable id comes back here and the usable ones are added.
         */
        AddChatMembersResult: {
            /** @description Resigned (`succeed_type=0`), or resigned, invisible or app-not-activated ids (`succeed_type=1`). */
            invalid_id_list?: string[];
            /** @description Ids that do not exist. */
            not_existed_id_list?: string[];
            /** @description Ids waiting for the owner's or an admin's approval (a chat with `membership_approval=approval_required`). */
            pending_approval_id_list?: string[];
        };
        /**
         * AddChatMembersResponse
         * @description The success envelope of addChatMembers: the ids that did not become members, by reason (all three lists hold ids that are NOT members afterwards).
         */
        AddChatMembersResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), "success" (or "ok"); never match on it. */
            msg: string;
            data: components["schemas"]["AddChatMembersResult"];
        };
        /**
         * IsInChatResponse
         * @description The success envelope of isInChat.
         */
        IsInChatResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), usually "success". */
            msg: string;
            data: {
                /** @description Whether the caller of the access token — the bot with a tenant token, the user with a user token — is in the chat (用户或者机器人是否在群中). */
                is_in_chat?: boolean;
            };
        };
        /**
         * SearchChatsV2Request
         * @description What to search for (搜索群组请求体). Every field is optional. The official CLI insists on `query` or `filter.member_ids`;
         *     what the server does without either is not documented.
         */
        SearchChatsV2Request: {
            /**
             * @description Keyword (搜索关键词): chat names and, unless `filter.disable_search_by_user`, member names. Up to 50 characters are used:
             *     a longer keyword is cut to its first 50 characters and the answer says so in `data.notice` — not an error.
             *     Wrap a keyword with `-` in double quotes (`"\"team-alpha\""`).
             */
            query?: string;
            /** @description Filters (过滤条件). */
            filter?: {
                /**
                 * @description Which chats (群类型): `private` (私有群), `external` (外部群), `public_joined` (已加入的公开群),
                 *     `public_not_joined` (未加入的公开群). Omitted: all four (inferred from the official CLI's notes).
                 */
                search_types?: ("private" | "external" | "public_joined" | "public_not_joined")[];
                /** @description Only chats with all these members (成员 ID 列表), ids of the kind in `user_id_type` (inferred). */
                member_ids?: string[];
                /** @description Only chats the caller created or manages (是否自己创建或者管理的群组). */
                is_manager?: boolean;
                /** @description Turn off matching chats by member name (默认先通过群成员名搜索，再搜群组), which is on by default. */
                disable_search_by_user?: boolean;
                /** @description Chat modes (群模式) — `default` (normal group, 普通群) and `thread` (topic chat, 话题群). */
                chat_modes?: ("default" | "thread")[];
            };
            /**
             * @description Order (排序方式) — newest, most recently active or largest first. Descending only.
             * @enum {string}
             */
            sorter?: "create_time_desc" | "update_time_desc" | "member_count_desc";
        };
        /**
         * SearchChatsV2Item
         * @description One hit of chat search v2. Open.
         */
        SearchChatsV2Item: {
            /** @description The chat id (群组 ID). The doc example uses a placeholder without the `oc_` prefix, so no prefix is checked. */
            id: string;
            /** @description Card text with the matched fragments wrapped in `<h></h>`, e.g. `飞书<h>搜索</h>`. */
            display_info?: string;
            /** @description The chat's metadata (群元数据). */
            meta_data?: {
                /** @description The chat id (no prefix checked, as for `id`). */
                chat_id: string;
                /** @description Creation time, ISO 8601 with offset (e.g. `2026-03-21T16:15:30+08:00`) — not v1's epoch milliseconds. */
                create_time?: string;
                /** @description Last update time, ISO 8601 with offset. */
                update_time?: string;
                /** @description Whether the chat is external. */
                external?: boolean;
                /**
                 * @description Chat mode — `group` (群组) or `topic` (话题).
                 * @enum {string}
                 */
                chat_mode?: "group" | "topic";
                description?: string;
                /** @description Avatar URL. */
                avatar?: string;
                name?: string;
                /** @description The owner's id, of the kind in `user_id_type`. */
                owner_id?: string;
                owner_id_type?: string;
                tenant_key?: string;
                chat_status?: components["schemas"]["ChatStatus"];
            };
        };
        /**
         * SearchChatsV2Page
         * @description One page of chat search v2. `has_more` alone decides whether another page exists.
         */
        SearchChatsV2Page: {
            items: components["schemas"]["SearchChatsV2Item"][];
            /**
             * @description Number of hits (搜索命中结果数) — advisory. It may be missing or 0 while items exist (the official CLI then counts what it
             *     shows), so never use it to page or to decide that a result is complete.
             */
            total?: number;
            /** @description Whether more hits exist. */
            has_more: boolean;
            /** @description Marker for the next page. Present when `has_more` is true; the last page may send an empty string. */
            page_token?: string;
            /** @description A supplementary notice, e.g. that the keyword was cut to 50 characters or that results are incomplete. */
            notice?: string;
        };
        /**
         * SearchChatsV2Response
         * @description The success envelope of searchChatsV2.
         */
        SearchChatsV2Response: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), usually "success". */
            msg: string;
            data: components["schemas"]["SearchChatsV2Page"];
        };
        /**
         * OpenMessageId
         * @description A message's open_message_id, recognised by its om_ prefix.
         * @example om_925327317135d242832d17fbfab96064
         */
        OpenMessageId: string;
        /**
         * EpochMillis
         * @description A time in epoch milliseconds, as the platform sends it — a decimal string (e.g. "1615380573411"); an integer is accepted too.
         */
        EpochMillis: string | number;
        /**
         * Message
         * @description A message as stored (消息): the answer to a send and to a reply, each item of a chat's or thread's history, and each item of
         *     getMessage. Open; all but `sender`'s and `mentions`' own required fields are optional.
         */
        Message: {
            /** @description The message id (消息 ID, `om_…`). */
            message_id?: components["schemas"]["OpenMessageId"];
            /** @description The root message of a reply chain (根消息 ID); only in reply scenarios. */
            root_id?: string;
            /** @description The message replied to (父消息 ID); only in reply scenarios. */
            parent_id?: string;
            /** @description The thread (`omt_…`, 话题 ID); only in topic scenarios. */
            thread_id?: string;
            /** @description The message type, as sent (see MsgType); kept open because stored messages have more types. */
            msg_type?: string;
            /** @description Creation time, epoch milliseconds, as a decimal string (e.g. "1615380573411"). */
            create_time?: components["schemas"]["EpochMillis"];
            /** @description Last update time, epoch milliseconds (see create_time). */
            update_time?: components["schemas"]["EpochMillis"];
            /** @description Whether the message was recalled or deleted (是否被撤回); false on send and reply. */
            deleted?: boolean;
            /** @description Whether the message was edited (是否被更新), e.g. a card updated by patchMessage; false on send and reply. */
            updated?: boolean;
            /** @description The chat the message belongs to (所属的群), for a p2p message too. */
            chat_id?: components["schemas"]["OpenChatId"];
            /** @description Who sent it (发送者). */
            sender?: {
                /**
                 * @description The sender's id — an app id (`cli_…`) for a bot; for a user an open_id (send, reply, history), or the id of the kind
                 *     getMessage's `user_id_type` asks for.
                 */
                id: string;
                /**
                 * @description Kind of `id`. `open_id` or `app_id` on send, reply and history; getMessage answers the kind its `user_id_type` asks for.
                 * @enum {string}
                 */
                id_type: "open_id" | "union_id" | "user_id" | "app_id";
                /**
                 * @description Kind of sender. `anonymous` and `unknown` are documented but never returned (未生效).
                 * @enum {string}
                 */
                sender_type: "user" | "app" | "anonymous" | "unknown";
                tenant_key?: string;
                sender_name?: string;
                open_bot_id?: string;
                sender_i18n_names?: components["schemas"]["I18nNames"];
            };
            /** @description The stored content (消息内容). A recalled message has `content` "This message was recalled" in history and no `content` in getMessage (see x-erratum). */
            body?: {
                /** @description The content as stored, a JSON string; mentions are rewritten to `@_user_N` keys (see `mentions`). */
                content?: string;
            };
            /** @description The users mentioned (被@的用户或机器人). */
            mentions?: {
                /** @description The placeholder in the content, e.g. `@_user_1`. */
                key: string;
                /** @description The user's open_id (send, reply, history), or in getMessage the id of the kind its `user_id_type` asks for (a bot's app_id). */
                id: string;
                /**
                 * @description Kind of `id`; always `open_id` in history (目前仅支持 open_id).
                 * @enum {string}
                 */
                id_type: "open_id" | "union_id" | "user_id" | "app_id";
                name: string;
                tenant_key?: string;
            }[];
            /** @description The merge-forward message this one belongs to (合并转发消息中，上一层级的消息 ID); only for merge-forward. */
            upper_message_id?: string;
            message_app_link?: string;
            message_position?: string;
            thread_message_position?: string;
        };
        /**
         * MessagePage
         * @description One page of messages (获取会话历史消息 data). Stop on `has_more: false`; the last page may still carry a `page_token`.
         */
        MessagePage: {
            /** @description Whether another page exists. */
            has_more: boolean;
            /** @description The next page's marker; only meaningful when `has_more` is true. */
            page_token?: string;
            /** @description The messages, in the order `sort_type` asks for. In a normal chat, thread replies appear only as their thread's root. */
            items?: components["schemas"]["Message"][];
        };
        /**
         * ListMessagesResponse
         * @description The success envelope of listMessages: one page of a chat's or a thread's history.
         */
        ListMessagesResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), "success" (or "ok"); never match on it. */
            msg: string;
            data: components["schemas"]["MessagePage"];
        };
        /**
         * TextContent
         * @description The content of a `text` message, before it is serialized into the `content` string (文本 text). Mentions: `<at user_id="ou_xxx">Name</at>`, @all as `<at user_id="all"></at>` (the group must allow @all). Styles `<b> <i> <u> <s>`; links `[text](url)`. A newline is `\n` inside the JSON. The serialized content may hold at most 150 KB (createMessage checks it in UTF-8 bytes).
         * @example {
         *       "text": "test content"
         *     }
         * @example {
         *       "text": "<at user_id=\"all\"></at> 周会 10:00 开始\n<b>议程</b>见 [文档](https://example.com/doc)"
         *     }
         */
        text: {
            /** @description The message text, with the mention, style and link markup above. */
            text: string;
        };
        /** @description Text styles (样式). */
        PostStyle: ("bold" | "underline" | "lineThrough" | "italic")[];
        PostTextNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            tag: "text";
            text: string;
            /** @description Whether to unescape HTML entities. */
            un_escape?: boolean;
            style?: components["schemas"]["PostStyle"];
        };
        PostLinkNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            tag: "a";
            text: string;
            /** @description The link target. */
            href: string;
            style?: components["schemas"]["PostStyle"];
        };
        PostAtNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            tag: "at";
            /** @description The user's open_id, or `all`. */
            user_id: string;
            style?: components["schemas"]["PostStyle"];
        };
        /**
         * ImageKey
         * @description An image key from the IM image upload API (`/open-apis/im/v1/images`), e.g. `img_v2_…`. Recognised by its `img_` prefix only.
         * @example img_7ea74629-9191-4176-998c-2e603c9c5e8g
         */
        ImageKey: string;
        PostImageNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            tag: "img";
            image_key: components["schemas"]["ImageKey"];
        };
        PostMediaNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            tag: "media";
            /** @description The video's file key. */
            file_key: string;
            /** @description The cover image. Optional. */
            image_key?: components["schemas"]["ImageKey"];
        };
        PostEmotionNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            tag: "emotion";
            /** @description The emoji key, e.g. SMILE. */
            emoji_type: string;
        };
        PostCodeBlockNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            tag: "code_block";
            /** @description The language, e.g. GO. */
            language?: string;
            text: string;
        };
        PostHrNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            tag: "hr";
        };
        PostMarkdownNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            tag: "md";
            /** @description Markdown; accepted on send only (the stored message converts it). */
            text: string;
        };
        /** @description One node of a paragraph; `tag` says which kind, and the kind decides the fields. A discriminated union (`oneOf` + `discriminator` on `tag`): only the node kind its tag names is checked, and code generators type each kind. */
        PostNode: {
            /** @enum {unknown} */
            tag: "text" | "a" | "at" | "img" | "media" | "emotion" | "code_block" | "hr" | "md";
        } & (components["schemas"]["PostTextNode"] | components["schemas"]["PostLinkNode"] | components["schemas"]["PostAtNode"] | components["schemas"]["PostImageNode"] | components["schemas"]["PostMediaNode"] | components["schemas"]["PostEmotionNode"] | components["schemas"]["PostCodeBlockNode"] | components["schemas"]["PostHrNode"] | components["schemas"]["PostMarkdownNode"]);
        /** @description One paragraph. An `img` or `media` node must be a paragraph of its own. */
        PostParagraph: components["schemas"]["PostNode"][];
        /** @description The post in one locale. */
        PostLocale: {
            /** @description The title (标题). Optional. */
            title?: string;
            /** @description Paragraphs (段落), each a list of nodes. */
            content: components["schemas"]["PostParagraph"][];
        };
        /**
         * PostContent
         * @description The content of a `post` (rich text, 富文本) message: one entry per locale (`zh_cn`, `en_us`, `ja_jp`, …), each a title and paragraphs of nodes. This API takes the locales at the top level: the outer `{"post": …}` wrapper belongs to the legacy and batch send formats. The serialized content may hold at most 30 KB (createMessage checks it in UTF-8 bytes); style tags make the stored body larger than what is sent.
         * @example {
         *       "zh_cn": {
         *         "title": "我是一个标题",
         *         "content": [
         *           [
         *             {
         *               "tag": "text",
         *               "text": "第一行 :",
         *               "style": [
         *                 "bold",
         *                 "underline"
         *               ]
         *             },
         *             {
         *               "tag": "a",
         *               "href": "http://www.feishu.cn",
         *               "text": "超链接"
         *             },
         *             {
         *               "tag": "at",
         *               "user_id": "ou_1avnmsbv3k45jnk34j5",
         *               "style": [
         *                 "lineThrough"
         *               ]
         *             }
         *           ],
         *           [
         *             {
         *               "tag": "img",
         *               "image_key": "img_7ea74629-9191-4176-998c-2e603c9c5e8g"
         *             }
         *           ],
         *           [
         *             {
         *               "tag": "text",
         *               "text": "第二行:"
         *             },
         *             {
         *               "tag": "emotion",
         *               "emoji_type": "SMILE"
         *             }
         *           ],
         *           [
         *             {
         *               "tag": "hr"
         *             }
         *           ],
         *           [
         *             {
         *               "tag": "code_block",
         *               "language": "GO",
         *               "text": "func main() int64 {\n    return 0\n}"
         *             }
         *           ],
         *           [
         *             {
         *               "tag": "md",
         *               "text": "**mention user:**<at user_id=\"ou_xxxxxx\">Tom</at>"
         *             }
         *           ]
         *         ]
         *       }
         *     }
         */
        post: {
            [key: string]: components["schemas"]["PostLocale"];
        };
        /**
         * ImageContent
         * @description The content of an `image` message (图片). The key comes from the IM image upload API (`/open-apis/im/v1/images`); a Drive file token does not work.
         * @example {
         *       "image_key": "img_7ea74629-9191-4176-998c-2e603c9c5e8g"
         *     }
         */
        image: {
            image_key: components["schemas"]["ImageKey"];
        };
        /**
         * FileContent
         * @description The content of a `file` message (文件). The key comes from the IM file upload API (`/open-apis/im/v1/files`); a Drive `file_token` does not work.
         * @example {
         *       "file_key": "file_v2_7f9a6e0e-2c1c-4b0a-9b2a-0c2e5d7a1b3g"
         *     }
         */
        file: {
            /** @description The file key from the IM upload API. */
            file_key: string;
        };
        /**
         * AudioContent
         * @description The content of an `audio` message (语音). The key comes from the IM file upload API (`/open-apis/im/v1/files`, an opus file).
         * @example {
         *       "file_key": "file_v2_0e6b2c1a-3c4d-4e5f-8a9b-1c2d3e4f5a6g"
         *     }
         */
        audio: {
            /** @description The file key from the IM upload API. */
            file_key: string;
        };
        /**
         * MediaContent
         * @description The content of a `media` (video) message (视频): the video's file key (IM file upload API, mp4) and an optional cover image key.
         * @example {
         *       "file_key": "file_v2_0dcdd7d9-fib0-4432-a519-41d25aca542j",
         *       "image_key": "img_7ea74629-9191-4176-998c-2e603c9c5e8g"
         *     }
         * @example {
         *       "file_key": "file_v2_0dcdd7d9-fib0-4432-a519-41d25aca542j"
         *     }
         */
        media: {
            /** @description The video's file key from the IM file upload API. */
            file_key: string;
            /** @description The cover image (视频封面), from the IM image upload API. Optional. */
            image_key?: components["schemas"]["ImageKey"];
        };
        /**
         * StickerContent
         * @description The content of a `sticker` message (表情包). Only stickers the bot received (through the receive-message event) can be sent.
         * @example {
         *       "file_key": "file_v2_3c9d1e2f-7a8b-4c5d-9e0f-1a2b3c4d5e6g"
         *     }
         */
        sticker: {
            /** @description The file key from the IM upload API. */
            file_key: string;
        };
        /**
         * TemplateCard
         * @description A card built from a CardKit template.
         */
        TemplateCard: {
            /** @description "template" (the condition that chose this form). */
            type?: unknown;
            data: {
                /** @description The template id, copied from CardKit (e.g. ctp_… or AAqU6gaMabcef). */
                template_id: string;
                /** @description A published version, e.g. 1.0.0. Omitted: the latest published version (the platform advises fixing it; 230099 sub-code 200380 means the template or version is not published). */
                template_version_name?: string;
                /** @description The template's variables by name. */
                template_variable?: Record<string, never>;
            };
        };
        /**
         * CardEntity
         * @description A card entity created with CardKit (`POST /open-apis/cardkit/v1/cards`, JSON 2.0 only, sendable once).
         */
        CardEntity: {
            /** @description "card" (the condition that chose this form). */
            type?: unknown;
            data: {
                /** @description The card entity's id. */
                card_id: string;
            };
        };
        /**
         * CardJson
         * @description A card JSON root, 1.0 or 2.0, checked against the card contract (schemas/card/card.json, schema id `card`): the same rules `tt.sendMessageCard` applies, each error naming the platform code the send would earn inside 230099's msg.
         */
        CardJson: {
            [key: string]: unknown;
        };
        /**
         * InteractiveContent
         * @description The content of an `interactive` (card, 卡片) message, in one of three forms told apart by `type`: a card JSON (no `type`: a JSON 1.0 root with config/header/elements, or a JSON 2.0 root with `"schema": "2.0"` and body.elements); a template card `{"type": "template", "data": {…}}`; or a CardKit card entity `{"type": "card", "data": {"card_id": …}}`. This API has no `card` field: the card goes inside `content`, and the `{"card": …}` wrapper of custom-bot webhooks and tt.sendMessageCard is not a card root. The serialized content may hold at most 30 KB (createMessage checks it in UTF-8 bytes); for a template the platform also counts the template's card data.
         * @example {
         *       "elements": [
         *         {
         *           "tag": "markdown",
         *           "content": "普通文本\n\n <at id=\"ou_cf986xxxx\"></at> ... <at id=\"all\"></at>"
         *         }
         *       ]
         *     }
         * @example {
         *       "schema": "2.0",
         *       "header": {
         *         "title": {
         *           "tag": "plain_text",
         *           "content": "周报"
         *         }
         *       },
         *       "body": {
         *         "elements": [
         *           {
         *             "tag": "markdown",
         *             "content": "本周完成 **3** 项"
         *           }
         *         ]
         *       }
         *     }
         * @example {
         *       "type": "template",
         *       "data": {
         *         "template_id": "ctp_xxxxxxxxxxxx",
         *         "template_version_name": "1.0.0",
         *         "template_variable": {
         *           "article_title": "这是文章标题内容"
         *         }
         *       }
         *     }
         * @example {
         *       "type": "card",
         *       "data": {
         *         "card_id": "7371713483664506900"
         *       }
         *     }
         */
        interactive: {
            /**
             * @description Absent for a card JSON; `template` or `card` for the other two forms.
             * @enum {unknown}
             */
            type?: "template" | "card";
            card?: never;
        };
        /**
         * ShareChatContent
         * @description The content of a `share_chat` message (分享群名片). The bot must be in the shared chat; the card is valid for 7 days. Sharing a p2p chat fails with 230015.
         * @example {
         *       "chat_id": "oc_0dd200d32fda15216d2c2ef1ddb32f76"
         *     }
         */
        share_chat: {
            /** @description The chat to share. */
            chat_id: components["schemas"]["OpenChatId"];
        };
        /**
         * OpenId
         * @description A user's open_id (用户的 open_id), recognised by its ou_ prefix.
         * @example ou_7d8a6e6df7621556ce0d21922b676706
         */
        OpenId: string;
        /**
         * ShareUserContent
         * @description The content of a `share_user` message (分享个人名片). The user is given by open_id only, and must be visible to the bot; a bot's card cannot be shared.
         * @example {
         *       "user_id": "ou_0dd200d32fda15216d2c2ef1ddb32f76"
         *     }
         */
        share_user: {
            /** @description The user's open_id (ou_…). */
            user_id: components["schemas"]["OpenId"];
        };
        /**
         * SystemContent
         * @description The content of a `system` message (系统消息): a divider with a short text, shown on Feishu 7.20 and later. Only `type: divider` exists; only in a p2p chat between the bot and a user; needs the scope `im:message:send_sys_msg` and a tenant token.
         * @example {
         *       "type": "divider",
         *       "params": {
         *         "divider_text": {
         *           "text": "新会话",
         *           "i18n_text": {
         *             "zh_CN": "新会话",
         *             "en_US": "New Session"
         *           }
         *         }
         *       },
         *       "options": {
         *         "need_rollup": false
         *       }
         *     }
         */
        system: {
            /**
             * @description The kind of system message; only a divider exists.
             * @constant
             */
            type: "divider";
            params: {
                divider_text: {
                    /** @description The divider text: at most 20 characters, or 10 CJK characters (the platform counts a CJK character twice; only the 20-character bound is checked here). */
                    text: string;
                    /** @description The text per locale. The keys are upper-cased in their region part (zh_CN, en_US, ja_JP), unlike the lower-case locales of post content. */
                    i18n_text?: {
                        [key: string]: string;
                    };
                };
            };
            options?: {
                /**
                 * @description Whether the divider folds earlier messages. Default false.
                 * @default false
                 */
                need_rollup: boolean;
            };
        };
        /**
         * MessageContentByType
         * @description The rule every message body with `msg_type` + `content` shares (send, reply): `content` is a JSON *string* whose shape
         *     `msg_type` decides (`contentMediaType: application/json` + `contentSchema` per type), and whose size `x-maxUtf8Bytes`
         *     bounds (150 KB for text, 30 KB for rich text and cards). Written once here: CreateMessageRequest and
         *     ReplyMessageRequest both apply it with `allOf` (createMessage's discriminated union names the fields of each branch,
         *     not what `content` holds).
         */
        MessageContentByType: unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown;
        /**
         * MessageReceiveId
         * @description The recipient (消息接收者的 ID), of the kind in the query's `receive_id_type`: a user (`ou_…` open_id recommended) or a
         *     chat (`oc_…`). A user must be inside the app's availability range; for a chat the bot must be in it and allowed to speak.
         */
        MessageReceiveId: string;
        /**
         * MessageUuid
         * @description Deduplication key (由开发者生成的唯一字符串序列): requests with the same `uuid` send at most one message within one hour,
         *     so a send with a `uuid` can be retried safely. Use a new one for each distinct message.
         */
        MessageUuid: string;
        /**
         * MsgType
         * @description Message type (消息类型) — decides the shape of `content`:
         *     `text`, `post` (rich text), `image`, `file`, `audio`, `media` (video), `sticker`, `interactive` (card),
         *     `share_chat` (chat card), `share_user` (user card), `system` (a divider; only in a p2p chat between the bot and a user).
         *     Received messages have more types (e.g. `merge_forward`); these are the ones that can be sent.
         * @enum {string}
         */
        MsgType: "text" | "post" | "image" | "file" | "audio" | "media" | "sticker" | "interactive" | "share_chat" | "share_user" | "system";
        /**
         * CreateMessageRequest
         * @description A message to send (发送消息请求体). `content` is a JSON *string* — the content object serialized with `JSON.stringify` —
         *     whose shape depends on `msg_type` (`contentMediaType: application/json` + `contentSchema` per type). This package's
         *     validators parse the string and check it; an error inside it points below `/content`, as if the string were the object
         *     it holds (`/content/text`, `/content/elements/0/tag`), and `contentMediaType` at `/content` means the string is not JSON.
         *     Other JSON Schema validators treat `contentSchema` as an annotation and check only that `content` is a string.
         *
         *     Size: the serialized content of a `text` message may hold at most 150 KB, of a `post` or `interactive` message 30 KB,
         *     counted in UTF-8 bytes (1 KB = 1024 bytes). For a template card the platform also counts the template's data, and
         *     style tags make the stored body larger than what is sent: both can fail with 230025 although the check here passes.
         */
        CreateMessageRequest: ({
            receive_id: components["schemas"]["MessageReceiveId"];
            msg_type: components["schemas"]["MsgType"];
            /** @description The message content, serialized to a JSON string; its shape depends on `msg_type`. */
            content: string;
            uuid?: components["schemas"]["MessageUuid"];
        } & components["schemas"]["MessageContentByType"]) & ({
            receive_id: components["schemas"]["MessageReceiveId"];
            /** @enum {string} */
            msg_type: "text";
            content: string;
            uuid?: components["schemas"]["MessageUuid"];
        } | {
            receive_id: components["schemas"]["MessageReceiveId"];
            /** @enum {string} */
            msg_type: "post";
            content: string;
            uuid?: components["schemas"]["MessageUuid"];
        } | {
            receive_id: components["schemas"]["MessageReceiveId"];
            /** @enum {string} */
            msg_type: "image";
            content: string;
            uuid?: components["schemas"]["MessageUuid"];
        } | {
            receive_id: components["schemas"]["MessageReceiveId"];
            /** @enum {string} */
            msg_type: "file";
            content: string;
            uuid?: components["schemas"]["MessageUuid"];
        } | {
            receive_id: components["schemas"]["MessageReceiveId"];
            /** @enum {string} */
            msg_type: "audio";
            content: string;
            uuid?: components["schemas"]["MessageUuid"];
        } | {
            receive_id: components["schemas"]["MessageReceiveId"];
            /** @enum {string} */
            msg_type: "media";
            content: string;
            uuid?: components["schemas"]["MessageUuid"];
        } | {
            receive_id: components["schemas"]["MessageReceiveId"];
            /** @enum {string} */
            msg_type: "sticker";
            content: string;
            uuid?: components["schemas"]["MessageUuid"];
        } | {
            receive_id: components["schemas"]["MessageReceiveId"];
            /** @enum {string} */
            msg_type: "interactive";
            content: string;
            uuid?: components["schemas"]["MessageUuid"];
        } | {
            receive_id: components["schemas"]["MessageReceiveId"];
            /** @enum {string} */
            msg_type: "share_chat";
            content: string;
            uuid?: components["schemas"]["MessageUuid"];
        } | {
            receive_id: components["schemas"]["MessageReceiveId"];
            /** @enum {string} */
            msg_type: "share_user";
            content: string;
            uuid?: components["schemas"]["MessageUuid"];
        } | {
            receive_id: components["schemas"]["MessageReceiveId"];
            /** @enum {string} */
            msg_type: "system";
            content: string;
            uuid?: components["schemas"]["MessageUuid"];
        });
        /**
         * CreateMessageResponse
         * @description The success envelope of createMessage.
         */
        CreateMessageResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), usually "success". */
            msg: string;
            data: components["schemas"]["Message"];
        };
        /**
         * GetMessageResponse
         * @description The success envelope of getMessage.
         */
        GetMessageResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), "success" (or "ok"); never match on it. */
            msg: string;
            /** @description The message; for a merge-forward message, the message then its sub-messages (each with `upper_message_id`). */
            data: {
                /** @description An array even for one id. */
                items?: components["schemas"]["Message"][];
            };
        };
        /**
         * PatchMessageRequest
         * @description The new card of a card message (更新已发送的消息卡片请求体): the whole card, as a JSON string — a card JSON (1.0 or 2.0) or
         *     a template `{"type":"template","data":{"template_id":…}}`. There is no `msg_type`. A CardKit card entity
         *     (`{"type":"card",…}`) is not accepted here (CardKit entities are updated through CardKit). At most 30 KB.
         *     The card must declare `"config": {"update_multi": true}` before and after the update (shared card; JSON 2.0 cards are
         *     shared by default).
         */
        PatchMessageRequest: {
            /** @description The whole new card, serialized to a JSON string. */
            content: string;
        };
        /**
         * PatchMessageResponse
         * @description The success envelope of patchMessage: `data` is an empty object (`{"code":0,"data":{},"msg":"ok"}`).
         */
        PatchMessageResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), "success" (or "ok"); never match on it. */
            msg: string;
            /** @description Always `{}`. */
            data: Record<string, never>;
        };
        /**
         * ReplyMsgType
         * @description The message types a reply may have (回复消息 msg_type): the types a send takes, except `system`.
         * @enum {string}
         */
        ReplyMsgType: "text" | "post" | "image" | "file" | "audio" | "media" | "sticker" | "interactive" | "share_chat" | "share_user";
        /**
         * ReplyMessageRequest
         * @description A reply (回复消息请求体). `content` is the JSON string a send takes for the same `msg_type`, with the same size limits
         *     (150 KB text, 30 KB card or rich text). There is no `receive_id`: the reply goes to the replied message's chat.
         */
        ReplyMessageRequest: {
            /** @description The message content, serialized to a JSON string; its shape depends on `msg_type` (as for createMessage). */
            content: string;
            msg_type: components["schemas"]["ReplyMsgType"];
            /** @description Reply as a thread (话题); default false. A reply to a message that is already in a thread goes into that thread whatever this says. */
            reply_in_thread?: boolean;
            /**
             * @description Deduplication key: requests with the same `uuid` reply at most once within one hour, so a reply with a `uuid` can be
             *     retried safely. At most 50 characters (字符).
             */
            uuid?: string;
        } & components["schemas"]["MessageContentByType"];
        /**
         * ReplyMessageResponse
         * @description The success envelope of replyMessage: the reply as stored, the same Message a send answers.
         */
        ReplyMessageResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), "success" (or "ok"); never match on it. */
            msg: string;
            data: components["schemas"]["Message"];
        };
        /**
         * EmojiType
         * @description An emoji's name (emoji_type), case-sensitive (`Typing`, `THUMBSUP`, `2022`). The platform accepts the names on its
         *     表情文案说明 page, listed in `x-known-values` (182 names); any other name is refused with 231001. The type stays `string`
         *     because the list grows: a client should not refuse a name the platform added after this contract.
         * @example SMILE
         * @example Typing
         * @example THUMBSUP
         */
        EmojiType: string;
        /**
         * ReactionType
         * @description The emoji of a reaction (表情类型).
         */
        ReactionType: {
            emoji_type: components["schemas"]["EmojiType"];
        };
        /**
         * MessageReaction
         * @description One reaction on a message (表情回复): who put which emoji, and when.
         */
        MessageReaction: {
            /** @description The reaction's id — the only handle deleteReaction takes. Opaque (no prefix). The reaction events do not carry it. */
            reaction_id?: string;
            /** @description Who reacted — a pair of strings, not the event side's `{open_id, union_id, user_id}` object. */
            operator?: {
                /** @description An app's app_id, or a user's open_id (create, delete) or the id of listReactions' `user_id_type`. */
                operator_id: string;
                /** @enum {string} */
                operator_type: "app" | "user";
            };
            /** @description When the reaction was put, epoch milliseconds as a decimal string. */
            action_time?: components["schemas"]["EpochMillis"];
            reaction_type?: components["schemas"]["ReactionType"];
        };
        /**
         * MessageReactionPage
         * @description One page of reactions. Stop on `has_more: false`.
         */
        MessageReactionPage: {
            items: components["schemas"]["MessageReaction"][];
            has_more: boolean;
            page_token?: string;
        };
        /**
         * ListReactionsResponse
         * @description The success envelope of listReactions: one page of a message's reactions.
         */
        ListReactionsResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), "success" (or "ok"); never match on it. */
            msg: string;
            data: components["schemas"]["MessageReactionPage"];
        };
        /**
         * CreateReactionRequest
         * @description A reaction to put on a message (添加消息表情回复请求体).
         */
        CreateReactionRequest: {
            reaction_type: components["schemas"]["ReactionType"];
        };
        /**
         * CreateReactionResponse
         * @description The success envelope of createReaction: the reaction as stored (an existing one for a repeat, see createReaction).
         */
        CreateReactionResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), "success" (or "ok"); never match on it. */
            msg: string;
            data: components["schemas"]["MessageReaction"];
        };
        /**
         * DeleteReactionResponse
         * @description The success envelope of deleteReaction: the reaction that was removed.
         */
        DeleteReactionResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), "success" (or "ok"); never match on it. */
            msg: string;
            data: components["schemas"]["MessageReaction"];
        };
        /**
         * UploadImageRequest
         * @description An image upload (上传图片), sent as `multipart/form-data`: the text part `image_type` and the binary part `image`. The
         *     binary part's limits are data on it: `x-maxBytes` (10 MB), `x-minBytes` (not empty), `x-formats` (recognised by
         *     their first bytes) and `x-maxDimensions` (GIF 2000×2000, avatars 4096×4096, others 12000×12000: 234039).
         *     This package's validators check a form as an object of its parts, a binary part standing for its bytes as a string.
         */
        UploadImageRequest: {
            /**
             * @description `message` for images sent in messages and cards; `avatar` for chat and user avatars.
             * @enum {string}
             */
            image_type: "message" | "avatar";
            /**
             * Format: binary
             * @description The image, at most 10 MB and not empty. JPG, JPEG, PNG, WEBP, GIF, BMP, ICO, TIFF or HEIC (TIFF and HEIC become JPG).
             */
            image: string;
        };
        /**
         * UploadImageResponse
         * @description The success envelope of uploadImage.
         */
        UploadImageResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), "success" (or "ok"); never match on it. */
            msg: string;
            data: {
                /** @description The key that image messages, cards and chat avatars name (`img_v2_…`; the doc examples also show `img_<uuid>`, so no prefix is checked). */
                image_key: string;
            };
        };
        /**
         * UploadFileRequest
         * @description A file upload (上传文件), sent as `multipart/form-data`: the text parts `file_type`, `file_name` and `duration`, and the
         *     binary part `file` (at most 30 MB, not empty: `x-maxBytes`, `x-minBytes`). A file uploaded as `opus` is sent as an
         *     `audio` message, as `mp4` as a `media` message, any other type as a `file` message (230055 otherwise).
         */
        UploadFileRequest: {
            /**
             * @description `opus` (audio; convert other audio first), `mp4` (video), `pdf`, `doc`, `xls`, `ppt`, or `stream` (anything else).
             * @enum {string}
             */
            file_type: "opus" | "mp4" | "pdf" | "doc" | "xls" | "ppt" | "stream";
            /** @description The file's name with its extension, e.g. `测试视频.mp4`. */
            file_name: string;
            /** @description Length of an audio or video file in milliseconds (without it the client shows no duration). Sent as a text part. */
            duration?: number;
            /**
             * Format: binary
             * @description The file, at most 30 MB and not empty.
             */
            file: string;
        };
        /**
         * UploadFileResponse
         * @description The success envelope of uploadFile.
         */
        UploadFileResponse: {
            /**
             * @description 0 on success (错误码，非 0 表示失败).
             * @constant
             */
            code: 0;
            /** @description Message (错误描述), "success" (or "ok"); never match on it. */
            msg: string;
            data: {
                /** @description The key that file, audio and media messages name (`file_…`). */
                file_key: string;
            };
        };
        /**
         * UpdateCardByTokenRequest
         * @description A delayed card update (延时更新消息卡片请求体): the token a card callback carried and the whole new card as an **object**
         *     (not a string). Call it after answering the callback, within 30 minutes.
         */
        UpdateCardByTokenRequest: {
            /** @description The `token` of the card.action.trigger callback (`c-…`) — not an access token. */
            token: string;
            /**
             * @description The whole new card: a card JSON (1.0 or 2.0) or a template `{"type":"template","data":{…}}`, with `open_ids` for a 1.0
             *     exclusive card. At most 30 KB of serialized JSON (see x-maxSerializedBytes's x-erratum).
             */
            card: {
                /**
                 * @description Card JSON 1.0 exclusive cards only (`update_multi` false or absent): the users whose copy is updated. Required for
                 *     such a card (300090 without it, or with `[]`); leave it out for a shared card.
                 */
                open_ids?: string[];
                /**
                 * @description Present only for a template card.
                 * @constant
                 */
                type?: "template";
                /** @description A template card's data. */
                data?: {
                    template_id: string;
                    template_version_name?: string;
                    template_variable?: Record<string, never>;
                };
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * UpdateCardByTokenResponse
         * @description The success envelope of updateCardByToken: `{"code":0,"msg":"ok"}`, with no `data`.
         */
        UpdateCardByTokenResponse: {
            /**
             * @description 0 on success.
             * @constant
             */
            code: 0;
            /** @description Message, "ok"; never match on it. */
            msg: string;
        };
        /**
         * TenantAccessTokenRequest
         * @description A custom app's credentials.
         */
        TenantAccessTokenRequest: {
            /** @description The app id (cli_…). */
            app_id: string;
            /** @description The app secret. Never log it. */
            app_secret: string;
        };
        /**
         * TenantAccessTokenResponse
         * @description A tenant access token and its lifetime.
         */
        TenantAccessTokenResponse: {
            /** @constant */
            code: 0;
            /** @description Usually "ok". */
            msg: string;
            /** @description The token (t-…), sent as `Authorization: Bearer <token>`. */
            tenant_access_token: string;
            /** @description Seconds until the token expires (7200 typical). Refresh shortly before. */
            expire: number;
        };
        /**
         * LongConnectionEndpointRequest
         * @description A self-built app's credentials, as the official SDKs send them (PascalCase keys).
         */
        LongConnectionEndpointRequest: {
            /** @description The app id (cli_…). An empty one is answered 1000040344. */
            AppID: string;
            /** @description The app secret. Never log it. Empty when ClientAssertion is sent instead. */
            AppSecret: string;
            /** @description A client assertion instead of the secret (newer Go and Node SDKs). The mock does not accept assertions. */
            ClientAssertion?: string;
        };
        /**
         * LongConnectionClientConfig
         * @description How a long-connection client pings and reconnects, in seconds: in the endpoint answer (`data.ClientConfig`) and in a pong's payload, which replaces the client's current one. Defaults when absent: PingInterval 120, ReconnectCount -1, ReconnectInterval 120, ReconnectNonce 30 (spec/longconn/protocol.yaml).
         * @example {
         *       "PingInterval": 120,
         *       "ReconnectCount": -1,
         *       "ReconnectInterval": 120,
         *       "ReconnectNonce": 30
         *     }
         */
        "client-config": {
            /** @description Seconds between the client's pings. The platform sends whole seconds; fractions are allowed so that tests can run fast. */
            PingInterval?: number;
            /** @description How many times to retry after the connection drops; -1 = forever. */
            ReconnectCount?: number;
            /** @description Seconds between reconnect attempts. */
            ReconnectInterval?: number;
            /** @description Before the first reconnect attempt, wait a random 0…ReconnectNonce seconds (jitter, so that a fleet does not reconnect at once). */
            ReconnectNonce?: number;
        };
        /**
         * LongConnectionEndpointResponse
         * @description Where to dial the long connection, and how to ping and reconnect.
         */
        LongConnectionEndpointResponse: {
            /** @constant */
            code: 0;
            /** @description Usually "success" / "ok". */
            msg: string;
            data: {
                /** @description The WebSocket URL to dial. Its query carries `device_id` (the connection id) and `service_id` (the integer the client's pings carry in `Frame.service`), and a short-lived ticket. */
                URL: string;
                ClientConfig: components["schemas"]["client-config"];
            };
        };
    };
    responses: {
        /** @description Any other failure (for example 5xx from the gateway, or an error envelope with HTTP 200). Read `code`. */
        Error: {
            headers: {
                "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The call failed; `code` says why. The codes these endpoints answer, with their meaning and what to do,
         *     are listed in `x-error-codes` (the one source: the client, the mock and the docs read it). `msg` is given
         *     where the platform's wording is known (seed docs, examples); clients must match on `code`, never on `msg`.
         */
        BadRequest: {
            headers: {
                "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Rate limited (1000 per minute and 50 per second, per app, per tenant, per API): `code` 99991400.
         *     Wait `x-ogw-ratelimit-reset` seconds, then retry.
         */
        TooManyRequests: {
            headers: {
                "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                "x-ogw-ratelimit-limit": components["headers"]["X-Ogw-Ratelimit-Limit"];
                "x-ogw-ratelimit-reset": components["headers"]["X-Ogw-Ratelimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The kind of user id returned in `owner_id` (用户 ID 类型). May be omitted when listing a bot's chats.
         *     - `open_id`: the user's identity within this app (同一个用户在不同应用中的 Open ID 不同).
         *     - `union_id`: the user's identity across one developer's apps.
         *     - `user_id`: the user's identity within one tenant; needs the field scope `contact:user.employee_id:readonly` (获取用户 user ID).
         * @example open_id
         */
        UserIdType: components["schemas"]["UserIdType"];
        /**
         * @description Order of the chats (群组排序方式).
         *     - `ByCreateTimeAsc`: by creation time, oldest first (按群组创建时间升序排列).
         *     - `ByActiveTimeDesc`: by last activity, most recent first (按群组活跃时间降序排列). Activity changes often, so a chat that
         *       becomes active while you page can jump to page 1 and be skipped (可能会造成群组遗漏); start again from the first page if that matters.
         * @example ByCreateTimeAsc
         */
        SortType: "ByCreateTimeAsc" | "ByActiveTimeDesc";
        /**
         * @description Which kinds of chat to list: `group`, `p2p`. Omitted = groups only. On the wire it is comma-separated
         *     (`types=p2p,group`); callers may give it as an array or as that comma-separated string (the official SDK
         *     types it `types?: string`, the official CLI sends `"p2p,group"`): known values, no duplicates.
         *     `p2p` works only with a user access token: with a tenant token the platform refuses the call (232001,
         *     invalid parameter; the official CLI documents the refusal) — see `x-token-restrictions`.
         * @example [
         *       "group",
         *       "p2p"
         *     ]
         */
        ChatTypes: components["schemas"]["ChatType"][] | ("group" | "p2p" | "group,p2p" | "p2p,group");
        /**
         * @description Page marker (分页标记). Leave it out on the first request; pass the `page_token` of the previous page to get the next one.
         *     Tokens are opaque: a token that was not issued by the server is rejected with 232001.
         */
        PageToken: string;
        /**
         * @description Page size, the most items one answer holds (分页大小). Default 20, at most 100 (最大值：100).
         * @example 10
         */
        PageSize: number;
        /**
         * @description The kind of user id answered for users (用户 ID 类型): `open_id` (default), `union_id` or `user_id` (needs the field scope
         *     `contact:user.employee_id:readonly`). Bots are always named by app id.
         * @example open_id
         */
        MessageUserIdType: components["schemas"]["UserIdType"];
        /**
         * @description Keyword (关键词). Matches i18n group names and member names (群国际化名称、群成员名称), in every language the client supports,
         *     with pinyin and prefix fuzzy matching. An empty keyword or one longer than 64 characters returns an empty result, not an error
         *     (关键词为空值或长度超过 64 个字符时将返回空的结果). Avoid `-`; if it is needed, wrap the keyword in double quotes, e.g. `"Example-0"`.
         * @example abc
         */
        SearchQuery: string;
        /**
         * @description The chat (群 ID, `oc_…`), as returned by chat create, the chat list or chat search.
         * @example oc_a0553eda9014c201e6969b478895c230
         */
        ChatId: components["schemas"]["OpenChatId"];
        /**
         * @description The kind of id returned in each member's `member_id` (成员 ID 类型). `app_id` is not a choice: bots are never listed.
         *     - `open_id`: the user's identity within this app.
         *     - `union_id`: the user's identity across one developer's apps.
         *     - `user_id`: the user's identity within one tenant; needs the field scope `contact:user.employee_id:readonly` (获取用户 user ID).
         * @example open_id
         */
        MemberIdType: components["schemas"]["UserIdType"];
        /**
         * @description Undocumented: only the official Node SDK types it. Read as "apply the chat's member-visibility security configuration"; an
         *     answer then says in `trigger_security_conf_limit` and `security_conf_limit` whether the list was cut short by it.
         * @example true
         */
        CheckSecurityConf: boolean;
        /**
         * @description What `container_id` names: `chat` (a p2p or group chat; in a normal chat, thread messages appear only as their root) or
         *     `thread` (every message of one thread).
         * @example chat
         */
        ContainerIdType: "chat" | "thread";
        /**
         * @description The chat (`oc_…`) for `container_id_type=chat`, the thread (`omt_…`) for `thread`.
         * @example oc_234jsi43d3ssi993d43545f
         */
        ContainerId: string;
        /**
         * @description Earliest creation time, a **seconds** timestamp as a decimal string (e.g. `1608594809`). Not supported for `container_id_type=thread` (230001).
         * @example 1608594809
         */
        HistoryStartTime: string;
        /**
         * @description Latest creation time, a **seconds** timestamp as a decimal string (e.g. `1609296809`). Not supported for `container_id_type=thread` (230001).
         * @example 1609296809
         */
        HistoryEndTime: string;
        /**
         * @description Order by creation time. It cannot change during a pagination walk (230001 when it differs from the one the `page_token` was issued for).
         * @example ByCreateTimeAsc
         */
        HistorySortType: "ByCreateTimeAsc" | "ByCreateTimeDesc";
        /**
         * @description Page size (分页大小). Default 20, 1 to 50.
         * @example 20
         */
        PageSize50: number;
        /**
         * @description How card messages come back. Omitted: the receive-side shape (not the original card JSON). `user_card_content`: the card
         *     JSON as sent (1.0 or 2.0, told apart by `schema`). Other values are not documented; the platform answers the default
         *     shape for them.
         * @example user_card_content
         */
        CardMsgContentType: string;
        /** @description Only thread root messages (SDK-only, undocumented). */
        OnlyThreadRootMessages: boolean;
        /** @description Fill `sender.sender_name` (SDK-only, undocumented). */
        WithSenderName: boolean;
        /**
         * @description The kind of id in the body's `receive_id` (消息接收者 ID 类型). Required, no default.
         *     - `open_id`: a user's id within this app (recommended for users).
         *     - `union_id`: a user's id across one developer's apps.
         *     - `user_id`: a user's id within the tenant; needs the field scope `contact:user.employee_id:readonly`.
         *     - `email`: the user's email address.
         *     - `chat_id`: a chat (`oc_…`); the bot must be in it.
         *     `thread_id` is not a choice here (it is for forwarding).
         * @example chat_id
         */
        ReceiveIdType: "open_id" | "union_id" | "user_id" | "email" | "chat_id";
        /**
         * @description The message (消息 ID, `om_…`), as a send, a reply, the history or an event gave it. A batch message's `bm_…` id is not
         *     accepted here.
         * @example om_dc13264520392913993dd051dba21dcf
         */
        MessageId: components["schemas"]["OpenMessageId"];
        /**
         * @description Only reactions with this `emoji_type` (omit for all).
         * @example LAUGH
         */
        ReactionTypeFilter: components["schemas"]["EmojiType"];
        /**
         * @description The reaction, as createReaction or listReactions answered it (opaque, no prefix).
         * @example ZCaCIjUBVVWSrm5L-3ZTw****
         */
        ReactionId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The request's log id, on every answer. Quote it when asking Feishu support (the Go SDK falls back to X-Request-Id).
         * @example 202411211200000A1B2C3D4E5F6A7B8C9D
         */
        "X-Tt-Logid": string;
        /**
         * @description The request limit of the window that was exceeded (x-ogw-ratelimit-limit).
         * @example 50
         */
        "X-Ogw-Ratelimit-Limit": number;
        /**
         * @description Seconds until the rate-limit window resets (x-ogw-ratelimit-reset); wait this long before retrying.
         * @example 1
         */
        "X-Ogw-Ratelimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listChats: {
        parameters: {
            query?: {
                /**
                 * @description The kind of user id returned in `owner_id` (用户 ID 类型). May be omitted when listing a bot's chats.
                 *     - `open_id`: the user's identity within this app (同一个用户在不同应用中的 Open ID 不同).
                 *     - `union_id`: the user's identity across one developer's apps.
                 *     - `user_id`: the user's identity within one tenant; needs the field scope `contact:user.employee_id:readonly` (获取用户 user ID).
                 * @example open_id
                 */
                user_id_type?: components["parameters"]["UserIdType"];
                /**
                 * @description Order of the chats (群组排序方式).
                 *     - `ByCreateTimeAsc`: by creation time, oldest first (按群组创建时间升序排列).
                 *     - `ByActiveTimeDesc`: by last activity, most recent first (按群组活跃时间降序排列). Activity changes often, so a chat that
                 *       becomes active while you page can jump to page 1 and be skipped (可能会造成群组遗漏); start again from the first page if that matters.
                 * @example ByCreateTimeAsc
                 */
                sort_type?: components["parameters"]["SortType"];
                /**
                 * @description Which kinds of chat to list: `group`, `p2p`. Omitted = groups only. On the wire it is comma-separated
                 *     (`types=p2p,group`); callers may give it as an array or as that comma-separated string (the official SDK
                 *     types it `types?: string`, the official CLI sends `"p2p,group"`): known values, no duplicates.
                 *     `p2p` works only with a user access token: with a tenant token the platform refuses the call (232001,
                 *     invalid parameter; the official CLI documents the refusal) — see `x-token-restrictions`.
                 * @example [
                 *       "group",
                 *       "p2p"
                 *     ]
                 */
                types?: components["parameters"]["ChatTypes"];
                /**
                 * @description Page marker (分页标记). Leave it out on the first request; pass the `page_token` of the previous page to get the next one.
                 *     Tokens are opaque: a token that was not issued by the server is rejected with 232001.
                 */
                page_token?: components["parameters"]["PageToken"];
                /**
                 * @description Page size, the most items one answer holds (分页大小). Default 20, at most 100 (最大值：100).
                 * @example 10
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description One page of chats (`code` 0) — or an error envelope (`code` not 0): the platform answers some failures
             *     with HTTP 200 (an invalid tenant token, 99991663, has been seen so). The two are told apart by `code`.
             */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListChatsResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    createChat: {
        parameters: {
            query?: {
                /**
                 * @description The kind of user id answered for users (用户 ID 类型): `open_id` (default), `union_id` or `user_id` (needs the field scope
                 *     `contact:user.employee_id:readonly`). Bots are always named by app id.
                 * @example open_id
                 */
                user_id_type?: components["parameters"]["MessageUserIdType"];
                /** @description With a user `owner_id`, also make the calling bot a manager (tenant tokens only; ignored otherwise). */
                set_bot_manager?: boolean;
                /**
                 * @description Deduplication key, at most 50 characters; the same `uuid` (with the same `owner_id`) creates at most one chat within 10 hours.
                 * @example b13g2t38-1jd2-458b-8djf-dtbca5104204
                 */
                uuid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateChatRequest"];
            };
        };
        responses: {
            /** @description The new chat (`code` 0) — or an error envelope (`code` not 0), told apart by `code`. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateChatResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    searchChats: {
        parameters: {
            query?: {
                /**
                 * @description The kind of user id returned in `owner_id` (用户 ID 类型). May be omitted when listing a bot's chats.
                 *     - `open_id`: the user's identity within this app (同一个用户在不同应用中的 Open ID 不同).
                 *     - `union_id`: the user's identity across one developer's apps.
                 *     - `user_id`: the user's identity within one tenant; needs the field scope `contact:user.employee_id:readonly` (获取用户 user ID).
                 * @example open_id
                 */
                user_id_type?: components["parameters"]["UserIdType"];
                /**
                 * @description Keyword (关键词). Matches i18n group names and member names (群国际化名称、群成员名称), in every language the client supports,
                 *     with pinyin and prefix fuzzy matching. An empty keyword or one longer than 64 characters returns an empty result, not an error
                 *     (关键词为空值或长度超过 64 个字符时将返回空的结果). Avoid `-`; if it is needed, wrap the keyword in double quotes, e.g. `"Example-0"`.
                 * @example abc
                 */
                query?: components["parameters"]["SearchQuery"];
                /**
                 * @description Page marker (分页标记). Leave it out on the first request; pass the `page_token` of the previous page to get the next one.
                 *     Tokens are opaque: a token that was not issued by the server is rejected with 232001.
                 */
                page_token?: components["parameters"]["PageToken"];
                /**
                 * @description Page size, the most items one answer holds (分页大小). Default 20, at most 100 (最大值：100).
                 * @example 10
                 */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description One page of matching chats (`code` 0) — or an error envelope (`code` not 0): the platform answers some
             *     failures with HTTP 200 (an invalid tenant token, 99991663, has been seen so). The two are told apart by `code`.
             */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchChatsResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getChat: {
        parameters: {
            query?: {
                /**
                 * @description The kind of user id returned in `owner_id` (用户 ID 类型). May be omitted when listing a bot's chats.
                 *     - `open_id`: the user's identity within this app (同一个用户在不同应用中的 Open ID 不同).
                 *     - `union_id`: the user's identity across one developer's apps.
                 *     - `user_id`: the user's identity within one tenant; needs the field scope `contact:user.employee_id:readonly` (获取用户 user ID).
                 * @example open_id
                 */
                user_id_type?: components["parameters"]["UserIdType"];
            };
            header?: never;
            path: {
                /**
                 * @description The chat (群 ID, `oc_…`), as returned by chat create, the chat list or chat search.
                 * @example oc_a0553eda9014c201e6969b478895c230
                 */
                chat_id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The chat (`code` 0) — or an error envelope (`code` not 0): the platform answers some failures
             *     with HTTP 200 (an invalid tenant token, 99991663, has been seen so). The two are told apart by `code`.
             */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetChatResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listChatMembers: {
        parameters: {
            query?: {
                /**
                 * @description The kind of id returned in each member's `member_id` (成员 ID 类型). `app_id` is not a choice: bots are never listed.
                 *     - `open_id`: the user's identity within this app.
                 *     - `union_id`: the user's identity across one developer's apps.
                 *     - `user_id`: the user's identity within one tenant; needs the field scope `contact:user.employee_id:readonly` (获取用户 user ID).
                 * @example open_id
                 */
                member_id_type?: components["parameters"]["MemberIdType"];
                /**
                 * @description Page size, the most items one answer holds (分页大小). Default 20, at most 100 (最大值：100).
                 * @example 10
                 */
                page_size?: components["parameters"]["PageSize"];
                /**
                 * @description Page marker (分页标记). Leave it out on the first request; pass the `page_token` of the previous page to get the next one.
                 *     Tokens are opaque: a token that was not issued by the server is rejected with 232001.
                 */
                page_token?: components["parameters"]["PageToken"];
                /**
                 * @description Undocumented: only the official Node SDK types it. Read as "apply the chat's member-visibility security configuration"; an
                 *     answer then says in `trigger_security_conf_limit` and `security_conf_limit` whether the list was cut short by it.
                 * @example true
                 */
                check_security_conf?: components["parameters"]["CheckSecurityConf"];
            };
            header?: never;
            path: {
                /**
                 * @description The chat (群 ID, `oc_…`), as returned by chat create, the chat list or chat search.
                 * @example oc_a0553eda9014c201e6969b478895c230
                 */
                chat_id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description One page of members (`code` 0) — or an error envelope (`code` not 0): the platform answers some failures
             *     with HTTP 200 (an invalid tenant token, 99991663, has been seen so). The two are told apart by `code`.
             */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListChatMembersResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    addChatMembers: {
        parameters: {
            query?: {
                /** @description The kind of ids in `id_list`; `app_id` for bots. */
                member_id_type?: "open_id" | "union_id" | "user_id" | "app_id";
                /** @description What unusable ids do — `0` fail on unknown or invisible ids, skip resigned ones; `1` add the usable ids and list the others; `2` fail on any. */
                succeed_type?: 0 | 1 | 2;
            };
            header?: never;
            path: {
                /**
                 * @description The chat (群 ID, `oc_…`), as returned by chat create, the chat list or chat search.
                 * @example oc_a0553eda9014c201e6969b478895c230
                 */
                chat_id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddChatMembersRequest"];
            };
        };
        responses: {
            /** @description The ids that did not become members (`code` 0) — or an error envelope (`code` not 0), told apart by `code`. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddChatMembersResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    isInChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat (群 ID, `oc_…`), as returned by chat create, the chat list or chat search.
                 * @example oc_a0553eda9014c201e6969b478895c230
                 */
                chat_id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Whether the caller is in the chat (`code` 0) — or an error envelope (`code` not 0): the platform answers some failures
             *     with HTTP 200 (an invalid tenant token, 99991663, has been seen so). The two are told apart by `code`.
             */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IsInChatResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    searchChatsV2: {
        parameters: {
            query?: {
                /**
                 * @description The kind of user id returned in `owner_id` (用户 ID 类型). May be omitted when listing a bot's chats.
                 *     - `open_id`: the user's identity within this app (同一个用户在不同应用中的 Open ID 不同).
                 *     - `union_id`: the user's identity across one developer's apps.
                 *     - `user_id`: the user's identity within one tenant; needs the field scope `contact:user.employee_id:readonly` (获取用户 user ID).
                 * @example open_id
                 */
                user_id_type?: components["parameters"]["UserIdType"];
                /**
                 * @description Page size, the most items one answer holds (分页大小). Default 20, at most 100 (最大值：100).
                 * @example 10
                 */
                page_size?: components["parameters"]["PageSize"];
                /**
                 * @description Page marker (分页标记). Leave it out on the first request; pass the `page_token` of the previous page to get the next one.
                 *     Tokens are opaque: a token that was not issued by the server is rejected with 232001.
                 */
                page_token?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SearchChatsV2Request"];
            };
        };
        responses: {
            /**
             * @description One page of hits (`code` 0) — or an error envelope (`code` not 0): the platform answers some failures
             *     with HTTP 200 (an invalid tenant token, 99991663, has been seen so). The two are told apart by `code`.
             */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchChatsV2Response"] | components["schemas"]["ErrorResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listMessages: {
        parameters: {
            query: {
                /**
                 * @description What `container_id` names: `chat` (a p2p or group chat; in a normal chat, thread messages appear only as their root) or
                 *     `thread` (every message of one thread).
                 * @example chat
                 */
                container_id_type: components["parameters"]["ContainerIdType"];
                /**
                 * @description The chat (`oc_…`) for `container_id_type=chat`, the thread (`omt_…`) for `thread`.
                 * @example oc_234jsi43d3ssi993d43545f
                 */
                container_id: components["parameters"]["ContainerId"];
                /**
                 * @description Earliest creation time, a **seconds** timestamp as a decimal string (e.g. `1608594809`). Not supported for `container_id_type=thread` (230001).
                 * @example 1608594809
                 */
                start_time?: components["parameters"]["HistoryStartTime"];
                /**
                 * @description Latest creation time, a **seconds** timestamp as a decimal string (e.g. `1609296809`). Not supported for `container_id_type=thread` (230001).
                 * @example 1609296809
                 */
                end_time?: components["parameters"]["HistoryEndTime"];
                /**
                 * @description Order by creation time. It cannot change during a pagination walk (230001 when it differs from the one the `page_token` was issued for).
                 * @example ByCreateTimeAsc
                 */
                sort_type?: components["parameters"]["HistorySortType"];
                /**
                 * @description Page size (分页大小). Default 20, 1 to 50.
                 * @example 20
                 */
                page_size?: components["parameters"]["PageSize50"];
                /**
                 * @description Page marker (分页标记). Leave it out on the first request; pass the `page_token` of the previous page to get the next one.
                 *     Tokens are opaque: a token that was not issued by the server is rejected with 232001.
                 */
                page_token?: components["parameters"]["PageToken"];
                /**
                 * @description How card messages come back. Omitted: the receive-side shape (not the original card JSON). `user_card_content`: the card
                 *     JSON as sent (1.0 or 2.0, told apart by `schema`). Other values are not documented; the platform answers the default
                 *     shape for them.
                 * @example user_card_content
                 */
                card_msg_content_type?: components["parameters"]["CardMsgContentType"];
                /** @description Only thread root messages (SDK-only, undocumented). */
                only_thread_root_messages?: components["parameters"]["OnlyThreadRootMessages"];
                /** @description Fill `sender.sender_name` (SDK-only, undocumented). */
                with_sender_name?: components["parameters"]["WithSenderName"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of messages (`code` 0) — or an error envelope (`code` not 0), told apart by `code`. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListMessagesResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The call failed; `code` says why (this operation's codes are in its `x-error-codes`). Match on `code`, never on `msg`. */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    createMessage: {
        parameters: {
            query: {
                /**
                 * @description The kind of id in the body's `receive_id` (消息接收者 ID 类型). Required, no default.
                 *     - `open_id`: a user's id within this app (recommended for users).
                 *     - `union_id`: a user's id across one developer's apps.
                 *     - `user_id`: a user's id within the tenant; needs the field scope `contact:user.employee_id:readonly`.
                 *     - `email`: the user's email address.
                 *     - `chat_id`: a chat (`oc_…`); the bot must be in it.
                 *     `thread_id` is not a choice here (it is for forwarding).
                 * @example chat_id
                 */
                receive_id_type: components["parameters"]["ReceiveIdType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMessageRequest"];
            };
        };
        responses: {
            /**
             * @description The message as stored (`code` 0) — or an error envelope (`code` not 0): the platform answers some failures
             *     with HTTP 200 (an invalid tenant token, 99991663, has been seen so). The two are told apart by `code`.
             */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMessageResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The send failed; `code` says why. This operation's codes are in its `x-error-codes` (with the shared token and scope
             *     codes of BadRequest). Match on `code`, never on `msg`.
             */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getMessage: {
        parameters: {
            query?: {
                /**
                 * @description The kind of user id answered for users (用户 ID 类型): `open_id` (default), `union_id` or `user_id` (needs the field scope
                 *     `contact:user.employee_id:readonly`). Bots are always named by app id.
                 * @example open_id
                 */
                user_id_type?: components["parameters"]["MessageUserIdType"];
                /**
                 * @description How card messages come back. Omitted: the receive-side shape (not the original card JSON). `user_card_content`: the card
                 *     JSON as sent (1.0 or 2.0, told apart by `schema`). Other values are not documented; the platform answers the default
                 *     shape for them.
                 * @example user_card_content
                 */
                card_msg_content_type?: components["parameters"]["CardMsgContentType"];
                /** @description Fill `sender.sender_name` (SDK-only, undocumented). */
                with_sender_name?: components["parameters"]["WithSenderName"];
            };
            header?: never;
            path: {
                /**
                 * @description The message (消息 ID, `om_…`), as a send, a reply, the history or an event gave it. A batch message's `bm_…` id is not
                 *     accepted here.
                 * @example om_dc13264520392913993dd051dba21dcf
                 */
                message_id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message (`code` 0) — or an error envelope (`code` not 0), told apart by `code`. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMessageResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The call failed; `code` says why (this operation's codes are in its `x-error-codes`). Match on `code`, never on `msg`. */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    patchMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The message (消息 ID, `om_…`), as a send, a reply, the history or an event gave it. A batch message's `bm_…` id is not
                 *     accepted here.
                 * @example om_dc13264520392913993dd051dba21dcf
                 */
                message_id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchMessageRequest"];
            };
        };
        responses: {
            /** @description The card was updated (`code` 0) — or an error envelope (`code` not 0), told apart by `code`. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatchMessageResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The call failed; `code` says why (this operation's codes are in its `x-error-codes`). Match on `code`, never on `msg`. */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    replyMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The message (消息 ID, `om_…`), as a send, a reply, the history or an event gave it. A batch message's `bm_…` id is not
                 *     accepted here.
                 * @example om_dc13264520392913993dd051dba21dcf
                 */
                message_id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyMessageRequest"];
            };
        };
        responses: {
            /** @description The reply as stored (`code` 0) — or an error envelope (`code` not 0), told apart by `code`. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplyMessageResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The call failed; `code` says why (this operation's codes are in its `x-error-codes`). Match on `code`, never on `msg`. */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listReactions: {
        parameters: {
            query?: {
                /**
                 * @description Only reactions with this `emoji_type` (omit for all).
                 * @example LAUGH
                 */
                reaction_type?: components["parameters"]["ReactionTypeFilter"];
                /**
                 * @description Page marker (分页标记). Leave it out on the first request; pass the `page_token` of the previous page to get the next one.
                 *     Tokens are opaque: a token that was not issued by the server is rejected with 232001.
                 */
                page_token?: components["parameters"]["PageToken"];
                /**
                 * @description Page size (分页大小). Default 20, 1 to 50.
                 * @example 20
                 */
                page_size?: components["parameters"]["PageSize50"];
                /**
                 * @description The kind of user id answered for users (用户 ID 类型): `open_id` (default), `union_id` or `user_id` (needs the field scope
                 *     `contact:user.employee_id:readonly`). Bots are always named by app id.
                 * @example open_id
                 */
                user_id_type?: components["parameters"]["MessageUserIdType"];
            };
            header?: never;
            path: {
                /**
                 * @description The message (消息 ID, `om_…`), as a send, a reply, the history or an event gave it. A batch message's `bm_…` id is not
                 *     accepted here.
                 * @example om_dc13264520392913993dd051dba21dcf
                 */
                message_id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of reactions (`code` 0) — or an error envelope (`code` not 0), told apart by `code`. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListReactionsResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The call failed; `code` says why (this operation's codes are in its `x-error-codes`). Match on `code`, never on `msg`. */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    createReaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The message (消息 ID, `om_…`), as a send, a reply, the history or an event gave it. A batch message's `bm_…` id is not
                 *     accepted here.
                 * @example om_dc13264520392913993dd051dba21dcf
                 */
                message_id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReactionRequest"];
            };
        };
        responses: {
            /** @description The reaction (`code` 0) — or an error envelope (`code` not 0), told apart by `code`. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateReactionResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The call failed; `code` says why (this operation's codes are in its `x-error-codes`). Match on `code`, never on `msg`. */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    deleteReaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The message (消息 ID, `om_…`), as a send, a reply, the history or an event gave it. A batch message's `bm_…` id is not
                 *     accepted here.
                 * @example om_dc13264520392913993dd051dba21dcf
                 */
                message_id: components["parameters"]["MessageId"];
                /**
                 * @description The reaction, as createReaction or listReactions answered it (opaque, no prefix).
                 * @example ZCaCIjUBVVWSrm5L-3ZTw****
                 */
                reaction_id: components["parameters"]["ReactionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The removed reaction (`code` 0) — or an error envelope (`code` not 0), told apart by `code`. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteReactionResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The call failed; `code` says why (this operation's codes are in its `x-error-codes`). Match on `code`, never on `msg`. */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    uploadImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadImageRequest"];
            };
        };
        responses: {
            /** @description The image's key (`code` 0) — or an error envelope (`code` not 0), told apart by `code`. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadImageResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The call failed; `code` says why (this operation's codes are in its `x-error-codes`). Match on `code`, never on `msg`. */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token is missing or invalid (234002, HTTP 401 — the only 401 of these pages). */
            401: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFileRequest"];
            };
        };
        responses: {
            /** @description The file's key (`code` 0) — or an error envelope (`code` not 0), told apart by `code`. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadFileResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The call failed; `code` says why (this operation's codes are in its `x-error-codes`). Match on `code`, never on `msg`. */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token is missing or invalid (234002, HTTP 401 — the only 401 of these pages). */
            401: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    updateCardByToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCardByTokenRequest"];
            };
        };
        responses: {
            /** @description The card was updated (`code` 0) — or an error envelope (`code` not 0), told apart by `code`. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCardByTokenResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The call failed; `code` says why (this operation's codes are in its `x-error-codes`). Match on `code`, never on `msg`. */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getTenantAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantAccessTokenRequest"];
            };
        };
        responses: {
            /**
             * @description A token (`code` 0) — or an error envelope (`code` not 0): wrong credentials are answered with HTTP 200 too,
             *     e.g. `{"code":10003,"msg":"invalid param"}` (larksuite/oapi-sdk-java#33). The two are told apart by `code`.
             */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantAccessTokenResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The call failed; `code` says why. This endpoint answers only its own codes (`x-error-codes` above), never
             *     the chat APIs' codes of the shared BadRequest response: it takes no access token.
             */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getLongConnectionEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LongConnectionEndpointRequest"];
            };
        };
        responses: {
            /** @description The URL and ClientConfig (`code` 0), or an error envelope (`code` not 0), both with HTTP 200. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LongConnectionEndpointResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The call failed; `code` says why. This endpoint answers only its own codes (`x-error-codes` above), never
             *     the chat APIs' codes of the shared BadRequest response: it takes the app's credentials, not an access token.
             */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["X-Tt-Logid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
}
