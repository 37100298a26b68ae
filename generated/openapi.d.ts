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
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
}
