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
        post?: never;
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
        post?: never;
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
        get?: never;
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
         * MessageReceiveId
         * @description The recipient (消息接收者的 ID), of the kind in the query's `receive_id_type`: a user (`ou_…` open_id recommended) or a
         *     chat (`oc_…`). A user must be inside the app's availability range; for a chat the bot must be in it and allowed to speak.
         */
        MessageReceiveId: string;
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
        /**
         * MessageUuid
         * @description Deduplication key (由开发者生成的唯一字符串序列): requests with the same `uuid` send at most one message within one hour,
         *     so a send with a `uuid` can be retried safely. Use a new one for each distinct message.
         */
        MessageUuid: string;
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
        CreateMessageRequest: {
            receive_id: components["schemas"]["MessageReceiveId"];
            msg_type: components["schemas"]["MsgType"];
            /** @description The message content, serialized to a JSON string; its shape depends on `msg_type`. */
            content: string;
            uuid?: components["schemas"]["MessageUuid"];
        } & ({
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
         * @description A message as stored (消息), the answer to a send. Open; all but `sender`'s and `body`'s own required fields are optional.
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
            /** @description Whether the message was recalled (是否被撤回); false on send. */
            deleted?: boolean;
            /** @description Whether the message was edited (是否被更新); false on send. */
            updated?: boolean;
            /** @description The chat the message belongs to (所属的群), for a p2p message too. */
            chat_id?: components["schemas"]["OpenChatId"];
            /** @description Who sent it (发送者). */
            sender?: {
                /** @description The sender's id — an app id (`cli_…`) for a bot, an open_id for a user. */
                id: string;
                /**
                 * @description Kind of `id`.
                 * @enum {string}
                 */
                id_type: "open_id" | "app_id";
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
            /** @description The stored content (消息内容). */
            body?: {
                /** @description The content as stored, a JSON string; mentions are rewritten to `@_user_N` keys (see `mentions`). */
                content: string;
            };
            /** @description The users mentioned (被@的用户或机器人). */
            mentions?: {
                /** @description The placeholder in the content, e.g. `@_user_1`. */
                key: string;
                /** @description The user's open_id. */
                id: string;
                /**
                 * @description Always `open_id`.
                 * @constant
                 */
                id_type: "open_id";
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
         * @example dmJCRHhpd3JRbGV1VEVNRFFyTitRWDY5ZFkybmYrMEUwMUFYT0VMMWdENEtuYUhsNUxGMDIwemtvdE5ORjBNQQ==
         */
        PageToken: string;
        /**
         * @description Page size, the most items one answer holds (分页大小). Default 20, at most 100 (最大值：100).
         * @example 10
         */
        PageSize: number;
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
                 * @example dmJCRHhpd3JRbGV1VEVNRFFyTitRWDY5ZFkybmYrMEUwMUFYT0VMMWdENEtuYUhsNUxGMDIwemtvdE5ORjBNQQ==
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
                 * @example dmJCRHhpd3JRbGV1VEVNRFFyTitRWDY5ZFkybmYrMEUwMUFYT0VMMWdENEtuYUhsNUxGMDIwemtvdE5ORjBNQQ==
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
                 * @example dmJCRHhpd3JRbGV1VEVNRFFyTitRWDY5ZFkybmYrMEUwMUFYT0VMMWdENEtuYUhsNUxGMDIwemtvdE5ORjBNQQ==
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
                 * @example dmJCRHhpd3JRbGV1VEVNRFFyTitRWDY5ZFkybmYrMEUwMUFYT0VMMWdENEtuYUhsNUxGMDIwemtvdE5ORjBNQQ==
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
