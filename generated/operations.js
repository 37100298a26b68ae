/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: the operation table (spec/ via generated/openapi.json, schemas/) by scripts/generate-operations.js
 * Regenerate: npm run generate
 */
/** Every operation of the contract, by operationId. */
export const operations = {
  "listChats": {
    "operationId": "listChats",
    "method": "GET",
    "path": "/open-apis/im/v1/chats",
    "pathParams": [],
    "schemas": {
      "query": "listChats.query",
      "response": "listChats.response"
    },
    "responses": {
      "200": {
        "success": "listChats.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "pagination": {
      "itemsKey": "items",
      "pageTokenParam": "page_token",
      "pageSizeParam": "page_size",
      "in": "query"
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat",
        "im:chat:readonly",
        "im:chat:read",
        "im:chat.group_info:readonly"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "user_id_type=user_id",
          "fields": [
            "owner_id"
          ]
        }
      ]
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "invalidParameter",
        "code": 232001,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "invalid request parameter (参数错误)",
        "action": "fix the request; no retry"
      },
      {
        "name": "appNotExist",
        "code": 232004,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Such an app does NOT exist.",
        "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
        "action": "contact support; no retry"
      },
      {
        "name": "botNotActivated",
        "code": 232025,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Bot ability is not activated.",
        "meaning": "bot ability is not activated (应用未启用机器人能力)",
        "action": "enable the bot ability and publish the app"
      },
      {
        "name": "appUnavailable",
        "code": 232034,
        "retryable": false,
        "httpStatus": 400,
        "msg": "The app is unavailable or inactivated by the tenant.",
        "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
        "action": "install the app"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      },
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      }
    ],
    "query": {
      "user_id_type": {
        "default": "open_id"
      },
      "sort_type": {
        "default": "ByCreateTimeAsc"
      },
      "types": {
        "tokenRestrictions": [
          {
            "tokenType": "tenant",
            "values": [
              "p2p"
            ],
            "error": "invalidParameter"
          }
        ]
      },
      "page_token": {},
      "page_size": {
        "default": 20
      }
    },
    "idempotent": true
  },
  "createChat": {
    "operationId": "createChat",
    "method": "POST",
    "path": "/open-apis/im/v1/chats",
    "pathParams": [],
    "schemas": {
      "query": "createChat.query",
      "body": "createChat.body",
      "response": "createChat.response"
    },
    "responses": {
      "200": {
        "success": "createChat.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "body": {
      "mediaType": "application/json",
      "required": false
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat",
        "im:chat:create"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "user_id_type=user_id",
          "fields": [
            "owner_id",
            "user_id_list"
          ]
        }
      ]
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "invalidParameter",
        "code": 232001,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "invalid request parameter (参数错误)",
        "action": "fix the request; no retry"
      },
      {
        "name": "appNotExist",
        "code": 232004,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Such an app does NOT exist.",
        "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
        "action": "contact support; no retry"
      },
      {
        "name": "botNotActivated",
        "code": 232025,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Bot ability is not activated.",
        "meaning": "bot ability is not activated (应用未启用机器人能力)",
        "action": "enable the bot ability and publish the app"
      },
      {
        "name": "appUnavailable",
        "code": 232034,
        "retryable": false,
        "httpStatus": 400,
        "msg": "The app is unavailable or inactivated by the tenant.",
        "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
        "action": "install the app"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      },
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "chatRateLimited",
        "code": 232019,
        "httpStatus": 400,
        "retryable": true,
        "msg": "The request has been rate limited.",
        "meaning": "chat-level throttling (also concurrent member changes of one chat)",
        "action": "retry later, serially"
      },
      {
        "name": "publicNameTooShort",
        "code": 232020,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Name can NOT be less than two characters for public chats.",
        "meaning": "a public chat's name is shorter than 2 characters",
        "action": "give it a longer name"
      },
      {
        "name": "botNotFound",
        "code": 232021,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot can NOT be found.",
        "meaning": "a bot_id_list entry is not a bot",
        "action": "check the app ids"
      },
      {
        "name": "chatUserResigned",
        "code": 232022,
        "httpStatus": 400,
        "retryable": false,
        "msg": "User has already resigned.",
        "meaning": "a user in user_id_list has resigned",
        "action": "leave them out"
      },
      {
        "name": "chatReviewFailed",
        "code": 232023,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Chat information review failed while updating the chat.",
        "meaning": "the name or description holds sensitive words",
        "action": "change them"
      },
      {
        "name": "chatUserIdInvalid",
        "code": 232030,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a user_id which is invalid.",
        "meaning": "a user id is malformed",
        "action": "check the ids and user_id_type"
      },
      {
        "name": "ownerTenantMismatch",
        "code": 232032,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator who will create the chat and the designated chat owner must be in the same tenant.",
        "meaning": "owner_id is of another tenant",
        "action": "name an owner of the caller's tenant"
      },
      {
        "name": "externalChatNotAllowed",
        "code": 232033,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator or invited bots does NOT have the authority to manage external chats without the scope.",
        "meaning": "the app may not operate on external chats (没有外部群的操作权限)",
        "action": "enable external-chat support for the app in the developer console"
      },
      {
        "name": "chatLabelsNotAllowed",
        "code": 232037,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator or invited bots does NOT have the authority to manage chat labels without the scope.",
        "meaning": "the app may not set chat labels",
        "action": "leave labels out or get the scope"
      },
      {
        "name": "publicNameMissing",
        "code": 232042,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Public group chat's name should not be empty.",
        "meaning": "a public chat has no name",
        "action": "give it a name"
      },
      {
        "name": "unavailableIds",
        "code": 232043,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request contains unavailable ids.",
        "meaning": "an id is unknown or invisible to the caller (createChat fails whole; addChatMembers with succeed_type=2, or an id of the wrong kind)",
        "action": "check the ids; add members with addChatMembers and succeed_type=1 to skip the unusable ones"
      },
      {
        "name": "restrictedModeNotAllowed",
        "code": 232057,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator tenant doesn't have the permission to use restricted mode.",
        "meaning": "restricted mode needs the enterprise flagship edition",
        "action": "leave restricted_mode_setting off"
      },
      {
        "name": "chatBeingCreated",
        "code": 232068,
        "httpStatus": 400,
        "retryable": true,
        "msg": "The group is being created, please wait a moment.",
        "meaning": "a create with the same uuid is in flight",
        "action": "retry later with the same uuid"
      },
      {
        "name": "externalChatNotPublic",
        "code": 232069,
        "httpStatus": 400,
        "retryable": false,
        "msg": "current chat type unsupported to set public.",
        "meaning": "an external chat cannot be public",
        "action": "make it private"
      },
      {
        "name": "hideMemberCountNotAllowed",
        "code": 232078,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator tenant doesn't have the permission to use hide_member_count_setting.",
        "meaning": "the tenant may not hide member counts",
        "action": "leave hide_member_count_setting out"
      },
      {
        "name": "hideMemberCountUnsupported",
        "code": 232079,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Chat type not supported by hide_member_count_setting.",
        "meaning": "this chat type cannot hide its member count",
        "action": "leave hide_member_count_setting out"
      },
      {
        "name": "publicChatForbidden",
        "code": 232091,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Due to the security control requirements of this tenant, this tenant does not allow public group.",
        "meaning": "the tenant forbids public chats",
        "action": "make it private"
      },
      {
        "name": "ocicTagNotAllowed",
        "code": 232095,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator does NOT have the authority to manage ocic type tag without the scope.",
        "meaning": "the app may not set this tag",
        "action": "leave it out"
      }
    ],
    "query": {
      "user_id_type": {
        "default": "open_id"
      },
      "set_bot_manager": {
        "default": false
      },
      "uuid": {}
    },
    "idempotent": false,
    "idempotencyKey": {
      "in": "query",
      "name": "uuid",
      "window": "10 hours"
    }
  },
  "searchChats": {
    "operationId": "searchChats",
    "method": "GET",
    "path": "/open-apis/im/v1/chats/search",
    "pathParams": [],
    "schemas": {
      "query": "searchChats.query",
      "response": "searchChats.response"
    },
    "responses": {
      "200": {
        "success": "searchChats.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "pagination": {
      "itemsKey": "items",
      "pageTokenParam": "page_token",
      "pageSizeParam": "page_size",
      "in": "query"
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat",
        "im:chat:readonly",
        "im:chat:read",
        "im:chat.group_info:readonly"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "user_id_type=user_id",
          "fields": [
            "owner_id"
          ]
        }
      ]
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "invalidParameter",
        "code": 232001,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "invalid request parameter (参数错误)",
        "action": "fix the request; no retry"
      },
      {
        "name": "appNotExist",
        "code": 232004,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Such an app does NOT exist.",
        "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
        "action": "contact support; no retry"
      },
      {
        "name": "botNotActivated",
        "code": 232025,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Bot ability is not activated.",
        "meaning": "bot ability is not activated (应用未启用机器人能力)",
        "action": "enable the bot ability and publish the app"
      },
      {
        "name": "appUnavailable",
        "code": 232034,
        "retryable": false,
        "httpStatus": 400,
        "msg": "The app is unavailable or inactivated by the tenant.",
        "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
        "action": "install the app"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      },
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      }
    ],
    "query": {
      "user_id_type": {
        "default": "open_id"
      },
      "query": {
        "emptyResultAboveLength": 64
      },
      "page_token": {},
      "page_size": {
        "default": 20
      }
    },
    "idempotent": true
  },
  "getChat": {
    "operationId": "getChat",
    "method": "GET",
    "path": "/open-apis/im/v1/chats/{chat_id}",
    "pathParams": [
      "chat_id"
    ],
    "schemas": {
      "path": "getChat.path",
      "query": "getChat.query",
      "response": "getChat.response"
    },
    "responses": {
      "200": {
        "success": "getChat.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat",
        "im:chat:read",
        "im:chat:readonly"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "user_id_type=user_id",
          "fields": [
            "owner_id",
            "user_manager_id_list"
          ]
        }
      ]
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "invalidParameter",
        "code": 232001,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "invalid request parameter (参数错误)",
        "action": "fix the request; no retry"
      },
      {
        "name": "appNotExist",
        "code": 232004,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Such an app does NOT exist.",
        "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
        "action": "contact support; no retry"
      },
      {
        "name": "botNotActivated",
        "code": 232025,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Bot ability is not activated.",
        "meaning": "bot ability is not activated (应用未启用机器人能力)",
        "action": "enable the bot ability and publish the app"
      },
      {
        "name": "appUnavailable",
        "code": 232034,
        "retryable": false,
        "httpStatus": 400,
        "msg": "The app is unavailable or inactivated by the tenant.",
        "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
        "action": "install the app"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      },
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "chatIdInvalid",
        "code": 232006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat_id which is invalid.",
        "meaning": "the chat_id is invalid (无效的 chat_id)",
        "action": "check the chat_id (oc_…)"
      },
      {
        "name": "crossTenantChat",
        "code": 232010,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Operator and chat can NOT be in different tenants.",
        "meaning": "the caller is not in the tenant of this internal chat (操作者和群不在同一租户下)",
        "action": "call with an identity of the chat's tenant"
      },
      {
        "name": "operatorNotInChat",
        "code": 232011,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Operator can NOT be out of the chat.",
        "meaning": "the bot or user of the token is not in the chat (操作者不在群中)",
        "action": "add the bot or user to the chat first"
      },
      {
        "name": "externalChatNotAllowed",
        "code": 232033,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator or invited bots does NOT have the authority to manage external chats without the scope.",
        "meaning": "the app may not operate on external chats (没有外部群的操作权限)",
        "action": "enable external-chat support for the app in the developer console"
      }
    ],
    "query": {
      "user_id_type": {
        "default": "open_id"
      }
    },
    "idempotent": true
  },
  "listChatMembers": {
    "operationId": "listChatMembers",
    "method": "GET",
    "path": "/open-apis/im/v1/chats/{chat_id}/members",
    "pathParams": [
      "chat_id"
    ],
    "schemas": {
      "path": "listChatMembers.path",
      "query": "listChatMembers.query",
      "response": "listChatMembers.response"
    },
    "responses": {
      "200": {
        "success": "listChatMembers.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "pagination": {
      "itemsKey": "items",
      "pageTokenParam": "page_token",
      "pageSizeParam": "page_size",
      "in": "query"
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat",
        "im:chat.members:read",
        "im:chat:readonly",
        "im:chat.group_info:readonly"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "member_id_type=user_id",
          "fields": [
            "member_id"
          ]
        }
      ]
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "invalidParameter",
        "code": 232001,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "invalid request parameter (参数错误)",
        "action": "fix the request; no retry"
      },
      {
        "name": "appNotExist",
        "code": 232004,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Such an app does NOT exist.",
        "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
        "action": "contact support; no retry"
      },
      {
        "name": "botNotActivated",
        "code": 232025,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Bot ability is not activated.",
        "meaning": "bot ability is not activated (应用未启用机器人能力)",
        "action": "enable the bot ability and publish the app"
      },
      {
        "name": "appUnavailable",
        "code": 232034,
        "retryable": false,
        "httpStatus": 400,
        "msg": "The app is unavailable or inactivated by the tenant.",
        "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
        "action": "install the app"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      },
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "chatIdInvalid",
        "code": 232006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat_id which is invalid.",
        "meaning": "the chat_id is invalid (无效的 chat_id)",
        "action": "check the chat_id (oc_…)"
      },
      {
        "name": "chatDissolved",
        "code": 232009,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat which has already been dissolved.",
        "meaning": "the chat has been dissolved (群已被解散)",
        "action": "stop using this chat"
      },
      {
        "name": "crossTenantChat",
        "code": 232010,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Operator and chat can NOT be in different tenants.",
        "meaning": "the caller is not in the tenant of this internal chat (操作者和群不在同一租户下)",
        "action": "call with an identity of the chat's tenant"
      },
      {
        "name": "operatorNotInChat",
        "code": 232011,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Operator can NOT be out of the chat.",
        "meaning": "the bot or user of the token is not in the chat (操作者不在群中)",
        "action": "add the bot or user to the chat first"
      },
      {
        "name": "externalChatNotAllowed",
        "code": 232033,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator or invited bots does NOT have the authority to manage external chats without the scope.",
        "meaning": "the app may not operate on external chats (没有外部群的操作权限)",
        "action": "enable external-chat support for the app in the developer console"
      }
    ],
    "query": {
      "member_id_type": {
        "default": "open_id"
      },
      "page_size": {
        "default": 20
      },
      "page_token": {},
      "check_security_conf": {}
    },
    "idempotent": true
  },
  "addChatMembers": {
    "operationId": "addChatMembers",
    "method": "POST",
    "path": "/open-apis/im/v1/chats/{chat_id}/members",
    "pathParams": [
      "chat_id"
    ],
    "schemas": {
      "path": "addChatMembers.path",
      "query": "addChatMembers.query",
      "body": "addChatMembers.body",
      "response": "addChatMembers.response"
    },
    "responses": {
      "200": {
        "success": "addChatMembers.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "body": {
      "mediaType": "application/json",
      "required": true
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat",
        "im:chat.members:write_only"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "member_id_type=user_id",
          "fields": [
            "id_list"
          ]
        }
      ]
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "invalidParameter",
        "code": 232001,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "invalid request parameter (参数错误)",
        "action": "fix the request; no retry"
      },
      {
        "name": "appNotExist",
        "code": 232004,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Such an app does NOT exist.",
        "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
        "action": "contact support; no retry"
      },
      {
        "name": "botNotActivated",
        "code": 232025,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Bot ability is not activated.",
        "meaning": "bot ability is not activated (应用未启用机器人能力)",
        "action": "enable the bot ability and publish the app"
      },
      {
        "name": "appUnavailable",
        "code": 232034,
        "retryable": false,
        "httpStatus": 400,
        "msg": "The app is unavailable or inactivated by the tenant.",
        "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
        "action": "install the app"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      },
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "chatIdInvalid",
        "code": 232006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat_id which is invalid.",
        "meaning": "the chat_id is invalid (无效的 chat_id)",
        "action": "check the chat_id (oc_…)"
      },
      {
        "name": "chatDissolved",
        "code": 232009,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat which has already been dissolved.",
        "meaning": "the chat has been dissolved (群已被解散)",
        "action": "stop using this chat"
      },
      {
        "name": "crossTenantChat",
        "code": 232010,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Operator and chat can NOT be in different tenants.",
        "meaning": "the caller is not in the tenant of this internal chat (操作者和群不在同一租户下)",
        "action": "call with an identity of the chat's tenant"
      },
      {
        "name": "operatorNotInChat",
        "code": 232011,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Operator can NOT be out of the chat.",
        "meaning": "the bot or user of the token is not in the chat (操作者不在群中)",
        "action": "add the bot or user to the chat first"
      },
      {
        "name": "chatMemberLimit",
        "code": 232013,
        "httpStatus": 400,
        "retryable": false,
        "msg": "You have reached the limit of maximum number of members a chat can have.",
        "meaning": "the chat is full (5000 normal, 3000 meeting, 5000 topic)",
        "action": "remove members first"
      },
      {
        "name": "addMemberForbidden",
        "code": 232017,
        "httpStatus": 400,
        "retryable": false,
        "msg": "No Permission: If the operator is NOT owner or creator with the scope, the operator can NOT complete the request.",
        "meaning": "only the owner and admins may add members to this chat",
        "action": "add as the owner or an admin"
      },
      {
        "name": "chatRateLimited",
        "code": 232019,
        "httpStatus": 400,
        "retryable": true,
        "msg": "The request has been rate limited.",
        "meaning": "chat-level throttling (also concurrent member changes of one chat)",
        "action": "retry later, serially"
      },
      {
        "name": "membersInvisible",
        "code": 232024,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Users do not have the visibility of the app, or the operator does not have collaboration permissions with the target users.",
        "meaning": "a user is outside the app's availability range or may not be contacted",
        "action": "widen the availability range, or use succeed_type=1"
      },
      {
        "name": "noValidMembers",
        "code": 232027,
        "httpStatus": 400,
        "retryable": false,
        "msg": "There are no valid members in the ID list specified in your request.",
        "meaning": "id_list is empty or holds no usable id",
        "action": "send usable ids"
      },
      {
        "name": "externalMemberInternalChat",
        "code": 232028,
        "httpStatus": 400,
        "retryable": false,
        "msg": "External members can Not be added to an internal group chat.",
        "meaning": "an external user cannot join an internal chat",
        "action": "use an external chat"
      },
      {
        "name": "externalChatNotAllowed",
        "code": 232033,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator or invited bots does NOT have the authority to manage external chats without the scope.",
        "meaning": "the app may not operate on external chats (没有外部群的操作权限)",
        "action": "enable external-chat support for the app in the developer console"
      },
      {
        "name": "unavailableIds",
        "code": 232043,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request contains unavailable ids.",
        "meaning": "an id is unknown or invisible to the caller (createChat fails whole; addChatMembers with succeed_type=2, or an id of the wrong kind)",
        "action": "check the ids; add members with addChatMembers and succeed_type=1 to skip the unusable ones"
      },
      {
        "name": "adminMemberLimit",
        "code": 232044,
        "httpStatus": 400,
        "retryable": false,
        "msg": "You have reached maximum number of chat members set by admin.",
        "meaning": "the admin's member cap is reached",
        "action": "remove members first"
      },
      {
        "name": "chatTypeUnsupported",
        "code": 232090,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Unsupported chat type.",
        "meaning": "the chat is not a group or topic chat (e.g. p2p)",
        "action": "add members to a group chat"
      },
      {
        "name": "openIdsNotExist",
        "code": 99992351,
        "httpStatus": 400,
        "retryable": false,
        "msg": "these open ids not existed: %v",
        "meaning": "an open_id does not exist (Lark: \"Your request contains not existed id.\")",
        "action": "check the ids"
      },
      {
        "name": "userIdsNotExist",
        "code": 99992360,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request contains not existed id.",
        "meaning": "a user_id does not exist",
        "action": "check the ids"
      },
      {
        "name": "unionIdsNotExist",
        "code": 99992364,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request contains not existed id.",
        "meaning": "a union_id does not exist",
        "action": "check the ids"
      }
    ],
    "query": {
      "member_id_type": {
        "default": "open_id"
      },
      "succeed_type": {
        "default": 0
      }
    },
    "idempotent": false
  },
  "isInChat": {
    "operationId": "isInChat",
    "method": "GET",
    "path": "/open-apis/im/v1/chats/{chat_id}/members/is_in_chat",
    "pathParams": [
      "chat_id"
    ],
    "schemas": {
      "path": "isInChat.path",
      "response": "isInChat.response"
    },
    "responses": {
      "200": {
        "success": "isInChat.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat",
        "im:chat.members:read",
        "im:chat:readonly",
        "im:chat.group_info:readonly"
      ],
      "fields": []
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "invalidParameter",
        "code": 232001,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "invalid request parameter (参数错误)",
        "action": "fix the request; no retry"
      },
      {
        "name": "appNotExist",
        "code": 232004,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Such an app does NOT exist.",
        "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
        "action": "contact support; no retry"
      },
      {
        "name": "botNotActivated",
        "code": 232025,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Bot ability is not activated.",
        "meaning": "bot ability is not activated (应用未启用机器人能力)",
        "action": "enable the bot ability and publish the app"
      },
      {
        "name": "appUnavailable",
        "code": 232034,
        "retryable": false,
        "httpStatus": 400,
        "msg": "The app is unavailable or inactivated by the tenant.",
        "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
        "action": "install the app"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      },
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "chatIdInvalid",
        "code": 232006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat_id which is invalid.",
        "meaning": "the chat_id is invalid (无效的 chat_id)",
        "action": "check the chat_id (oc_…)"
      },
      {
        "name": "crossTenantChat",
        "code": 232010,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Operator and chat can NOT be in different tenants.",
        "meaning": "the caller is not in the tenant of this internal chat (操作者和群不在同一租户下)",
        "action": "call with an identity of the chat's tenant"
      },
      {
        "name": "externalChatNotAllowed",
        "code": 232033,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator or invited bots does NOT have the authority to manage external chats without the scope.",
        "meaning": "the app may not operate on external chats (没有外部群的操作权限)",
        "action": "enable external-chat support for the app in the developer console"
      }
    ],
    "query": {},
    "idempotent": true
  },
  "searchChatsV2": {
    "operationId": "searchChatsV2",
    "method": "POST",
    "path": "/open-apis/im/v2/chats/search",
    "pathParams": [],
    "schemas": {
      "query": "searchChatsV2.query",
      "body": "searchChatsV2.body",
      "response": "searchChatsV2.response"
    },
    "responses": {
      "200": {
        "success": "searchChatsV2.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "pagination": {
      "itemsKey": "items",
      "pageTokenParam": "page_token",
      "pageSizeParam": "page_size",
      "in": "query"
    },
    "body": {
      "mediaType": "application/json",
      "required": false
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat:read"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "user_id_type=user_id",
          "fields": [
            "owner_id"
          ]
        }
      ]
    },
    "rateLimit": {
      "documented": false,
      "note": "No source gives this API's rate limit; the per-app limit of the v1 chat APIs (1000 per minute, 50 per second) is a likely but unverified guess, so no number is stated.",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers (the platform's rule for every API)"
    },
    "errorCodes": [
      {
        "name": "invalidParameter",
        "code": 232001,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "invalid request parameter (参数错误)",
        "action": "fix the request; no retry"
      },
      {
        "name": "appNotExist",
        "code": 232004,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Such an app does NOT exist.",
        "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
        "action": "contact support; no retry"
      },
      {
        "name": "botNotActivated",
        "code": 232025,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Bot ability is not activated.",
        "meaning": "bot ability is not activated (应用未启用机器人能力)",
        "action": "enable the bot ability and publish the app"
      },
      {
        "name": "appUnavailable",
        "code": 232034,
        "retryable": false,
        "httpStatus": 400,
        "msg": "The app is unavailable or inactivated by the tenant.",
        "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
        "action": "install the app"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      },
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      }
    ],
    "query": {
      "user_id_type": {
        "default": "open_id"
      },
      "page_size": {
        "default": 20
      },
      "page_token": {}
    },
    "idempotent": false
  },
  "listMessages": {
    "operationId": "listMessages",
    "method": "GET",
    "path": "/open-apis/im/v1/messages",
    "pathParams": [],
    "schemas": {
      "query": "listMessages.query",
      "response": "listMessages.response"
    },
    "responses": {
      "200": {
        "success": "listMessages.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "pagination": {
      "itemsKey": "items",
      "pageTokenParam": "page_token",
      "pageSizeParam": "page_size",
      "in": "query"
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:message",
        "im:message:readonly",
        "im:message.history:readonly"
      ],
      "fields": [
        {
          "scope": "im:message.group_msg",
          "when": "container_id_type=chat and the chat is a group",
          "fields": [
            "items"
          ]
        }
      ]
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "messageInvalidParameter",
        "code": 230001,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "an invalid parameter; the cause follows `ext=` in msg (参数错误)",
        "action": "fix the request"
      },
      {
        "name": "botNotInChat",
        "code": 230002,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot/User can NOT be out of the chat.",
        "meaning": "the bot is not in the target chat (机器人不在群组中)",
        "action": "add the bot to the chat, or send elsewhere",
        "x-erratum": {
          "doc": "The send page gives the message as \"The bot can not be outside the group.\"",
          "decision": "msg is the wording the platform sends, \"Bot/User can NOT be out of the chat.\"; match on code, never on msg.",
          "evidence": "The official CLI (shortcuts/im/im_errors.go, botNotInChatCode = 230002) and its test fixture carry the live wording, as do many third-party logs."
        }
      },
      {
        "name": "messageBotNotActivated",
        "code": 230006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot ability is not activated.",
        "meaning": "the app's bot ability is off or not published (应用未启用机器人能力)",
        "action": "enable the bot ability and publish a version"
      },
      {
        "name": "messagePermissionMissing",
        "code": 230027,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Lack of necessary permissions.",
        "meaning": "a scope or the user's authorization is missing",
        "or an external chat without external sharing": null,
        "action": "add the scope or authorization"
      },
      {
        "name": "threadInvisible",
        "code": 230073,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The thread is invisible to the operator.",
        "meaning": "the thread was created before the caller joined, with history hidden from new members",
        "action": "subscribe to the thread or list another"
      },
      {
        "name": "messageDeleted",
        "code": 230110,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Action unavailable as the message has been deleted.",
        "meaning": "the message was deleted (无法获取已经被删除的消息)",
        "action": "do not act on a deleted message"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      }
    ],
    "query": {
      "container_id_type": {},
      "container_id": {},
      "start_time": {},
      "end_time": {},
      "sort_type": {
        "default": "ByCreateTimeAsc"
      },
      "page_size": {
        "default": 20
      },
      "page_token": {},
      "card_msg_content_type": {},
      "only_thread_root_messages": {},
      "with_sender_name": {}
    },
    "idempotent": true
  },
  "createMessage": {
    "operationId": "createMessage",
    "method": "POST",
    "path": "/open-apis/im/v1/messages",
    "pathParams": [],
    "schemas": {
      "query": "createMessage.query",
      "body": "createMessage.body",
      "response": "createMessage.response"
    },
    "responses": {
      "200": {
        "success": "createMessage.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "body": {
      "mediaType": "application/json",
      "required": true
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:message",
        "im:message:send_as_bot",
        "im:message:send"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "receive_id_type=user_id",
          "fields": [
            "receive_id"
          ]
        },
        {
          "scope": "im:message:send_sys_msg",
          "when": "msg_type=system",
          "fields": [
            "content"
          ]
        }
      ]
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers",
      "perRecipientPerSecond": 5,
      "perRecipientScope": "per receiving user; per receiving chat, shared by all bots in that chat",
      "whenRecipientExceeded": "code 230020 (inferred; the page documents the limit and the code, not which answers the other)"
    },
    "errorCodes": [
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "messageInvalidParameter",
        "code": 230001,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "an invalid parameter; the cause follows `ext=` in msg (参数错误)",
        "action": "fix the request"
      },
      {
        "name": "botNotInChat",
        "code": 230002,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot/User can NOT be out of the chat.",
        "meaning": "the bot is not in the target chat (机器人不在群组中)",
        "action": "add the bot to the chat, or send elsewhere",
        "x-erratum": {
          "doc": "The send page gives the message as \"The bot can not be outside the group.\"",
          "decision": "msg is the wording the platform sends, \"Bot/User can NOT be out of the chat.\"; match on code, never on msg.",
          "evidence": "The official CLI (shortcuts/im/im_errors.go, botNotInChatCode = 230002) and its test fixture carry the live wording, as do many third-party logs."
        }
      },
      {
        "name": "messageBotNotActivated",
        "code": 230006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot ability is not activated.",
        "meaning": "the app's bot ability is off or not published (应用未启用机器人能力)",
        "action": "enable the bot ability and publish a version"
      },
      {
        "name": "recipientUnavailable",
        "code": 230013,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot has NO availability to this user.",
        "meaning": "the user is outside the app's availability range",
        "disabled or resigned (用户不在应用可用范围内)": null,
        "action": "widen the availability range or pick another recipient"
      },
      {
        "name": "p2pChatNotShareable",
        "code": 230015,
        "httpStatus": 400,
        "retryable": false,
        "msg": "P2P chat can NOT be shared.",
        "meaning": "share_chat of a p2p chat",
        "action": "share a group chat"
      },
      {
        "name": "resourceNotOwnedByBot",
        "code": 230017,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot is NOT the owner of the resource.",
        "meaning": "the image or file was not uploaded by this bot",
        "action": "upload it with this app's IM upload API"
      },
      {
        "name": "chatSettingsForbid",
        "code": 230018,
        "httpStatus": 400,
        "retryable": false,
        "msg": "These operations are NOT allowed at current group settings.",
        "meaning": "the chat's settings forbid it (e.g. only some members may speak)",
        "action": "change the chat's settings"
      },
      {
        "name": "topicNotFound",
        "code": 230019,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The topic does NOT exist.",
        "meaning": "the topic (thread) does not exist",
        "action": "check the target"
      },
      {
        "name": "messageRateLimited",
        "code": 230020,
        "httpStatus": 400,
        "retryable": true,
        "msg": "This operation triggers the frequency limit.",
        "meaning": "a message frequency limit was hit (e.g. 5 per second to one user or chat)",
        "action": "wait",
        "then retry (bounded; only a send with a uuid is safe to retry)": null
      },
      {
        "name": "sensitiveContent",
        "code": 230022,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The content of the message contains sensitive information.",
        "meaning": "the content holds sensitive words",
        "action": "change the content"
      },
      {
        "name": "contentTooLong",
        "code": 230025,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The length of the message content reaches its limit.",
        "meaning": "the content is too long (text over 150 KB, card or post over 30 KB; a template counts its data)",
        "action": "shorten the content"
      },
      {
        "name": "messagePermissionMissing",
        "code": 230027,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Lack of necessary permissions.",
        "meaning": "a scope or the user's authorization is missing",
        "or an external chat without external sharing": null,
        "action": "add the scope or authorization"
      },
      {
        "name": "auditFailed",
        "code": 230028,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The messages do NOT pass the audit.",
        "meaning": "blocked by data-loss prevention (e.g. a plaintext phone number or email)",
        "action": "change the content"
      },
      {
        "name": "userResigned",
        "code": 230029,
        "httpStatus": 400,
        "retryable": false,
        "msg": "User has resigned.",
        "meaning": "the recipient has resigned",
        "action": "pick another recipient"
      },
      {
        "name": "receiveIdInvalid",
        "code": 230034,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The receive_id is invalid.",
        "meaning": "receive_id does not match receive_id_type",
        "action": "send the id of the kind in receive_id_type"
      },
      {
        "name": "sendPermissionDenied",
        "code": 230035,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Send Message Permission deny.",
        "meaning": "muted chat, blocked by the recipient, or a tenant policy",
        "action": "check the chat's and tenant's settings"
      },
      {
        "name": "tenantCryptKeyDeleted",
        "code": 230036,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Tenant crypt key has been deleted.",
        "meaning": "the tenant's encryption key was deleted",
        "action": "contact the tenant's administrator"
      },
      {
        "name": "crossTenantP2pForbidden",
        "code": 230038,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Cross tenant p2p chat operate forbid.",
        "meaning": "a p2p message across tenants is not allowed",
        "action": "pick a recipient of the same tenant"
      },
      {
        "name": "messageBeingSent",
        "code": 230049,
        "httpStatus": 400,
        "retryable": true,
        "msg": "The message is being sent.",
        "meaning": "the same message is still being sent",
        "action": "retry later with the same uuid (inferred: the page gives no advice)"
      },
      {
        "name": "botBlockedByUser",
        "code": 230053,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The user has stopped the bot from sending messages.",
        "meaning": "the user turned off messages from this bot",
        "action": "do not send to this user"
      },
      {
        "name": "msgTypeUnavailableInConnectGroup",
        "code": 230054,
        "httpStatus": 400,
        "retryable": false,
        "msg": "This type of message is unavailable in the connection group.",
        "meaning": "this msg_type is not allowed in a connected group (e.g. cards in a private connected group)",
        "action": "send another msg_type"
      },
      {
        "name": "fileTypeMismatch",
        "code": 230055,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The type of file upload does not match the type of message being sent.",
        "meaning": "the uploaded file's type does not fit msg_type",
        "action": "upload the file with the matching file_type"
      },
      {
        "name": "encryptedSendUnsupported",
        "code": 230075,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Sending encrypted messages is not supported.",
        "meaning": "sending into an encrypted chat is not supported",
        "action": "send elsewhere"
      },
      {
        "name": "cardContentInvalid",
        "code": 230099,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Failed to create card content.",
        "meaning": "the card cannot be built; the cause is the sub-code in msg (ext=ErrCode: N; ErrMsg: …), e.g. 200621 card JSON parse error, 200380 template not published, 11310 template not visible or too many components",
        "action": "fix the card or template as the sub-code says"
      },
      {
        "name": "chatDissolved",
        "code": 232009,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat which has already been dissolved.",
        "meaning": "the chat has been dissolved (群已被解散)",
        "action": "stop using this chat"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      }
    ],
    "query": {
      "receive_id_type": {}
    },
    "idempotent": false,
    "idempotencyKey": {
      "in": "body",
      "name": "uuid",
      "window": "1 hour"
    }
  },
  "getMessage": {
    "operationId": "getMessage",
    "method": "GET",
    "path": "/open-apis/im/v1/messages/{message_id}",
    "pathParams": [
      "message_id"
    ],
    "schemas": {
      "path": "getMessage.path",
      "query": "getMessage.query",
      "response": "getMessage.response"
    },
    "responses": {
      "200": {
        "success": "getMessage.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:message",
        "im:message:readonly"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "user_id_type=user_id",
          "fields": [
            "sender.id",
            "mentions.id"
          ]
        }
      ]
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "messageInvalidParameter",
        "code": 230001,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "an invalid parameter; the cause follows `ext=` in msg (参数错误)",
        "action": "fix the request"
      },
      {
        "name": "botNotInChat",
        "code": 230002,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot/User can NOT be out of the chat.",
        "meaning": "the bot is not in the target chat (机器人不在群组中)",
        "action": "add the bot to the chat, or send elsewhere",
        "x-erratum": {
          "doc": "The send page gives the message as \"The bot can not be outside the group.\"",
          "decision": "msg is the wording the platform sends, \"Bot/User can NOT be out of the chat.\"; match on code, never on msg.",
          "evidence": "The official CLI (shortcuts/im/im_errors.go, botNotInChatCode = 230002) and its test fixture carry the live wording, as do many third-party logs."
        }
      },
      {
        "name": "messageBotNotActivated",
        "code": 230006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot ability is not activated.",
        "meaning": "the app's bot ability is off or not published (应用未启用机器人能力)",
        "action": "enable the bot ability and publish a version"
      },
      {
        "name": "recipientUnavailable",
        "code": 230013,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot has NO availability to this user.",
        "meaning": "the user is outside the app's availability range",
        "disabled or resigned (用户不在应用可用范围内)": null,
        "action": "widen the availability range or pick another recipient"
      },
      {
        "name": "messagePermissionMissing",
        "code": 230027,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Lack of necessary permissions.",
        "meaning": "a scope or the user's authorization is missing",
        "or an external chat without external sharing": null,
        "action": "add the scope or authorization"
      },
      {
        "name": "messageInvisible",
        "code": 230050,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The message is invisible to the operator.",
        "meaning": "the target message is invisible to the caller",
        "action": "act as a caller who can see it"
      },
      {
        "name": "messageDeleted",
        "code": 230110,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Action unavailable as the message has been deleted.",
        "meaning": "the message was deleted (无法获取已经被删除的消息)",
        "action": "do not act on a deleted message"
      },
      {
        "name": "messageNotFound",
        "code": 99992354,
        "httpStatus": 400,
        "retryable": false,
        "meaning": "the message_id does not exist, or is not an `om_` id (observed in third-party logs for reply, PATCH, get and reactions; no doc page lists it)",
        "action": "check the message id",
        "x-source": "observed (third-party logs and code; the msg text varies, e.g. \"these ids not existed\", \"message not found\")"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      }
    ],
    "query": {
      "user_id_type": {
        "default": "open_id"
      },
      "card_msg_content_type": {},
      "with_sender_name": {}
    },
    "idempotent": true
  },
  "patchMessage": {
    "operationId": "patchMessage",
    "method": "PATCH",
    "path": "/open-apis/im/v1/messages/{message_id}",
    "pathParams": [
      "message_id"
    ],
    "schemas": {
      "path": "patchMessage.path",
      "body": "patchMessage.body",
      "response": "patchMessage.response"
    },
    "responses": {
      "200": {
        "success": "patchMessage.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "body": {
      "mediaType": "application/json",
      "required": true
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:message",
        "im:message:send_as_bot",
        "im:message:update"
      ],
      "fields": []
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers",
      "perMessagePerSecond": 5,
      "whenMessageExceeded": "code 230020 (inferred; the page documents the 5-per-second limit per message)"
    },
    "errorCodes": [
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "messageInvalidParameter",
        "code": 230001,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "an invalid parameter; the cause follows `ext=` in msg (参数错误)",
        "action": "fix the request"
      },
      {
        "name": "messageBotNotActivated",
        "code": 230006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot ability is not activated.",
        "meaning": "the app's bot ability is off or not published (应用未启用机器人能力)",
        "action": "enable the bot ability and publish a version"
      },
      {
        "name": "messageRecalled",
        "code": 230011,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The message is recalled.",
        "meaning": "the target message was recalled (消息已被撤回)",
        "action": "do not act on a recalled message"
      },
      {
        "name": "recipientUnavailable",
        "code": 230013,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot has NO availability to this user.",
        "meaning": "the user is outside the app's availability range",
        "disabled or resigned (用户不在应用可用范围内)": null,
        "action": "widen the availability range or pick another recipient"
      },
      {
        "name": "messageRateLimited",
        "code": 230020,
        "httpStatus": 400,
        "retryable": true,
        "msg": "This operation triggers the frequency limit.",
        "meaning": "a message frequency limit was hit (e.g. 5 per second to one user or chat)",
        "action": "wait",
        "then retry (bounded; only a send with a uuid is safe to retry)": null
      },
      {
        "name": "contentTooLong",
        "code": 230025,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The length of the message content reaches its limit.",
        "meaning": "the content is too long (text over 150 KB, card or post over 30 KB; a template counts its data)",
        "action": "shorten the content"
      },
      {
        "name": "messagePermissionMissing",
        "code": 230027,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Lack of necessary permissions.",
        "meaning": "a scope or the user's authorization is missing",
        "or an external chat without external sharing": null,
        "action": "add the scope or authorization"
      },
      {
        "name": "auditFailed",
        "code": 230028,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The messages do NOT pass the audit.",
        "meaning": "blocked by data-loss prevention (e.g. a plaintext phone number or email)",
        "action": "change the content"
      },
      {
        "name": "messageEditWindowPassed",
        "code": 230031,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Message can only be modified within 14 days after sending.",
        "meaning": "the card was sent more than 14 days ago",
        "action": "send a new card"
      },
      {
        "name": "cardContentInvalid",
        "code": 230099,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Failed to create card content.",
        "meaning": "the card cannot be built; the cause is the sub-code in msg (ext=ErrCode: N; ErrMsg: …), e.g. 200621 card JSON parse error, 200380 template not published, 11310 template not visible or too many components",
        "action": "fix the card or template as the sub-code says"
      },
      {
        "name": "messageDeleted",
        "code": 230110,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Action unavailable as the message has been deleted.",
        "meaning": "the message was deleted (无法获取已经被删除的消息)",
        "action": "do not act on a deleted message"
      },
      {
        "name": "chatDissolved",
        "code": 232009,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat which has already been dissolved.",
        "meaning": "the chat has been dissolved (群已被解散)",
        "action": "stop using this chat"
      },
      {
        "name": "messageNotFound",
        "code": 99992354,
        "httpStatus": 400,
        "retryable": false,
        "meaning": "the message_id does not exist, or is not an `om_` id (observed in third-party logs for reply, PATCH, get and reactions; no doc page lists it)",
        "action": "check the message id",
        "x-source": "observed (third-party logs and code; the msg text varies, e.g. \"these ids not existed\", \"message not found\")"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      }
    ],
    "query": {},
    "idempotent": false
  },
  "replyMessage": {
    "operationId": "replyMessage",
    "method": "POST",
    "path": "/open-apis/im/v1/messages/{message_id}/reply",
    "pathParams": [
      "message_id"
    ],
    "schemas": {
      "path": "replyMessage.path",
      "body": "replyMessage.body",
      "response": "replyMessage.response"
    },
    "responses": {
      "200": {
        "success": "replyMessage.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "body": {
      "mediaType": "application/json",
      "required": true
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:message",
        "im:message:send_as_bot",
        "im:message:send"
      ],
      "fields": []
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers",
      "perRecipientPerSecond": 5,
      "perRecipientScope": "per receiving user; per receiving chat, shared by all bots in that chat",
      "whenRecipientExceeded": "code 230020 (inferred)"
    },
    "errorCodes": [
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "messageInvalidParameter",
        "code": 230001,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "an invalid parameter; the cause follows `ext=` in msg (参数错误)",
        "action": "fix the request"
      },
      {
        "name": "botNotInChat",
        "code": 230002,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot/User can NOT be out of the chat.",
        "meaning": "the bot is not in the target chat (机器人不在群组中)",
        "action": "add the bot to the chat, or send elsewhere",
        "x-erratum": {
          "doc": "The send page gives the message as \"The bot can not be outside the group.\"",
          "decision": "msg is the wording the platform sends, \"Bot/User can NOT be out of the chat.\"; match on code, never on msg.",
          "evidence": "The official CLI (shortcuts/im/im_errors.go, botNotInChatCode = 230002) and its test fixture carry the live wording, as do many third-party logs."
        }
      },
      {
        "name": "messageBotNotActivated",
        "code": 230006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot ability is not activated.",
        "meaning": "the app's bot ability is off or not published (应用未启用机器人能力)",
        "action": "enable the bot ability and publish a version"
      },
      {
        "name": "messageRecalled",
        "code": 230011,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The message is recalled.",
        "meaning": "the target message was recalled (消息已被撤回)",
        "action": "do not act on a recalled message"
      },
      {
        "name": "recipientUnavailable",
        "code": 230013,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot has NO availability to this user.",
        "meaning": "the user is outside the app's availability range",
        "disabled or resigned (用户不在应用可用范围内)": null,
        "action": "widen the availability range or pick another recipient"
      },
      {
        "name": "p2pChatNotShareable",
        "code": 230015,
        "httpStatus": 400,
        "retryable": false,
        "msg": "P2P chat can NOT be shared.",
        "meaning": "share_chat of a p2p chat",
        "action": "share a group chat"
      },
      {
        "name": "resourceNotOwnedByBot",
        "code": 230017,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot is NOT the owner of the resource.",
        "meaning": "the image or file was not uploaded by this bot",
        "action": "upload it with this app's IM upload API"
      },
      {
        "name": "chatSettingsForbid",
        "code": 230018,
        "httpStatus": 400,
        "retryable": false,
        "msg": "These operations are NOT allowed at current group settings.",
        "meaning": "the chat's settings forbid it (e.g. only some members may speak)",
        "action": "change the chat's settings"
      },
      {
        "name": "topicNotFound",
        "code": 230019,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The topic does NOT exist.",
        "meaning": "the topic (thread) does not exist",
        "action": "check the target"
      },
      {
        "name": "messageRateLimited",
        "code": 230020,
        "httpStatus": 400,
        "retryable": true,
        "msg": "This operation triggers the frequency limit.",
        "meaning": "a message frequency limit was hit (e.g. 5 per second to one user or chat)",
        "action": "wait",
        "then retry (bounded; only a send with a uuid is safe to retry)": null
      },
      {
        "name": "sensitiveContent",
        "code": 230022,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The content of the message contains sensitive information.",
        "meaning": "the content holds sensitive words",
        "action": "change the content"
      },
      {
        "name": "contentTooLong",
        "code": 230025,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The length of the message content reaches its limit.",
        "meaning": "the content is too long (text over 150 KB, card or post over 30 KB; a template counts its data)",
        "action": "shorten the content"
      },
      {
        "name": "messagePermissionMissing",
        "code": 230027,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Lack of necessary permissions.",
        "meaning": "a scope or the user's authorization is missing",
        "or an external chat without external sharing": null,
        "action": "add the scope or authorization"
      },
      {
        "name": "auditFailed",
        "code": 230028,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The messages do NOT pass the audit.",
        "meaning": "blocked by data-loss prevention (e.g. a plaintext phone number or email)",
        "action": "change the content"
      },
      {
        "name": "sendPermissionDenied",
        "code": 230035,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Send Message Permission deny.",
        "meaning": "muted chat, blocked by the recipient, or a tenant policy",
        "action": "check the chat's and tenant's settings"
      },
      {
        "name": "crossTenantP2pForbidden",
        "code": 230038,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Cross tenant p2p chat operate forbid.",
        "meaning": "a p2p message across tenants is not allowed",
        "action": "pick a recipient of the same tenant"
      },
      {
        "name": "messageBeingSent",
        "code": 230049,
        "httpStatus": 400,
        "retryable": true,
        "msg": "The message is being sent.",
        "meaning": "the same message is still being sent",
        "action": "retry later with the same uuid (inferred: the page gives no advice)"
      },
      {
        "name": "messageInvisible",
        "code": 230050,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The message is invisible to the operator.",
        "meaning": "the target message is invisible to the caller",
        "action": "act as a caller who can see it"
      },
      {
        "name": "replyTargetUnsupported",
        "code": 230054,
        "httpStatus": 400,
        "retryable": false,
        "msg": "This operation is not supported for this message type.",
        "meaning": "the target message's type cannot be replied to (the mock: a system message)",
        "action": "reply to another message"
      },
      {
        "name": "fileTypeMismatch",
        "code": 230055,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The type of file upload does not match the type of message being sent.",
        "meaning": "the uploaded file's type does not fit msg_type",
        "action": "upload the file with the matching file_type"
      },
      {
        "name": "threadReplyUnsupported",
        "code": 230071,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The group to which the message belongs does not support reply in thread.",
        "meaning": "reply_in_thread is not allowed in this chat (the mock: a p2p chat)",
        "action": "reply without reply_in_thread"
      },
      {
        "name": "aggregatedThreadReplyUnsupported",
        "code": 230072,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Aggregated messages do not support reply in thread.",
        "meaning": "a merge-forward (aggregated) message cannot get a thread reply",
        "action": "reply without reply_in_thread"
      },
      {
        "name": "encryptedSendUnsupported",
        "code": 230075,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Sending encrypted messages is not supported.",
        "meaning": "sending into an encrypted chat is not supported",
        "action": "send elsewhere"
      },
      {
        "name": "cardContentInvalid",
        "code": 230099,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Failed to create card content.",
        "meaning": "the card cannot be built; the cause is the sub-code in msg (ext=ErrCode: N; ErrMsg: …), e.g. 200621 card JSON parse error, 200380 template not published, 11310 template not visible or too many components",
        "action": "fix the card or template as the sub-code says"
      },
      {
        "name": "messageSelfDestructing",
        "code": 230111,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Action unavailable as the message will self-destruct soon.",
        "meaning": "the target message will self-destruct soon",
        "action": "do not act on it"
      },
      {
        "name": "chatDissolved",
        "code": 232009,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat which has already been dissolved.",
        "meaning": "the chat has been dissolved (群已被解散)",
        "action": "stop using this chat"
      },
      {
        "name": "messageNotFound",
        "code": 99992354,
        "httpStatus": 400,
        "retryable": false,
        "meaning": "the message_id does not exist, or is not an `om_` id (observed in third-party logs for reply, PATCH, get and reactions; no doc page lists it)",
        "action": "check the message id",
        "x-source": "observed (third-party logs and code; the msg text varies, e.g. \"these ids not existed\", \"message not found\")"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      }
    ],
    "query": {},
    "idempotent": false,
    "idempotencyKey": {
      "in": "body",
      "name": "uuid",
      "window": "1 hour"
    }
  },
  "listReactions": {
    "operationId": "listReactions",
    "method": "GET",
    "path": "/open-apis/im/v1/messages/{message_id}/reactions",
    "pathParams": [
      "message_id"
    ],
    "schemas": {
      "path": "listReactions.path",
      "query": "listReactions.query",
      "response": "listReactions.response"
    },
    "responses": {
      "200": {
        "success": "listReactions.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "pagination": {
      "itemsKey": "items",
      "pageTokenParam": "page_token",
      "pageSizeParam": "page_size",
      "in": "query"
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:message.reactions:read",
        "im:message:readonly"
      ],
      "fields": []
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "messageInvalidParameter",
        "code": 230001,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "an invalid parameter; the cause follows `ext=` in msg (参数错误)",
        "action": "fix the request"
      },
      {
        "name": "messageDeleted",
        "code": 230110,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Action unavailable as the message has been deleted.",
        "meaning": "the message was deleted (无法获取已经被删除的消息)",
        "action": "do not act on a deleted message"
      },
      {
        "name": "reactionTypeInvalid",
        "code": 231001,
        "httpStatus": 400,
        "retryable": false,
        "msg": "reaction type is invalid.",
        "meaning": "emoji_type is not one of the documented names (see EmojiType x-known-values)",
        "action": "use a documented emoji_type"
      },
      {
        "name": "reactionMessageNotFound",
        "code": 231003,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The message is not found, maybe not exist or deleted.",
        "meaning": "the message does not exist or was recalled",
        "action": "check the message id"
      },
      {
        "name": "reactionNoAccess",
        "code": 231008,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator has no access to the message.",
        "meaning": "the caller has no access to the message",
        "action": "act as a member of its chat"
      },
      {
        "name": "reactionPageTokenInvalid",
        "code": 231012,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The request has an invalid pageToken.",
        "meaning": "page_token was not issued for this list",
        "action": "start again without page_token"
      },
      {
        "name": "reactionAuthTypeInvalid",
        "code": 231013,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The request has an invalid AuthType.",
        "meaning": "the token is neither a tenant nor a user access token",
        "action": "use a tenant or user access token"
      },
      {
        "name": "reactionMessageInvisible",
        "code": 231018,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The message is invisible to the operator.",
        "meaning": "the message is invisible to the caller",
        "action": "act as a caller who can see it"
      },
      {
        "name": "reactionUserIdTypeInvalid",
        "code": 231014,
        "httpStatus": 400,
        "retryable": false,
        "msg": "user_id_type is invalid.",
        "meaning": "user_id_type is not open_id, union_id or user_id",
        "action": "fix user_id_type"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      }
    ],
    "query": {
      "reaction_type": {},
      "page_token": {},
      "page_size": {
        "default": 20
      },
      "user_id_type": {
        "default": "open_id"
      }
    },
    "idempotent": true
  },
  "createReaction": {
    "operationId": "createReaction",
    "method": "POST",
    "path": "/open-apis/im/v1/messages/{message_id}/reactions",
    "pathParams": [
      "message_id"
    ],
    "schemas": {
      "path": "createReaction.path",
      "body": "createReaction.body",
      "response": "createReaction.response"
    },
    "responses": {
      "200": {
        "success": "createReaction.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "body": {
      "mediaType": "application/json",
      "required": true
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:message",
        "im:message.reactions:write_only"
      ],
      "fields": []
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "messageDeleted",
        "code": 230110,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Action unavailable as the message has been deleted.",
        "meaning": "the message was deleted (无法获取已经被删除的消息)",
        "action": "do not act on a deleted message"
      },
      {
        "name": "reactionTypeInvalid",
        "code": 231001,
        "httpStatus": 400,
        "retryable": false,
        "msg": "reaction type is invalid.",
        "meaning": "emoji_type is not one of the documented names (see EmojiType x-known-values)",
        "action": "use a documented emoji_type"
      },
      {
        "name": "reactionMessageNotFound",
        "code": 231003,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The message is not found, maybe not exist or deleted.",
        "meaning": "the message does not exist or was recalled",
        "action": "check the message id"
      },
      {
        "name": "reactionNoAccess",
        "code": 231008,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator has no access to the message.",
        "meaning": "the caller has no access to the message",
        "action": "act as a member of its chat"
      },
      {
        "name": "reactionPageTokenInvalid",
        "code": 231012,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The request has an invalid pageToken.",
        "meaning": "page_token was not issued for this list",
        "action": "start again without page_token"
      },
      {
        "name": "reactionAuthTypeInvalid",
        "code": 231013,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The request has an invalid AuthType.",
        "meaning": "the token is neither a tenant nor a user access token",
        "action": "use a tenant or user access token"
      },
      {
        "name": "reactionMessageInvisible",
        "code": 231018,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The message is invisible to the operator.",
        "meaning": "the message is invisible to the caller",
        "action": "act as a caller who can see it"
      },
      {
        "name": "reactionNoPermission",
        "code": 231002,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator has no permission to react on the specific message.",
        "meaning": "the caller is not in the message's chat",
        "action": "add the bot or user to the chat"
      },
      {
        "name": "reactionChatNotFound",
        "code": 231004,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The chat in which the message exists is not found, maybe not exist, deleted or archived.",
        "meaning": "the message's chat is gone",
        "action": "stop using this message"
      },
      {
        "name": "reactionThreadRemoved",
        "code": 231005,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The thread has been no-trace removed, cannot put reaction.",
        "meaning": "the thread was removed",
        "action": "stop using this message"
      },
      {
        "name": "reactionRepeatedProcessing",
        "code": 231015,
        "httpStatus": 400,
        "retryable": true,
        "msg": "Act on reaction failed, repeated request is processing.",
        "meaning": "the same reaction request is still being processed (a concurrent duplicate)",
        "action": "retry later"
      },
      {
        "name": "reactionBlockedByUser",
        "code": 231019,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Due to the settings of this user, you are temporarily unable to perform this operation.",
        "meaning": "the message's sender blocked the caller",
        "action": "do not react"
      },
      {
        "name": "reactionTenantForbidden",
        "code": 231020,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Due to the configuration of the tenant administrator, you cannot perform this operation on the target user temporarily.",
        "meaning": "a tenant policy forbids it",
        "action": "ask the tenant administrator"
      },
      {
        "name": "reactionExternalChatForbidden",
        "code": 231021,
        "httpStatus": 400,
        "retryable": false,
        "msg": "No permission to operate external chats.",
        "meaning": "the chat is external and the app may not act there",
        "action": "enable external sharing"
      },
      {
        "name": "reactionBotUnavailable",
        "code": 231022,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot has NO availability to this user.",
        "meaning": "the user is outside the app's availability range",
        "action": "widen the availability range"
      },
      {
        "name": "reactionOperatorInvalid",
        "code": 231006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator_id is invalid.",
        "meaning": "the operator id is invalid",
        "action": "check the token"
      },
      {
        "name": "reactionMessageTypeUnsupported",
        "code": 231017,
        "httpStatus": 400,
        "retryable": false,
        "msg": "This operation is not supported for this message type.",
        "meaning": "this message type takes no reactions (e.g. system messages)",
        "action": "react to another message"
      },
      {
        "name": "chatDissolved",
        "code": 232009,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat which has already been dissolved.",
        "meaning": "the chat has been dissolved (群已被解散)",
        "action": "stop using this chat"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      }
    ],
    "query": {},
    "idempotent": false
  },
  "deleteReaction": {
    "operationId": "deleteReaction",
    "method": "DELETE",
    "path": "/open-apis/im/v1/messages/{message_id}/reactions/{reaction_id}",
    "pathParams": [
      "message_id",
      "reaction_id"
    ],
    "schemas": {
      "path": "deleteReaction.path",
      "response": "deleteReaction.response"
    },
    "responses": {
      "200": {
        "success": "deleteReaction.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:message",
        "im:message.reactions:write_only"
      ],
      "fields": []
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "messageDeleted",
        "code": 230110,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Action unavailable as the message has been deleted.",
        "meaning": "the message was deleted (无法获取已经被删除的消息)",
        "action": "do not act on a deleted message"
      },
      {
        "name": "reactionTypeInvalid",
        "code": 231001,
        "httpStatus": 400,
        "retryable": false,
        "msg": "reaction type is invalid.",
        "meaning": "emoji_type is not one of the documented names (see EmojiType x-known-values)",
        "action": "use a documented emoji_type"
      },
      {
        "name": "reactionNoPermission",
        "code": 231002,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator has no permission to react on the specific message.",
        "meaning": "the caller is not in the message's chat",
        "action": "add the bot or user to the chat"
      },
      {
        "name": "reactionMessageNotFound",
        "code": 231003,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The message is not found, maybe not exist or deleted.",
        "meaning": "the message does not exist or was recalled",
        "action": "check the message id"
      },
      {
        "name": "reactionChatNotFound",
        "code": 231004,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The chat in which the message exists is not found, maybe not exist, deleted or archived.",
        "meaning": "the message's chat is gone",
        "action": "stop using this message"
      },
      {
        "name": "reactionThreadRemoved",
        "code": 231005,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The thread has been no-trace removed, cannot put reaction.",
        "meaning": "the thread was removed",
        "action": "stop using this message"
      },
      {
        "name": "reactionDeleteForbidden",
        "code": 231007,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator has no permission to delete this reaction.",
        "meaning": "the reaction was put by someone else",
        "action": "delete only your own reactions"
      },
      {
        "name": "reactionNoAccess",
        "code": 231008,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator has no access to the message.",
        "meaning": "the caller has no access to the message",
        "action": "act as a member of its chat"
      },
      {
        "name": "reactionNotOfMessage",
        "code": 231010,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The reaction does not belong to the message.",
        "meaning": "the reaction_id is of another message",
        "action": "pair the reaction with its message"
      },
      {
        "name": "reactionIdInvalid",
        "code": 231011,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The request has an invalid reaction_id.",
        "meaning": "the reaction_id is unknown",
        "action": "list the message's reactions for their ids"
      },
      {
        "name": "reactionPageTokenInvalid",
        "code": 231012,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The request has an invalid pageToken.",
        "meaning": "page_token was not issued for this list",
        "action": "start again without page_token"
      },
      {
        "name": "reactionAuthTypeInvalid",
        "code": 231013,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The request has an invalid AuthType.",
        "meaning": "the token is neither a tenant nor a user access token",
        "action": "use a tenant or user access token"
      },
      {
        "name": "reactionRepeatedProcessing",
        "code": 231015,
        "httpStatus": 400,
        "retryable": true,
        "msg": "Act on reaction failed, repeated request is processing.",
        "meaning": "the same reaction request is still being processed (a concurrent duplicate)",
        "action": "retry later"
      },
      {
        "name": "reactionMessageInvisible",
        "code": 231018,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The message is invisible to the operator.",
        "meaning": "the message is invisible to the caller",
        "action": "act as a caller who can see it"
      },
      {
        "name": "reactionBlockedByUser",
        "code": 231019,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Due to the settings of this user, you are temporarily unable to perform this operation.",
        "meaning": "the message's sender blocked the caller",
        "action": "do not react"
      },
      {
        "name": "reactionTenantForbidden",
        "code": 231020,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Due to the configuration of the tenant administrator, you cannot perform this operation on the target user temporarily.",
        "meaning": "a tenant policy forbids it",
        "action": "ask the tenant administrator"
      },
      {
        "name": "reactionExternalChatForbidden",
        "code": 231021,
        "httpStatus": 400,
        "retryable": false,
        "msg": "No permission to operate external chats.",
        "meaning": "the chat is external and the app may not act there",
        "action": "enable external sharing"
      },
      {
        "name": "reactionBotUnavailable",
        "code": 231022,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot has NO availability to this user.",
        "meaning": "the user is outside the app's availability range",
        "action": "widen the availability range"
      },
      {
        "name": "chatDissolved",
        "code": 232009,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat which has already been dissolved.",
        "meaning": "the chat has been dissolved (群已被解散)",
        "action": "stop using this chat"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      }
    ],
    "query": {},
    "idempotent": true
  },
  "uploadImage": {
    "operationId": "uploadImage",
    "method": "POST",
    "path": "/open-apis/im/v1/images",
    "pathParams": [],
    "schemas": {
      "body": "uploadImage.body",
      "response": "uploadImage.response"
    },
    "responses": {
      "200": {
        "success": "uploadImage.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "401": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "body": {
      "mediaType": "multipart/form-data",
      "required": true,
      "parts": [
        {
          "name": "image_type",
          "kind": "text",
          "type": "string",
          "required": true
        },
        {
          "name": "image",
          "kind": "binary",
          "required": true,
          "maxBytes": 10485760,
          "minBytes": 1,
          "formats": [
            "jpeg",
            "png",
            "webp",
            "gif",
            "bmp",
            "ico",
            "tiff",
            "heic"
          ],
          "maxDimensions": {
            "default": 12000,
            "gif": 2000,
            "avatar": 4096
          }
        }
      ]
    },
    "tokenTypes": [
      "tenant"
    ],
    "observedTokenTypes": [
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:resource",
        "im:resource:upload"
      ],
      "fields": []
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "uploadMetaStopped",
        "code": 232096,
        "httpStatus": 400,
        "retryable": true,
        "msg": "Meta writing has stopped, please try again later.",
        "meaning": "the platform's storage is paused",
        "action": "retry later"
      },
      {
        "name": "uploadInvalidParameter",
        "code": 234001,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Invalid request param.",
        "meaning": "a form field is missing or invalid (image_type",
        "file_type": null,
        "file_name) or the body is not a well-formed multipart form": null,
        "action": "fix the form",
        "invalidParameter": true
      },
      {
        "name": "uploadUnauthorized",
        "code": 234002,
        "httpStatus": 401,
        "retryable": false,
        "msg": "Unauthorized.",
        "meaning": "the token is missing or invalid (HTTP 401)",
        "action": "send a valid tenant access token"
      },
      {
        "name": "uploadTooLarge",
        "code": 234006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The file size exceed the max value.",
        "meaning": "the image is over 10 MB, or the file over 30 MB",
        "action": "upload a smaller one (a large image as a file)"
      },
      {
        "name": "uploadBotNotEnabled",
        "code": 234007,
        "httpStatus": 400,
        "retryable": false,
        "msg": "App does not enable bot feature.",
        "meaning": "the app's bot ability is off",
        "action": "enable the bot ability"
      },
      {
        "name": "uploadEmpty",
        "code": 234010,
        "httpStatus": 400,
        "retryable": false,
        "msg": "File's size can't be 0.",
        "meaning": "the binary part is empty",
        "action": "send the bytes"
      },
      {
        "name": "imageFormatUnknown",
        "code": 234011,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Can't regonnize the image format.",
        "meaning": "the bytes are not an image of a supported format (the msg's spelling is the platform's)",
        "action": "upload a JPG",
        "PNG": null,
        "WEBP": null,
        "GIF": null,
        "BMP": null,
        "ICO": null,
        "TIFF or HEIC": null
      },
      {
        "name": "imageResolutionTooLarge",
        "code": 234039,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Image resolution exceeds limit.",
        "meaning": "the image is larger than GIF 2000×2000, others 12000×12000, avatar 4096×4096",
        "action": "scale it down or upload it as a file"
      },
      {
        "name": "tenantMasterKeyDeleted",
        "code": 234041,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Tenant master key has been deleted, please contact the tenant administrator.",
        "meaning": "the tenant's master key was deleted",
        "action": "contact the tenant administrator"
      },
      {
        "name": "hybridStorageError",
        "code": 234042,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Hybrid deployment tenant storage error, such as full storage space, please contact tenant administrator.",
        "meaning": "the tenant's own storage failed",
        "action": "contact the tenant administrator"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      }
    ],
    "query": {},
    "idempotent": false
  },
  "uploadFile": {
    "operationId": "uploadFile",
    "method": "POST",
    "path": "/open-apis/im/v1/files",
    "pathParams": [],
    "schemas": {
      "body": "uploadFile.body",
      "response": "uploadFile.response"
    },
    "responses": {
      "200": {
        "success": "uploadFile.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "401": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "body": {
      "mediaType": "multipart/form-data",
      "required": true,
      "parts": [
        {
          "name": "file_type",
          "kind": "text",
          "type": "string",
          "required": true
        },
        {
          "name": "file_name",
          "kind": "text",
          "type": "string",
          "required": true
        },
        {
          "name": "duration",
          "kind": "text",
          "type": "integer",
          "required": false
        },
        {
          "name": "file",
          "kind": "binary",
          "required": true,
          "maxBytes": 31457280,
          "minBytes": 1
        }
      ]
    },
    "tokenTypes": [
      "tenant"
    ],
    "observedTokenTypes": [
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:resource",
        "im:resource:upload"
      ],
      "fields": []
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "uploadMetaStopped",
        "code": 232096,
        "httpStatus": 400,
        "retryable": true,
        "msg": "Meta writing has stopped, please try again later.",
        "meaning": "the platform's storage is paused",
        "action": "retry later"
      },
      {
        "name": "uploadInvalidParameter",
        "code": 234001,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Invalid request param.",
        "meaning": "a form field is missing or invalid (image_type",
        "file_type": null,
        "file_name) or the body is not a well-formed multipart form": null,
        "action": "fix the form",
        "invalidParameter": true
      },
      {
        "name": "uploadUnauthorized",
        "code": 234002,
        "httpStatus": 401,
        "retryable": false,
        "msg": "Unauthorized.",
        "meaning": "the token is missing or invalid (HTTP 401)",
        "action": "send a valid tenant access token"
      },
      {
        "name": "uploadTooLarge",
        "code": 234006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The file size exceed the max value.",
        "meaning": "the image is over 10 MB, or the file over 30 MB",
        "action": "upload a smaller one (a large image as a file)"
      },
      {
        "name": "uploadBotNotEnabled",
        "code": 234007,
        "httpStatus": 400,
        "retryable": false,
        "msg": "App does not enable bot feature.",
        "meaning": "the app's bot ability is off",
        "action": "enable the bot ability"
      },
      {
        "name": "uploadEmpty",
        "code": 234010,
        "httpStatus": 400,
        "retryable": false,
        "msg": "File's size can't be 0.",
        "meaning": "the binary part is empty",
        "action": "send the bytes"
      },
      {
        "name": "tenantMasterKeyDeleted",
        "code": 234041,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Tenant master key has been deleted, please contact the tenant administrator.",
        "meaning": "the tenant's master key was deleted",
        "action": "contact the tenant administrator"
      },
      {
        "name": "hybridStorageError",
        "code": 234042,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Hybrid deployment tenant storage error, such as full storage space, please contact tenant administrator.",
        "meaning": "the tenant's own storage failed",
        "action": "contact the tenant administrator"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      }
    ],
    "query": {},
    "idempotent": false
  },
  "updateCardByToken": {
    "operationId": "updateCardByToken",
    "method": "POST",
    "path": "/open-apis/interactive/v1/card/update",
    "pathParams": [],
    "schemas": {
      "body": "updateCardByToken.body",
      "response": "updateCardByToken.response"
    },
    "responses": {
      "200": {
        "success": "updateCardByToken.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "body": {
      "mediaType": "application/json",
      "required": true
    },
    "tokenTypes": [
      "tenant"
    ],
    "callbackToken": {
      "feishu": 2,
      "lark": 3,
      "lifetimeMinutes": 30
    },
    "scopes": {
      "anyOf": [
        "im:message",
        "im:message:send_as_bot",
        "im:message:update"
      ],
      "fields": []
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "cardFormatInvalid",
        "code": 11311,
        "httpStatus": 400,
        "retryable": false,
        "msg": "card format invalid",
        "meaning": "the card's structure is not a valid card (卡片格式不符合要求)",
        "action": "fix the card"
      },
      {
        "name": "cardParameterInvalid",
        "code": 10002,
        "httpStatus": 400,
        "retryable": false,
        "msg": "card parameter validation error",
        "meaning": "a body field breaks its rule (the msg says which)",
        "action": "fix the request",
        "invalidParameter": true
      },
      {
        "name": "cardTooLarge",
        "code": 100000,
        "httpStatus": 400,
        "retryable": false,
        "msg": "card content is too large",
        "meaning": "the card is over the size limit (30 KB of JSON; 100 KB after conversion)",
        "action": "shrink the card"
      },
      {
        "name": "bodyNotJson",
        "code": 100030,
        "httpStatus": 400,
        "retryable": false,
        "msg": "the body is not valid JSON",
        "meaning": "the request body is not JSON (传入body参数不符合json规范)",
        "action": "send JSON"
      },
      {
        "name": "cardRecalled",
        "code": 200000,
        "httpStatus": 400,
        "retryable": false,
        "msg": "the card message was recalled",
        "meaning": "the card's message was recalled",
        "action": "stop updating it"
      },
      {
        "name": "cardOfAnotherApp",
        "code": 200310,
        "httpStatus": 400,
        "retryable": false,
        "msg": "cannot update a card sent by another app",
        "meaning": "the card was sent by another app's bot",
        "action": "update only your own cards"
      },
      {
        "name": "cardOpenIdsWrong",
        "code": 200320,
        "httpStatus": 400,
        "retryable": false,
        "msg": "the exclusive card's open_ids are wrong",
        "meaning": "card.open_ids names users who cannot see this card",
        "action": "fix card.open_ids"
      },
      {
        "name": "cardTokenFormatInvalid",
        "code": 300020,
        "httpStatus": 400,
        "retryable": false,
        "msg": "token format is invalid",
        "meaning": "the token is not a callback token (c-…)",
        "action": "pass the callback's token"
      },
      {
        "name": "cardTokenExpired",
        "code": 300030,
        "httpStatus": 400,
        "retryable": false,
        "msg": "token is expired",
        "meaning": "the token is unknown or older than 30 minutes",
        "action": "update with patchMessage instead"
      },
      {
        "name": "cardTokenUsedUp",
        "code": 300040,
        "httpStatus": 400,
        "retryable": false,
        "msg": "token can only be used twice",
        "meaning": "the token was used its two times",
        "action": "update with patchMessage instead"
      },
      {
        "name": "cardOpenIdsMissing",
        "code": 300090,
        "httpStatus": 400,
        "retryable": false,
        "msg": "open_ids of an exclusive card must not be empty",
        "meaning": "a 1.0 exclusive card (update_multi false or absent) came without card.open_ids",
        "action": "add card.open_ids, or make the card shared (config.update_multi true)"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      }
    ],
    "query": {},
    "dataless": true,
    "idempotent": false
  },
  "getTenantAccessToken": {
    "operationId": "getTenantAccessToken",
    "method": "POST",
    "path": "/open-apis/auth/v3/tenant_access_token/internal",
    "pathParams": [],
    "schemas": {
      "body": "getTenantAccessToken.body",
      "response": "getTenantAccessToken.response"
    },
    "responses": {
      "200": {
        "success": "getTenantAccessToken.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "body": {
      "mediaType": "application/json",
      "required": true
    },
    "tokenTypes": [],
    "scopes": {
      "anyOf": [],
      "fields": []
    },
    "errorCodes": [
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "appCredentialsInvalid",
        "code": 10003,
        "httpStatus": 400,
        "retryable": false,
        "msg": "invalid param",
        "meaning": "app_id unknown or the body malformed (also answered with HTTP 200)",
        "action": "check app_id and the JSON body"
      },
      {
        "name": "appSecretInvalid",
        "code": 10014,
        "httpStatus": 400,
        "retryable": false,
        "msg": "app secret invalid",
        "meaning": "app_secret does not match app_id",
        "action": "check app_secret"
      }
    ],
    "query": {},
    "idempotent": false
  },
  "getLongConnectionEndpoint": {
    "operationId": "getLongConnectionEndpoint",
    "method": "POST",
    "path": "/callback/ws/endpoint",
    "pathParams": [],
    "schemas": {
      "body": "getLongConnectionEndpoint.body",
      "response": "getLongConnectionEndpoint.response"
    },
    "responses": {
      "200": {
        "success": "getLongConnectionEndpoint.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "body": {
      "mediaType": "application/json",
      "required": true
    },
    "tokenTypes": [],
    "scopes": {
      "anyOf": [],
      "fields": []
    },
    "errorCodes": [
      {
        "name": "longConnectionSystemBusy",
        "code": 1,
        "httpStatus": 200,
        "retryable": true,
        "msg": "system busy",
        "meaning": "the platform is busy",
        "action": "retry after the reconnect interval"
      },
      {
        "name": "longConnectionInternalError",
        "code": 1000040343,
        "httpStatus": 200,
        "retryable": true,
        "msg": "internal error",
        "meaning": "a server-side error",
        "action": "retry after the reconnect interval"
      },
      {
        "name": "longConnectionNoCredential",
        "code": 1000040344,
        "httpStatus": 200,
        "retryable": false,
        "msg": "app_id is required and either app_secret or client_assertion is required",
        "meaning": "AppID or AppSecret is empty or missing, or the body is not the credentials object (not JSON, a field of the wrong type or too long)",
        "action": "send both the app id and the app secret as a JSON object",
        "invalidParameter": true
      },
      {
        "name": "longConnectionCredentialsInvalid",
        "code": 1000040345,
        "httpStatus": 200,
        "retryable": false,
        "msg": "app_id or app_secret is invalid",
        "meaning": "the app id is unknown or the secret does not match it",
        "action": "check the app id and secret (and Feishu versus Lark)"
      },
      {
        "name": "longConnectionLimitExceeded",
        "code": 1000040350,
        "httpStatus": 200,
        "retryable": false,
        "msg": "exceed connection limit",
        "meaning": "the app already holds the maximum number of long connections (50)",
        "action": "close connections the app no longer uses; every extra one receives nothing anyway (cluster mode)"
      }
    ],
    "query": {},
    "idempotent": false
  }
};
